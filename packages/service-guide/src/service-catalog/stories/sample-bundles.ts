import type { ServiceBundle } from '@zhengwu/core/contract';

// Two of the demo hall's 一件事 bundles (seed: packages/hall-server/src/seed/bundles.ts), shortened.
export const SAMPLE_BUNDLES: ServiceBundle[] = [
  {
    code: 'birth',
    name: '出生一件事',
    aliases: ['生孩子', '新生儿', '出生登记', '新生儿上户口'],
    description: '孩子出生后的落户、医保参保、社保卡和生育津贴，一次办好。',
    themes: ['生育', '户籍'],
    items: ['11990100MB0102003J200203001000', '11990100MB0101001P070101005000', '11990100MB0102002Q050202003000'],
  },
  {
    code: 'resale-transfer',
    name: '二手房过户一件事',
    aliases: ['二手房过户', '过户', '买房', '卖房'],
    description: '存量房转移登记、公积金提取和户口迁移，一次办好。',
    themes: ['不动产'],
    items: ['11990100MB0103001D070301001000', '12990100MB0106001R200601002000'],
  },
];
