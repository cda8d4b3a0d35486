import type { Locale } from '../config/config.js';

/** Numbers in the visitor's locale (e.g. `1,234`). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** Dates and times in the visitor's locale, Beijing time unless told otherwise. */
export function formatDate(locale: Locale, value: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', ...options }).format(value);
}

/** A list joined the way the locale joins lists (`A、B和C`, `A, B, and C`). */
export function formatList(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
