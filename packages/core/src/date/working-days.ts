import { formatIsoDate, parseIsoDate, type IsoDate } from './iso-date.js';

/**
 * Working days (工作日) as 行政许可法 Art. 82 counts them: weekends and statutory holidays
 * excluded, 调休 make-up days counted. No DOM: the hall server computes with the same code.
 */

/**
 * One year of the hall's calendar (the contract's `CalendarYear` fits): `holidays` are days off
 * (weekend days of a holiday period included), `workdays` are weekend days worked (调休).
 */
export interface WorkingDayYear {
  year: number;
  /** Not yet published by the State Council: weekends only. */
  provisional: boolean;
  holidays: readonly IsoDate[];
  workdays: readonly IsoDate[];
}

export interface WorkingDayCount {
  days: number;
  /** The range touches a year with no published calendar: counted on weekends alone. */
  provisional: boolean;
}

export interface WorkingDayDate {
  date: IsoDate;
  provisional: boolean;
}

/** Longest span (days) counted or walked at once: a request never chooses a loop's length. */
export const WORKING_DAY_SPAN_LIMIT = 3660;

interface YearTable {
  provisional: boolean;
  off: Set<number>;
  on: Set<number>;
}

const tables = new WeakMap<readonly WorkingDayYear[], Map<number, YearTable>>();

function tableOf(calendars: readonly WorkingDayYear[]): Map<number, YearTable> {
  let table = tables.get(calendars);
  if (!table) {
    table = new Map();
    for (const year of calendars) {
      table.set(year.year, {
        provisional: year.provisional,
        off: new Set(year.holidays.map(parseIsoDate)),
        on: new Set(year.workdays.map(parseIsoDate)),
      });
    }
    tables.set(calendars, table);
  }
  return table;
}

function yearOf(dayNumber: number): number {
  return Number(formatIsoDate(dayNumber).slice(0, 4));
}

/** Whether a day number is a working day, and whether that is only a guess. */
function dayKind(table: Map<number, YearTable>, dayNumber: number): { working: boolean; provisional: boolean } {
  const year = table.get(yearOf(dayNumber));
  // 1970-01-01 was a Thursday: 2 and 3 after it are Saturday and Sunday.
  const weekend = ((((dayNumber + 4) % 7) + 7) % 7) % 6 === 0;
  if (!year || year.provisional) return { working: !weekend, provisional: true };
  if (year.on.has(dayNumber)) return { working: true, provisional: false };
  if (year.off.has(dayNumber)) return { working: false, provisional: false };
  return { working: !weekend, provisional: false };
}

/** Whether a day number (days since 1970-01-01) is a working day, and whether that is a guess. */
export function classifyDay(calendars: readonly WorkingDayYear[], dayNumber: number): { working: boolean; provisional: boolean } {
  return dayKind(tableOf(calendars), dayNumber);
}

/** Whether `date` is a working day on these calendars (weekdays only in an unpublished year). */
export function isWorkingDay(calendars: readonly WorkingDayYear[], date: IsoDate): boolean {
  return dayKind(tableOf(calendars), parseIsoDate(date)).working;
}

/** Whether the calendar of `date`'s year is published (not provisional) in `calendars`. */
export function isPublishedYear(calendars: readonly WorkingDayYear[], year: number): boolean {
  return calendars.some((entry) => entry.year === year && !entry.provisional);
}

function checkSpan(from: number, to: number): void {
  if (Math.abs(to - from) > WORKING_DAY_SPAN_LIMIT) {
    throw new RangeError(`${Math.abs(to - from)} days is longer than ${WORKING_DAY_SPAN_LIMIT}`);
  }
}

/**
 * Working days after `from` up to and including `to`: the day of acceptance is not counted,
 * the deadline day is. Negative when `to` is before `from` (`-countWorkingDays(c, to, from)`),
 * which gives "overdue by" directly. `provisional` when a counted year is unpublished.
 */
export function countWorkingDays(calendars: readonly WorkingDayYear[], from: IsoDate, to: IsoDate): WorkingDayCount {
  const first = parseIsoDate(from);
  const last = parseIsoDate(to);
  checkSpan(first, last);
  if (last < first) {
    const back = countWorkingDays(calendars, to, from);
    return { days: back.days === 0 ? 0 : -back.days, provisional: back.provisional };
  }
  const table = tableOf(calendars);
  let days = 0;
  let provisional = false;
  for (let day = first + 1; day <= last; day += 1) {
    const kind = dayKind(table, day);
    if (kind.working) days += 1;
    provisional ||= kind.provisional;
  }
  return { days, provisional };
}

/**
 * The `n`-th working day after `start` (`start` itself for 0), so that
 * `countWorkingDays(c, start, addWorkingDays(c, start, n).date).days === n`.
 */
export function addWorkingDays(calendars: readonly WorkingDayYear[], start: IsoDate, n: number): WorkingDayDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a whole number of working days: ${n}`);
  const table = tableOf(calendars);
  const first = parseIsoDate(start);
  let day = first;
  let left = n;
  let provisional = false;
  while (left > 0) {
    day += 1;
    checkSpan(first, day);
    const kind = dayKind(table, day);
    provisional ||= kind.provisional;
    if (kind.working) left -= 1;
  }
  return { date: formatIsoDate(day), provisional };
}

/** The first working day on or after `date` (a natural-day deadline that falls on a day off). */
export function nextWorkingDay(calendars: readonly WorkingDayYear[], date: IsoDate): WorkingDayDate {
  const table = tableOf(calendars);
  const first = parseIsoDate(date);
  let provisional = false;
  for (let day = first; ; day += 1) {
    checkSpan(first, day);
    const kind = dayKind(table, day);
    provisional ||= kind.provisional;
    if (kind.working) return { date: formatIsoDate(day), provisional };
  }
}
