import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import type { SeedData } from '../seed/types.js';
import type { HallStore } from '../store.js';
import type { HallZone } from './hall-zone.js';

export const unknownAppointment = () =>
  new ApiError(404, 'unknown_appointment', 'No appointment today in this category has this code.', [
    { path: 'appointmentCode', message: 'not an appointment of today in this category' },
  ]);

export const appointmentUsed = () =>
  new ApiError(409, 'appointment_used', 'This appointment has been checked in already.', [
    { path: 'appointmentCode', message: 'checked in before' },
  ]);

export const appointmentRequired = (category: string) =>
  new ApiError(422, 'appointment_code_required', `Category ${category} issues tickets to booked appointments only (预约签到).`, [
    { path: 'appointmentCode', message: 'required in this category' },
  ]);

/**
 * 预约签到 inside the issuing transaction: the code of today's appointment in `category` is
 * bound to `ticketId`, once. 404 for a code that is not today's in that category, 409 for one
 * checked in before.
 */
export async function checkIn(
  trx: Kysely<Database>,
  code: string,
  day: string,
  category: string,
  ticketId: string,
  at: string,
): Promise<ApiError | undefined> {
  const claimed = await trx
    .updateTable('appointments')
    .set({ ticket_id: ticketId, checked_in_at: at })
    .where('code', '=', code)
    .where('day', '=', day)
    .where('category', '=', category)
    .where('ticket_id', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 1) return undefined;
  const row = await trx.selectFrom('appointments').select(['day', 'category', 'ticket_id']).where('code', '=', code).executeTakeFirst();
  return row && row.day === day && row.category === category && row.ticket_id ? appointmentUsed() : unknownAppointment();
}

/** Gives a code back (its ticket was refused after all, e.g. the quota was reached). */
export async function undoCheckIn(trx: Kysely<Database>, code: string, ticketId: string): Promise<void> {
  await trx
    .updateTable('appointments')
    .set({ ticket_id: null, checked_in_at: null })
    .where('code', '=', code)
    .where('ticket_id', '=', ticketId)
    .execute();
}

/**
 * The demo hall's appointments, dated today at every start (as the demo applications are): a
 * code checked in on an earlier day is open again; one checked in today stays checked in.
 */
export async function redateAppointments(store: HallStore, seed: SeedData, zone: HallZone): Promise<number> {
  if (!seed.datedAppointments) return 0;
  const today = zone.day(store.clock());
  const entries = seed.datedAppointments(today);
  if (entries.length === 0) return 0;
  await store.write(async (trx) => {
    for (const entry of entries) {
      await trx
        .insertInto('appointments')
        .values({ code: entry.code, day: today, category: entry.category, ticket_id: null, checked_in_at: null })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({
            day: today,
            category: entry.category,
            ticket_id: sql`case when appointments.day = ${today} then appointments.ticket_id else null end`,
            checked_in_at: sql`case when appointments.day = ${today} then appointments.checked_in_at else null end`,
          }),
        )
        .execute();
    }
  });
  return entries.length;
}
