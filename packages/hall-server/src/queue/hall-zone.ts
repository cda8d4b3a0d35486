import type { Hall } from '@zhengwu/core/contract';
import { DEFAULT_HALL_TIME_ZONE, dateAt, isKnownTimeZone, timeZoneOffsetMinutes, zonedTimestamp, type IsoDate } from '@zhengwu/core/date';

/**
 * The hall's IANA time zone (`Asia/Shanghai` when the hall names none): the queue's service day
 * (numbers restart at its midnight), issuing hours and every timestamp the queue writes.
 */
export class HallZone {
  readonly timeZone: string;

  constructor(timeZone: string = DEFAULT_HALL_TIME_ZONE) {
    if (!isKnownTimeZone(timeZone)) throw new Error(`hall time zone ${timeZone} is not known to this runtime`);
    this.timeZone = timeZone;
  }

  static of(hall: Pick<Hall, 'timeZone'>): HallZone {
    return new HallZone(hall.timeZone ?? DEFAULT_HALL_TIME_ZONE);
  }

  /** Minutes east of UTC at `instant`. */
  offset(instant: Date | number): number {
    return timeZoneOffsetMinutes(this.timeZone, instant);
  }

  /** The service day at `instant`. */
  day(instant: Date | number): IsoDate {
    return dateAt(instant, this.offset(instant));
  }

  /** `2026-11-22T09:30:00.000+08:00` with the offset the zone has then. */
  timestamp(instant: Date | number): string {
    return zonedTimestamp(instant, this.offset(instant));
  }

  /** `HH:MM` on the hall's clocks. */
  timeOfDay(instant: Date | number): string {
    return this.timestamp(instant).slice(11, 16);
  }
}
