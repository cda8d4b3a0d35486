import type { ServiceItemInput } from '../types.js';
import {
  DEPARTMENTS,
  SATURDAY_HOURS,
  agentPapers,
  defineItem,
  form,
  idCard,
  immediateSteps,
  material,
  noFee,
  reviewSteps,
  workdays,
} from './common.js';

const realEstate = DEPARTMENTS.realEstate;
const REGISTRATION_REGULATION = '《不动产登记暂行条例》';
const REGISTRATION_RULES = '《不动产登记暂行条例实施细则》';
const REGISTRATION_FEE_BASIS = '《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）';
const titleCertificate = material('不动产权证书', '不动产登记机构', {
  forms: ['paper', 'electronic'],
  note: '已颁发电子证照的可免于提交',
});

/** 不动产 registration centre. */
export const propertyItems: ServiceItemInput[] = [
  defineItem(realEstate, {
    seq: '001',
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
      `${REGISTRATION_REGULATION}第二十条：不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外`,
      `${REGISTRATION_RULES}第三十八条`,
    ],
    conditions: ['买卖双方共同申请', '房屋已办理不动产权首次登记，无查封、异议登记等限制', '已完成网签备案并缴纳相关税费'],
    materials: [
      idCard('买卖双方居民身份证'),
      titleCertificate,
      material('存量房买卖合同（网签）', '住房和城乡建设部门', { forms: ['electronic'], note: '系统联网获取' }),
      material('完税凭证', '税务机关', { forms: ['electronic'], note: '“一窗受理”后台推送' }),
      form('不动产登记申请书', 'real-estate-application', '窗口领取或网上填写'),
      material('婚姻状况证明', '民政部门', { necessity: 'optional', forms: ['paper', 'electronic'], note: '用于确认共有人' }),
      ...agentPapers(),
    ],
    steps: [
      { name: '申请', description: '买卖双方通过“一窗受理”窗口或网上共同申请' },
      { name: '受理', description: '交易、税务、登记材料一窗收件，同步推送', timeLimit: workdays(0) },
      { name: '审核', description: '查验权属状况和限制信息', timeLimit: workdays(2) },
      { name: '登簿', description: '记载于不动产登记簿', timeLimit: workdays(1) },
      { name: '发证', description: '缮证发证，可领取电子证照或邮寄纸质证书', timeLimit: workdays(1) },
    ],
    caseType: 'promised',
    legalLimit: workdays(30),
    promisedLimit: workdays(5),
    fee: {
      charged: true,
      basis: REGISTRATION_FEE_BASIS,
      amount: '住宅登记费80元/件；非住宅550元/件；每增加一本证书加收工本费10元',
    },
    hours: SATURDAY_HOURS,
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
  }),
  defineItem(realEstate, {
    seq: '002',
    name: '不动产抵押权首次登记',
    type: 'administrative-confirmation',
    audiences: ['natural', 'legal'],
    themes: ['不动产', '公积金'],
    highFrequency: false,
    popularity: 2140,
    visits: 0,
    online: true,
    legalBasis: [
      '《中华人民共和国民法典》第四百零二条：以建筑物和其他土地附着物等财产抵押的，应当办理抵押登记。抵押权自登记时设立',
      `${REGISTRATION_RULES}第六十五条`,
    ],
    conditions: ['抵押人与抵押权人（银行等金融机构）共同申请', '抵押财产已办理所有权登记'],
    materials: [
      idCard('抵押人居民身份证'),
      titleCertificate,
      material('抵押合同及主债权合同', '抵押权人（银行）', { forms: ['paper', 'electronic'] }),
      material('抵押权人营业执照及金融许可证', '抵押权人（银行）', {
        forms: ['electronic'],
        note: '银行已入驻“不动产+金融”平台的免于提交',
      }),
      form('不动产登记申请书', 'real-estate-application', '窗口领取或网上填写'),
    ],
    steps: reviewSteps(workdays(1), workdays(1), '登记完成后向抵押权人发放不动产登记证明（电子）'),
    caseType: 'promised',
    legalLimit: workdays(30),
    promisedLimit: workdays(3),
    fee: { charged: true, basis: REGISTRATION_FEE_BASIS, amount: '住宅80元/件；非住宅550元/件（小微企业免收）' },
    appointment: false,
    faq: [
      {
        question: '在银行办完贷款还要来登记中心吗？',
        answer: '不用。本市银行网点已开通抵押登记“不见面办理”，银行在线提交申请，登记结果电子推送。',
      },
    ],
  }),
  defineItem(realEstate, {
    seq: '003',
    name: '不动产抵押权注销登记',
    type: 'administrative-confirmation',
    audiences: ['natural', 'legal'],
    themes: ['不动产', '公积金'],
    highFrequency: false,
    popularity: 1680,
    visits: 0,
    online: true,
    legalBasis: [`${REGISTRATION_RULES}第六十八条：主债权消灭、抵押权已经实现、抵押权人放弃抵押权的，当事人可以申请抵押权注销登记`],
    conditions: ['贷款已还清（主债权消灭）或抵押权人放弃抵押权'],
    materials: [
      material('不动产登记证明（抵押）', '不动产登记机构', { forms: ['paper', 'electronic'] }),
      material('抵押权人同意注销的证明', '抵押权人（银行）', { forms: ['paper', 'electronic'] }),
      form('不动产登记申请书', 'real-estate-application', '窗口领取或网上填写'),
    ],
    steps: immediateSteps('当场办结，注销结果同步推送抵押人和银行'),
    caseType: 'immediate',
    legalLimit: workdays(30),
    promisedLimit: workdays(0),
    fee: noFee,
    appointment: false,
    faq: [
      {
        question: '房贷提前还款结清后要做什么？',
        answer: '还款结清后，由银行线上申请抵押注销即可；需要本人办理的，持银行出具的还款结清证明到窗口申请，当场办结。',
      },
    ],
  }),
  defineItem(realEstate, {
    seq: '004',
    name: '不动产登记资料查询',
    type: 'public-service',
    audiences: ['natural', 'legal'],
    themes: ['不动产', '教育'],
    highFrequency: false,
    popularity: 3260,
    visits: 0,
    online: true,
    legalBasis: [
      `${REGISTRATION_REGULATION}第二十七条：权利人、利害关系人可以依法查询、复制不动产登记资料，不动产登记机构应当提供`,
      '《不动产登记资料查询暂行办法》',
    ],
    conditions: ['权利人查询本人名下不动产', '利害关系人、司法机关等依法查询'],
    materials: [idCard(), form('不动产登记资料查询申请书', 'real-estate-query')],
    steps: immediateSteps('当场出具查询结果证明，网上查询可下载电子版'),
    caseType: 'immediate',
    legalLimit: workdays(5),
    promisedLimit: workdays(0),
    fee: noFee,
    appointment: false,
    faq: [
      {
        question: '孩子上学要的“房产证明”怎么开？',
        answer: '在自助终端或网上办事大厅选择“不动产登记资料查询”，凭身份证即可打印带二维码的查询结果，学校可扫码核验。',
      },
    ],
  }),
  defineItem(realEstate, {
    seq: '005',
    name: '不动产权证书补证',
    type: 'administrative-confirmation',
    audiences: ['natural', 'legal'],
    themes: ['不动产'],
    highFrequency: false,
    popularity: 370,
    visits: 1,
    online: false,
    legalBasis: [
      `${REGISTRATION_RULES}第二十二条：不动产权属证书或者不动产登记证明遗失、灭失，不动产权利人申请补发的，由不动产登记机构在其门户网站上刊发不动产权利人的遗失、灭失声明15个工作日后，予以补发`,
    ],
    conditions: ['不动产权属证书遗失或灭失', '由登记簿记载的权利人申请'],
    materials: [
      idCard(),
      form('不动产登记申请书', 'real-estate-application', '窗口领取或网上填写'),
      material('遗失声明', '申请人自备', { note: '由登记机构在门户网站刊登15个工作日' }),
    ],
    steps: [
      { name: '申请', description: '权利人到窗口申请并提交遗失声明' },
      { name: '受理', description: '核验权利人身份', timeLimit: workdays(0) },
      { name: '公告', description: '在门户网站刊发遗失声明', timeLimit: workdays(15) },
      { name: '补发', description: '公告期满无异议的补发证书，并在登记簿上记载', timeLimit: workdays(1) },
    ],
    caseType: 'promised',
    legalLimit: workdays(30),
    promisedLimit: workdays(17),
    fee: { charged: true, basis: REGISTRATION_FEE_BASIS, amount: '证书工本费10元/本' },
    appointment: true,
    faq: [
      {
        question: '补证期间能卖房吗？',
        answer: '可以在补证完成后办理；也可申请领取电子证照，电子证照与纸质证书具有同等效力。',
      },
    ],
  }),
];
