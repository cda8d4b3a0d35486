import { addDays, dateAt, startOfDate, zonedTimestamp, type IsoDate } from '@zhengwu/core/date';

/** Minutes east of UTC of `timeZone` at `at` (`GMT+08:00` → 480). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName');
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name?.value ?? '');
  if (!match) throw new RangeError(`cannot read the offset of ${timeZone}`);
  return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** When the service day of `at` ends in `timeZone` (the next midnight there), ms since the epoch. */
export function endOfServiceDay(at: Date, timeZone = 'Asia/Shanghai'): number {
  const offset = zoneOffsetMinutes(timeZone, at);
  const next: IsoDate = addDays(dateAt(at, offset), 1);
  // The offset at the end itself: a zone that changes its clocks overnight still ends at its midnight.
  return startOfDate(next, zoneOffsetMinutes(timeZone, new Date(startOfDate(next, offset))));
}

/** The instant in the hall's zone, as every timestamp of the hall reads. */
export const hallTimestamp = (at: Date | number, timeZone = 'Asia/Shanghai') =>
  zonedTimestamp(at, zoneOffsetMinutes(timeZone, new Date(at)));
