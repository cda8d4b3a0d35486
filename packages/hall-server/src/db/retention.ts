import { DAY_MS, zonedTimestamp } from '@zhengwu/core/date';
import { pruneEvents } from '../events/log.js';
import type { SharedCounter } from '../http/shared-counter.js';
import type { HallStore } from '../store.js';

export interface RetentionOptions {
  /** Days of the event log kept for `Last-Event-ID` resume. */
  eventDays: number;
  /** Days an Idempotency-Key (ratings, complete) is remembered. */
  idempotencyDays: number;
  /** How often the cleanup runs (ms). */
  everyMs: number;
}

export const DEFAULT_RETENTION: RetentionOptions = { eventDays: 7, idempotencyDays: 30, everyMs: 3_600_000 };

/** Deletes what has outlived its use: old events, old idempotency keys, ended limit windows. */
export async function cleanUp(store: HallStore, counter: SharedCounter, options: RetentionOptions): Promise<void> {
  const now = store.clock().getTime();
  await pruneEvents(store.db, zonedTimestamp(new Date(now - options.eventDays * DAY_MS)));
  await store.db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', zonedTimestamp(new Date(now - options.idempotencyDays * DAY_MS)))
    .execute();
  await counter.prune();
}

/** Runs `cleanUp` now and then every `everyMs`, until the returned stop is called. */
export async function startRetention(store: HallStore, counter: SharedCounter, options: RetentionOptions): Promise<() => void> {
  await cleanUp(store, counter, options);
  const timer = setInterval(() => {
    cleanUp(store, counter, options).catch((error: Error) => console.error('cleanup failed:', error.message));
  }, options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
