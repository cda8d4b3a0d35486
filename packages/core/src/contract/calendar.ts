import * as v from 'valibot';
import { weekday } from '../date/iso-date.js';
import { DateString, Text, Timestamp } from './common.js';

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
  /** Counts up with every import of this year (1 for the first). */
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** When this version was imported. */
  updatedAt: v.optional(Timestamp),
});
export type CalendarYear = v.InferOutput<typeof CalendarYear>;

const isWeekend = (date: string) => weekday(date) % 6 === 0;

/**
 * A year as public holiday data sets publish it after the State Council's notice:
 * `{"year": 2026, "days": [{"name": "春节", "date": "2026-02-14", "isOffDay": false}, …]}`:
 * `isOffDay: true` a day off (weekend days of a holiday period included), `false` a weekend
 * day worked (调休). Checked whole: every date in the year, none twice, a worked day a weekend day.
 */
export const CalendarImport = v.pipe(
  v.object({
    year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
    days: v.pipe(
      v.array(v.object({ date: DateString, isOffDay: v.boolean(), name: v.optional(Text(40)) })),
      v.minLength(1, 'at least one day'),
      v.maxLength(366),
    ),
    /** The notice the days come from. */
    source: v.optional(Text(300)),
  }),
  v.forward(
    v.check((input) => input.days.every((day) => day.date.startsWith(`${input.year}-`)), 'every date in the year given'),
    ['days'],
  ),
  v.forward(
    v.check((input) => new Set(input.days.map((day) => day.date)).size === input.days.length, 'no date twice'),
    ['days'],
  ),
  v.forward(
    v.check(
      (input) => input.days.every((day) => day.isOffDay || isWeekend(day.date)),
      'a day worked (isOffDay false) is a Saturday or Sunday',
    ),
    ['days'],
  ),
);
export type CalendarImport = v.InferOutput<typeof CalendarImport>;

/** The calendar of a checked import: holidays and make-up days, sorted; published. */
export function calendarFromImport(input: CalendarImport): CalendarYear {
  const dates = (off: boolean) =>
    input.days
      .filter((day) => day.isOffDay === off)
      .map((day) => day.date)
      .sort();
  return {
    year: input.year,
    provisional: false,
    holidays: dates(true),
    workdays: dates(false),
    ...(input.source ? { source: input.source } : {}),
  };
}
