import type { ServiceItem } from '@zhengwu/core/contract';

/** The sections of a guide, in the order shown; each is also the id of its heading. */
export const GUIDE_SECTIONS = [
  'basic',
  'basis',
  'conditions',
  'materials',
  'process',
  'time',
  'fee',
  'place',
  'contact',
  'online',
  'faq',
] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** What a guide link leads to. */
export type GuideLinkKind = 'blank-form' | 'sample' | 'online';

/** `<zw-service-guide>` shows an item: fetched from the hall server, or given as `data`. */
export class ZwServiceGuideLoadEvent extends Event {
  readonly detail: { item: ServiceItem };

  constructor(item: ServiceItem) {
    super('zw-service-guide-load', { bubbles: true, composed: true });
    this.detail = { item };
  }
}

/**
 * The visitor asked for the 一次性告知 checklist of this item on paper. The element prints
 * nothing itself: the kiosk routes to its checklist page (`/checklist?item=…`).
 */
export class ZwGuidePrintEvent extends Event {
  readonly detail: { code: string; name: string };

  constructor(code: string, name: string) {
    super('zw-guide-print', { bubbles: true, composed: true });
    this.detail = { code, name };
  }
}

/**
 * A link of the guide (blank form, sample, 网办地址) was activated. Cancelable: a kiosk that
 * cannot open web pages calls `preventDefault()` and shows the address another way.
 */
export class ZwGuideLinkEvent extends Event {
  readonly detail: { url: string; kind: GuideLinkKind };

  constructor(url: string, kind: GuideLinkKind) {
    super('zw-guide-link', { bubbles: true, composed: true, cancelable: true });
    this.detail = { url, kind };
  }
}

/** A folding section was opened or closed. */
export class ZwGuideToggleEvent extends Event {
  readonly detail: { section: GuideSection; open: boolean };

  constructor(section: GuideSection, open: boolean) {
    super('zw-guide-toggle', { bubbles: true, composed: true });
    this.detail = { section, open };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-service-guide-load': ZwServiceGuideLoadEvent;
    'zw-guide-print': ZwGuidePrintEvent;
    'zw-guide-link': ZwGuideLinkEvent;
    'zw-guide-toggle': ZwGuideToggleEvent;
  }
}
