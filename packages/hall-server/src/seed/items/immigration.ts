import type { ServiceItemInput } from '../types.js';
import { DEPARTMENTS, SATURDAY_HOURS, days, defineItem, form, idCard, material, noFee, workdays } from './common.js';

const exitEntry = DEPARTMENTS.exitEntry;
const PASSPORT_LAW = '《中华人民共和国护照法》';
const photo = material('出入境证件数码照片回执', '具备资质的照相馆或窗口现场采集', {
  forms: ['electronic'],
  note: '窗口可免费现场采集',
});
const exitEntrySteps = (issue: number) => [
  { name: '申请', description: '本人到全国任一出入境窗口申请，现场采集指纹和照片' },
  { name: '受理', description: '核验身份，受理申请并收费', timeLimit: days(0) },
  { name: '审批', description: '出入境管理机构审批', timeLimit: workdays(issue - 2) },
  { name: '制证', description: '统一制作证件', timeLimit: workdays(2) },
  { name: '送达', description: '窗口领取、自助机领取或邮政速递送达' },
];

/** 出入境证件 at the exit-entry administration window. */
export const immigrationItems: ServiceItemInput[] = [
  defineItem(exitEntry, {
    seq: '001',
    name: '普通护照签发',
    type: 'administrative-license',
    audiences: ['natural'],
    themes: ['出入境'],
    highFrequency: true,
    popularity: 4380,
    visits: 1,
    online: false,
    legalBasis: [
      `${PASSPORT_LAW}第五条：公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的，由本人向户籍所在地的县级以上地方人民政府公安机关出入境管理机构申请普通护照`,
      `${PASSPORT_LAW}第六条：公安机关出入境管理机构应当自收到申请材料之日起十五日内签发普通护照`,
      '《国家移民管理局关于实施出入境证件“全国通办”的公告》',
    ],
    conditions: ['中国公民，因私出国', '未满十六周岁的须由监护人陪同', '不存在法律规定不准出境的情形'],
    materials: [
      idCard(),
      photo,
      form('中国公民出入境证件申请表', 'exit-entry-application', '窗口现场填写或自助机打印'),
      material('监护人居民身份证及监护关系证明', '公安机关或民政部门', {
        necessity: 'optional',
        note: '未满十六周岁申请人提供',
      }),
      material('本单位出具的同意出境意见', '所在单位', {
        necessity: 'optional',
        note: '登记备案的国家工作人员提供',
      }),
    ],
    steps: exitEntrySteps(7),
    caseType: 'promised',
    legalLimit: days(15),
    promisedLimit: workdays(7),
    fee: {
      charged: true,
      basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）',
      amount: '120元/本',
    },
    hours: SATURDAY_HOURS,
    appointment: true,
    faq: [
      {
        question: '户口不在本市可以在这里办护照吗？',
        answer: '可以。普通护照已实行“全国通办”，凭居民身份证即可在全国任一出入境窗口申请。',
      },
      {
        question: '急着出国，能加急办理吗？',
        answer: '因奔丧、探望危重病人、出国就医等紧急事由，可提供相关证明申请加急，一般可在3个工作日内办结。',
      },
    ],
  }),
  defineItem(exitEntry, {
    seq: '002',
    name: '普通护照换发、补发',
    type: 'administrative-license',
    audiences: ['natural'],
    themes: ['出入境'],
    highFrequency: false,
    popularity: 1260,
    visits: 1,
    online: false,
    legalBasis: [
      `${PASSPORT_LAW}第十一条：护照有效期即将届满的，护照签证页即将使用完毕的，护照损毁不能使用的，护照遗失或者被盗的，可以申请换发或者补发`,
    ],
    conditions: ['护照有效期不足六个月、签证页即将用完、损毁、遗失或被盗'],
    materials: [
      idCard(),
      photo,
      material('原普通护照', '公安机关出入境管理机构', { note: '换发时交回；遗失、被盗的提交报失证明' }),
      form('中国公民出入境证件申请表', 'exit-entry-application', '窗口现场填写或自助机打印'),
    ],
    steps: exitEntrySteps(7),
    caseType: 'promised',
    legalLimit: days(15),
    promisedLimit: workdays(7),
    fee: { charged: true, basis: '发改价格〔2019〕914号', amount: '120元/本' },
    hours: SATURDAY_HOURS,
    appointment: true,
    faq: [
      {
        question: '旧护照上的有效签证怎么办？',
        answer: '换发时可申请将旧护照剪角后退还本人，旧护照上仍在有效期内的签证可与新护照同时使用（以签证国规定为准）。',
      },
    ],
  }),
  defineItem(exitEntry, {
    seq: '003',
    name: '往来港澳通行证及签注签发',
    type: 'administrative-license',
    audiences: ['natural'],
    themes: ['出入境'],
    highFrequency: true,
    popularity: 5120,
    visits: 1,
    online: true,
    legalBasis: ['《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》', '《中华人民共和国出境入境管理法》第十条'],
    conditions: ['内地居民因私前往香港、澳门旅游、探亲、商务等'],
    materials: [idCard(), photo, form('中国公民出入境证件申请表', 'exit-entry-application', '窗口现场填写或自助机打印')],
    steps: exitEntrySteps(7),
    caseType: 'promised',
    legalLimit: days(15),
    promisedLimit: workdays(7),
    fee: {
      charged: true,
      basis: '发改价格〔2019〕914号',
      amount: '通行证60元/证；一次有效签注15元，二次有效签注30元',
    },
    hours: SATURDAY_HOURS,
    appointment: true,
    faq: [
      {
        question: '已有通行证，只需要续签注，要到窗口吗？',
        answer: '不需要。持有效电子往来港澳通行证的，可通过自助签注机或“移民局”App在线办理签注，即时生效。',
      },
    ],
  }),
  defineItem(exitEntry, {
    seq: '004',
    name: '往来台湾通行证及签注签发',
    type: 'administrative-license',
    audiences: ['natural'],
    themes: ['出入境'],
    highFrequency: false,
    popularity: 860,
    visits: 1,
    online: false,
    legalBasis: ['《中国公民往来台湾地区管理办法》'],
    conditions: ['大陆居民因私前往台湾地区探亲、商务、学习等'],
    materials: [
      idCard(),
      photo,
      form('中国公民出入境证件申请表', 'exit-entry-application', '窗口现场填写或自助机打印'),
      material('赴台事由证明', '邀请方或旅行社', { copies: 1, note: '团队旅游由旅行社统一提供' }),
    ],
    steps: exitEntrySteps(10),
    caseType: 'promised',
    legalLimit: days(15),
    promisedLimit: workdays(10),
    fee: { charged: true, basis: '发改价格〔2019〕914号', amount: '通行证60元/证；签注15元/次' },
    appointment: true,
    faq: [
      {
        question: '台湾通行证有效期是多久？',
        answer: '电子往来台湾通行证有效期为成年人十年、未成年人五年，签注按赴台事由分别签发。',
      },
    ],
  }),
  defineItem(exitEntry, {
    seq: '005',
    name: '出入境记录查询',
    type: 'public-service',
    audiences: ['natural'],
    themes: ['出入境'],
    highFrequency: false,
    popularity: 1570,
    visits: 0,
    online: true,
    legalBasis: ['《中华人民共和国出境入境管理法》', '《中华人民共和国个人信息保护法》第四十五条'],
    conditions: ['查询本人的出入境记录；委托他人查询的须提供公证的委托书'],
    materials: [idCard(), material('经公证的委托书', '公证机构', { necessity: 'optional', note: '委托他人查询时提供' })],
    steps: [
      { name: '申请', description: '通过“移民局”App、网上办事大厅或窗口申请' },
      { name: '办结', description: '在线生成带电子签章的出入境记录查询结果', timeLimit: days(0) },
    ],
    caseType: 'immediate',
    legalLimit: workdays(5),
    promisedLimit: workdays(0),
    fee: noFee,
    appointment: false,
    faq: [
      {
        question: '网上查询的结果可以直接用于签证申请吗？',
        answer: '可以。网上出具的查询结果带有电子签章和验证码，接收单位可在线核验真伪。',
      },
    ],
  }),
];
