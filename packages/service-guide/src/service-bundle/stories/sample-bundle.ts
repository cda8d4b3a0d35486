import type { BundleGuide, Material, ServiceItem } from '@zhengwu/core/contract';
import { ZwOfflineError, ZwServerError } from '@zhengwu/core';
import { REAL_ESTATE_TRANSFER } from '../../service-guide/stories/sample-item.js';
import type { BundleSource } from '../bundle-source.js';
import { SAMPLE_HALL } from '../../service-checklist/stories/zw-service-checklist.stories.js';

// 出生一件事 of the demo hall's seed (fictional 示例市), as GET /api/catalog/bundles/birth answers, shortened.

const material = (name: string, source: string, originals = 1, copies = 0, necessity: Material['necessity'] = 'required'): Material => ({
  name,
  originals,
  copies,
  necessity,
  forms: ['paper'],
  source,
});

const item = (code: string, name: string, department: string, materials: Material[], steps: string[]): ServiceItem => ({
  ...REAL_ESTATE_TRANSFER,
  code,
  basicCode: code.slice(-12),
  name,
  department,
  themes: ['生育'],
  materials,
  steps: steps.map((step) => ({ name: step, description: `${step}：材料齐全的当场办理` })),
});

const ID = '申请人居民身份证';
export const BIRTH_BUNDLE: BundleGuide = {
  bundle: {
    code: 'birth',
    name: '出生一件事',
    aliases: ['生孩子', '新生儿', '出生登记'],
    description: '孩子出生后的落户、医保参保和生育津贴，一次办好。',
    themes: ['生育', '户籍'],
    items: ['11990100MB0101001P070101005000', '11990100MB0102002Q200202001000', '11990100MB0102002Q050202003000'],
  },
  items: [
    item(
      '11990100MB0101001P070101005000',
      '出生登记（新生儿入户）',
      '示例市公安局',
      [material('出生医学证明', '医疗机构'), material(ID, '公安机关'), material('居民户口簿', '公安机关')],
      ['申请', '受理', '办结'],
    ),
    item(
      '11990100MB0102002Q200202001000',
      '城乡居民基本医疗保险参保登记',
      '示例市医疗保障局',
      [material(ID, '公安机关'), material('居民户口簿', '公安机关', 1, 1)],
      ['申请', '办结'],
    ),
    item(
      '11990100MB0102002Q050202003000',
      '生育津贴申领',
      '示例市医疗保障局',
      [material(ID, '公安机关'), material('出生医学证明', '医疗机构', 1, 1), material('出院记录', '医疗机构', 1, 1, 'deferrable')],
      ['申请', '审核', '发放'],
    ),
  ],
};

export const bundleSource = (guide: BundleGuide): BundleSource => ({ bundleGuide: async () => guide, hall: async () => SAMPLE_HALL });
export const pendingBundleSource = (): BundleSource => ({ bundleGuide: () => new Promise(() => {}), hall: async () => SAMPLE_HALL });
export const offlineBundleSource = (): BundleSource => ({
  bundleGuide: async (code) => {
    throw new ZwOfflineError(`/api/catalog/bundles/${code}`);
  },
  hall: async () => SAMPLE_HALL,
});
export const notFoundBundleSource = (): BundleSource => ({
  bundleGuide: async () => {
    throw new ZwServerError(404, 'unknown_bundle', 'There is no bundle with this code.');
  },
  hall: async () => SAMPLE_HALL,
});
