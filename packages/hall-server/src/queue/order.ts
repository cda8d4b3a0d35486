import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { parseIsoDate, DAY_MS, type IsoDate } from '@zhengwu/core/date';
import type { Database, TicketTable } from '../db/schema.js';

/**
 * Queue order. A window calls, among the tickets it may call: those transferred to it first,
 * then priority, then checked-in appointments, then by `order_key`, then by number.
 *
 * `order_key` is the time taken, as elapsed time since a fixed point 14 hours before the
 * service day's UTC midnight (so before its local midnight in every zone, and across daylight
 * saving), scaled by 2^20 a millisecond: tickets of one batch are 2^12 apart, and a re-queued
 * ticket goes halfway between two neighbours, a dozen times over before two keys meet (then
 * the number decides). A transferred ticket gets its taken-time key back: its original place.
 */
export const KEY_PER_MS = 2 ** 20;
export const KEY_PER_BATCH_STEP = 2 ** 12;
const ANCHOR_BEFORE_DAY_MS = 14 * 3_600_000;

function anchor(day: IsoDate): number {
  return parseIsoDate(day) * DAY_MS - ANCHOR_BEFORE_DAY_MS;
}

/** The key of a ticket taken at `instantMs` on `day`, `step`-th of its batch. */
export function orderKey(day: IsoDate, instantMs: number, step = 0): number {
  return Math.max(0, Math.round(instantMs - anchor(day))) * KEY_PER_MS + step * KEY_PER_BATCH_STEP;
}

/** The key of a timestamp that was written at issue (`taken_at`). */
export function takenKey(day: IsoDate, takenAt: string): number {
  return orderKey(day, Date.parse(takenAt));
}

export type OrderRow = Pick<TicketTable, 'id' | 'priority' | 'appointment' | 'order_key' | 'number'>;

/** Negative when `a` is called before `b` (both in the same queue). */
export function compareOrder(a: OrderRow, b: OrderRow): number {
  return (
    b.priority - a.priority ||
    b.appointment - a.appointment ||
    Number(a.order_key) - Number(b.order_key) ||
    a.number - b.number ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** SQL: the ticket row is called before `row` (the same order as `compareOrder`). */
export function before(eb: ExpressionBuilder<Database, 'tickets'>, row: OrderRow): Expression<SqlBool> {
  const key = Number(row.order_key);
  return eb.or([
    eb('priority', '>', row.priority),
    eb.and([
      eb('priority', '=', row.priority),
      eb.or([
        eb('appointment', '>', row.appointment),
        eb.and([
          eb('appointment', '=', row.appointment),
          eb.or([
            eb('order_key', '<', key),
            eb.and([
              eb('order_key', '=', key),
              eb.or([eb('number', '<', row.number), eb.and([eb('number', '=', row.number), eb('id', '<', row.id)])]),
            ]),
          ]),
        ]),
      ]),
    ]),
  ]);
}

/** `case when target_window = W then 0 else 1 end`: a window's transferred tickets first. */
export const targetedFirst = (windowId: string) => sql<number>`case when target_window = ${windowId} then 0 else 1 end`;

/**
 * Where a no-show goes: after the next `after` tickets of the queue it returns to, counted in
 * call order. `queue` is that queue in call order (without the ticket); the ticket's own class
 * (priority, appointment) decides which of them it can be put between.
 */
export function requeueKey(ticket: OrderRow, queue: OrderRow[], after: number, nowKey: number): number {
  const higher = queue.filter(
    (other) => other.priority > ticket.priority || (other.priority === ticket.priority && other.appointment > ticket.appointment),
  );
  const same = queue.filter((other) => other.priority === ticket.priority && other.appointment === ticket.appointment);
  const within = Math.max(0, after - higher.length);
  if (same.length === 0) return nowKey;
  if (within === 0) return Math.min(Number(ticket.order_key), Number(same[0].order_key) - KEY_PER_BATCH_STEP);
  if (within >= same.length) return Math.max(Number(same[same.length - 1].order_key) + KEY_PER_BATCH_STEP, nowKey);
  const low = Number(same[within - 1].order_key);
  const high = Number(same[within].order_key);
  const middle = Math.floor((low + high) / 2);
  // Keys that met: the next one's key, and the number decides.
  return middle > low ? middle : high;
}
