import * as v from 'valibot';
import { Code, DateString, PhoneNumber, Text, Timestamp } from './common.js';
import { RatingTarget, RatingToken } from './queue.js';
import { COMMENT_MAX, RATING_CHANNELS, RATING_LEVELS, isBadRating } from './rating-rules.js';

export * from './rating-rules.js';

export const RatingSubmission = v.pipe(
  v.strictObject({
    /** 办件编号 recorded by `complete`. */
    transactionId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,50}$/, 'a transaction id of up to 50 letters, digits or -')),
    /** The rating token issued for this transaction: no rating without one. */
    token: RatingToken,
    level: v.picklist(RATING_LEVELS),
    channel: v.picklist(RATING_CHANNELS),
    /** Codes from the hall's reason list; required for 差评. */
    reasons: v.optional(v.pipe(v.array(Code), v.maxLength(20)), []),
    comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(COMMENT_MAX))),
    /** For the follow-up call (回访). */
    phone: v.optional(PhoneNumber),
    /** When the visitor rated (the outbox may send later). */
    ratedAt: v.optional(Timestamp),
  }),
  // Reported at `reasons`, so a form can show it beside the reason list.
  v.forward(
    v.check((rating) => !isBadRating(rating.level) || rating.reasons.length > 0, 'a dissatisfied rating needs at least one reason'),
    ['reasons'],
  ),
);
export type RatingSubmission = v.InferInput<typeof RatingSubmission>;

/** An application rated after the progress lookup (一事一评): no window, its department and 事项. */
export const ApplicationRatingTarget = v.object({
  kind: v.literal('application'),
  /** 办件编号 of the application. */
  transactionId: v.string(),
  department: Text(80),
  serviceItemCode: v.string(),
  serviceItemName: Text(120),
  completedAt: v.optional(Timestamp),
});
export type ApplicationRatingTarget = v.InferOutput<typeof ApplicationRatingTarget>;

export const Rating = v.object({
  id: v.string(),
  level: v.picklist(RATING_LEVELS),
  channel: v.picklist(RATING_CHANNELS),
  reasons: v.array(Code),
  comment: v.optional(v.string()),
  /** Masked: 138****5678 */
  phone: v.optional(v.string()),
  ratedAt: Timestamp,
  receivedAt: Timestamp,
  regionCode: v.string(),
  /** A transaction finished at a window, or an application (`kind: 'application'`). */
  target: v.union([RatingTarget, ApplicationRatingTarget]),
});
export type Rating = v.InferOutput<typeof Rating>;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Bucket = v.object({
  key: v.string(),
  label: v.string(),
  total: Count,
  satisfied: Count,
  /** 满意率: (非常满意 + 满意 + 基本满意) ÷ total, 0–1; null when nothing was rated. */
  rate: v.nullable(v.number()),
});

/** Longest range `GET /ratings/stats` answers for, both ends included. */
export const RATING_STATS_MAX_DAYS = 366;
/** The range when `from` is not given: 30 days up to `to`, `to` included. */
export const RATING_STATS_DEFAULT_DAYS = 30;

/**
 * `GET /ratings/stats` query: dates in the hall's zone, `to` defaults to today. The range rules
 * (`from` not after `to`, at most RATING_STATS_MAX_DAYS) need both dates: the server checks them.
 */
export const RatingStatsQuery = v.strictObject({
  from: v.optional(DateString),
  to: v.optional(DateString),
  window: v.optional(Code),
  department: v.optional(Text(80)),
});
export type RatingStatsQuery = v.InferInput<typeof RatingStatsQuery>;

export const RatingStats = v.object({
  from: v.string(),
  to: v.string(),
  total: Count,
  satisfied: Count,
  rate: v.nullable(v.number()),
  byLevel: v.record(v.picklist(RATING_LEVELS), Count),
  byWindow: v.array(Bucket),
  byDepartment: v.array(Bucket),
  byDay: v.array(Bucket),
});
export type RatingStats = v.InferOutput<typeof RatingStats>;
