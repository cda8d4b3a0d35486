import { getTicket, postTicketRatingClaim, subscribeEvents, type HallEventSubscription, type SubscribeOptions } from '@zhengwu/core';
import type { RatingRequest, Ticket } from '@zhengwu/core/contract';

/**
 * What the phone page needs of the hall: the ticket (for its holder only: id and secret), the
 * ticket's own event stream, and the rating claim once it is done. By default the hall API at
 * `api-base`; stories and tests give a fake.
 */
export interface TicketStatusSource {
  ticket(id: string, secret: string, signal: AbortSignal): Promise<Ticket>;
  /** With `ticket` and `token` (the secret) set: `ticket-changed` events of that ticket alone. */
  events(options: SubscribeOptions): HallEventSubscription;
  claimRating(claim: { id: string; secret: string }, signal: AbortSignal): Promise<RatingRequest>;
}

/** The hall API at `apiBase`. */
export function hallStatusSource(apiBase: string): TicketStatusSource {
  const target = { baseUrl: apiBase };
  return {
    ticket: (id, secret, signal) => getTicket(target, id, secret, signal),
    events: (options) => subscribeEvents(target, options),
    claimRating: (claim, signal) => postTicketRatingClaim(target, claim, signal),
  };
}
