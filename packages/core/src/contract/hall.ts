import * as v from 'valibot';
import { Code, RegionCode, Text } from './common.js';

/** Fewest and most digits a ticket number is padded to (`numberWidth`). */
export const TICKET_NUMBER_WIDTH_MIN = 2;
export const TICKET_NUMBER_WIDTH_MAX = 6;

/** A time of day `HH:MM` in the hall's zone, 00:00–24:00. */
export const TimeOfDay = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day HH:MM'));

/** 排队业务类别: tickets per category, e.g. prefix `A` → A001. */
export const QueueCategory = v.object({
  code: Code,
  name: Text(40),
  prefix: v.pipe(v.string(), v.regex(/^[A-Z]$/, 'one capital letter')),
  /** 优先 (elderly, disabled, 绿色通道): called before the others. */
  priority: v.boolean(),
  description: v.optional(Text(200)),
  /**
   * Digits the number is padded to; the day's last number is then all nines (4: A9999).
   * Without it: three digits, growing to four (A001 … A9999).
   */
  numberWidth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(TICKET_NUMBER_WIDTH_MIN), v.maxValue(TICKET_NUMBER_WIDTH_MAX))),
  /** Most tickets a day (放号量); unlimited up to the last number when absent. */
  dailyQuota: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** When tickets are issued (取号时间), in the hall's zone; from included, to excluded. */
  issuingHours: v.optional(v.object({ from: TimeOfDay, to: TimeOfDay })),
  /** Minutes one service takes until the hall has its own recent service times (cold start). */
  defaultServiceMinutes: v.optional(v.pipe(v.number(), v.minValue(0.5), v.maxValue(240))),
  /** 预约签到: tickets here are taken with an appointment code only. */
  appointment: v.optional(v.boolean()),
});
export type QueueCategory = v.InferOutput<typeof QueueCategory>;

export const Staff = v.object({
  id: Code,
  name: Text(40),
  /** 工号 shown on the window's staff card. */
  number: Text(20),
  department: v.optional(Text(80)),
  photoUrl: v.optional(v.string()),
});
export type Staff = v.InferOutput<typeof Staff>;

export const ServiceWindow = v.object({
  id: Code,
  name: Text(40),
  department: Text(80),
  /** Queue categories this window calls from. */
  categories: v.array(Code),
  /** Who is rated when nobody has signed in at the window (a hall that does not use sign-in). */
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

/**
 * 过号: what a no-show becomes. `requeue` puts it back `after` tickets later, at most `times`
 * times, then voids it; `void` ends it at once (the visitor takes a new ticket).
 */
export const NoShowRule = v.object({
  action: v.picklist(['requeue', 'void']),
  after: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10))),
});
export type NoShowRule = v.InferOutput<typeof NoShowRule>;

/** The interface locales a hall may name itself in besides its main (zh-CN) text. */
export const HallTranslation = v.object({
  name: v.optional(Text(80)),
  address: v.optional(Text(200)),
  hours: v.optional(Text(200)),
});

/** A self-service kiosk the hall runs (its token comes from the `kiosk-token` command). */
export const Kiosk = v.object({ id: Code, name: Text(40) });

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
  /** IANA time zone of the hall (`Asia/Shanghai` when absent): the service day and every time shown. */
  timeZone: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){0,2}$|^UTC$/, 'an IANA time zone such as Asia/Shanghai')),
  ),
  /** Name, address and hours in other locales (`en`, `zh-TW`). */
  translations: v.optional(v.object({ en: v.optional(HallTranslation), 'zh-TW': v.optional(HallTranslation) })),
  /** The clerks who may sign in at a window. */
  staff: v.optional(v.array(Staff)),
  noShow: v.optional(NoShowRule),
  kiosks: v.optional(v.array(Kiosk)),
});
export type Hall = v.InferOutput<typeof Hall>;
