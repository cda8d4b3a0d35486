import * as v from 'valibot';
import { Code, PhoneNumber, Timestamp } from './common.js';
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
  target: RatingTarget,
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
