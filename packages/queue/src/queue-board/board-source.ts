import { getHall, getQueue, subscribeEvents, type HallEventSubscription, type SubscribeOptions } from '@zhengwu/core';
import type { Hall, QueueState } from '@zhengwu/core/contract';

/**
 * What the board needs of the hall: the queue to start from, its public events, and the hall
 * (name, categories). By default the hall API at `api-base`; stories and tests give a fake.
 */
export interface QueueBoardSource {
  queue(signal?: AbortSignal): Promise<QueueState>;
  hall(signal?: AbortSignal): Promise<Hall>;
  events(options: SubscribeOptions): HallEventSubscription;
}

export function hallBoardSource(apiBase: string): QueueBoardSource {
  const target = { baseUrl: apiBase };
  return {
    queue: (signal) => getQueue(target, signal),
    hall: (signal) => getHall(target, signal),
    events: (options) => subscribeEvents(target, options),
  };
}
