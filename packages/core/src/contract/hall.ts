import * as v from 'valibot';
import { Code, RegionCode, Text } from './common.js';

/** 排队业务类别: tickets per category, e.g. prefix `A` → A001. */
export const QueueCategory = v.object({
  code: Code,
  name: Text(40),
  prefix: v.pipe(v.string(), v.regex(/^[A-Z]$/, 'one capital letter')),
  /** 优先 (elderly, disabled, 绿色通道): called before the others. */
  priority: v.boolean(),
  description: v.optional(Text(200)),
});
export type QueueCategory = v.InferOutput<typeof QueueCategory>;

export const Staff = v.object({
  id: Code,
  name: Text(40),
  /** 工号 shown on the window's staff card. */
  number: Text(20),
  photoUrl: v.optional(v.string()),
});
export type Staff = v.InferOutput<typeof Staff>;

export const ServiceWindow = v.object({
  id: Code,
  name: Text(40),
  department: Text(80),
  /** Queue categories this window calls from. */
  categories: v.array(Code),
  staff: v.optional(Staff),
});
export type ServiceWindow = v.InferOutput<typeof ServiceWindow>;

/** 不满意原因 offered with a 差评. */
export const RatingReason = v.object({ code: Code, label: Text(40) });
export type RatingReason = v.InferOutput<typeof RatingReason>;

/**
 * How this hall counts 承诺时限 where regions differ (see `ClockRules` in the date module):
 * 补正 `restart` or `pause`, the first and last day of a pause `count` or `skip`, and whether a
 * natural-day limit that ends on a day off ends on the next working day.
 */
export const ProgressRules = v.object({
  correction: v.optional(v.picklist(['restart', 'pause'])),
  pauseEdges: v.optional(v.picklist(['count', 'skip'])),
  naturalDayExtends: v.optional(v.boolean()),
});
export type ProgressRules = v.InferOutput<typeof ProgressRules>;

export const Hall = v.object({
  code: Code,
  name: Text(80),
  regionCode: RegionCode,
  address: v.optional(Text(200)),
  hours: v.optional(Text(200)),
  phone: v.optional(Text(40)),
  windows: v.array(ServiceWindow),
  categories: v.array(QueueCategory),
  ratingReasons: v.array(RatingReason),
  progressRules: v.optional(ProgressRules),
});
export type Hall = v.InferOutput<typeof Hall>;
