import type { RatingStats } from '@zhengwu/core/contract';

/** `<zw-rating-stats>` fetched its figures from the hall server and shows them. */
export class ZwRatingStatsLoadEvent extends Event {
  readonly detail: { stats: RatingStats };

  constructor(stats: RatingStats) {
    super('zw-rating-stats-load', { bubbles: true, composed: true });
    this.detail = { stats };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-rating-stats-load': ZwRatingStatsLoadEvent;
  }
}
