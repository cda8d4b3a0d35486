import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { padAuthorized } from '../http/auth.js';
import { validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { EventsQuery } from '../http/schemas.js';
import { eventWindow, readEventsAfter, type StoredEvent } from '../events/log.js';
import { eventFor } from '../ratings/requests.js';
import type { AppServices } from '../services.js';

const REPLAY_PAGE = 500;
const REPLAY_PAGES = 20;

/**
 * Server-sent events. `Last-Event-ID` (or `?lastEventId=`) replays the log after that id,
 * then goes live without gaps or repeats. `?window=3` drops events about other windows;
 * hall-wide events (queue-changed) still pass. Rating events go only to the window's pad:
 * `?window=3` with `Authorization: Bearer <pad token of window 3>`; a wrong token is 401.
 */
export function eventRoutes(s: AppServices): Hono {
  const routes = new Hono();
  routes.get('/', (c) => {
    const query = validate(EventsQuery, c.req.query(), 400);
    const pad = padAuthorized(s.keys, c.req.header('authorization'), query.window);
    const lastRaw = c.req.header('last-event-id') ?? query.lastEventId;
    let lastId: number | undefined;
    if (lastRaw !== undefined && lastRaw.trim() !== '') {
      if (!/^\d{1,15}$/.test(lastRaw.trim())) {
        throw new ApiError(400, 'invalid_parameters', 'Last-Event-ID must be an event id.', [
          { path: 'Last-Event-ID', message: 'an event id' },
        ]);
      }
      lastId = Number(lastRaw.trim());
    }
    c.header('X-Accel-Buffering', 'no');

    return streamSSE(c, async (stream) => {
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
        if (query.window && about !== undefined && about !== query.window) return;
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
    });
  });
  return routes;
}
