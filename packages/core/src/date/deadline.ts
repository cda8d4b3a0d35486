import { formatIsoDate, parseIsoDate, type IsoDate } from './iso-date.js';
import { WORKING_DAY_SPAN_LIMIT, classifyDay, type WorkingDayYear } from './working-days.js';

/**
 * The 承诺时限 clock of one application: when it is due, how much is left, by how much it is
 * late. Browser and server compute it with this code from the same facts, so no precomputed
 * "days left" can disagree with the screen.
 */

/** A period the clock stands still, as dates in the hall's zone; `to` absent while it lasts. */
export interface ClockPeriod {
  from: IsoDate;
  to?: IsoDate;
}

export interface ClockInput {
  /** 即办件 (done on the spot, no countdown) or 承诺件. */
  handling: 'immediate' | 'promised';
  /** 受理 date: counting starts the day after. */
  acceptedOn: IsoDate;
  limit: { value: number; unit: 'workday' | 'day' };
  /** 特别程序 (expert review, hearings …): not counted in the limit. */
  pauses: readonly ClockPeriod[];
  /** 补正: missing material asked for on `from`, received on `to`. */
  corrections: readonly ClockPeriod[];
  /** 办结 date, when finished: the clock stops there. */
  finishedOn?: IsoDate;
}

/**
 * The hall's rules where regions differ. Defaults: `correction: 'restart'`, `pauseEdges: 'count'`,
 * `naturalDayExtends: true`.
 */
export interface ClockRules {
  /**
   * `restart`: the whole limit counts again from the day after the missing material arrives (the
   * application is accepted anew, 行政许可法 Art. 32). `pause`: the days waiting are not counted
   * and the count goes on.
   */
  correction: 'restart' | 'pause';
  /**
   * A day on which a pause starts or ends: `count` (the clock ran on part of it, so it counts)
   * or `skip` (it is not counted).
   */
  pauseEdges: 'count' | 'skip';
  /** A limit in natural days that ends on a day off ends on the next working day instead. */
  naturalDayExtends: boolean;
}

export const DEFAULT_CLOCK_RULES: ClockRules = { correction: 'restart', pauseEdges: 'count', naturalDayExtends: true };

export type ClockState =
  /** 即办件: no countdown. */
  | { kind: 'immediate' }
  | {
      /**
       * `running` (on time), `overdue`, `paused` (a 特别程序 is on), `correction` (waiting for
       * the applicant's material), `finished`.
       */
      kind: 'running' | 'overdue' | 'paused' | 'correction' | 'finished';
      unit: 'workday' | 'day';
      limit: number;
      /** The last day of the limit; absent while an open pause or correction stops the clock. */
      due?: IsoDate;
      /** Days of the limit left after `asOf` (0 on the due day or later). */
      remaining: number;
      /** Days past `due` up to `asOf` (or to 办结), counted as the limit is. */
      overdue: number;
      /** Finished within the limit. */
      onTime?: boolean;
      /** Some counted day lies in a year with no published calendar. */
      provisional: boolean;
    };

interface DayRule {
  counts(day: number): boolean;
  provisional: boolean;
}

function dayRule(calendars: readonly WorkingDayYear[], unit: 'workday' | 'day', stopped: (day: number) => boolean): DayRule {
  const rule: DayRule = {
    provisional: false,
    counts(day) {
      if (stopped(day)) return false;
      const kind = classifyDay(calendars, day);
      if (unit === 'day') return true;
      rule.provisional ||= kind.provisional;
      return kind.working;
    },
  };
  return rule;
}

/** Counted days after `from` up to and including `to`. */
function countBetween(rule: DayRule, from: number, to: number): number {
  let days = 0;
  for (let day = from + 1; day <= to; day += 1) if (rule.counts(day)) days += 1;
  return days;
}

/** The clock of an application as of `today` (or of its 办结 date when finished). */
export function applicationClock(
  calendars: readonly WorkingDayYear[],
  input: ClockInput,
  today: IsoDate,
  rules: Partial<ClockRules> = {},
): ClockState {
  if (input.handling === 'immediate') return { kind: 'immediate' };
  const { correction, pauseEdges, naturalDayExtends } = { ...DEFAULT_CLOCK_RULES, ...rules };
  const { unit, value: limit } = input.limit;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`Not a time limit: ${limit}`);
  const asOf = parseIsoDate(input.finishedOn ?? today);

  let start = parseIsoDate(input.acceptedOn);
  const stops: { from: number; to: number }[] = [];
  let openCorrection = false;
  for (const period of input.corrections) {
    if (!period.to) openCorrection = true;
    if (correction === 'restart' && period.to) start = Math.max(start, parseIsoDate(period.to));
  }
  const periods = correction === 'pause' ? [...input.pauses, ...input.corrections] : input.pauses;
  let openFrom: number | undefined;
  for (const period of periods) {
    const from = parseIsoDate(period.from);
    const to = period.to ? parseIsoDate(period.to) : Infinity;
    if (to === Infinity) openFrom = Math.min(openFrom ?? Infinity, from);
    stops.push(pauseEdges === 'count' ? { from: from + 1, to: to - 1 } : { from, to });
  }
  // Restarting: nothing is used until the material arrives, then the whole limit runs again.
  if (openCorrection && correction === 'restart' && input.finishedOn === undefined) {
    return { kind: 'correction', unit, limit, remaining: limit, overdue: 0, provisional: false };
  }
  const rule = dayRule(calendars, unit, (day) => stops.some((stop) => day >= stop.from && day <= stop.to));

  // The walk is bounded by the limit and the span; neither is chosen by whoever asks.
  const end = start + WORKING_DAY_SPAN_LIMIT;
  if (asOf > end) throw new RangeError(`More than ${WORKING_DAY_SPAN_LIMIT} days after acceptance`);
  let due: number | undefined;
  let counted = 0;
  for (let day = start; counted < limit;) {
    day += 1;
    if (day > end || (openFrom !== undefined && day > openFrom)) break;
    if (rule.counts(day)) counted += 1;
    if (counted === limit) due = day;
  }
  if (limit === 0) due = start;
  if (due !== undefined && unit === 'day' && naturalDayExtends) {
    while (!classifyDay(calendars, due).working && due < end) {
      rule.provisional ||= classifyDay(calendars, due).provisional;
      due += 1;
    }
  }

  const used = asOf > start ? countBetween(rule, start, asOf) : 0;
  const overdue = due !== undefined && asOf > due ? countBetween(rule, due, asOf) : 0;
  const finished = input.finishedOn !== undefined;
  const kind = finished
    ? 'finished'
    : openCorrection
      ? 'correction'
      : openFrom !== undefined
        ? 'paused'
        : due !== undefined && asOf > due
          ? 'overdue'
          : 'running';
  return {
    kind,
    unit,
    limit,
    ...(due !== undefined ? { due: formatIsoDate(due) } : {}),
    // To the due day itself: a natural-day limit moved past a day off has that much more left.
    remaining: due !== undefined ? (asOf < due ? countBetween(rule, asOf, due) : 0) : Math.max(0, limit - used),
    overdue,
    ...(finished ? { onTime: due === undefined || asOf <= due } : {}),
    provisional: rule.provisional,
  };
}
