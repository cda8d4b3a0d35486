/** The visitor confirmed what they typed on an on-screen keypad or keyboard. */
export class ZwSubmitEvent extends Event {
  readonly detail: { value: string };

  constructor(value: string) {
    super('zw-submit', { bubbles: true, composed: true });
    this.detail = { value };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-submit': ZwSubmitEvent;
  }
}
