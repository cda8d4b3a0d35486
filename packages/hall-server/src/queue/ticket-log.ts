import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** What `ticket_events` records. */
export type TicketEventKind =
  'issued' | 'checked-in' | 'called' | 'recalled' | 'requeued' | 'skipped' | 'transferred' | 'done' | 'paused' | 'resumed';

export interface TicketLogEntry {
  ticket: string | null;
  kind: TicketEventKind;
  window?: string | null;
  at: string;
}

/** Appends to `ticket_events` inside the caller's transaction. */
export async function logTicketEvents(trx: Kysely<Database>, entries: TicketLogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await trx
    .insertInto('ticket_events')
    .values(entries.map((entry) => ({ ticket_id: entry.ticket, kind: entry.kind, window_id: entry.window ?? null, at: entry.at })))
    .execute();
}
