import { httpUrl } from '@zhengwu/core';
import type { Material, ServiceItem, TimeLimit } from '@zhengwu/core/contract';

/** `t()` of the element, bound to the `guide` namespace. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The language catalog content is written in; labels translate, content does not. */
export const CONTENT_LANG = 'zh-CN';

/** "20 个工作日", "5 working days"; 0 is "当场办结". */
export function limitText(t: Translate, limit: TimeLimit): string {
  if (limit.value === 0) return t('guide.value.limit.zero');
  return t(`guide.value.limit.${limit.unit}`, { count: limit.value });
}

/** "0 次" … as the 到办事现场次数 field says it. */
export function visitsText(t: Translate, visits: number): string {
  return t('guide.value.visits', { count: visits });
}

export function necessityText(t: Translate, material: Material): string {
  return t(`guide.value.necessity.${material.necessity}`);
}

/** "纸质、电子" in the locale's list style. */
export function formsText(t: Translate, material: Material, list: (items: string[]) => string): string {
  return list(material.forms.map((form) => t(`guide.value.form.${form}`)));
}

export function audiencesText(t: Translate, item: ServiceItem, list: (items: string[]) => string): string {
  return list(item.audiences.map((audience) => t(`guide.value.audience.${audience}`)));
}

/** A phone number as a `tel:` address: digits and a leading + only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Only absolute http(s) addresses from data become links; anything else (e.g. `javascript:`) stays text. */
export function safeHref(url: string | undefined): string | undefined {
  return httpUrl(url, null)?.href;
}
