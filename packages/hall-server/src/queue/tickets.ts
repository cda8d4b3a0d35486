import type { Kysely } from 'kysely';
import type { Hall, QueueCategory, Ticket, TicketChange, WaitRange } from '@zhengwu/core/contract';
import type { Database, TicketTable } from '../db/schema.js';
import { before } from './order.js';

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

const NO_WAIT: WaitRange = { min: 0, max: 0 };

/**
 * A ticket as anyone may see it: never its secret or short code (those are in the receipt of
 * `POST /tickets` only). The number keeps the prefix and width it was issued with, also after
 * a transfer to another category.
 */
export function toTicket(row: TicketRow, hall: Hall, ahead: number, estimatedWait: WaitRange): Ticket {
  const category = hall.categories.find((item) => item.code === row.category);
  const issuedIn = hall.categories.find((item) => item.prefix === row.prefix) ?? category;
  const waiting = row.status === 'waiting';
  const ticket: Ticket = {
    id: row.id,
    number: ticketNumber(row.prefix, row.number, issuedIn),
    category: row.category,
    categoryName: category?.name ?? row.category,
    priority: row.priority === 1,
    status: row.status as Ticket['status'],
    ahead: waiting ? ahead : 0,
    estimatedWait: waiting ? estimatedWait : NO_WAIT,
    takenAt: row.taken_at,
    hallName: hall.name,
    day: row.day,
  };
  if (row.called_at) ticket.calledAt = row.called_at;
  const window = row.window_id ?? row.target_window;
  if (window) {
    ticket.window = window;
    const name = hall.windows.find((item) => item.id === window)?.name;
    if (name) ticket.windowName = name;
  }
  if (row.appointment === 1) ticket.appointment = true;
  if (row.recalls > 0) ticket.recalls = row.recalls;
  if (row.requeues > 0) ticket.requeues = row.requeues;
  if (row.transferred_from) ticket.transferredFrom = row.transferred_from;
  if (row.last_change) ticket.lastChange = row.last_change as TicketChange;
  return ticket;
}

/**
 * People called before this ticket: in its category's queue (priority first, then checked-in
 * appointments, then queue order), or, transferred to a window, among that window's transfers.
 */
export async function countAhead(db: Kysely<Database>, row: TicketRow): Promise<number> {
  if (row.status !== 'waiting') return 0;
  let query = db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('day', '=', row.day)
    .where('status', '=', 'waiting')
    .where((eb) => before(eb, row));
  query = row.target_window
    ? query.where('target_window', '=', row.target_window)
    : query.where('category', '=', row.category).where('target_window', 'is', null);
  const result = await query.executeTakeFirstOrThrow();
  return Number(result.count);
}
