import type { RatingTarget } from '@zhengwu/core/contract';

/** Why the pad went back to its idle screen. */
export type ZwPadIdleReason = 'rated' | 'walked-away' | 'error';

/** The hall asked this window's pad to rate a finished transaction; the pad now shows the rating. */
export class ZwPadRequestEvent extends Event {
  readonly detail: { target: RatingTarget };

  constructor(target: RatingTarget) {
    super('zw-pad-request', { bubbles: true, composed: true });
    this.detail = { target };
  }
}

/**
 * The pad is back on its idle screen: `rated` (after the thank-you screen, whether rated on the
 * pad or on the visitor's phone), `walked-away` (nothing was submitted in time; nothing was
 * recorded) or `error` (the rating was refused or not stored, after showing why).
 */
export class ZwPadIdleEvent extends Event {
  readonly detail: { reason: ZwPadIdleReason };

  constructor(reason: ZwPadIdleReason) {
    super('zw-pad-idle', { bubbles: true, composed: true });
    this.detail = { reason };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-pad-request': ZwPadRequestEvent;
    'zw-pad-idle': ZwPadIdleEvent;
  }
}
