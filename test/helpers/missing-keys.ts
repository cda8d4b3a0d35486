import { i18n } from '@zhengwu/core';

/** A `t()` of a key that the locale it was asked in does not have. */
export interface MissingKey {
  locale: string;
  namespace: string;
  key: string;
}

const recorded: MissingKey[] = [];

/** What was recorded since the last call, and forgets it. */
export function takeMissingKeys(): MissingKey[] {
  return recorded.splice(0);
}

export const describeMissingKeys = (missing: MissingKey[]): string =>
  [...new Set(missing.map(({ locale, namespace, key }) => `${locale} ${namespace}:${key}`))].join(', ');

/**
 * Makes i18next report every key absent in the locale a `t()` asked for. Fallback to zh-CN
 * is turned off here, since it would hide a key missing in zh-TW or en; the page never
 * depends on it when every locale is complete, and the locale test checks that they are.
 */
export function recordMissingKeys(): void {
  i18n.options.fallbackLng = false;
  i18n.options.saveMissing = true;
  i18n.options.saveMissingTo = 'current';
  i18n.options.saveMissingPlurals = false;
  i18n.options.missingKeyHandler = (languages, namespace, key, _fallback, _update, options) => {
    const locale = (options as { lng?: string } | undefined)?.lng ?? languages[0];
    // Strings still on their way are a wait, not a missing key.
    if (!i18n.hasResourceBundle(locale, namespace)) return;
    const count = (options as { count?: unknown } | undefined)?.count;
    const suffix = typeof count === 'number' ? i18n.services.pluralResolver.getSuffix(locale, count) : '';
    recorded.push({ locale, namespace, key: `${key}${suffix}` });
  };
}
