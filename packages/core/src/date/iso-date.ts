/**
 * Calendar dates written `YYYY-MM-DD` (ISO 8601, proleptic Gregorian), as plain strings.
 * Arithmetic runs on whole day numbers, never on `Date`, so no time zone or daylight saving
 * can shift a day. No DOM: the hall server imports this module too.
 */

/** A calendar date `YYYY-MM-DD` that exists, e.g. `2026-02-28` (not `2026-02-30`). */
export type IsoDate = string;

/** Years that a hall's records can hold; there is no year 0 in the civil calendar. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** The first and last dates that exist here. */
export const FIRST_DATE: IsoDate = '0001-01-01';
export const LAST_DATE: IsoDate = '9999-12-31';

export const DAY_MS = 86_400_000;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a Gregorian year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Day numbers (days since 1970-01-01) from and to year/month/day, after H. Hinnant's
// "chrono-compatible low-level date algorithms": exact for every year, no Date involved.
function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

// Pure: a bundle that imports core for something else drops these calls.
const FIRST_DAY = /*#__PURE__*/ toDayNumber(MIN_YEAR, 1, 1);
const LAST_DAY = /*#__PURE__*/ toDayNumber(MAX_YEAR, 12, 31);

/** The day number of a date, or undefined when it is not a `YYYY-MM-DD` that exists. */
function dayNumberOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return toDayNumber(year, month, day);
}

/** Whether `value` is a date written `YYYY-MM-DD` that exists (`2026-13-01`, `2026-02-30`, `0000-01-01` do not). */
export function isIsoDate(value: unknown): value is IsoDate {
  return dayNumberOf(value) !== undefined;
}

/** Days since 1970-01-01 (negative before) of a date; RangeError when it does not exist. */
export function parseIsoDate(value: string): number {
  const dayNumber = dayNumberOf(value);
  if (dayNumber === undefined) throw new RangeError(`Not a calendar date YYYY-MM-DD: ${JSON.stringify(value)}`);
  return dayNumber;
}

/** The date of a day number (days since 1970-01-01); RangeError outside years 1–9999. */
export function formatIsoDate(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_DAY || dayNumber > LAST_DAY) {
    throw new RangeError(`No date YYYY-MM-DD for day number ${dayNumber}`);
  }
  const [year, month, day] = fromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` shifted by whole days (negative: earlier). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return formatIsoDate(parseIsoDate(date) + days);
}

/** Days from `from` to `to`: 1 for consecutive days, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return parseIsoDate(to) - parseIsoDate(from);
}

/** How many days `from` to `to` spans, both included; 0 when `to` is before `from`. */
export function rangeLength(from: IsoDate, to: IsoDate): number {
  return Math.max(0, daysBetween(from, to) + 1);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((parseIsoDate(date) + 4) % 7) + 7) % 7;
}

/** Longest list `dateRange` builds unless told otherwise: a request never chooses a loop's length. */
export const DATE_RANGE_LIMIT = 3660;

/**
 * Every date from `from` to `to`, both included (empty when `to` is before `from`). The length
 * is checked first: a range longer than `limit` days is a RangeError before any list is built.
 */
export function dateRange(from: IsoDate, to: IsoDate, limit: number = DATE_RANGE_LIMIT): IsoDate[] {
  const first = parseIsoDate(from);
  const length = Math.max(0, parseIsoDate(to) - first + 1);
  if (length > limit) throw new RangeError(`${from} to ${to} is ${length} days; at most ${limit}`);
  return Array.from({ length }, (_, index) => formatIsoDate(first + index));
}
