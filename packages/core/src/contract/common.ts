import * as v from 'valibot';
import { isIsoDate } from '../date/iso-date.js';
import { PHONE_NUMBER } from './rating-rules.js';

/** Calendar date `YYYY-MM-DD` (Beijing time) that exists: `2026-02-30` and `2026-13-01` do not. */
export const DateString = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
  v.check((value: string) => isIsoDate(value), 'a date that exists in the calendar (YYYY-MM-DD)'),
);

/** An instant, ISO 8601 with offset, e.g. `2026-11-22T09:30:00+08:00`. */
export const Timestamp = v.pipe(v.string(), v.isoTimestamp('an ISO 8601 timestamp'));

/** A short identifier: letters, digits, `-` and `_`. */
export const Code = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'a code of letters, digits, - or _'));

/** Non-empty text of bounded length. */
export const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/** 行政区划代码: six digits (GB/T 2260). */
export const RegionCode = v.pipe(v.string(), v.regex(/^\d{6}$/, 'a six-digit region code'));

/** A phone number a hall can call back: mainland mobile or landline with area code. */
export const PhoneNumber = v.pipe(v.string(), v.trim(), v.regex(PHONE_NUMBER, 'a mainland mobile or landline number'));

export const Url = v.pipe(v.string(), v.url());

/** A duration with its unit: 工作日 (working days) or 自然日 (calendar days). */
export const TimeLimit = v.object({
  value: v.pipe(v.number(), v.integer(), v.minValue(0)),
  unit: v.picklist(['workday', 'day']),
});
export type TimeLimit = v.InferOutput<typeof TimeLimit>;
