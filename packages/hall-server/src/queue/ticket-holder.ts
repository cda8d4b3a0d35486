import type { Kysely } from 'kysely';
import type { Hall, Ticket } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import { sameHash, secretHash, shortCodeHash } from './ticket-secrets.js';
import { countAhead, type TicketRow } from './tickets.js';
import { toTicket } from './tickets.js';
import type { WaitEstimator } from './wait-estimator.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET = /^[A-Za-z0-9_-]{22}$/;

/**
 * The ticket `id` when `secret` is its follow secret; undefined for an unknown id and for a
 * wrong secret alike (compared in constant time), so ids cannot be probed.
 */
export async function heldTicket(db: Kysely<Database>, id: string, secret: string | undefined): Promise<TicketRow | undefined> {
  const given = secretHash(secret ?? '');
  const row = UUID.test(id) ? await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  const valid = sameHash(given, row?.secret_hash ?? null) && secret !== undefined && SECRET.test(secret);
  return valid ? row : undefined;
}

/** Today's ticket `number` (A001) when `shortCode` is the code printed on it. */
export async function printedTicket(db: Kysely<Database>, day: string, number: string, shortCode: string): Promise<TicketRow | undefined> {
  const match = /^([A-Z])(\d{2,6})$/.exec(number);
  const row = match
    ? await db
        .selectFrom('tickets')
        .selectAll()
        .where('day', '=', day)
        .where('prefix', '=', match[1])
        .where('number', '=', Number(match[2]))
        .executeTakeFirst()
    : undefined;
  const valid = sameHash(shortCodeHash(row?.id ?? '', shortCode), row?.short_code_hash ?? null);
  return valid && row ? row : undefined;
}

/** A ticket as its holder follows it: place in the queue and estimated wait as of now. */
export async function currentTicket(db: Kysely<Database>, hall: Hall, estimator: WaitEstimator, row: TicketRow): Promise<Ticket> {
  if (row.status !== 'waiting') return toTicket(row, hall, 0, { min: 0, max: 0 });
  const ahead = await countAhead(db, row);
  return toTicket(row, hall, ahead, await estimator.range(row.category, ahead));
}
