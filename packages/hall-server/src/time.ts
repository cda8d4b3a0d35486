/** The hall's clock: China Standard Time, UTC+8 all year (no daylight saving since 1991). */
const OFFSET_MS = 8 * 60 * 60 * 1000;

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** `2026-11-22T09:30:00.123+08:00`: same width for every instant, so text order is time order. */
export function beijingTimestamp(date: Date): string {
  return `${new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

/** The service day `YYYY-MM-DD` in Asia/Shanghai. */
export function beijingDay(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds since the epoch of a stored timestamp. */
export function timestampMs(timestamp: string): number {
  return Date.parse(timestamp);
}

/** Days from `from` to `to` inclusive, `YYYY-MM-DD` each. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** `YYYY-MM-DD` shifted by whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
