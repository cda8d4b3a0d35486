import type { ServiceItemSummary } from '@zhengwu/core/contract';

/**
 * The visitor chose a service item. Cancelable: when rows are links (`item-href`), calling
 * `preventDefault()` keeps the page where it is (a kiosk routes on the event instead).
 */
export class ZwServiceSelectEvent extends Event {
  readonly detail: { code: string; item: ServiceItemSummary };

  constructor(item: ServiceItemSummary) {
    super('zw-service-select', { bubbles: true, composed: true, cancelable: true });
    this.detail = { code: item.code, item };
  }
}

/**
 * The catalog arrived and its search index is ready; `detail.fromCache` when offline,
 * `detail.prebuilt` when the server's index was used instead of building one.
 */
export class ZwServiceCatalogLoadEvent extends Event {
  readonly detail: { items: number; fromCache: boolean; prebuilt: boolean; indexMs: number };

  constructor(detail: { items: number; fromCache: boolean; prebuilt: boolean; indexMs: number }) {
    super('zw-service-catalog-load', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-service-select': ZwServiceSelectEvent;
    'zw-service-catalog-load': ZwServiceCatalogLoadEvent;
  }
}
