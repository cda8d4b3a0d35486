import { ZwOfflineError, ZwServerError } from '@zhengwu/core';
import type { Application, ProgressRules } from '@zhengwu/core/contract';
import type { ProgressSource } from '../zw-progress-lookup.js';
import type { CalendarSource } from '../../calendars/calendar-source.js';
import { CALENDARS } from '../../progress-timeline/stories/sample-applications.js';

/** A lookup that answers `result` (an application, an error, or never), as the hall would. */
export function fakeSource(result: Application | Error | 'never', rules?: ProgressRules): ProgressSource {
  return {
    lookup: () =>
      result === 'never'
        ? new Promise(() => undefined)
        : result instanceof Error
          ? Promise.reject(result)
          : Promise.resolve(structuredClone(result)),
    rules: () => Promise.resolve(rules),
  };
}

export const notFound = () => new ZwServerError(404, 'application_not_found', 'No application matches this number and secret.');
export const tooMany = () => new ZwServerError(429, 'too_many_requests', 'Too many lookups; wait and try again.', [], 60);
export const offline = () => new ZwOfflineError('/api/progress');

/** The hall's calendars without a hall: published 2026, unpublished years provisional. */
export const fakeCalendars: CalendarSource = {
  calendars: (years) =>
    Promise.resolve(
      years.map((year) => CALENDARS.find((entry) => entry.year === year) ?? { year, provisional: true, holidays: [], workdays: [] }),
    ),
};
