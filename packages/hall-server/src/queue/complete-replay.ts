import type { Kysely } from 'kysely';
import type { CompleteRequest, WindowActionResult } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { requestHash } from '../ratings/canonical.js';

/**
 * A retried `complete` (its answer was lost) gets the first answer again, so the visitor can
 * still rate. It is the same when it names the same transaction at the same window for the
 * same item, or repeats an Idempotency-Key with the same body; anything else is 409.
 */
export function completeKey(windowId: string, key: string): string {
  return `complete:${windowId}:${key}`;
}

export function completeHash(request: CompleteRequest): string {
  return requestHash({ serviceItemCode: request.serviceItemCode ?? null, transactionId: request.transactionId ?? null });
}

const conflict = () =>
  new ApiError(409, 'transaction_exists', 'This transaction was completed before, at another window or for another item.', [
    { path: 'transactionId', message: 'already recorded' },
  ]);

/** The first answer for this transaction id, when this request repeats it; 409 when it differs. */
export async function answerForTransaction(
  db: Kysely<Database>,
  transactionId: string,
  windowId: string,
  request: CompleteRequest,
): Promise<WindowActionResult | undefined> {
  const row = await db
    .selectFrom('transactions')
    .select(['window_id', 'service_item_code', 'answer'])
    .where('id', '=', transactionId)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.window_id !== windowId || (row.service_item_code ?? undefined) !== request.serviceItemCode || !row.answer) throw conflict();
  return JSON.parse(row.answer) as WindowActionResult;
}

/** The first answer under this Idempotency-Key at this window; 409 for another body. */
export async function answerForKey(db: Kysely<Database>, key: string, hash: string): Promise<WindowActionResult | undefined> {
  const row = await db.selectFrom('idempotency_keys').select(['request_hash', 'response']).where('key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  if (row.request_hash !== hash) {
    throw new ApiError(409, 'idempotency_key_reused', 'This Idempotency-Key was used with a different body.', [
      { path: 'Idempotency-Key', message: 'used before with another body' },
    ]);
  }
  return JSON.parse(row.response) as WindowActionResult;
}
