import * as v from 'valibot';
import { DateString, Text, TimeLimit, Timestamp } from './common.js';
import { RatingToken } from './queue.js';

export const ProgressQuery = v.strictObject({
  /** 办件编号 */
  id: v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9-]{1,50}$/, 'an application number')),
  /** 查询码, or the last digits of the applicant's ID or phone. */
  secret: v.pipe(v.string(), v.trim(), v.regex(/^[0-9A-Za-z]{4,12}$/, '4 to 12 letters or digits')),
});
export type ProgressQuery = v.InferOutput<typeof ProgressQuery>;

/** 环节 results: 通过, 退回 (refused, final) and 补正 (returned for missing material). */
export const STAGE_RESULTS = ['approved', 'returned', 'correction'] as const;
export type StageResult = (typeof STAGE_RESULTS)[number];

/** 环节 */
export const Stage = v.object({
  name: Text(60),
  /** The department that handles this stage (a stage may be another department's, e.g. 制证). */
  department: v.optional(Text(80)),
  /** Masked on shared screens: 张*三. */
  handler: v.optional(Text(40)),
  result: v.optional(v.picklist(STAGE_RESULTS)),
  startedAt: Timestamp,
  endedAt: v.optional(Timestamp),
  note: v.optional(Text(300)),
  /** With `result: 'correction'`: what the applicant must bring (一次性告知). */
  missing: v.optional(v.pipe(v.array(Text(200)), v.maxLength(30))),
  /** With `result: 'correction'`: when the missing material arrived; the clock runs again. */
  correctedAt: v.optional(Timestamp),
});
export type Stage = v.InferOutput<typeof Stage>;

/** 特别程序 kinds: 延长审查, 专家评审, 听证, 现场核查 (or 检验检测), and others. */
export const SPECIAL_PROCEDURES = ['extended-review', 'expert-review', 'hearing', 'inspection', 'other'] as const;
export type SpecialProcedure = (typeof SPECIAL_PROCEDURES)[number];

/** 特别程序: the clock stops for it. */
export const Pause = v.object({
  /** Which 特别程序; `other` when the reason says it all. */
  procedure: v.optional(v.picklist(SPECIAL_PROCEDURES), 'other'),
  reason: Text(200),
  startedAt: Timestamp,
  endedAt: v.optional(Timestamp),
});
export type Pause = v.InferOutput<typeof Pause>;

export const APPLICATION_STATUSES = ['accepted', 'in-progress', 'paused', 'correction', 'completed', 'returned'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * 一事一评 of a finished application: `open` with a token only for a lookup that proved the
 * secret and while it is unrated; `rated` once it was.
 */
export const ApplicationRating = v.variant('state', [
  v.object({ state: v.literal('open'), token: RatingToken, expiresAt: Timestamp }),
  v.object({ state: v.literal('rated') }),
]);
export type ApplicationRating = v.InferOutput<typeof ApplicationRating>;

/**
 * An application (办件) as the progress lookup answers it: the facts the countdown needs
 * (acceptance date, promised limit and unit, pauses, 补正), never a precomputed "days left".
 */
export const Application = v.object({
  id: v.string(),
  serviceItemCode: v.string(),
  serviceItemName: Text(120),
  /** 实施主体: the department responsible for the whole application. */
  department: Text(80),
  /** Masked: 张*三 */
  applicant: Text(40),
  status: v.picklist(APPLICATION_STATUSES),
  /** 即办件 (done on the spot) or 承诺件 (a promised limit). */
  handling: v.picklist(['immediate', 'promised']),
  submittedAt: Timestamp,
  /** 受理 date in the hall's zone; the limit counts from the day after. */
  acceptedOn: DateString,
  promisedLimit: TimeLimit,
  /** 办结 time, when finished. */
  completedAt: v.optional(Timestamp),
  stages: v.array(Stage),
  pauses: v.array(Pause),
  rating: v.optional(ApplicationRating),
});
export type Application = v.InferOutput<typeof Application>;
