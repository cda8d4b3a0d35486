import { defineNamespace } from '../i18n/i18n.js';

/** The `core` strings. Import the constant (not just the file) so bundlers keep the loaders. */
export const CORE_NS = defineNamespace('core', {
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
  en: () => import('./en.js'),
});
