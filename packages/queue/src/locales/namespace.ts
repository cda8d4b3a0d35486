import { defineNamespace } from '@zhengwu/core';

/** The `queue` strings. Import the constant (not just the file) so bundlers keep the loaders. */
export const QUEUE_NS = defineNamespace('queue', {
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
  en: () => import('./en.js'),
});
