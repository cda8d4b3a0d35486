import { defineNamespace } from '@zhengwu/core';

/** The `ui` strings. Import the constant (not just the file) so bundlers keep the loaders. */
export const UI_NS = defineNamespace('ui', {
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
  en: () => import('./en.js'),
});
