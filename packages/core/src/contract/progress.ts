import * as v from 'valibot';
import { Text, TimeLimit, Timestamp } from './common.js';

export const ProgressQuery = v.strictObject({
  /** 办件编号 */
  id: v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9-]{1,50}$/, 'an application number')),
  /** 查询码, or the last digits of the applicant's ID or phone. */
  secret: v.pipe(v.string(), v.trim(), v.regex(/^[0-9A-Za-z]{4,12}$/, '4 to 12 letters or digits')),
});
export type ProgressQuery = v.InferOutput<typeof ProgressQuery>;

/** 环节 */
export const Stage = v.object({
  name: Text(60),
  /** Masked on shared screens: 张*三. */
  handler: v.optional(Text(40)),
  result: v.optional(v.picklist(['approved', 'returned'])),
  startedAt: Timestamp,
  endedAt: v.optional(Timestamp),
  note: v.optional(Text(300)),
});
export type Stage = v.InferOutput<typeof Stage>;

/** 特别程序: the clock stops for it. */
export const Pause = v.object({
  reason: Text(200),
  startedAt: Timestamp,
  endedAt: v.optional(Timestamp),
});
export type Pause = v.InferOutput<typeof Pause>;

export const Application = v.object({
  id: v.string(),
  serviceItemCode: v.string(),
  serviceItemName: Text(120),
  /** Masked: 张*三 */
  applicant: Text(40),
  status: v.picklist(['accepted', 'in-progress', 'paused', 'completed', 'returned']),
  submittedAt: Timestamp,
  promisedLimit: TimeLimit,
  stages: v.array(Stage),
  pauses: v.array(Pause),
});
export type Application = v.InferOutput<typeof Application>;
