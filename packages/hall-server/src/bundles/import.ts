import type { Kysely } from 'kysely';
import * as v from 'valibot';
import { ServiceBundle, issuePath } from '@zhengwu/core/contract';
import type { HallDatabase } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { inWriteTransaction } from '../db/transaction.js';

/** A bundles file: `{ "bundles": [...] }` or the array alone. */
const BundlesFile = v.union([v.object({ bundles: v.array(v.unknown()) }), v.array(v.unknown())]);
const MAX_BUNDLES = 500;

/** Checks a bundles file against the contract: the bundles, or every problem as `bundle INDEX (CODE): PATH: MESSAGE`. */
export function parseBundles(text: string): { bundles: ServiceBundle[]; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { bundles: [], errors: [`Invalid JSON: ${(error as Error).message}`] };
  }
  const file = v.safeParse(BundlesFile, json);
  if (!file.success) return { bundles: [], errors: ['expected { "bundles": [...] } or an array of bundles'] };
  const entries = Array.isArray(file.output) ? file.output : file.output.bundles;
  if (entries.length > MAX_BUNDLES) return { bundles: [], errors: [`at most ${MAX_BUNDLES} bundles, got ${entries.length}`] };
  const bundles: ServiceBundle[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const code = (entry as { code?: unknown } | null)?.code;
    const label = `bundle ${index}${typeof code === 'string' ? ` (${code})` : ''}`;
    const result = v.safeParse(ServiceBundle, entry);
    if (!result.success) {
      for (const issue of result.issues) errors.push(`${label}: ${issuePath(issue) || '(root)'}: ${issue.message}`);
      return;
    }
    if (seen.has(result.output.code)) errors.push(`${label}: code: used by an earlier bundle`);
    seen.add(result.output.code);
    bundles.push(result.output);
  });
  return { bundles, errors };
}

/**
 * Replaces the hall's bundles, all or nothing, after checking that every item a bundle lists is
 * in the catalog. The server reads bundles at each request: no restart needed. Marks the
 * database so that the seed's bundles are never added on top.
 */
export async function loadBundles(database: HallDatabase, bundles: ServiceBundle[]): Promise<{ replaced: number }> {
  const seeded = await database.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'seeded')
    .executeTakeFirst()
    .catch(() => undefined);
  if (!seeded) throw new Error('this database has not been set up by the hall server yet: start it once, then import');
  return inWriteTransaction(database, async (trx: Kysely<Database>) => {
    const codes = [...new Set(bundles.flatMap((bundle) => bundle.items))];
    const found = codes.length ? await trx.selectFrom('catalog_items').select('code').where('code', 'in', codes).execute() : [];
    const known = new Set(found.map((row) => row.code));
    const missing = bundles.flatMap((bundle) => bundle.items.filter((code) => !known.has(code)).map((code) => `${bundle.code}: ${code}`));
    if (missing.length) throw new Error(`items not in the catalog: ${missing.slice(0, 10).join(', ')}`);
    const before = await trx
      .selectFrom('catalog_bundles')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('catalog_bundles').execute();
    if (bundles.length) {
      await trx
        .insertInto('catalog_bundles')
        .values(bundles.map((bundle, position) => ({ code: bundle.code, position, json: JSON.stringify(bundle) })))
        .execute();
    }
    await trx
      .insertInto('meta')
      .values({ key: 'bundles-seeded', value: 'imported' })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'imported' }))
      .execute();
    return { replaced: Number(before.count) };
  });
}
