import type { ZwConfigError } from '../errors/zw-config-error.js';

/** Fired by any element when its configuration is invalid and it shows its error state. */
export class ZwConfigErrorEvent extends Event {
  readonly detail: { error: ZwConfigError };

  constructor(error: ZwConfigError) {
    super('zw-config-error', { bubbles: true, composed: true });
    this.detail = { error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-config-error': ZwConfigErrorEvent;
  }
}
