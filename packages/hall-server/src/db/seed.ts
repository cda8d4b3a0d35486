import { Application, CalendarYear, Hall, ServiceItem } from '@zhengwu/core/contract';
import { catalogRow } from '../catalog/catalog-rows.js';
import * as v from 'valibot';
import { hashSecret } from '../progress/secret.js';
import type { SeedData, ServiceItemInput } from '../seed/types.js';
import type { HallStore } from '../store.js';
import { zonedTimestamp } from '@zhengwu/core/date';

export type PinyinFn = (item: ServiceItemInput) => ServiceItem;

/** Seed data that breaks the contract stops the start with the record named. */
function check<S extends v.GenericSchema>(schema: S, value: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) {
    const detail = result.issues
      .slice(0, 5)
      .map((issue) => `${(issue.path ?? []).map((p) => String(p.key)).join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`seed data: ${what} is invalid: ${detail}`);
  }
  return result.output;
}

const CHUNK = 100;

/** Writes the seed once, when the database is empty; several processes may race here. */
export async function seedIfEmpty(store: HallStore, seed: SeedData, withPinyin: PinyinFn): Promise<boolean> {
  const existing = await store.db.selectFrom('meta').select('value').where('key', '=', 'seeded').executeTakeFirst();
  if (existing) return false;

  const hall = check(Hall, seed.hall, `hall ${seed.hall.code}`);
  // Numbers and queue counters are kept per prefix: one prefix, one category.
  const prefixes = hall.categories.map((category) => category.prefix);
  const shared = prefixes.find((prefix, index) => prefixes.indexOf(prefix) !== index);
  if (shared) throw new Error(`seed data: hall ${hall.code}: prefix ${shared} is used by more than one category`);
  const codes = new Set(hall.categories.map((category) => category.code));
  for (const window of hall.windows) {
    const unknown = window.categories.find((code) => !codes.has(code));
    if (unknown) throw new Error(`seed data: window ${window.id} calls unknown category ${unknown}`);
  }
  const items = seed.items.map((input) => check(ServiceItem, withPinyin(input), `item ${input.code}`));
  const calendars = seed.calendars.map((year) => check(CalendarYear, year, `calendar ${year.year}`));
  const applications = await Promise.all(
    seed.applications.map(async (entry) => {
      const application = check(
        Application,
        { ...entry.application, applicant: entry.applicantName },
        `application ${entry.application.id}`,
      );
      // The name is kept in its own column and answered masked.
      const rest: Partial<typeof application> = { ...application };
      delete rest.applicant;
      return {
        id: application.id,
        secret_hash: await hashSecret(entry.secret),
        applicant_name: entry.applicantName,
        applicant_id_number: entry.applicantIdNumber,
        json: JSON.stringify(rest),
      };
    }),
  );

  return store.write(async (trx) => {
    // The first process to insert the marker seeds; the others find it and skip.
    const marker = await trx
      .insertInto('meta')
      .values({ key: 'seeded', value: zonedTimestamp(store.clock()) })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!marker) return false;

    await trx
      .insertInto('hall')
      .values({ code: hall.code, json: JSON.stringify(hall) })
      .execute();
    const rows = items.map((item, position) => catalogRow(item, position));
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx
        .insertInto('catalog_items')
        .values(rows.slice(i, i + CHUNK))
        .execute();
    }
    for (const year of calendars) {
      await trx
        .insertInto('calendar_years')
        .values({ year: year.year, json: JSON.stringify(year) })
        .execute();
    }
    for (let i = 0; i < applications.length; i += CHUNK) {
      await trx
        .insertInto('applications')
        .values(applications.slice(i, i + CHUNK))
        .execute();
    }
    return true;
  });
}
