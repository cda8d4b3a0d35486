import type { Application, Pause, Stage } from '@zhengwu/core/contract';

export type TimelineEntry =
  { type: 'stage'; stage: Stage; current: boolean; number: number } | { type: 'pause'; pause: Pause; open: boolean };

/**
 * Stages and 特别程序 in the order they happened. The current stage is the last one still
 * open, unless the application is finished; a pause sits where it started.
 */
export function timelineEntries(application: Pick<Application, 'stages' | 'pauses' | 'status'>): TimelineEntry[] {
  const finished = application.status === 'completed' || application.status === 'returned';
  let current = -1;
  if (!finished) {
    application.stages.forEach((stage, index) => {
      if (!stage.endedAt || (stage.result === 'correction' && !stage.correctedAt)) current = index;
    });
  }
  const stages: TimelineEntry[] = application.stages.map((stage, index) => ({
    type: 'stage',
    stage,
    current: index === current,
    number: index + 1,
  }));
  const pauses: TimelineEntry[] = application.pauses.map((pause) => ({ type: 'pause', pause, open: !pause.endedAt }));
  const at = (entry: TimelineEntry) => Date.parse(entry.type === 'stage' ? entry.stage.startedAt : entry.pause.startedAt);
  // A stable sort keeps stages before a pause that starts at the same instant.
  return [...stages, ...pauses].sort((a, b) => at(a) - at(b));
}

/** The current stage's number (1-based), or 0 when none is current. */
export function currentStageNumber(entries: readonly TimelineEntry[]): number {
  const found = entries.find((entry) => entry.type === 'stage' && entry.current);
  return found?.type === 'stage' ? found.number : 0;
}
