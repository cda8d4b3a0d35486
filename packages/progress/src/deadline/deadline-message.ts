import type { ClockState, IsoDate } from '@zhengwu/core/date';

/** How the countdown looks: its text says it all, the tone adds an icon and a frame. */
export type DeadlineTone = 'normal' | 'soon' | 'overdue' | 'paused' | 'done';

export interface DeadlineMessage {
  /** Key in the `progress` namespace, under `deadline.`. */
  key: string;
  count?: number;
  date?: IsoDate;
  tone: DeadlineTone;
}

/** The sentence for a clock: which string, with which number and date. */
export function deadlineMessage(clock: ClockState, correction: 'restart' | 'pause' = 'restart'): DeadlineMessage {
  if (clock.kind === 'immediate') return { key: 'immediate', tone: 'done' };
  const unit = clock.unit;
  switch (clock.kind) {
    case 'running':
      if (clock.remaining === 0) return { key: 'dueToday', date: clock.due, tone: 'soon' };
      return { key: `running_${unit}`, count: clock.remaining, date: clock.due, tone: clock.remaining <= 1 ? 'soon' : 'normal' };
    case 'overdue':
      return { key: `overdue_${unit}`, count: clock.overdue, date: clock.due, tone: 'overdue' };
    case 'paused':
      return { key: `paused_${unit}`, count: clock.remaining, tone: 'paused' };
    case 'correction':
      return correction === 'restart'
        ? { key: `correctionRestart_${unit}`, count: clock.limit, tone: 'paused' }
        : { key: `correctionPause_${unit}`, count: clock.remaining, tone: 'paused' };
    case 'finished':
      if (clock.onTime === false) return { key: `finishedLate_${unit}`, count: clock.overdue, date: clock.due, tone: 'done' };
      return clock.due ? { key: 'finishedOnTime', date: clock.due, tone: 'done' } : { key: 'finished', tone: 'done' };
    default:
      return { key: 'finished', tone: 'done' };
  }
}

/** Years a countdown may touch: from acceptance to a year after today (at most five). */
export function yearsNeeded(acceptedOn: IsoDate, today: IsoDate): number[] {
  const first = Number(acceptedOn.slice(0, 4));
  const last = Math.max(first, Number(today.slice(0, 4))) + 1;
  const years: number[] = [];
  for (let year = Math.max(first, last - 4); year <= last; year += 1) years.push(year);
  return years;
}
