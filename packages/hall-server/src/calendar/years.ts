import type { Kysely } from 'kysely';
import type { CalendarYear } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';

/** A year's working-day calendar; one the State Council has not published: weekends only, provisional. */
export async function calendarYear(db: Kysely<Database>, year: number): Promise<CalendarYear> {
  const row = await db.selectFrom('calendar_years').select('json').where('year', '=', year).executeTakeFirst();
  return row ? (JSON.parse(row.json) as CalendarYear) : { year, provisional: true, holidays: [], workdays: [] };
}
