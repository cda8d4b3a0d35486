import type { Hall } from '@zhengwu/core/contract';
import type { HallDatabase } from '../db/connect.js';
import { inWriteTransaction } from '../db/transaction.js';
import { hallStaff } from '../staff/roster.js';
import { requireSetUp } from './database.js';

/**
 * Replaces the hall record in one transaction. Credentials of staff who left the hall and
 * sessions at windows or of staff that are gone end with it. A running server serves the new
 * hall from its next start.
 */
export async function importHall(database: HallDatabase, hall: Hall): Promise<{ replaced: string | undefined }> {
  await requireSetUp(database);
  const staffIds = hallStaff(hall).map((person) => person.id);
  const windowIds = hall.windows.map((window) => window.id);
  return inWriteTransaction(database, async (trx) => {
    const before = await trx.selectFrom('hall').select('code').executeTakeFirst();
    await trx.deleteFrom('hall').execute();
    await trx
      .insertInto('hall')
      .values({ code: hall.code, json: JSON.stringify(hall) })
      .execute();
    const gone = (ids: string[]) => (ids.length > 0 ? ids : ['']);
    await trx.deleteFrom('staff_credentials').where('staff_id', 'not in', gone(staffIds)).execute();
    await trx.deleteFrom('staff_sessions').where('staff_id', 'not in', gone(staffIds)).execute();
    await trx.deleteFrom('staff_sessions').where('window_id', 'not in', gone(windowIds)).execute();
    return { replaced: before?.code };
  });
}
