import type { HallEvent, RatingRequest, RatingTarget } from '@zhengwu/core/contract';
import { zonedTimestamp } from '@zhengwu/core/date';
import type { StoredEvent } from '../events/log.js';
import { ApiError } from '../http/errors.js';
import type { AppServices } from '../services.js';
import { toTarget } from './rows.js';
import type { HallKeys } from './tokens.js';

type Services = Pick<AppServices, 'keys' | 'ratingTokenMs' | 'padRequestMs' | 'store'>;

/** The request to rate `target`, with a token valid until `expiresAt` (ms). */
export function signedRequest(keys: HallKeys, target: RatingTarget, expiresAt: number): RatingRequest {
  return {
    target,
    token: keys.ratingToken(target.transactionId, target.windowId, expiresAt),
    expiresAt: zonedTimestamp(new Date(expiresAt)),
  };
}

/** The request to rate `target`, with a token that expires `ratingTokenMs` after completion. */
export function ratingRequest(s: Services, target: RatingTarget): RatingRequest {
  return signedRequest(s.keys, target, Date.parse(target.completedAt) + s.ratingTokenMs);
}

/**
 * What a listener may see of an event. The public stream carries no rating events: their
 * transaction ids would let anyone rate someone else's business. A window's pad gets them,
 * each request with its rating token (made when sent, so the log holds no credentials);
 * requests whose token has expired are dropped.
 */
export function eventFor(s: Services, event: HallEvent, pad: boolean): HallEvent | undefined {
  if (event.type !== 'rating-requested' && event.type !== 'rating-received') return event;
  if (!pad) return undefined;
  if (event.type === 'rating-received') return event;
  const request = ratingRequest(s, event.target);
  if (Date.parse(request.expiresAt) <= s.store.clock().getTime()) return undefined;
  return { ...event, token: request.token };
}

/**
 * The request a pad that connects now has missed: the window's latest `rating-requested`
 * within `padRequestMs`, unless it was rated or the clerk has since called the next ticket
 * (that visitor has left). Read from the event log, whose id order is commit order.
 */
export async function pendingRequest(s: Services, windowId: string): Promise<RatingRequest | null> {
  const since = zonedTimestamp(new Date(s.store.clock().getTime() - s.padRequestMs));
  const db = s.store.db;
  const latest = await db
    .selectFrom('events')
    .select(['id', 'payload'])
    .where('created_at', '>=', since)
    .where('window_id', '=', windowId)
    .where('type', '=', 'rating-requested')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return null;
  const event = JSON.parse(latest.payload) as StoredEvent['event'];
  if (event.type !== 'rating-requested') return null;
  const movedOn = await db
    .selectFrom('events')
    .select('id')
    .where('id', '>', latest.id)
    .where('window_id', '=', windowId)
    .where('type', '=', 'ticket-called')
    .limit(1)
    .executeTakeFirst();
  if (movedOn) return null;
  const rated = await db.selectFrom('ratings').select('id').where('transaction_id', '=', event.target.transactionId).executeTakeFirst();
  return rated ? null : ratingRequest(s, event.target);
}

/**
 * A new request to rate a finished, unrated transaction, valid `ratingTokenMs` from now so
 * that a late 一事一评 can still be given. 404 for an unknown transaction, 409 once rated.
 */
export async function freshRatingRequest(s: Services, transactionId: string): Promise<RatingRequest> {
  const db = s.store.db;
  const row = await db.selectFrom('transactions').selectAll().where('id', '=', transactionId).executeTakeFirst();
  if (!row) throw new ApiError(404, 'unknown_transaction', 'No finished transaction has this number.');
  const rated = await db.selectFrom('ratings').select('id').where('transaction_id', '=', transactionId).executeTakeFirst();
  if (rated) throw new ApiError(409, 'already_rated', 'This transaction has been rated (一次一评).');
  return signedRequest(s.keys, toTarget(row), s.store.clock().getTime() + s.ratingTokenMs);
}
