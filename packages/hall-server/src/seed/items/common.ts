import type { Material, ProcessStep, TimeLimit } from '@zhengwu/core/contract';
import type { ServiceItemInput } from '../types.js';

/*
 * Everything here is fictional: 示例市 does not exist, region code 990100 is not a real
 * GB/T 2260 code (there is no province 99), credit codes, phone numbers and URLs are made up.
 */

export const REGION_CODE = '990100';
export const HALL_NAME = '示例市政务服务中心';
export const HALL_ADDRESS = '示例市南湖区市民大道100号（市民中心B座）';
export const HALL_HOURS = '周一至周五 9:00—12:00，13:30—17:30（法定节假日除外）';
export const SATURDAY_HOURS = `${HALL_HOURS}；周六 9:00—12:00 延时服务`;
export const SUPERVISE_PHONE = '12345';
/** Fictional portal host. */
export const PORTAL = 'https://zwfw.example.gov.cn';

export interface Department {
  name: string;
  /** 统一社会信用代码 of the department (fictional, 11 + region code + …). */
  credit: string;
  /** Four digits used inside 基本编码. */
  no: string;
  place: string;
  consultPhone: string;
}

const department = (name: string, credit: string, no: string, place: string, phone: string): Department => ({
  name,
  credit,
  no,
  place: `${HALL_NAME}${place}`,
  consultPhone: `0999-${phone}`,
});

export const DEPARTMENTS = {
  police: department('示例市公安局', '11990100MB0101001P', '0101', '一楼A区 1—2号窗口（公安户政）', '55101101'),
  exitEntry: department('示例市公安局出入境管理支队', '11990100MB0101002K', '0102', '一楼A区 3号窗口（出入境）', '55101102'),
  traffic: department('示例市公安局交通警察支队车辆管理所', '11990100MB0101003E', '0103', '一楼A区 交管综合服务站', '55101103'),
  hrss: department('示例市人力资源和社会保障局', '11990100MB0102001W', '0201', '二楼C区 4号窗口（人社综合）', '55102201'),
  medical: department('示例市医疗保障局', '11990100MB0102002Q', '0202', '二楼C区 5号窗口（医保）', '55102202'),
  health: department('示例市卫生健康委员会', '11990100MB0102003J', '0203', '二楼C区 社会事务综合窗口', '55102203'),
  realEstate: department('示例市不动产登记中心', '11990100MB0103001D', '0301', '二楼D区 6—7号窗口（不动产登记）', '55103301'),
  civil: department('示例市民政局', '11990100MB0104001B', '0401', '三楼G区 10号窗口（民政婚姻）', '55104401'),
  disabled: department('示例市残疾人联合会', '51990100MB0104002T', '0402', '三楼G区 10号窗口（残疾人服务）', '55104402'),
  market: department('示例市市场监督管理局', '11990100MB0105001M', '0501', '三楼E区 8号窗口（企业开办专区）', '55105501'),
  tax: department('国家税务总局示例市税务局', '11990100MB0105002G', '0502', '三楼E区 8号窗口（企业开办专区）', '55105502'),
  housingFund: department('示例市住房公积金管理中心', '12990100MB0106001R', '0601', '二楼F区 9号窗口（住房公积金）', '55106601'),
  education: department('示例市教育局', '11990100MB0107001H', '0701', '三楼G区 社会事务综合窗口', '55107701'),
} satisfies Record<string, Department>;

/** 事项类型 code used as the first two digits of 基本编码 (fictional scheme). */
const TYPE_CODES: Record<ServiceItemInput['type'], string> = {
  'administrative-license': '01',
  'administrative-payment': '05',
  'administrative-confirmation': '07',
  'administrative-reward': '08',
  'administrative-ruling': '09',
  other: '10',
  'public-service': '20',
};

/** What an item file writes; the department supplies code, place and phones. */
export type ItemDraft = Omit<
  ServiceItemInput,
  'code' | 'basicCode' | 'department' | 'place' | 'hours' | 'consultPhone' | 'supervisePhone' | 'level'
> &
  Partial<Pick<ServiceItemInput, 'place' | 'hours' | 'consultPhone' | 'level'>> & {
    /** Three digits, unique within the department: keeps codes stable when items move. */
    seq: string;
  };

export function defineItem(dept: Department, draft: ItemDraft): ServiceItemInput {
  const { seq, ...rest } = draft;
  // 基本编码: type + department + item + sub-item; 实施编码: credit code + 基本编码.
  const basicCode = `${TYPE_CODES[draft.type]}${dept.no}${seq}000`;
  const code = `${dept.credit}${basicCode}`;
  return {
    code,
    basicCode,
    department: dept.name,
    level: '市级',
    place: dept.place,
    hours: HALL_HOURS,
    consultPhone: dept.consultPhone,
    supervisePhone: SUPERVISE_PHONE,
    // Online items get their page on the portal unless they name another address.
    ...(draft.online ? { onlineUrl: onlineUrl(code) } : {}),
    ...rest,
  };
}

export const workdays = (value: number): TimeLimit => ({ value, unit: 'workday' });
export const days = (value: number): TimeLimit => ({ value, unit: 'day' });

export function material(name: string, source: string, options: Partial<Omit<Material, 'name' | 'source'>> = {}): Material {
  return { name, originals: 1, copies: 0, necessity: 'required', forms: ['paper'], source, ...options };
}

/** An application form with its blank form and a filled-in sample on the portal. */
export function form(name: string, slug: string, source = '政务服务中心窗口领取或网上下载'): Material {
  return material(name, source, {
    forms: ['paper', 'electronic'],
    blankFormUrl: `${PORTAL}/forms/${slug}.docx`,
    sampleUrl: `${PORTAL}/forms/${slug}-sample.pdf`,
  });
}

export const idCard = (note?: string): Material =>
  material('申请人居民身份证', '公安机关', {
    forms: ['paper', 'electronic'],
    note: note ?? '可出示居民身份证电子证照，无需提交复印件',
  });

export const hukouBook = (): Material => material('居民户口簿', '公安机关', { note: '需提交户主页及本人页' });

export const businessLicense = (): Material =>
  material('营业执照', '市场监督管理部门', {
    forms: ['paper', 'electronic'],
    note: '可通过电子营业执照亮照，免于提交纸质材料',
  });

export const agentPapers = (): Material[] => [
  material('授权委托书', '申请人自备', { necessity: 'optional', note: '委托他人代办时提供' }),
  material('代理人居民身份证', '公安机关', { necessity: 'optional', note: '委托他人代办时提供' }),
];

export const onlineUrl = (code: string) => `${PORTAL}/portal/item/${code}`;

/** 即办件: accepted and decided at the window. */
export function immediateSteps(result = '当场办结，出具办理结果'): ProcessStep[] {
  return [
    { name: '申请', description: '申请人到窗口提交材料，或通过网上办事大厅在线申请' },
    { name: '受理', description: '窗口工作人员核验材料，材料齐全、符合法定形式的当场受理' },
    { name: '办结', description: result, timeLimit: days(0) },
  ];
}

/** 承诺件: accept, review, decide, deliver. */
export function reviewSteps(review: TimeLimit, decide: TimeLimit, delivery = '窗口领取或免费邮寄送达'): ProcessStep[] {
  return [
    { name: '申请', description: '申请人通过窗口或网上办事大厅提交申请材料' },
    {
      name: '受理',
      description: '材料齐全、符合法定形式的予以受理并出具受理通知书；材料不全的一次性告知需补正的全部内容',
      timeLimit: workdays(1),
    },
    { name: '审核', description: '对申请材料进行实质审查，必要时进行核查', timeLimit: review },
    { name: '决定', description: '作出准予或不予办理的决定，不予办理的书面说明理由', timeLimit: decide },
    { name: '送达', description: delivery },
  ];
}

export const noFee = { charged: false } as const;
