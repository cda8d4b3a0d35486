import type { ServiceItemInput } from '../types.js';
import { DEPARTMENTS, agentPapers, days, defineItem, form, idCard, immediateSteps, material, noFee, workdays } from './common.js';

const traffic = DEPARTMENTS.traffic;
const ROAD_LAW = '《中华人民共和国道路交通安全法》';
const LICENCE_RULES = '《机动车驾驶证申领和使用规定》（公安部令第162号）';
const REGISTRATION_RULES = '《机动车登记规定》（公安部令第164号）';
const LICENCE_FEE = {
  charged: true,
  basis: '公安交通管理行政事业性收费标准',
  amount: '驾驶证工本费10元/证',
};
const healthCertificate = material('机动车驾驶人身体条件证明', '具备资质的医疗机构', {
  forms: ['paper', 'electronic'],
  note: '医疗机构已上传电子体检信息的无需提交纸质证明',
});
const licence = material('机动车驾驶证', '公安机关交通管理部门', { forms: ['paper', 'electronic'] });

/** 交通: vehicle and driver services of the traffic police vehicle administration. */
export const trafficItems: ServiceItemInput[] = [
  defineItem(traffic, {
    seq: '001',
    name: '机动车驾驶证期满换证',
    type: 'administrative-license',
    audiences: ['natural'],
    themes: ['交通'],
    highFrequency: true,
    popularity: 3960,
    visits: 0,
    online: true,
    legalBasis: [`${ROAD_LAW}第十九条：驾驶机动车，应当依法取得机动车驾驶证`, `${LICENCE_RULES}第五章 换证`],
    conditions: ['机动车驾驶证有效期满前九十日内', '身体条件符合驾驶许可条件'],
    materials: [idCard(), licence, healthCertificate],
    steps: immediateSteps('审核通过后当场制发新证，网上申请的邮寄送达'),
    caseType: 'immediate',
    legalLimit: days(1),
    promisedLimit: days(0),
    fee: LICENCE_FEE,
    appointment: false,
    faq: [
      {
        question: '可以不去窗口换驾驶证吗？',
        answer: '可以。通过“交管12123”App提交申请并上传体检信息，新证将邮寄到家，全程不用跑动。',
      },
      {
        question: '驾驶证过期了还能直接换吗？',
        answer: '超过有效期一年以内的可以直接换证；超过一年的驾驶证将被注销，需要在二年内考试科目一后恢复。',
      },
    ],
  }),
  defineItem(traffic, {
    seq: '002',
    name: '机动车驾驶证补领',
    type: 'administrative-license',
    audiences: ['natural'],
    themes: ['交通'],
    highFrequency: false,
    popularity: 1180,
    visits: 0,
    online: true,
    legalBasis: [`${ROAD_LAW}第十九条`, `${LICENCE_RULES}第五章 换证`],
    conditions: ['机动车驾驶证遗失', '驾驶证未被扣押、注销'],
    materials: [idCard()],
    steps: immediateSteps('当场补发，原证同时作废'),
    caseType: 'immediate',
    legalLimit: days(1),
    promisedLimit: days(0),
    fee: LICENCE_FEE,
    appointment: false,
    faq: [
      {
        question: '补领期间能开车吗？',
        answer: '可在“交管12123”App申领电子驾驶证，与纸质驾驶证具有同等效力。',
      },
    ],
  }),
  defineItem(traffic, {
    seq: '003',
    name: '机动车驾驶证注销后重新申领',
    type: 'administrative-license',
    audiences: ['natural'],
    themes: ['交通'],
    highFrequency: false,
    popularity: 310,
    visits: 2,
    online: false,
    legalBasis: [`${ROAD_LAW}第十九条`, `${LICENCE_RULES}第七章 注销与恢复`],
    conditions: ['驾驶证因超过有效期一年以上未换证被注销，且注销未超过二年', '身体条件符合要求', '经考试科目一合格'],
    materials: [idCard(), healthCertificate, form('机动车驾驶证申请表', 'driving-licence-application', '窗口领取')],
    steps: [
      { name: '申请', description: '到车管所窗口提交申请并预约科目一考试' },
      { name: '受理', description: '核查注销原因和期限', timeLimit: days(0) },
      { name: '考试', description: '参加科目一（道路交通安全法律、法规和相关知识）考试' },
      { name: '决定', description: '考试合格的恢复驾驶资格，当场核发驾驶证', timeLimit: days(1) },
    ],
    caseType: 'promised',
    legalLimit: workdays(20),
    promisedLimit: workdays(10),
    fee: { charged: true, basis: LICENCE_FEE.basis, amount: '考试费按本省标准收取；驾驶证工本费10元/证' },
    appointment: true,
    faq: [
      {
        question: '注销超过二年怎么办？',
        answer: '注销超过二年的不能恢复，须按初次申领重新参加培训和全部科目考试。',
      },
    ],
  }),
  defineItem(traffic, {
    seq: '004',
    name: '机动车注册登记',
    type: 'administrative-license',
    audiences: ['natural', 'legal'],
    themes: ['交通'],
    highFrequency: false,
    popularity: 2740,
    visits: 1,
    online: false,
    legalBasis: [`${ROAD_LAW}第八条：国家对机动车实行登记制度`, `${REGISTRATION_RULES}第二章 登记`],
    conditions: ['新购机动车已缴纳车辆购置税、投保交强险', '机动车查验合格'],
    materials: [
      material('机动车所有人身份证明', '公安机关或市场监督管理部门', { note: '单位提交营业执照或统一社会信用代码证书' }),
      material('购车发票', '销售企业', { forms: ['paper', 'electronic'] }),
      material('机动车整车出厂合格证明', '生产企业', { forms: ['paper', 'electronic'] }),
      material('交强险凭证', '保险公司', { forms: ['electronic'], note: '系统联网核查，无需提交' }),
      ...agentPapers(),
    ],
    steps: [
      { name: '申请', description: '到车管所或4S店代办点提交申请' },
      { name: '查验', description: '查验机动车，核对车辆识别代号' },
      { name: '受理', description: '审核材料，选取号牌号码', timeLimit: days(0) },
      { name: '决定', description: '核发登记证书、号牌、行驶证和检验合格标志', timeLimit: days(1) },
    ],
    caseType: 'promised',
    legalLimit: days(2),
    promisedLimit: days(1),
    fee: {
      charged: true,
      basis: LICENCE_FEE.basis,
      amount: '按规定收取号牌、行驶证工本费，具体以窗口收费公示为准',
    },
    appointment: true,
    faq: [
      {
        question: '可以在4S店直接上牌吗？',
        answer: '本市已在部分汽车销售企业设立登记服务站，购车后可在店内完成查验、选号和登记。',
      },
    ],
  }),
  defineItem(traffic, {
    seq: '005',
    name: '机动车检验合格标志核发（免检车辆）',
    type: 'administrative-confirmation',
    audiences: ['natural', 'legal'],
    themes: ['交通'],
    highFrequency: false,
    popularity: 2210,
    visits: 0,
    online: true,
    legalBasis: [
      `${ROAD_LAW}第十三条：对登记后上道路行驶的机动车，应当依照法律、行政法规的规定，根据车辆用途、载客载货数量、使用年限等不同情况，定期进行安全技术检验`,
    ],
    conditions: ['非营运小微型载客汽车注册登记未满十年（第六年、第十年申领）', '机动车未发生致人伤亡的交通事故', '交通违法已处理完毕'],
    materials: [
      material('交强险凭证', '保险公司', { forms: ['electronic'], note: '系统联网核查' }),
      material('车船税纳税或减免凭证', '税务机关或保险公司', { forms: ['electronic'], note: '系统联网核查' }),
    ],
    steps: [
      { name: '申请', description: '通过“交管12123”App提交申领' },
      { name: '办结', description: '在线核发电子检验合格标志', timeLimit: days(0) },
    ],
    caseType: 'immediate',
    legalLimit: days(1),
    promisedLimit: days(0),
    fee: noFee,
    appointment: false,
    faq: [
      {
        question: '电子检验合格标志还需要贴在车上吗？',
        answer: '不需要。电子检验合格标志与纸质标志具有同等效力，可在App中随时出示。',
      },
    ],
  }),
];
