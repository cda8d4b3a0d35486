import { defineNamespace } from '@zhengwu/core';

/** The `progress` strings. Import the constant (not just the file) so bundlers keep the loaders. */
export const PROGRESS_NS = defineNamespace('progress', {
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
  en: () => import('./en.js'),
});
