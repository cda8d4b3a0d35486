import type { SSEStreamingApi } from 'hono/streaming';
import { eventFor } from '../ratings/requests.js';
import type { AppServices } from '../services.js';
import { eventWindow, readEventsAfter, type StoredEvent } from './log.js';

const REPLAY_PAGE = 500;
const REPLAY_PAGES = 20;

export interface StreamOptions {
  /** Replay the log after this event id first. */
  lastId?: number;
  /** Only events about this window (hall-wide events still pass). */
  window?: string;
  /** The window's pad: rating events included. */
  pad: boolean;
}

/**
 * Writes hall events to one server-sent event stream until it closes: the replay after
 * `lastId`, then live events, without gaps or repeats (live events that arrive during the
 * replay wait in a buffer). Writes are chained so they never interleave; `s.streams` can end it.
 */
export async function pipeEvents(s: AppServices, stream: SSEStreamingApi, options: StreamOptions): Promise<void> {
  const { lastId, window, pad } = options;
  let sentUpTo = lastId ?? 0;
  let live = false;
  const buffered: StoredEvent[] = [];
  let chain: Promise<void> = Promise.resolve();
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const enqueue = (task: () => Promise<unknown>) => {
    chain = chain.then(task).then(
      () => undefined,
      () => finish(),
    );
  };
  const send = (item: StoredEvent) => {
    if (item.id <= sentUpTo) return;
    sentUpTo = item.id;
    const about = eventWindow(item.event);
    if (window && about !== undefined && about !== window) return;
    const event = eventFor(s, item.event, pad);
    if (!event) return;
    enqueue(() => stream.writeSSE({ event: event.type, id: String(item.id), data: JSON.stringify(event) }));
  };

  const unsubscribe = s.store.bus.subscribe((item) => (live ? send(item) : buffered.push(item)));
  const heartbeat = setInterval(() => enqueue(() => stream.write(': heartbeat\n\n')), s.heartbeatMs);
  stream.onAbort(() => finish());
  s.streams.add(finish);
  try {
    enqueue(() => stream.write('retry: 3000\n: connected\n\n'));
    if (lastId !== undefined) {
      for (let page = 0; page < REPLAY_PAGES; page++) {
        const events = await readEventsAfter(s.store.db, sentUpTo, REPLAY_PAGE);
        for (const item of events) send(item);
        if (events.length < REPLAY_PAGE) break;
      }
    }
    live = true;
    for (const item of buffered.splice(0)) send(item);
    await finished;
  } finally {
    clearInterval(heartbeat);
    unsubscribe();
    s.streams.delete(finish);
  }
}
