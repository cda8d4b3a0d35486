/** The paper a checklist is laid out for. */
export type ChecklistLayout = 'a4' | 'receipt';

/**
 * The checklist is complete on screen (item, hall, QR code drawn) and ready to print; a kiosk
 * that prints by itself (`--kiosk-printing`) may call `print()` now.
 */
export class ZwServiceChecklistLoadEvent extends Event {
  readonly detail: { code: string; layout: ChecklistLayout };

  constructor(code: string, layout: ChecklistLayout) {
    super('zw-service-checklist-load', { bubbles: true, composed: true });
    this.detail = { code, layout };
  }
}

/**
 * The print button was pressed. Cancelable: without `preventDefault()` the element calls
 * `window.print()`; a kiosk that prints another way cancels it and prints itself.
 */
export class ZwChecklistPrintEvent extends Event {
  readonly detail: { code: string; layout: ChecklistLayout };

  constructor(code: string, layout: ChecklistLayout) {
    super('zw-checklist-print', { bubbles: true, composed: true, cancelable: true });
    this.detail = { code, layout };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-service-checklist-load': ZwServiceChecklistLoadEvent;
    'zw-checklist-print': ZwChecklistPrintEvent;
  }
}
