import type { RatingLevel, RatingSubmission } from '@zhengwu/core/contract';

/** The visitor chose a level (nothing is sent yet). */
export class ZwRatingSelectEvent extends Event {
  readonly detail: { level: RatingLevel };

  constructor(level: RatingLevel) {
    super('zw-rating-select', { bubbles: true, composed: true });
    this.detail = { level };
  }
}

/** What the rating events after `zw-rating-select` carry: the outbox key and the rating. */
export interface ZwRatingDetail {
  /** The outbox item's key, also the Idempotency-Key the server sees. */
  key: string;
  submission: RatingSubmission;
}

/** The rating is stored in the outbox on this device; it will not be lost. */
export class ZwRatingSubmitEvent extends Event {
  readonly detail: ZwRatingDetail;

  constructor(detail: ZwRatingDetail) {
    super('zw-rating-submit', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The hall server acknowledged the rating. */
export class ZwRatingSentEvent extends Event {
  readonly detail: ZwRatingDetail;

  constructor(detail: ZwRatingDetail) {
    super('zw-rating-sent', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The first send failed (offline or server trouble): the rating waits on this device. */
export class ZwRatingQueuedEvent extends Event {
  readonly detail: ZwRatingDetail;

  constructor(detail: ZwRatingDetail) {
    super('zw-rating-queued', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/**
 * The rating was refused (e.g. `already_rated`, status 409) or could not be stored on this
 * device (`code: 'not_stored'`, no status).
 */
export class ZwRatingErrorEvent extends Event {
  readonly detail: { key?: string; code: string; status?: number };

  constructor(detail: { key?: string; code: string; status?: number }) {
    super('zw-rating-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-rating-select': ZwRatingSelectEvent;
    'zw-rating-submit': ZwRatingSubmitEvent;
    'zw-rating-sent': ZwRatingSentEvent;
    'zw-rating-queued': ZwRatingQueuedEvent;
    'zw-rating-error': ZwRatingErrorEvent;
  }
}
