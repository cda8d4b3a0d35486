export { RATING_NS } from './locales/namespace.js';
export { ZwRating, type ZwRatingPhase, type ZwRatingProblem } from './rating/zw-rating.js';
export type { RatingReasonsSource } from './rating/rating-reasons-loader.js';
export {
  ZwRatingSelectEvent,
  ZwRatingSubmitEvent,
  ZwRatingSentEvent,
  ZwRatingQueuedEvent,
  ZwRatingErrorEvent,
  type ZwRatingDetail,
} from './rating/zw-rating-events.js';
export { ratingOutbox, ratingOutboxName, closeRatingOutbox, RATING_KIND, type RatingOutboxLike } from './outbox/rating-outbox.js';
export {
  ZwRatingStats,
  RATING_STATS_GROUPS,
  shanghaiToday,
  isDay,
  addDays,
  DEFAULT_RANGE_DAYS,
  MAX_RANGE_DAYS,
  MIN_REFRESH_SECONDS,
  type RatingStatsGroup,
  type RatingStatsBucket,
  type RatingStatsQuery,
  type RatingStatsSource,
  type RatingStatsStatus,
} from './rating-stats/zw-rating-stats.js';
export { ZwRatingStatsLoadEvent } from './rating-stats/zw-rating-stats-events.js';
export {
  ZwRatingPad,
  PAD_THANKS_SECONDS,
  PAD_RATING_TIMEOUT,
  PAD_RATING_WARNING,
  PAD_MIN_RATING_TIMEOUT,
  type ZwRatingPadPhase,
} from './rating-pad/zw-rating-pad.js';
export { hallPadSource, type RatingPadSource, type PadRatingRequest } from './rating-pad/pad-source.js';
export { ZwPadRequestEvent, ZwPadIdleEvent, type ZwPadIdleReason } from './rating-pad/zw-rating-pad-events.js';
