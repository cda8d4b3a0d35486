import { getHall, getQueue, postTicket, subscribeEvents, type HallEventSubscription, type SubscribeOptions } from '@zhengwu/core';
import type { Hall, QueueState, TicketReceipt, TicketRequest } from '@zhengwu/core/contract';

/**
 * What the ticket screen needs of the hall: the hall (categories, name), the live queue, its
 * public events, and taking a ticket. By default the hall API at `api-base`; stories and tests
 * give a fake.
 */
export interface QueueTicketSource {
  hall(signal: AbortSignal): Promise<Hall>;
  queue(signal: AbortSignal): Promise<QueueState>;
  events(options: SubscribeOptions): HallEventSubscription;
  /** The same `idempotencyKey` on a retry: the hall answers the first ticket again. */
  take(request: TicketRequest, signal: AbortSignal, idempotencyKey: string): Promise<TicketReceipt>;
}

/** The hall API at `apiBase`; a self-service kiosk passes its `kioskToken` (no anonymous limits). */
export function hallTicketSource(apiBase: string, kioskToken?: string): QueueTicketSource {
  const target = { baseUrl: apiBase, ...(kioskToken ? { kioskToken } : {}) };
  return {
    hall: (signal) => getHall(target, signal),
    queue: (signal) => getQueue(target, signal),
    events: (options) => subscribeEvents(target, options),
    take: (request, signal, key) => postTicket(target, request, signal, key),
  };
}
