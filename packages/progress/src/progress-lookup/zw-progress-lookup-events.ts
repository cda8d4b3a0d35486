import type { Application } from '@zhengwu/core/contract';

/** An application was found; `detail.application` is as the hall answered it (personal data masked). */
export class ZwProgressLookupLoadEvent extends Event {
  readonly detail: { application: Application };

  constructor(application: Application) {
    super('zw-progress-lookup-load', { bubbles: true, composed: true });
    this.detail = { application };
  }
}

/**
 * The visitor chose "评价这次服务". Cancel it to rate elsewhere (the token is in `detail`);
 * otherwise `zw-rating` opens in place.
 */
export class ZwProgressLookupRateEvent extends Event {
  readonly detail: { applicationId: string; token: string };

  constructor(applicationId: string, token: string) {
    super('zw-progress-lookup-rate', { bubbles: true, composed: true, cancelable: true });
    this.detail = { applicationId, token };
  }
}

/** The visitor started over ("查询其他办件"), or `reset()` was called: nothing typed is kept. */
export class ZwProgressLookupResetEvent extends Event {
  constructor() {
    super('zw-progress-lookup-reset', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-progress-lookup-load': ZwProgressLookupLoadEvent;
    'zw-progress-lookup-rate': ZwProgressLookupRateEvent;
    'zw-progress-lookup-reset': ZwProgressLookupResetEvent;
  }
}
