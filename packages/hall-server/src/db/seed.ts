import { Application, CalendarYear, Hall, ServiceItem } from '@zhengwu/core/contract';
import { catalogRow } from '../catalog/catalog-rows.js';
import * as v from 'valibot';
import { hashSecret } from '../progress/secret.js';
import type { SeedApplication, SeedData, ServiceItemInput } from '../seed/types.js';
import type { HallStore } from '../store.js';
import { dateAt, zonedTimestamp } from '@zhengwu/core/date';

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

/** The row of a seed application; the name is kept in its own column and answered masked. */
async function applicationRow(entry: SeedApplication, hash?: string) {
  const application = check(Application, { ...entry.application, applicant: entry.applicantName }, `application ${entry.application.id}`);
  const rest: Partial<typeof application> = { ...application };
  delete rest.applicant;
  return {
    id: application.id,
    secret_hash: hash ?? (await hashSecret(entry.secret)),
    applicant_name: entry.applicantName,
    applicant_id_number: entry.applicantIdNumber,
    json: JSON.stringify(rest),
  };
}

/**
 * A demo hall's applications dated from today, on the calendars the database holds now (a
 * staff import may have changed them). Run at every start; ratings already given are kept.
 */
export async function redateApplications(store: HallStore, seed: SeedData): Promise<number> {
  if (!seed.datedApplications) return 0;
  const rows = await store.db.selectFrom('calendar_years').select('json').execute();
  const calendars = rows.map((row) => JSON.parse(row.json) as CalendarYear);
  const entries = seed.datedApplications(dateAt(store.clock()), calendars);
  const existing = await store.db
    .selectFrom('applications')
    .select(['id', 'secret_hash'])
    .where('id', 'in', entries.length ? entries.map((entry) => entry.application.id) : [''])
    .execute();
  const hashes = new Map(existing.map((row) => [row.id, row.secret_hash]));
  const fresh = await Promise.all(entries.map((entry) => applicationRow(entry, hashes.get(entry.application.id))));
  await store.write(async (trx) => {
    for (const row of fresh) {
      await trx
        .insertInto('applications')
        .values(row)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ json: row.json, applicant_name: row.applicant_name, applicant_id_number: row.applicant_id_number }),
        )
        .execute();
    }
  });
  return fresh.length;
}

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
  const applications = await Promise.all(seed.applications.map((entry) => applicationRow(entry)));

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
      await trx
        .insertInto('calendar_versions')
        .values({ year: year.year, version: 1, json: JSON.stringify(year), imported_at: zonedTimestamp(store.clock()) })
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
