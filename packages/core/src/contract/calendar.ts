import * as v from 'valibot';
import { DateString } from './common.js';

/**
 * One year of the working-day calendar: statutory holidays (days off) and 调休 make-up
 * workdays (weekend days worked). A year not yet published by the State Council is
 * `provisional`: weekends only.
 */
export const CalendarYear = v.object({
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  provisional: v.boolean(),
  holidays: v.array(DateString),
  workdays: v.array(DateString),
  source: v.optional(v.string()),
});
export type CalendarYear = v.InferOutput<typeof CalendarYear>;
