import { calendarFromImport, type CalendarImport, type CalendarYear } from '@zhengwu/core/contract';
import { zonedTimestamp } from '@zhengwu/core/date';
import type { HallStore } from '../store.js';

/**
 * Replaces a year's calendar with a published one: the new version is kept beside the old
 * ones (calendar_versions), becomes the current year, and `calendar-changed` tells open
 * countdowns to count again. The same days imported twice make no new version.
 */
export async function importCalendar(store: HallStore, input: CalendarImport): Promise<{ calendar: CalendarYear; changed: boolean }> {
  const next = calendarFromImport(input);
  const now = zonedTimestamp(store.clock());
  return store.write(async (trx, emit) => {
    const current = await trx.selectFrom('calendar_years').select('json').where('year', '=', input.year).executeTakeFirst();
    const previous = current ? (JSON.parse(current.json) as CalendarYear) : undefined;
    if (
      previous &&
      !previous.provisional &&
      JSON.stringify(previous.holidays) === JSON.stringify(next.holidays) &&
      JSON.stringify(previous.workdays) === JSON.stringify(next.workdays) &&
      (previous.source ?? '') === (next.source ?? '')
    ) {
      return { calendar: previous, changed: false };
    }
    const last = await trx
      .selectFrom('calendar_versions')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('year', '=', input.year)
      .executeTakeFirst();
    // A year seeded before versions were kept counts as version 1.
    const version = Math.max(Number(last?.version ?? 0), previous?.version ?? (previous ? 1 : 0)) + 1;
    const calendar: CalendarYear = { ...next, version, updatedAt: now };
    const json = JSON.stringify(calendar);
    await trx.insertInto('calendar_versions').values({ year: input.year, version, json, imported_at: now }).execute();
    await trx
      .insertInto('calendar_years')
      .values({ year: input.year, json })
      .onConflict((oc) => oc.column('year').doUpdateSet({ json }))
      .execute();
    emit({ type: 'calendar-changed', year: input.year, version });
    return { calendar, changed: true };
  });
}
