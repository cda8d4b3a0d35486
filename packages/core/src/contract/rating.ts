import * as v from 'valibot';
import { Code, PhoneNumber, Timestamp } from './common.js';
import { RatingTarget, RatingToken } from './queue.js';

/**
 * The five levels of 好差评, best first. This is the one internal representation; codes of
 * other systems are mapped at the edges (see `ratingCode`).
 */
export const RATING_LEVELS = [
  'very-satisfied', // 非常满意
  'satisfied', // 满意
  'basic', // 基本满意
  'dissatisfied', // 不满意
  'very-dissatisfied', // 非常不满意
] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** 不满意 and 非常不满意 are 差评: they need at least one reason. */
export function isBadRating(level: RatingLevel): boolean {
  return level === 'dissatisfied' || level === 'very-dissatisfied';
}

/**
 * Numeric level codes. `gbt39046`: 1 = 非常满意 … 5 = 非常不满意 (GB/T 39046-2020).
 * `reverse`: 5 = 非常满意 … 1 = 非常不满意, as some vendor APIs use.
 */
export type RatingCodeSystem = 'gbt39046' | 'reverse';

export function ratingCode(level: RatingLevel, system: RatingCodeSystem = 'gbt39046'): number {
  const index = RATING_LEVELS.indexOf(level);
  return system === 'gbt39046' ? index + 1 : RATING_LEVELS.length - index;
}

export function ratingFromCode(code: number, system: RatingCodeSystem = 'gbt39046'): RatingLevel {
  if (!Number.isInteger(code) || code < 1 || code > RATING_LEVELS.length) {
    throw new RangeError(`rating code must be 1 to 5, got ${code}`);
  }
  return RATING_LEVELS[system === 'gbt39046' ? code - 1 : RATING_LEVELS.length - code];
}

export const RATING_CHANNELS = ['window-pad', 'kiosk', 'qr-code', 'website', 'app'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

export const COMMENT_MAX = 500;

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
