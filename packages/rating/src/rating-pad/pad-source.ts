import { getHall, getPendingRatingRequest, subscribeEvents, type HallEventSubscription, type SubscribeOptions } from '@zhengwu/core';
import type { Hall, PendingRatingRequest } from '@zhengwu/core/contract';

/** A request the pad may still show: what to rate and the token to rate it with. */
export type PadRatingRequest = NonNullable<PendingRatingRequest['request']>;

/**
 * What the pad needs of the hall: its live events, the request made while the pad was off,
 * and the hall itself. By default the hall API at `api-base`; stories and tests give a fake.
 */
export interface RatingPadSource {
  events(options: SubscribeOptions): HallEventSubscription;
  pendingRatingRequest(window: string, token: string, signal?: AbortSignal): Promise<PadRatingRequest | null>;
  hall(signal?: AbortSignal): Promise<Hall>;
}

/** The hall API at `apiBase`. */
export function hallPadSource(apiBase: string): RatingPadSource {
  const target = { baseUrl: apiBase };
  return {
    events: (options) => subscribeEvents(target, options),
    pendingRatingRequest: (window, token, signal) => getPendingRatingRequest(target, window, token, signal),
    hall: (signal) => getHall(target, signal),
  };
}
