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

/** The IANA zone of a hall that names none: China Standard Time. */
export const DEFAULT_HALL_TIME_ZONE = 'Asia/Shanghai';

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for a zone the runtime does not know.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    if (formatters.size >= 64) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Minutes east of UTC of an IANA time zone at an instant (`Europe/Berlin` in July: 120), read
 * from `Intl.DateTimeFormat` with a cached formatter, so daylight saving is the runtime's
 * tz database's. Whole seconds of the instant count; a zone's offset never has seconds since 1972.
 */
export function timeZoneOffsetMinutes(timeZone: string, instant: Date | number): number {
  const ms = instantMs(instant);
  const seconds = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(seconds)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const asUtc = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  // Date.UTC maps years 0–99 to 1900–1999.
  const local = year >= 0 && year < 100 ? new Date(asUtc).setUTCFullYear(year) : asUtc;
  return Math.round((local - seconds) / MINUTE_MS);
}

/** Whether the runtime knows `timeZone` as an IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The service day at `instant` in an IANA zone. */
export function dateInZone(instant: Date | number, timeZone: string): IsoDate {
  return dateAt(instant, timeZoneOffsetMinutes(timeZone, instant));
}

/** `zonedTimestamp` with the offset an IANA zone has at that instant (`…+02:00` in a Berlin summer). */
export function timestampInZone(instant: Date | number, timeZone: string): string {
  return zonedTimestamp(instant, timeZoneOffsetMinutes(timeZone, instant));
}

/** The instant (ms) a date begins in an IANA zone: its local midnight (or the first minute after a gap). */
export function startOfDateInZone(date: IsoDate, timeZone: string): number {
  // The offset at the UTC reading of midnight, then once more at the instant found: exact
  // unless midnight itself falls in a daylight-saving gap, when the day starts at the gap's end.
  let start = startOfDate(date, timeZoneOffsetMinutes(timeZone, startOfDate(date, 0)));
  start = startOfDate(date, timeZoneOffsetMinutes(timeZone, start));
  return dateInZone(start, timeZone) === date ? start : start + 60 * MINUTE_MS;
}
