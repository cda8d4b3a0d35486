import { defineNamespace } from '@zhengwu/core';

export const KIOSK_NS = defineNamespace('kiosk', {
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
  en: () => import('./en.js'),
});
