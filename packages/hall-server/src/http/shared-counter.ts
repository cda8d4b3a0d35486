import { sql } from 'kysely';
import type { HallStore } from '../store.js';

export interface CounterState {
  count: number;
  /** When the window ends, ms since the epoch. */
  windowEnds: number;
}

/**
 * Fixed-window counters in the database, so that a limit holds for every process on it. One
 * upsert adds and reads atomically: concurrent requests each see their own count.
 */
export class SharedCounter {
  constructor(private readonly store: HallStore) {}

  /** Adds `amount` to `key` (a new window when the old one has ended); the count after adding. */
  async add(key: string, windowMs: number, amount = 1): Promise<CounterState> {
    const now = this.store.clock().getTime();
    const ends = now + windowMs;
    const row = await this.store.db
      .insertInto('limit_counters')
      .values({ key, window_ends: ends, count: amount })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql`case when limit_counters.window_ends <= ${now} then ${amount} else limit_counters.count + ${amount} end`,
          window_ends: sql`case when limit_counters.window_ends <= ${now} then ${ends} else limit_counters.window_ends end`,
        }),
      )
      .returning(['count', 'window_ends'])
      .executeTakeFirstOrThrow();
    return { count: Number(row.count), windowEnds: Number(row.window_ends) };
  }

  /** The current window's count, without adding. */
  async peek(key: string): Promise<CounterState | undefined> {
    const row = await this.store.db
      .selectFrom('limit_counters')
      .select(['count', 'window_ends'])
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row || Number(row.window_ends) <= this.store.clock().getTime()) return undefined;
    return { count: Number(row.count), windowEnds: Number(row.window_ends) };
  }

  /** Takes back `amount` within the current window (e.g. a reservation that was not used). */
  async subtract(key: string, amount = 1): Promise<void> {
    await this.store.db
      .updateTable('limit_counters')
      .set({ count: sql`case when count >= ${amount} then count - ${amount} else 0 end` })
      .where('key', '=', key)
      .where('window_ends', '>', this.store.clock().getTime())
      .execute();
  }

  /** Drops counters whose window has ended. */
  async prune(): Promise<void> {
    await this.store.db.deleteFrom('limit_counters').where('window_ends', '<=', this.store.clock().getTime()).execute();
  }

  /** Seconds until `windowEnds`, at least 1. */
  retryAfter(windowEnds: number): number {
    return Math.max(1, Math.ceil((windowEnds - this.store.clock().getTime()) / 1000));
  }
}
