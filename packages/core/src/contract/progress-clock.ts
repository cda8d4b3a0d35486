import { applicationClock, type ClockInput, type ClockRules, type ClockState } from '../date/deadline.js';
import type { WorkingDayYear } from '../date/working-days.js';
import { dateAt } from '../date/zone.js';
import type { Application } from './progress.js';

/** What the clock reads of an application. */
export type ClockFacts = Pick<Application, 'handling' | 'acceptedOn' | 'promisedLimit' | 'pauses' | 'stages' | 'completedAt' | 'status'>;

/**
 * The clock's facts from an application: pauses are its 特别程序, corrections its stages
 * returned for 补正 (from the notice to the material's arrival), all as dates in the hall's zone.
 */
export function clockInput(application: ClockFacts, offsetMinutes?: number): ClockInput {
  const day = (timestamp: string) => dateAt(Date.parse(timestamp), offsetMinutes);
  return {
    handling: application.handling,
    acceptedOn: application.acceptedOn,
    limit: application.promisedLimit,
    pauses: application.pauses.map((pause) => ({ from: day(pause.startedAt), ...(pause.endedAt ? { to: day(pause.endedAt) } : {}) })),
    corrections: application.stages
      .filter((stage) => stage.result === 'correction')
      .map((stage) => ({
        from: day(stage.endedAt ?? stage.startedAt),
        ...(stage.correctedAt ? { to: day(stage.correctedAt) } : {}),
      })),
    ...(application.completedAt && (application.status === 'completed' || application.status === 'returned')
      ? { finishedOn: day(application.completedAt) }
      : {}),
  };
}

/** The application's clock as of `today` on the hall's calendars and rules. */
export function clockOf(
  calendars: readonly WorkingDayYear[],
  application: ClockFacts,
  today: string,
  rules: Partial<ClockRules> = {},
  offsetMinutes?: number,
): ClockState {
  return applicationClock(calendars, clockInput(application, offsetMinutes), today, rules);
}
