import type { ServiceItem } from '@zhengwu/core/contract';
import { ZwInvalidDataError, ZwNotHallApiError, ZwOfflineError, ZwOriginRefusedError, ZwServerError, ZwTimeoutError } from '@zhengwu/core';
import type { ItemSource } from '../../item/item-loader.js';

// Two items of the demo hall's seed catalog (fictional 示例市), as GET /api/catalog/:code answers.

/** 存量房买卖过户: charged, 8 materials with a blank form and sample, online, appointments. */
export const REAL_ESTATE_TRANSFER: ServiceItem = {
  code: '11990100MB0103001D070301001000',
  basicCode: '070301001000',
  department: '示例市不动产登记中心',
  level: '市级',
  place: '示例市政务服务中心二楼D区 6—7号窗口（不动产登记）',
  hours: '周一至周五 9:00—12:00，13:30—17:30（法定节假日除外）；周六 9:00—12:00 延时服务',
  consultPhone: '0999-55103301',
  supervisePhone: '12345',
  onlineUrl: 'https://zwfw.example.gov.cn/portal/item/11990100MB0103001D070301001000',
  name: '国有建设用地使用权及房屋所有权转移登记（存量房买卖）',
  type: 'administrative-confirmation',
  audiences: ['natural', 'legal'],
  themes: ['不动产'],
  highFrequency: true,
  popularity: 3870,
  visits: 1,
  online: true,
  legalBasis: [
    '《中华人民共和国民法典》第二百零九条：不动产物权的设立、变更、转让和消灭，经依法登记，发生效力',
    '《不动产登记暂行条例》第二十条：不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外',
    '《不动产登记暂行条例实施细则》第三十八条',
  ],
  conditions: ['买卖双方共同申请', '房屋已办理不动产权首次登记，无查封、异议登记等限制', '已完成网签备案并缴纳相关税费'],
  materials: [
    {
      name: '申请人居民身份证',
      originals: 1,
      copies: 0,
      necessity: 'required',
      forms: ['paper', 'electronic'],
      source: '公安机关',
      note: '买卖双方居民身份证',
    },
    {
      name: '不动产权证书',
      originals: 1,
      copies: 0,
      necessity: 'required',
      forms: ['paper', 'electronic'],
      source: '不动产登记机构',
      note: '已颁发电子证照的可免于提交',
    },
    {
      name: '存量房买卖合同（网签）',
      originals: 1,
      copies: 0,
      necessity: 'required',
      forms: ['electronic'],
      source: '住房和城乡建设部门',
      note: '系统联网获取',
    },
    {
      name: '完税凭证',
      originals: 1,
      copies: 0,
      necessity: 'required',
      forms: ['electronic'],
      source: '税务机关',
      note: '“一窗受理”后台推送',
    },
    {
      name: '不动产登记申请书',
      originals: 1,
      copies: 0,
      necessity: 'required',
      forms: ['paper', 'electronic'],
      source: '窗口领取或网上填写',
      blankFormUrl: 'https://zwfw.example.gov.cn/forms/real-estate-application.docx',
      sampleUrl: 'https://zwfw.example.gov.cn/forms/real-estate-application-sample.pdf',
    },
    {
      name: '婚姻状况证明',
      originals: 1,
      copies: 0,
      necessity: 'optional',
      forms: ['paper', 'electronic'],
      source: '民政部门',
      note: '用于确认共有人',
    },
    {
      name: '授权委托书',
      originals: 1,
      copies: 0,
      necessity: 'optional',
      forms: ['paper'],
      source: '申请人自备',
      note: '委托他人代办时提供',
    },
    {
      name: '代理人居民身份证',
      originals: 1,
      copies: 0,
      necessity: 'optional',
      forms: ['paper'],
      source: '公安机关',
      note: '委托他人代办时提供',
    },
  ],
  steps: [
    {
      name: '申请',
      description: '买卖双方通过“一窗受理”窗口或网上共同申请',
    },
    {
      name: '受理',
      description: '交易、税务、登记材料一窗收件，同步推送',
      timeLimit: {
        value: 0,
        unit: 'workday',
      },
    },
    {
      name: '审核',
      description: '查验权属状况和限制信息',
      timeLimit: {
        value: 2,
        unit: 'workday',
      },
    },
    {
      name: '登簿',
      description: '记载于不动产登记簿',
      timeLimit: {
        value: 1,
        unit: 'workday',
      },
    },
    {
      name: '发证',
      description: '缮证发证，可领取电子证照或邮寄纸质证书',
      timeLimit: {
        value: 1,
        unit: 'workday',
      },
    },
  ],
  caseType: 'promised',
  legalLimit: {
    value: 30,
    unit: 'workday',
  },
  promisedLimit: {
    value: 5,
    unit: 'workday',
  },
  fee: {
    charged: true,
    basis: '《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）',
    amount: '住宅登记费80元/件；非住宅550元/件；每增加一本证书加收工本费10元',
  },
  appointment: true,
  faq: [
    {
      question: '二手房过户一天能办完吗？',
      answer: '材料齐全、无需实地查看的住宅转移登记，可“一窗受理、并行办理”，最快当日领证。',
    },
    {
      question: '卖方在外地不能到场怎么办？',
      answer: '可委托代理人办理，境外委托书需经公证或我国驻外使领馆认证；也可通过网上办事大厅远程视频签署。',
    },
  ],
  pinyin: {
    full: ['guo you jian she yong di shi yong quan ji fang wu suo you quan zhuan yi deng ji'],
    initials: ['gyjsydsyqjfwsyqzydj'],
  },
};

/** 失业保险金申领: free, 0 visits, a 容缺后补 material and a photocopy, no appointments. */
export const UNEMPLOYMENT_BENEFIT: ServiceItem = {
  code: '11990100MB0102001W050201006000',
  basicCode: '050201006000',
  department: '示例市人力资源和社会保障局',
  level: '市级',
  place: '示例市政务服务中心二楼C区 4号窗口（人社综合）',
  hours: '周一至周五 9:00—12:00，13:30—17:30（法定节假日除外）',
  consultPhone: '0999-55102201',
  supervisePhone: '12345',
  onlineUrl: 'https://zwfw.example.gov.cn/portal/item/11990100MB0102001W050201006000',
  name: '失业保险金申领',
  type: 'administrative-payment',
  audiences: ['natural'],
  themes: ['就业', '社保'],
  highFrequency: false,
  popularity: 1890,
  visits: 0,
  online: true,
  legalBasis: [
    '《中华人民共和国社会保险法》第四十五条：失业人员符合下列条件的，从失业保险基金中领取失业保险金：（一）失业前用人单位和本人已经缴纳失业保险费满一年的；（二）非因本人意愿中断就业的；（三）已经进行失业登记，并有求职要求的',
    '《失业保险条例》',
  ],
  conditions: ['失业前累计缴纳失业保险费满一年', '非因本人意愿中断就业', '已办理失业登记并有求职要求'],
  materials: [
    {
      name: '申请人居民身份证',
      originals: 1,
      copies: 0,
      necessity: 'required',
      forms: ['paper', 'electronic'],
      source: '公安机关',
      note: '可出示居民身份证电子证照，无需提交复印件',
    },
    {
      name: '解除或终止劳动合同的证明',
      originals: 1,
      copies: 0,
      necessity: 'deferrable',
      forms: ['paper', 'electronic'],
      source: '原用人单位',
      note: '单位已网上备案的免于提交',
    },
    {
      name: '本人社会保障卡（金融账户已激活）或本人名下银行借记卡',
      originals: 1,
      copies: 1,
      necessity: 'required',
      forms: ['paper', 'electronic'],
      source: '发卡银行',
    },
  ],
  steps: [
    {
      name: '申请',
      description: '申请人通过窗口或网上办事大厅提交申请材料',
    },
    {
      name: '受理',
      description: '材料齐全、符合法定形式的予以受理并出具受理通知书；材料不全的一次性告知需补正的全部内容',
      timeLimit: {
        value: 1,
        unit: 'workday',
      },
    },
    {
      name: '审核',
      description: '对申请材料进行实质审查，必要时进行核查',
      timeLimit: {
        value: 3,
        unit: 'workday',
      },
    },
    {
      name: '决定',
      description: '作出准予或不予办理的决定，不予办理的书面说明理由',
      timeLimit: {
        value: 1,
        unit: 'workday',
      },
    },
    {
      name: '送达',
      description: '审核通过后按月发放至本人社会保障卡',
    },
  ],
  caseType: 'promised',
  legalLimit: {
    value: 10,
    unit: 'workday',
  },
  promisedLimit: {
    value: 5,
    unit: 'workday',
  },
  fee: {
    charged: false,
  },
  appointment: false,
  faq: [
    {
      question: '失业保险金能领多久？',
      answer: '累计缴费满1年不足5年的，最长领取12个月；满5年不足10年的，最长18个月；10年以上的，最长24个月。',
    },
  ],
  pinyin: {
    full: ['shi ye bao xian jin shen ling'],
    initials: ['sybxjsl'],
  },
};

/** Never answers: the loading state. */
export const pendingSource = (): ItemSource => ({ catalogItem: () => new Promise(() => {}) });

/** The server is unreachable. */
export const offlineSource = (): ItemSource => ({
  catalogItem: async (code) => {
    throw new ZwOfflineError(`/api/catalog/${code}`);
  },
});

/** The server has no item with this code. */
export const notFoundSource = (): ItemSource => ({
  catalogItem: async () => {
    throw new ZwServerError(404, 'unknown_service_item', 'There is no service item with this code.');
  },
});

/** The server fails. */
export const failingSource = (): ItemSource => ({
  catalogItem: async () => {
    throw new ZwServerError(503, 'database_unavailable', 'The database does not answer.');
  },
});

/** The server answers with data that breaks the contract. */
export const invalidSource = (): ItemSource => ({
  catalogItem: async (code) => {
    throw new ZwInvalidDataError(`/api/catalog/${code}`, [
      { path: 'materials.0.originals', message: 'Invalid type: Expected number but received "一份"' },
      { path: 'promisedLimit.unit', message: 'Invalid type: Expected ("workday" | "day") but received "week"' },
    ]);
  },
});

/** Answers with a given item, whatever the code. */
export const itemSource = (item: ServiceItem): ItemSource => ({ catalogItem: async () => item });

/** No answer within the request timeout. */
export const timeoutSource = (): ItemSource => ({
  catalogItem: async (code) => {
    throw new ZwTimeoutError(15_000, `/api/catalog/${code}`);
  },
});

/** `api-base` points at a portal page, not the hall API (an HTML 404). */
export const notHallApiSource = (): ItemSource => ({
  catalogItem: async (code) => {
    throw new ZwNotHallApiError(`/portal/catalog/${code}`, 404);
  },
});

/** The hall answers, but not to this page's origin (CORS). */
export const originRefusedSource = (): ItemSource => ({
  catalogItem: async (code) => {
    throw new ZwOriginRefusedError(`https://hall.example.gov.cn/api/catalog/${code}`, 'https://portal.example.gov.cn');
  },
});
