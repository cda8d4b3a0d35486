/** A key of an on-screen keypad or keyboard was pressed (by touch, mouse or keyboard). */
export class ZwKeyEvent extends Event {
  readonly detail: { key: string; value: string };

  constructor(key: string, value: string) {
    super('zw-key', { bubbles: true, composed: true });
    this.detail = { key, value };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-key': ZwKeyEvent;
  }
}
