import { ZwConfigError, httpUrl, type ConfigExpectation } from '@zhengwu/core';

export const ITEM_HREF_EXPECTED: ConfigExpectation = {
  text: 'an http(s) URL or a path containing {code}',
  key: 'guide:expected.itemHref',
};

/**
 * Checks an `item-href` template: it must hold `{code}` and, with any code in it, be an http(s)
 * URL or a path (the check `api-base` uses), so `javascript:…{code}` never becomes a link.
 */
export function parseItemHref(template: string, attribute = 'item-href'): string {
  if (!template.includes('{code}') || !httpUrl(template.replaceAll('{code}', 'code'))) {
    throw new ZwConfigError(attribute, ITEM_HREF_EXPECTED, template);
  }
  return template;
}

/** The link of one item: `{code}` replaced by the encoded code, checked again; undefined if not http(s). */
export function itemLink(template: string, code: string): string | undefined {
  const href = template.replaceAll('{code}', encodeURIComponent(code));
  return httpUrl(href) ? href : undefined;
}
