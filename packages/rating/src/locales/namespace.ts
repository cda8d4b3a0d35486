import { defineNamespace } from '@zhengwu/core';

/** The `rating` strings. Import the constant (not just the file) so bundlers keep the loaders. */
export const RATING_NS = defineNamespace('rating', {
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
  en: () => import('./en.js'),
});
