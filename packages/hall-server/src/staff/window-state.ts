import type { Kysely } from 'kysely';
import type { Hall, Staff, WindowState } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import { ticketNumber } from '../queue/tickets.js';
import { isPaused } from '../queue/window-states.js';

/** The window as the board shows it after a sign-in or sign-out. */
export async function windowState(trx: Kysely<Database>, hall: Hall, windowId: string, staff: Staff | undefined): Promise<WindowState> {
  const serving = await trx
    .selectFrom('tickets')
    .select(['prefix', 'number', 'category'])
    .where('window_id', '=', windowId)
    .where('status', '=', 'called')
    .orderBy('called_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const state: WindowState = { id: windowId, paused: await isPaused(trx, windowId) };
  if (serving) {
    const category = hall.categories.find((item) => item.code === serving.category);
    state.serving = { number: ticketNumber(serving.prefix, serving.number, category), category: serving.category };
  }
  if (staff)
    state.staff = { id: staff.id, name: staff.name, number: staff.number, ...(staff.photoUrl ? { photoUrl: staff.photoUrl } : {}) };
  return state;
}
