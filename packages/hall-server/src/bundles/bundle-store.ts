import { ServiceBundle, type ServiceItem } from '@zhengwu/core/contract';
import * as v from 'valibot';
import type { CatalogCache } from '../items/catalog-cache.js';
import type { HallStore } from '../store.js';

const MARKER = 'bundles-seeded';

/**
 * Writes the seed's bundles once per database (also into one seeded before bundles existed),
 * after checking each against the contract. A bundle naming an item the catalog lacks (a hall
 * that imported its own catalog) is left out with a warning: the server still starts.
 */
export async function seedBundlesOnce(store: HallStore, bundles: readonly ServiceBundle[]): Promise<boolean> {
  if (bundles.length === 0) return false;
  const done = await store.db.selectFrom('meta').select('value').where('key', '=', MARKER).executeTakeFirst();
  if (done) return false;
  const checked = bundles.map((bundle) => {
    const result = v.safeParse(ServiceBundle, bundle);
    if (!result.success) throw new Error(`seed data: bundle ${bundle.code} is invalid: ${result.issues[0].message}`);
    return result.output;
  });
  const codes = [...new Set(checked.flatMap((bundle) => bundle.items))];
  const found = await store.db.selectFrom('catalog_items').select('code').where('code', 'in', codes).execute();
  const known = new Set(found.map((row) => row.code));
  const complete = checked.filter((bundle) => {
    const missing = bundle.items.find((code) => !known.has(code));
    if (missing) console.warn(`bundle ${bundle.code} left out: the catalog has no item ${missing}`);
    return !missing;
  });
  return store.write(async (trx) => {
    const marker = await trx
      .insertInto('meta')
      .values({ key: MARKER, value: '1' })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!marker) return false;
    if (complete.length === 0) return true;
    const rows = complete.map((bundle, position) => ({ code: bundle.code, position, json: JSON.stringify(bundle) }));
    await trx
      .insertInto('catalog_bundles')
      .values(rows)
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    return true;
  });
}

/** Every bundle, in catalog order. */
export async function listBundles(store: HallStore): Promise<ServiceBundle[]> {
  const rows = await store.db.selectFrom('catalog_bundles').select('json').orderBy('position').execute();
  return rows.map((row) => JSON.parse(row.json) as ServiceBundle);
}

/**
 * One bundle and its items' guides in its order; an item the catalog no longer has (a later
 * import removed it) is left out rather than failing the whole bundle.
 */
export async function bundleGuide(
  store: HallStore,
  catalog: CatalogCache,
  code: string,
): Promise<{ bundle: ServiceBundle; items: ServiceItem[] } | undefined> {
  const row = await store.db.selectFrom('catalog_bundles').select('json').where('code', '=', code).executeTakeFirst();
  if (!row) return undefined;
  const bundle = JSON.parse(row.json) as ServiceBundle;
  const items = await Promise.all(bundle.items.map((item) => catalog.item(store.db, item)));
  return { bundle, items: items.filter((item): item is ServiceItem => item !== undefined) };
}
