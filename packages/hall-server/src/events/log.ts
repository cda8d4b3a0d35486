import { sql, type Kysely } from 'kysely';
import type { HallEvent } from '@zhengwu/core/contract';
import type { DatabaseKind } from '../db/connect.js';
import type { Database } from '../db/schema.js';

export interface StoredEvent {
  id: number;
  event: HallEvent;
}

/** The window an event is about, if any (for `?window=` filters). */
export function eventWindow(event: HallEvent): string | undefined {
  return 'window' in event ? event.window : undefined;
}

// Any constant: one lock serialises event inserts so that ids commit in order.
const EVENT_ORDER_LOCK = 7_244_101;
// NOTIFY payloads must stay under 8000 bytes; larger events are fetched by id.
const NOTIFY_PAYLOAD_MAX = 7000;

/**
 * Appends events inside the caller's write transaction. In PostgreSQL an advisory lock held
 * until commit makes id order equal commit order, so a client resuming from
 * `Last-Event-ID` never skips an event that committed late; `pg_notify` is delivered at
 * commit, to every process that listens, or not at all.
 */
export async function appendEvents(
  trx: Kysely<Database>,
  kind: DatabaseKind,
  channel: string | undefined,
  events: HallEvent[],
  createdAt: string,
): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  if (kind === 'postgres') await sql`select pg_advisory_xact_lock(${EVENT_ORDER_LOCK})`.execute(trx);
  const stored: StoredEvent[] = [];
  for (const event of events) {
    const row = await trx
      .insertInto('events')
      .values({
        type: event.type,
        window_id: eventWindow(event) ?? null,
        payload: JSON.stringify(event),
        created_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    stored.push({ id: Number(row.id), event });
  }
  if (kind === 'postgres' && channel) {
    for (const item of stored) {
      let payload = JSON.stringify(item);
      if (Buffer.byteLength(payload) > NOTIFY_PAYLOAD_MAX) payload = JSON.stringify({ id: item.id });
      await sql`select pg_notify(${channel}, ${payload})`.execute(trx);
    }
  }
  return stored;
}

export async function readEventsAfter(db: Kysely<Database>, afterId: number, limit: number): Promise<StoredEvent[]> {
  const rows = await db.selectFrom('events').select(['id', 'payload']).where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((row) => ({ id: Number(row.id), event: JSON.parse(row.payload) as HallEvent }));
}

export async function lastEventId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('id').as('max'))
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

/** Keeps the log bounded: SSE resume needs minutes, not weeks. */
export async function pruneEvents(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('events').where('created_at', '<', before).execute();
}
