import type { CalendarYear } from '@zhengwu/core/contract';
import { hallApi } from './hall-api-loader.js';

/** Where calendars come from: the hall API by default, a fake in stories and tests. */
export interface CalendarSource {
  calendars(years: readonly number[], signal: AbortSignal): Promise<CalendarYear[]>;
}

/** Years already answered, per API base: countdowns on one page ask once. */
const answered = new Map<string, CalendarYear>();

/**
 * The hall's calendars (`GET /calendar/{year}`). Each request runs on the caller's signal, so a
 * timeout or a new request stops it; only answers are kept.
 */
export function apiCalendarSource(apiBase: string): CalendarSource {
  return {
    calendars(years, signal) {
      return Promise.all(
        years.map(async (year) => {
          const key = `${apiBase}\n${year}`;
          const known = answered.get(key);
          if (known) return known;
          const { getCalendar } = await hallApi(apiBase);
          const calendar = await getCalendar({ baseUrl: apiBase }, year, signal);
          answered.set(key, calendar);
          return calendar;
        }),
      );
    },
  };
}

/** Forgets answered years (after `calendar-changed`: the next count asks again). */
export function forgetCalendars(apiBase: string, year?: number): void {
  for (const key of [...answered.keys()]) {
    if (key.startsWith(`${apiBase}\n`) && (year === undefined || key === `${apiBase}\n${year}`)) answered.delete(key);
  }
}
