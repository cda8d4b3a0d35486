import type { Kysely } from 'kysely';
import type { Hall, QueueCategory, Ticket } from '@zhengwu/core/contract';
import type { Database, TicketTable } from '../db/schema.js';
import type { WaitEstimator } from './wait-estimator.js';

export type TicketRow = TicketTable;

/** Without a `numberWidth`: A001 … A999, then A1000 … A9999. */
export const MAX_TICKET_NUMBER = 9999;

type Numbering = Pick<QueueCategory, 'numberWidth'> | undefined;

/** The day's last number of a category: all nines of its width. */
export function lastTicketNumber(category: Numbering): number {
  return category?.numberWidth ? 10 ** category.numberWidth - 1 : MAX_TICKET_NUMBER;
}

export function ticketNumber(prefix: string, number: number, category?: Numbering): string {
  return `${prefix}${String(number).padStart(category?.numberWidth ?? 3, '0')}`;
}

export function toTicket(row: TicketRow, hall: Hall, ahead: number, estimatedWaitMinutes: number): Ticket {
  const category = hall.categories.find((item) => item.code === row.category);
  const ticket: Ticket = {
    id: row.id,
    number: ticketNumber(row.prefix, row.number, category),
    category: row.category,
    categoryName: category?.name ?? row.category,
    priority: row.priority === 1,
    status: row.status as Ticket['status'],
    ahead: row.status === 'waiting' ? ahead : 0,
    estimatedWait: row.status === 'waiting' ? { min: estimatedWaitMinutes, max: estimatedWaitMinutes } : { min: 0, max: 0 },
    takenAt: row.taken_at,
    hallName: hall.name,
    day: row.day,
  };
  if (row.called_at) ticket.calledAt = row.called_at;
  if (row.window_id) ticket.window = row.window_id;
  return ticket;
}

/** People called before this ticket in its category: priority first, then by number. */
export async function countAhead(db: Kysely<Database>, row: TicketRow): Promise<number> {
  if (row.status !== 'waiting') return 0;
  const result = await db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('day', '=', row.day)
    .where('category', '=', row.category)
    .where('status', '=', 'waiting')
    .where((eb) => eb.or([eb('priority', '>', row.priority), eb.and([eb('priority', '=', row.priority), eb('number', '<', row.number)])]))
    .executeTakeFirstOrThrow();
  return Number(result.count);
}

/** A ticket as its holder follows it: place in the queue and estimated wait as of now. */
export async function currentTicket(db: Kysely<Database>, hall: Hall, estimator: WaitEstimator, id: string): Promise<Ticket | undefined> {
  const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const ahead = await countAhead(db, row);
  const minutes = row.status === 'waiting' ? await estimator.minutesPerPerson(row.category) : 0;
  return toTicket(row, hall, ahead, estimator.estimate(ahead, minutes));
}
