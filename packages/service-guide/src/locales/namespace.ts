import { defineNamespace } from '@zhengwu/core';

/** The `guide` strings. Import the constant (not just the file) so bundlers keep the loaders. */
export const GUIDE_NS = defineNamespace('guide', {
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
  en: () => import('./en.js'),
});
