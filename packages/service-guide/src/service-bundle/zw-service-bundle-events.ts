import type { ChecklistLayout } from '../service-checklist/zw-service-checklist-events.js';

/** The bundle's guide and merged checklist are on screen and can be printed. */
export class ZwServiceBundleLoadEvent extends Event {
  readonly detail: { code: string; layout: ChecklistLayout; materials: number };

  constructor(code: string, layout: ChecklistLayout, materials: number) {
    super('zw-service-bundle-load', { bubbles: true, composed: true });
    this.detail = { code, layout, materials };
  }
}

/** The print button was pressed. Cancelable: without `preventDefault()` the element calls `window.print()`. */
export class ZwBundlePrintEvent extends Event {
  readonly detail: { code: string; layout: ChecklistLayout };

  constructor(code: string, layout: ChecklistLayout) {
    super('zw-bundle-print', { bubbles: true, composed: true, cancelable: true });
    this.detail = { code, layout };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-service-bundle-load': ZwServiceBundleLoadEvent;
    'zw-bundle-print': ZwBundlePrintEvent;
  }
}
