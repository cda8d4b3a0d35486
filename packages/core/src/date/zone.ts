import { DAY_MS, formatIsoDate, parseIsoDate, type IsoDate } from './iso-date.js';

/**
 * A hall's time zone as minutes east of UTC. China Standard Time is UTC+8 all year (no
 * daylight saving since 1991), so a fixed offset is exact there; a hall elsewhere passes its own.
 */
export const HALL_UTC_OFFSET_MINUTES = 480;

const MINUTE_MS = 60_000;

function instantMs(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Not a valid instant');
  return ms;
}

/** The calendar date at `instant` in the hall's zone: its service day. */
export function dateAt(instant: Date | number, offsetMinutes: number = HALL_UTC_OFFSET_MINUTES): IsoDate {
  return formatIsoDate(Math.floor((instantMs(instant) + offsetMinutes * MINUTE_MS) / DAY_MS));
}

/** Today in the hall's zone (UTC+8 by default). */
export function hallToday(now: Date | number = Date.now(), offsetMinutes: number = HALL_UTC_OFFSET_MINUTES): IsoDate {
  return dateAt(now, offsetMinutes);
}

/** `+08:00` for 480. */
export function offsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * `2026-11-22T09:30:00.123+08:00`: the instant in the hall's local time with its offset. Every
 * instant gives the same width, so for one zone text order is time order.
 */
export function zonedTimestamp(instant: Date | number, offsetMinutes: number = HALL_UTC_OFFSET_MINUTES): string {
  const local = new Date(instantMs(instant) + offsetMinutes * MINUTE_MS).toISOString();
  if (local.length !== 24) throw new RangeError('Instant outside years 0000–9999');
  return `${local.slice(0, 23)}${offsetText(offsetMinutes)}`;
}

/** The instant (ms since the epoch) a date begins at in the hall's zone. */
export function startOfDate(date: IsoDate, offsetMinutes: number = HALL_UTC_OFFSET_MINUTES): number {
  return parseIsoDate(date) * DAY_MS - offsetMinutes * MINUTE_MS;
}

/** Noon of a date in the hall's zone: formatting it shows that date in any zone within ±12 h. */
export function noonOfDate(date: IsoDate, offsetMinutes: number = HALL_UTC_OFFSET_MINUTES): number {
  return startOfDate(date, offsetMinutes) + DAY_MS / 2;
}
