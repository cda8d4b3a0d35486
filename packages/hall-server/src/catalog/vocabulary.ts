import type { ServiceItemInput } from '../seed/types.js';

/*
 * Word lists the generator combines into items. Laws are real titles (cited without
 * article numbers); districts, departments' codes and local rules are fictional.
 */

export type Audience = 'natural' | 'legal' | 'both';
export type ObjectKind = 'permit' | 'certificate' | 'registration' | 'benefit' | 'proof' | 'filing';

export interface Subject {
  /** What the item is about: 道路运输经营许可证, 民办非企业单位, 独生子女父母奖励扶助金 … */
  name: string;
  kind: ObjectKind;
  audience: Audience;
}

export interface DepartmentWords {
  /** Name without the district, e.g. 公安局. */
  name: string;
  /** For departments named differently, e.g. 国家税务总局{district}税务局. */
  template?: string;
  themes: string[];
  laws: string[];
  subjects: Subject[];
}

export interface Action {
  /** Appended to the subject's name. */
  suffix: string;
  type: ServiceItemInput['type'];
  /** Share of 即办件 among items with this action. */
  immediateShare: number;
  /** What the applicant brings besides identity and the form. */
  extra: string[];
  condition: string;
}

export const ACTIONS: Record<ObjectKind, Action[]> = {
  permit: [
    {
      suffix: '核发',
      type: 'administrative-license',
      immediateShare: 0.1,
      extra: ['场所使用证明', '相关人员资格证明', '管理制度文本'],
      condition: '具备与申请事项相适应的场所、设施、人员和管理制度',
    },
    {
      suffix: '延续',
      type: 'administrative-license',
      immediateShare: 0.3,
      extra: ['原许可证', '近年经营情况说明'],
      condition: '在许可证有效期届满30日前提出申请，且许可条件未发生变化',
    },
    {
      suffix: '变更',
      type: 'administrative-license',
      immediateShare: 0.5,
      extra: ['原许可证', '变更事项证明材料'],
      condition: '许可证载明事项发生变更',
    },
    { suffix: '补办', type: 'administrative-license', immediateShare: 0.8, extra: ['遗失声明'], condition: '许可证遗失或损毁' },
    {
      suffix: '注销',
      type: 'other',
      immediateShare: 0.9,
      extra: ['原许可证', '注销申请说明'],
      condition: '许可有效期届满未延续、主体终止或申请人主动申请注销',
    },
  ],
  certificate: [
    {
      suffix: '申领',
      type: 'administrative-confirmation',
      immediateShare: 0.3,
      extra: ['近期免冠证件照', '资格条件证明材料'],
      condition: '符合证件申领的资格条件',
    },
    {
      suffix: '换领',
      type: 'administrative-confirmation',
      immediateShare: 0.6,
      extra: ['原证件'],
      condition: '证件有效期届满、登记事项变更或证件损毁',
    },
    { suffix: '补领', type: 'administrative-confirmation', immediateShare: 0.7, extra: ['遗失声明'], condition: '证件遗失' },
    {
      suffix: '注销',
      type: 'administrative-confirmation',
      immediateShare: 0.9,
      extra: ['原证件'],
      condition: '持证人不再符合持证条件或主动申请注销',
    },
  ],
  registration: [
    {
      suffix: '成立登记',
      type: 'administrative-license',
      immediateShare: 0.05,
      extra: ['章程草案', '住所证明', '负责人基本情况'],
      condition: '有规范的名称、章程、组织机构和与业务活动相适应的从业人员',
    },
    {
      suffix: '变更登记',
      type: 'administrative-license',
      immediateShare: 0.4,
      extra: ['变更决议', '登记证书'],
      condition: '登记事项发生变更并经内部决策程序通过',
    },
    {
      suffix: '注销登记',
      type: 'administrative-license',
      immediateShare: 0.3,
      extra: ['清算报告', '登记证书'],
      condition: '完成清算，债权债务处理完毕',
    },
    {
      suffix: '章程核准',
      type: 'administrative-confirmation',
      immediateShare: 0.2,
      extra: ['章程修改稿', '会员（代表）大会决议'],
      condition: '章程修改已经会员（代表）大会表决通过',
    },
  ],
  benefit: [
    {
      suffix: '申领',
      type: 'administrative-payment',
      immediateShare: 0.1,
      extra: ['银行账户信息', '困难或资格情况证明'],
      condition: '符合享受条件且未重复享受同类待遇',
    },
    {
      suffix: '发放账户变更',
      type: 'public-service',
      immediateShare: 0.8,
      extra: ['新银行账户信息'],
      condition: '已在享受待遇，变更后的账户为本人名下账户',
    },
    { suffix: '资格认证', type: 'public-service', immediateShare: 0.9, extra: [], condition: '按年度完成待遇领取资格认证' },
    {
      suffix: '停发申请',
      type: 'public-service',
      immediateShare: 0.7,
      extra: ['停发原因说明'],
      condition: '不再符合享受条件或本人申请停发',
    },
  ],
  proof: [
    {
      suffix: '证明开具',
      type: 'public-service',
      immediateShare: 0.9,
      extra: ['证明用途说明'],
      condition: '申请人为证明事项的当事人或依法有权申请的人',
    },
    { suffix: '信息查询', type: 'public-service', immediateShare: 0.9, extra: [], condition: '查询本人信息，或依法有权查询' },
    {
      suffix: '信息更正',
      type: 'public-service',
      immediateShare: 0.4,
      extra: ['证明原信息有误的材料'],
      condition: '记载信息与实际情况不符',
    },
  ],
  filing: [
    { suffix: '备案', type: 'other', immediateShare: 0.8, extra: ['备案事项说明', '相关合同或协议'], condition: '在法定期限内报送备案' },
    { suffix: '备案变更', type: 'other', immediateShare: 0.8, extra: ['原备案凭证', '变更事项说明'], condition: '备案事项发生变化' },
    { suffix: '备案注销', type: 'other', immediateShare: 0.9, extra: ['原备案凭证'], condition: '备案事项终止' },
  ],
};

const s = (name: string, kind: ObjectKind, audience: Audience): Subject => ({ name, kind, audience });

export const DEPARTMENT_WORDS: DepartmentWords[] = [
  {
    name: '公安局',
    themes: ['户籍', '身份证件', '交通'],
    laws: ['《中华人民共和国户口登记条例》', '《中华人民共和国治安管理处罚法》', '《旅馆业治安管理办法》'],
    subjects: [
      s('居住证', 'certificate', 'natural'),
      s('居民户口簿', 'certificate', 'natural'),
      s('户籍', 'proof', 'natural'),
      s('无犯罪记录', 'proof', 'natural'),
      s('旅馆业特种行业许可证', 'permit', 'legal'),
      s('保安服务许可证', 'permit', 'legal'),
      s('犬只登记证', 'certificate', 'natural'),
      s('大型群众性活动安全许可', 'permit', 'legal'),
    ],
  },
  {
    name: '人力资源和社会保障局',
    themes: ['就业', '社保', '退休'],
    laws: ['《中华人民共和国社会保险法》', '《中华人民共和国就业促进法》', '《中华人民共和国劳动合同法》'],
    subjects: [
      s('社会保险参保缴费', 'proof', 'both'),
      s('失业保险金', 'benefit', 'natural'),
      s('一次性创业补贴', 'benefit', 'both'),
      s('人力资源服务许可证', 'permit', 'legal'),
      s('劳务派遣经营许可证', 'permit', 'legal'),
      s('职业技能等级证书', 'certificate', 'natural'),
      s('特殊工时工作制', 'filing', 'legal'),
      s('养老保险待遇', 'benefit', 'natural'),
    ],
  },
  {
    name: '医疗保障局',
    themes: ['医保', '生育'],
    laws: ['《中华人民共和国社会保险法》', '《医疗保障基金使用监督管理条例》'],
    subjects: [
      s('基本医疗保险参保', 'proof', 'both'),
      s('医疗救助金', 'benefit', 'natural'),
      s('定点医药机构协议', 'filing', 'legal'),
      s('门诊共济待遇', 'benefit', 'natural'),
      s('生育医疗费用', 'benefit', 'natural'),
      s('医保电子凭证', 'certificate', 'natural'),
    ],
  },
  {
    name: '民政局',
    themes: ['民政', '婚姻', '养老'],
    laws: ['《社会救助暂行办法》', '《社会团体登记管理条例》', '《民办非企业单位登记管理暂行条例》', '《养老机构管理办法》'],
    subjects: [
      s('民办非企业单位', 'registration', 'legal'),
      s('社会团体', 'registration', 'legal'),
      s('养老机构', 'filing', 'legal'),
      s('特困人员供养金', 'benefit', 'natural'),
      s('婚姻登记记录', 'proof', 'natural'),
      s('经营性公墓', 'permit', 'legal'),
      s('孤儿基本生活费', 'benefit', 'natural'),
    ],
  },
  {
    name: '市场监督管理局',
    themes: ['企业开办', '食品药品'],
    laws: [
      '《中华人民共和国市场主体登记管理条例》',
      '《中华人民共和国食品安全法》',
      '《特种设备安全监察条例》',
      '《中华人民共和国药品管理法》',
    ],
    subjects: [
      s('食品生产许可证', 'permit', 'legal'),
      s('药品零售企业经营许可证', 'permit', 'legal'),
      s('特种设备使用登记证', 'certificate', 'legal'),
      s('农民专业合作社', 'registration', 'legal'),
      s('营业执照', 'certificate', 'both'),
      s('食品小作坊登记证', 'certificate', 'natural'),
      s('广告发布登记', 'filing', 'legal'),
      s('企业登记档案', 'proof', 'legal'),
    ],
  },
  {
    name: '卫生健康委员会',
    themes: ['医疗卫生', '生育'],
    laws: ['《医疗机构管理条例》', '《中华人民共和国医师法》', '《护士条例》', '《公共场所卫生管理条例》'],
    subjects: [
      s('医疗机构执业许可证', 'permit', 'legal'),
      s('护士执业证书', 'certificate', 'natural'),
      s('公共场所卫生许可证', 'permit', 'legal'),
      s('放射诊疗许可证', 'permit', 'legal'),
      s('独生子女父母奖励扶助金', 'benefit', 'natural'),
      s('预防接种', 'proof', 'natural'),
    ],
  },
  {
    name: '住房和城乡建设局',
    themes: ['住房', '不动产'],
    laws: ['《中华人民共和国建筑法》', '《城市房地产开发经营管理条例》', '《商品房屋租赁管理办法》'],
    subjects: [
      s('建筑工程施工许可证', 'permit', 'legal'),
      s('商品房预售许可证', 'permit', 'legal'),
      s('房屋租赁登记', 'filing', 'both'),
      s('公共租赁住房租赁补贴', 'benefit', 'natural'),
      s('建筑业企业资质证书', 'certificate', 'legal'),
      s('住房保障资格', 'proof', 'natural'),
    ],
  },
  {
    name: '交通运输局',
    themes: ['交通'],
    laws: ['《中华人民共和国道路运输条例》', '《巡游出租汽车经营服务管理规定》', '《网络预约出租汽车经营服务管理暂行办法》'],
    subjects: [
      s('道路运输经营许可证', 'permit', 'legal'),
      s('道路运输证', 'certificate', 'both'),
      s('网络预约出租汽车驾驶员证', 'certificate', 'natural'),
      s('机动车维修经营', 'filing', 'legal'),
      s('出租汽车经营许可', 'permit', 'legal'),
    ],
  },
  {
    name: '教育局',
    themes: ['教育'],
    laws: ['《中华人民共和国教育法》', '《中华人民共和国民办教育促进法》', '《教师资格条例》'],
    subjects: [
      s('民办学校办学许可证', 'permit', 'legal'),
      s('教师资格证书', 'certificate', 'natural'),
      s('学籍', 'proof', 'natural'),
      s('家庭经济困难学生资助', 'benefit', 'natural'),
      s('校外培训机构', 'registration', 'legal'),
    ],
  },
  {
    name: '自然资源和规划局',
    themes: ['不动产', '农业农村'],
    laws: ['《中华人民共和国土地管理法》', '《中华人民共和国城乡规划法》', '《不动产登记暂行条例》'],
    subjects: [
      s('建设用地规划许可证', 'permit', 'legal'),
      s('建设工程规划许可证', 'permit', 'legal'),
      s('乡村建设规划许可证', 'permit', 'both'),
      s('测绘资质证书', 'certificate', 'legal'),
      s('地质灾害危险性评估', 'filing', 'legal'),
    ],
  },
  {
    name: '生态环境局',
    themes: ['生态环境'],
    laws: ['《中华人民共和国环境影响评价法》', '《排污许可管理条例》', '《中华人民共和国固体废物污染环境防治法》'],
    subjects: [
      s('排污许可证', 'permit', 'legal'),
      s('建设项目环境影响报告表审批', 'permit', 'legal'),
      s('危险废物经营许可证', 'permit', 'legal'),
      s('建设项目环境影响登记表', 'filing', 'legal'),
    ],
  },
  {
    name: '农业农村局',
    themes: ['农业农村'],
    laws: ['《中华人民共和国农业法》', '《农药管理条例》', '《兽药管理条例》', '《中华人民共和国种子法》'],
    subjects: [
      s('农药经营许可证', 'permit', 'legal'),
      s('兽药经营许可证', 'permit', 'legal'),
      s('农作物种子生产经营许可证', 'permit', 'legal'),
      s('拖拉机和联合收割机驾驶证', 'certificate', 'natural'),
      s('耕地地力保护补贴', 'benefit', 'natural'),
      s('家庭农场', 'filing', 'natural'),
    ],
  },
  {
    name: '文化广电旅游局',
    themes: ['文化旅游'],
    laws: ['《营业性演出管理条例》', '《娱乐场所管理条例》', '《中华人民共和国旅游法》'],
    subjects: [
      s('营业性演出许可证', 'permit', 'legal'),
      s('娱乐场所经营许可证', 'permit', 'legal'),
      s('旅行社业务经营许可证', 'permit', 'legal'),
      s('导游证', 'certificate', 'natural'),
      s('互联网上网服务营业场所', 'filing', 'legal'),
    ],
  },
  {
    name: '应急管理局',
    themes: ['安全生产'],
    laws: ['《中华人民共和国安全生产法》', '《危险化学品安全管理条例》'],
    subjects: [
      s('危险化学品经营许可证', 'permit', 'legal'),
      s('烟花爆竹经营（零售）许可证', 'permit', 'legal'),
      s('生产安全事故应急预案', 'filing', 'legal'),
      s('特种作业操作证', 'certificate', 'natural'),
    ],
  },
  {
    name: '税务局',
    template: '国家税务总局{district}税务局',
    themes: ['税务'],
    laws: ['《中华人民共和国税收征收管理法》', '《中华人民共和国发票管理办法》', '《中华人民共和国个人所得税法》'],
    subjects: [
      s('完税', 'proof', 'both'),
      s('无欠税', 'proof', 'legal'),
      s('跨区域涉税事项报告', 'filing', 'legal'),
      s('税收优惠资格', 'filing', 'legal'),
      s('出口退（免）税', 'filing', 'legal'),
    ],
  },
  {
    name: '退役军人事务局',
    themes: ['退役军人', '就业'],
    laws: ['《中华人民共和国退役军人保障法》', '《军人抚恤优待条例》'],
    subjects: [
      s('退役军人优待证', 'certificate', 'natural'),
      s('伤残抚恤金', 'benefit', 'natural'),
      s('自主就业退役士兵一次性经济补助', 'benefit', 'natural'),
      s('退役军人身份', 'proof', 'natural'),
    ],
  },
  {
    name: '残疾人联合会',
    themes: ['残疾人'],
    laws: ['《中华人民共和国残疾人保障法》', '《残疾人就业条例》'],
    subjects: [
      s('残疾人证', 'certificate', 'natural'),
      s('残疾人辅助器具适配补贴', 'benefit', 'natural'),
      s('残疾人就业保障金减免', 'filing', 'legal'),
      s('残疾人康复救助', 'benefit', 'natural'),
    ],
  },
  {
    name: '住房公积金管理中心',
    themes: ['公积金', '住房'],
    laws: ['《住房公积金管理条例》'],
    subjects: [
      s('住房公积金缴存', 'proof', 'both'),
      s('住房公积金租房提取', 'benefit', 'natural'),
      s('住房公积金异地转移', 'filing', 'natural'),
      s('住房公积金缓缴', 'filing', 'legal'),
    ],
  },
  {
    name: '城市管理局',
    themes: ['城市管理'],
    laws: ['《城市市容和环境卫生管理条例》', '《城镇排水与污水处理条例》'],
    subjects: [
      s('城市建筑垃圾处置核准', 'permit', 'legal'),
      s('户外广告设施设置许可', 'permit', 'legal'),
      s('城镇污水排入排水管网许可证', 'permit', 'legal'),
      s('临时占用城市绿地许可', 'permit', 'both'),
    ],
  },
];

export interface District {
  code: string;
  name: string;
  level: string;
}

/** Fictional region codes under the fictional 990100. */
export const DISTRICTS: District[] = [
  { code: '990100', name: '示例市', level: '市级' },
  { code: '990102', name: '示例市南湖区', level: '区级' },
  { code: '990103', name: '示例市北山区', level: '区级' },
  { code: '990104', name: '示例市东江区', level: '区级' },
  { code: '990105', name: '示例市西岭区', level: '区级' },
  { code: '990106', name: '示例市高新区', level: '区级' },
  { code: '990107', name: '示例市滨海新区', level: '区级' },
  { code: '990121', name: '示例市临江县', level: '县级' },
  { code: '990122', name: '示例市青山县', level: '县级' },
];

/** Suffixes some catalogs add for the same item handled another way. */
export const VARIANTS = ['', '（告知承诺制）', '（跨省通办）', '（容缺受理）'];

export const FLOORS = ['一楼A区', '一楼B区', '二楼C区', '二楼D区', '三楼E区', '三楼F区'];
