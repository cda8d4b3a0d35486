import type { ServiceBundle } from '@zhengwu/core/contract';

// 实施编码 of seed items (seed/items/*): department credit code + 基本编码.
const POLICE = '11990100MB0101001P';
const HRSS = '11990100MB0102001W';
const MEDICAL = '11990100MB0102002Q';
const HEALTH = '11990100MB0102003J';
const REAL_ESTATE = '11990100MB0103001D';
const CIVIL = '11990100MB0104001B';
const MARKET = '11990100MB0105001M';
const TAX = '11990100MB0105002G';
const FUND = '12990100MB0106001R';

/** The demo hall's 一件事 bundles. */
export const seedBundles: ServiceBundle[] = [
  {
    code: 'birth',
    name: '出生一件事',
    aliases: ['生孩子', '生小孩', '新生儿', '出生登记', '宝宝上户口', '新生儿上户口', '生育', '出生证'],
    description: '孩子出生后的出生医学证明、落户、医保参保、社保卡和生育津贴，一次办好。',
    themes: ['生育', '户籍'],
    items: [
      `${HEALTH}200203001000`, // 生育登记
      `${POLICE}070101005000`, // 出生登记（新生儿入户）
      `${MEDICAL}200202001000`, // 城乡居民基本医疗保险参保登记
      `${HRSS}200201004000`, // 社会保障卡申领
      `${MEDICAL}050202003000`, // 生育津贴申领
    ],
  },
  {
    code: 'marriage',
    name: '结婚一件事',
    aliases: ['结婚', '领证', '领结婚证', '婚姻登记', '登记结婚', '新婚'],
    description: '结婚登记，随后的生育登记和户口迁入，一次办好。',
    themes: ['婚姻'],
    items: [
      `${CIVIL}070401001000`, // 结婚登记
      `${HEALTH}200203001000`, // 生育登记
      `${POLICE}010101007000`, // 户口迁入（投靠亲属）
    ],
  },
  {
    code: 'retirement',
    name: '退休一件事',
    aliases: ['退休', '办退休', '领养老金', '养老金', '退休手续'],
    description: '职工退休、养老金领取账户、医保关系和公积金提取，一次办好。',
    themes: ['退休', '社保'],
    items: [
      `${HRSS}050201009000`, // 职工退休申请（基本养老金申领）
      `${HRSS}200201005000`, // 养老金发放银行账户变更
      `${MEDICAL}200202007000`, // 基本医疗保险关系转移接续
      `${FUND}200601005000`, // 住房公积金个人账户信息变更
    ],
  },
  {
    code: 'business-start',
    name: '开办企业一件事',
    aliases: ['开公司', '注册公司', '办营业执照', '开办企业', '创业', '企业开办'],
    description: '营业执照、公章刻制、税务、社保和公积金登记，一个窗口一次办好。',
    themes: ['企业开办'],
    items: [
      `${MARKET}010501001000`, // 企业设立登记（有限责任公司）
      `${POLICE}100101012000`, // 公章刻制备案
      `${TAX}200502001000`, // 新办纳税人涉税事项套餐
      `${HRSS}070201003000`, // 单位社会保险参保登记
      `${FUND}200601001000`, // 住房公积金单位缴存登记
    ],
  },
  {
    code: 'resale-transfer',
    name: '二手房过户一件事',
    aliases: ['二手房过户', '过户', '买房', '卖房', '二手房', '房产过户', '买房提取公积金'],
    description: '存量房转移登记、公积金提取和户口迁移，一次办好。',
    themes: ['不动产', '公积金'],
    items: [
      `${REAL_ESTATE}070301001000`, // 存量房买卖转移登记
      `${FUND}200601002000`, // 住房公积金提取（购买自住住房）
      `${POLICE}070101006000`, // 户口迁移（市内迁移）
    ],
  },
];
