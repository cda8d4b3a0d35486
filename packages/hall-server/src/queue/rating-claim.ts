import type { RatingRequest, TicketRatingClaim } from '@zhengwu/core/contract';
import { ApiError } from '../http/errors.js';
import { ratingRequest } from '../ratings/requests.js';
import { toTarget } from '../ratings/rows.js';
import type { AppServices } from '../services.js';
import { heldTicket, printedTicket } from './ticket-holder.js';

type Services = Pick<AppServices, 'store' | 'keys' | 'ratingTokenMs' | 'padRequestMs' | 'zone' | 'shortCodeLimit'>;

const NOT_FOUND = () => new ApiError(404, 'unknown_ticket', 'No ticket matches (the same answer for an unknown ticket and a wrong code).');

/**
 * `POST /tickets/rating-token`: once the ticket's business was completed at a window, the
 * request to rate that transaction, signed as the window's pad gets it. By the phone link
 * (`id` + `secret`) or by what is printed (`number` + `shortCode`, today's tickets only,
 * guess-limited per number and per address: six digits are guessable). 409 `not_completed`
 * before, 409 `already_rated` after the rating.
 */
export async function claimTicketRating(s: Services, claim: TicketRatingClaim, address: string): Promise<RatingRequest> {
  const db = s.store.db;
  let row;
  if ('secret' in claim) {
    row = await heldTicket(db, claim.id, claim.secret);
  } else {
    const day = s.zone.day(s.store.clock());
    const giveBack = await s.shortCodeLimit.reserve(address, `${day}:${claim.number}`);
    row = await printedTicket(db, day, claim.number, claim.shortCode);
    if (row) await giveBack();
  }
  if (!row) throw NOT_FOUND();
  const transaction = await db
    .selectFrom('transactions')
    .selectAll()
    .where('ticket_id', '=', row.id)
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!transaction) {
    throw new ApiError(409, 'not_completed', 'The business of this ticket has not been completed at a window yet.');
  }
  const rated = await db.selectFrom('ratings').select('id').where('transaction_id', '=', transaction.id).executeTakeFirst();
  if (rated) throw new ApiError(409, 'already_rated', 'This transaction has been rated (一次一评).');
  const request = ratingRequest(s, toTarget(transaction));
  if (Date.parse(request.expiresAt) <= s.store.clock().getTime()) {
    throw new ApiError(410, 'rating_token_expired', 'The time to rate this transaction has passed.');
  }
  return request;
}
