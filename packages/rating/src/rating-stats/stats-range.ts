// Which days the statistics cover, checked before anything is asked of the hall. The date
// arithmetic is core's (@zhengwu/core/date), shared with the hall server.
import { ZwConfigError } from '@zhengwu/core';
import { addDays, hallToday, isIsoDate, noonOfDate, rangeLength } from '@zhengwu/core/date';
import { expected } from '../locales/expected.js';

/** The default range: the last 30 days, today included. */
export const DEFAULT_RANGE_DAYS = 30;
/** Longest range the hall server answers for. */
export const MAX_RANGE_DAYS = 366;
/** Shortest auto-refresh interval, in seconds. */
export const MIN_REFRESH_SECONDS = 10;

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export const isDay = (value: string): boolean => isIsoDate(value);

/** Today in Asia/Shanghai (UTC+8 all year), `YYYY-MM-DD`: the hall's service day. */
export const shanghaiToday = (now: number = Date.now()): string => hallToday(now);

export { addDays };

/** Noon of a service day, so any time zone formats the same date. */
export const dayInstant = (day: string): number => noonOfDate(day);

/**
 * The range in effect: `to` defaults to today, `from` to 29 days before `to`. Throws a
 * `ZwConfigError` for a date that does not exist, `from` after `to`, or more than 366 days.
 */
export function statsRange(from: string | undefined, to: string | undefined, today: () => string = shanghaiToday) {
  for (const [attribute, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value != null && !isDay(value)) {
      throw new ZwConfigError(attribute, { text: 'a date YYYY-MM-DD', key: 'core:expected.date' }, value);
    }
  }
  const last = to ?? today();
  const first = from ?? addDays(last, 1 - DEFAULT_RANGE_DAYS);
  if (first > last) {
    throw new ZwConfigError('from', expected('notAfterTo', `a date YYYY-MM-DD not after to (${last})`, { to: last }), first);
  }
  if (rangeLength(first, last) > MAX_RANGE_DAYS) {
    const text = `a date at most ${MAX_RANGE_DAYS} days before to (${last})`;
    throw new ZwConfigError('from', expected('withinRange', text, { to: last, max: MAX_RANGE_DAYS }), first);
  }
  return { from: first, to: last };
}

/** Checks `refresh` (seconds, at least 10); `shown` is the attribute as written, for the error. */
export function checkRefresh(refresh: number | undefined, shown: string | null): void {
  if (refresh == null || (Number.isFinite(refresh) && refresh >= MIN_REFRESH_SECONDS)) return;
  const received = Number.isNaN(refresh) ? (shown ?? 'NaN') : String(refresh);
  const text = `a number of seconds ≥ ${MIN_REFRESH_SECONDS}`;
  throw new ZwConfigError('refresh', { text, key: 'core:expected.seconds', values: { min: MIN_REFRESH_SECONDS } }, received);
}
