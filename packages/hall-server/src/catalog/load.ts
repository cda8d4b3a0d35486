import type { Kysely } from 'kysely';
import type { ServiceItem } from '@zhengwu/core/contract';
import type { HallDatabase } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import { inWriteTransaction } from '../db/transaction.js';
import { catalogRow } from './catalog-rows.js';

const CHUNK = 100;

/**
 * Replaces the hall's catalog with `items`, in one transaction: the server keeps answering the
 * old catalog until it commits, and never sees half of the new one. A running server reads
 * it at its next start. The database must have been set up by the server first (its seed
 * would otherwise follow and add the demo catalog).
 */
export async function loadCatalog(database: HallDatabase, items: ServiceItem[]): Promise<{ replaced: number }> {
  const seeded = await database.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'seeded')
    .executeTakeFirst()
    .catch(() => undefined);
  if (!seeded) throw new Error('this database has not been set up by the hall server yet: start it once, then import');
  return inWriteTransaction(database, async (trx: Kysely<Database>) => {
    const before = await trx
      .selectFrom('catalog_items')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('catalog_items').execute();
    const rows = items.map((item, position) => catalogRow(item, position));
    for (let i = 0; i < rows.length; i += CHUNK)
      await trx
        .insertInto('catalog_items')
        .values(rows.slice(i, i + CHUNK))
        .execute();
    return { replaced: Number(before.count) };
  });
}
