import type { Hall } from '@zhengwu/core/contract';
import { zonedTimestamp } from '@zhengwu/core/date';
import type { HallDatabase } from '../db/connect.js';
import { inWriteTransaction } from '../db/transaction.js';
import { findStaff } from './roster.js';
import { hashSecret, newSecret } from './secrets.js';

/**
 * A new credential for `staffId`, replacing the previous one; only its hash is stored. The
 * clerk's live session ends too: whoever held the old credential is signed out.
 */
export async function issueCredential(database: HallDatabase, staffId: string, now: Date = new Date()): Promise<string> {
  const row = await database.db.selectFrom('hall').select('json').executeTakeFirst();
  if (!row) throw new Error('this database has no hall yet: start the hall server once (or import a hall file)');
  const hall = JSON.parse(row.json) as Hall;
  if (!findStaff(hall, staffId)) throw new Error(`there is no staff ${staffId} in ${hall.name} (${hall.code})`);
  const credential = newSecret();
  const hash = hashSecret(credential);
  await inWriteTransaction(database, async (trx) => {
    await trx
      .insertInto('staff_credentials')
      .values({ staff_id: staffId, hash, created_at: zonedTimestamp(now) })
      .onConflict((oc) => oc.column('staff_id').doUpdateSet({ hash, created_at: zonedTimestamp(now) }))
      .execute();
    await trx.deleteFrom('staff_sessions').where('staff_id', '=', staffId).execute();
  });
  return credential;
}
