import { ZwOfflineError, type ConnectionState, type HallEventSubscription, type SubscribeOptions } from '@zhengwu/core';

/** The hall API module; a load that fails (the network is down) counts as offline. */
export function hallApi(apiBase: string): Promise<typeof import('./hall-api.js')> {
  return import('./hall-api.js').catch((error: unknown) => {
    throw new ZwOfflineError(apiBase, { cause: error });
  });
}

/**
 * `subscribeEvents` with the module loaded first: returned at once (as `EventStreamController`
 * needs), `connecting` until the stream itself reports.
 */
export function lazySubscription(apiBase: string, options: SubscribeOptions): HallEventSubscription {
  let inner: HallEventSubscription | undefined;
  let closed = false;
  const state: ConnectionState = 'connecting';
  options.onState?.(state);
  void hallApi(apiBase).then(
    ({ subscribeEvents }) => {
      if (!closed) inner = subscribeEvents({ baseUrl: apiBase }, options);
    },
    () => options.onState?.('reconnecting'),
  );
  return {
    close() {
      closed = true;
      inner?.close();
    },
    reconnectNow: () => inner?.reconnectNow(),
    get lastEventId() {
      return inner?.lastEventId;
    },
    get state() {
      return inner?.state ?? (closed ? 'closed' : state);
    },
    get attempt() {
      return inner?.attempt ?? 0;
    },
    get nextAttemptAt() {
      return inner?.nextAttemptAt;
    },
  };
}
