import type { Kysely } from 'kysely';
import type { HallEvent } from '@zhengwu/core/contract';
import type { HallDatabase } from './db/connect.js';
import type { Database } from './db/schema.js';
import { inWriteTransaction } from './db/transaction.js';
import type { EventBus } from './events/bus.js';
import { appendEvents } from './events/log.js';
import { zonedTimestamp } from '@zhengwu/core/date';
import type { Clock } from './clock.js';

export type Emit = (event: HallEvent) => void;

/** The database plus the rule that state changes and their events commit together. */
export class HallStore {
  constructor(
    readonly database: HallDatabase,
    readonly bus: EventBus,
    readonly clock: Clock,
    /** PostgreSQL NOTIFY channel. */
    readonly channel?: string,
  ) {}

  get db(): Kysely<Database> {
    return this.database.db;
  }

  get kind() {
    return this.database.kind;
  }

  /** A write transaction; events emitted in it are logged in it and published after commit. */
  async write<T>(fn: (trx: Kysely<Database>, emit: Emit) => Promise<T>): Promise<T> {
    let stored: Awaited<ReturnType<typeof appendEvents>> = [];
    const result = await inWriteTransaction(this.database, async (trx) => {
      const pending: HallEvent[] = [];
      const value = await fn(trx, (event) => pending.push(event));
      stored = await appendEvents(trx, this.kind, this.channel, pending, zonedTimestamp(this.clock()));
      return value;
    });
    if (stored.length > 0) this.bus.afterCommit(stored);
    return result;
  }
}
