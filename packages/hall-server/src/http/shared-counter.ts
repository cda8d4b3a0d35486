import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { HallStore } from '../store.js';

const BLOCKED_MAX = 10_000;

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
  /** Keys this process saw over their limit, until their window ends: refused without a query. */
  readonly #blocked = new Map<string, number>();

  constructor(private readonly store: HallStore) {}

  /** The end of the window in which `key` was seen over its limit, if it has not ended. */
  blockedUntil(key: string): number | undefined {
    const until = this.#blocked.get(key);
    if (until === undefined) return undefined;
    if (until > this.store.clock().getTime()) return until;
    this.#blocked.delete(key);
    return undefined;
  }

  /** Remembers that `key` is over its limit until `windowEnds`. */
  block(key: string, windowEnds: number): void {
    if (this.#blocked.size >= BLOCKED_MAX) {
      const now = this.store.clock().getTime();
      for (const [k, until] of this.#blocked) if (until <= now) this.#blocked.delete(k);
      if (this.#blocked.size >= BLOCKED_MAX) this.#blocked.clear();
    }
    this.#blocked.set(key, windowEnds);
  }

  /**
   * A counter write. SQLite: without the fsync that `synchronous = FULL` makes on the event
   * loop (a counter lost in a power cut costs nothing); the connection is held so that no
   * other write commits meanwhile without it. The next durable commit syncs these pages too.
   */
  async #write<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.store.kind !== 'sqlite') return fn(this.store.db);
    return this.store.db.connection().execute(async (conn) => {
      await sql`pragma synchronous = NORMAL`.execute(conn);
      try {
        return await fn(conn);
      } finally {
        await sql`pragma synchronous = FULL`.execute(conn);
      }
    });
  }

  /** Adds `amount` to `key` (a new window when the old one has ended); the count after adding. */
  async add(key: string, windowMs: number, amount = 1): Promise<CounterState> {
    const now = this.store.clock().getTime();
    const ends = now + windowMs;
    const row = await this.#write((db) =>
      db
        .insertInto('limit_counters')
        .values({ key, window_ends: ends, count: amount })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql`case when limit_counters.window_ends <= ${now} then ${amount} else limit_counters.count + ${amount} end`,
            window_ends: sql`case when limit_counters.window_ends <= ${now} then ${ends} else limit_counters.window_ends end`,
          }),
        )
        .returning(['count', 'window_ends'])
        .executeTakeFirstOrThrow(),
    );
    return { count: Number(row.count), windowEnds: Number(row.window_ends) };
  }

  /** The current window's count, without adding. */
  async peek(key: string): Promise<CounterState | undefined> {
    const row = await this.store.db.selectFrom('limit_counters').select(['count', 'window_ends']).where('key', '=', key).executeTakeFirst();
    if (!row || Number(row.window_ends) <= this.store.clock().getTime()) return undefined;
    return { count: Number(row.count), windowEnds: Number(row.window_ends) };
  }

  /** Takes back `amount` within the current window (e.g. a reservation that was not used). */
  async subtract(key: string, amount = 1): Promise<void> {
    await this.#write((db) =>
      db
        .updateTable('limit_counters')
        .set({ count: sql`case when count >= ${amount} then count - ${amount} else 0 end` })
        .where('key', '=', key)
        .where('window_ends', '>', this.store.clock().getTime())
        .execute(),
    );
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
