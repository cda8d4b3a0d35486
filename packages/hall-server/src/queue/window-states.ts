import type { Kysely } from 'kysely';
import type { Hall, Staff } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';

/**
 * Who is serving at a window now. The staff-session store (sign-in at a window) implements it;
 * until then, and for a hall that does not use sign-in, the window's configured `staff`.
 */
export interface WindowStaffSource {
  staffAt(windowId: string): Promise<Staff | undefined>;
}

/** The staff each window is configured with in the hall record. */
export class ConfiguredStaff implements WindowStaffSource {
  constructor(private readonly hall: Hall) {}

  async staffAt(windowId: string): Promise<Staff | undefined> {
    return this.hall.windows.find((window) => window.id === windowId)?.staff;
  }
}

/**
 * Which windows are paused (暂停服务): kept in the database for every process, read once and
 * cached here until a `window-changed` event (from any process) or this process's own pause
 * or resume says otherwise. Never read inside a write transaction (SQLite has one connection):
 * the desk reads a window's state there with the transaction's own handle.
 */
export class WindowStates {
  #paused: Promise<ReadonlySet<string>> | undefined;

  constructor(private readonly db: Kysely<Database>) {}

  /** Follows window changes from every process. */
  follow(bus: EventBus): () => void {
    return bus.subscribe((item) => {
      if (item.event.type === 'window-changed') this.invalidate();
    });
  }

  invalidate(): void {
    this.#paused = undefined;
  }

  paused(): Promise<ReadonlySet<string>> {
    this.#paused ??= this.db
      .selectFrom('window_states')
      .select('window_id')
      .where('paused', '=', 1)
      .execute()
      .then(
        (rows) => new Set(rows.map((row) => row.window_id)),
        (error: unknown) => {
          this.#paused = undefined;
          throw error;
        },
      );
    return this.#paused;
  }
}

/** Whether a window is paused, read with the caller's handle (e.g. inside a transaction). */
export async function isPaused(db: Kysely<Database>, windowId: string): Promise<boolean> {
  const row = await db.selectFrom('window_states').select('paused').where('window_id', '=', windowId).executeTakeFirst();
  return row?.paused === 1;
}
