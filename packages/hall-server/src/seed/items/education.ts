import type { ServiceItemInput } from '../types.js';
import { DEPARTMENTS, defineItem, form, hukouBook, idCard, material, noFee, reviewSteps, workdays } from './common.js';

const education = DEPARTMENTS.education;

/** 教育: education bureau. */
export const educationItems: ServiceItemInput[] = [
  defineItem(education, {
    seq: '001',
    name: '义务教育阶段入学登记',
    type: 'public-service',
    audiences: ['natural'],
    themes: ['教育', '户籍'],
    highFrequency: false,
    popularity: 3420,
    visits: 0,
    online: true,
    legalBasis: [
      '《中华人民共和国义务教育法》第十二条：适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学',
    ],
    conditions: ['本市户籍或持本市居住证家庭的适龄儿童（当年8月31日前满6周岁）', '小学升初中按学区划分就近入学'],
    materials: [
      idCard('监护人居民身份证'),
      hukouBook(),
      material('房产证明或租赁备案证明', '不动产登记机构或住房和城乡建设部门', { forms: ['electronic'], note: '系统联网核验，无需打印' }),
      material('居住证', '公安机关', { necessity: 'optional', forms: ['paper', 'electronic'], note: '非本市户籍家庭提供' }),
    ],
    steps: [
      { name: '登记', description: '每年5月在“入学一件事”平台填报' },
      { name: '审核', description: '教育、公安、不动产等部门联网核验', timeLimit: workdays(10) },
      { name: '派位', description: '按学区安排学位，超额时电脑派位' },
      { name: '录取', description: '公布录取结果，学校发放入学通知书' },
    ],
    caseType: 'promised',
    legalLimit: workdays(30),
    promisedLimit: workdays(20),
    fee: noFee,
    hours: '每年5月10日至5月31日网上登记；咨询时间：周一至周五 9:00—12:00，13:30—17:30',
    appointment: false,
    faq: [
      {
        question: '户籍和房产不在同一个学区怎么办？',
        answer: '按“房户一致”优先原则安排，具体以本区当年招生政策为准，可在平台查询学区范围。',
      },
    ],
  }),
  defineItem(education, {
    seq: '002',
    name: '教师资格认定',
    type: 'administrative-license',
    audiences: ['natural'],
    themes: ['教育', '就业'],
    highFrequency: false,
    popularity: 690,
    visits: 1,
    online: true,
    legalBasis: ['《中华人民共和国教师法》第十三条：中小学教师资格由县级以上地方人民政府教育行政部门认定', '《教师资格条例》'],
    conditions: ['具备规定学历', '中小学教师资格考试合格', '普通话水平达到二级乙等以上', '体检合格'],
    materials: [
      idCard(),
      material('学历证书', '高等学校', { forms: ['electronic'], note: '学信网联网核验' }),
      material('普通话水平测试等级证书', '语言文字工作部门', { forms: ['electronic'] }),
      material('体检合格证明', '县级以上医院', { note: '须为6个月内的体检结论' }),
      form('教师资格认定申请表', 'teacher-qualification'),
    ],
    steps: reviewSteps(workdays(20), workdays(5), '邮寄或现场领取教师资格证书'),
    caseType: 'promised',
    legalLimit: workdays(30),
    promisedLimit: workdays(25),
    fee: noFee,
    hours: '每年春季、秋季各一次集中受理，具体以公告为准',
    appointment: true,
    faq: [
      {
        question: '体检报告过期了还能用吗？',
        answer: '不能。体检结论须为认定申请前6个月内，过期的需重新体检后再申请。',
      },
    ],
  }),
];
