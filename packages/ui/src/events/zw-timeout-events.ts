/** The timeout warning appeared: the visitor has `seconds` left to extend. */
export class ZwTimeoutWarningEvent extends Event {
  readonly detail: { seconds: number };

  constructor(seconds: number) {
    super('zw-timeout-warning', { bubbles: true, composed: true });
    this.detail = { seconds };
  }
}

/** The visitor chose to keep going. */
export class ZwTimeoutExtendEvent extends Event {
  constructor() {
    super('zw-timeout-extend', { bubbles: true, composed: true });
  }
}

/** Time ran out or the visitor chose to finish: wipe the session and go home. */
export class ZwTimeoutEvent extends Event {
  readonly detail: { reason: 'expired' | 'ended' };

  constructor(reason: 'expired' | 'ended') {
    super('zw-timeout', { bubbles: true, composed: true });
    this.detail = { reason };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-timeout-warning': ZwTimeoutWarningEvent;
    'zw-timeout-extend': ZwTimeoutExtendEvent;
    'zw-timeout': ZwTimeoutEvent;
  }
}
