import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { pipeEvents } from '../events/stream.js';
import { padAuthorized } from '../http/auth.js';
import { validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { EventsQuery } from '../http/schemas.js';
import type { AppServices } from '../services.js';

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
    const release = s.streamLimits.acquire(s.proxies.clientOf(c));
    const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
    c.header('X-Accel-Buffering', 'no');
    c.header('Cache-Control', 'no-store');
    try {
      return streamSSE(c, async (stream) => {
        try {
          await pipeEvents(s, stream, { lastId, window: query.window, pad, drop: () => socket?.destroy() });
        } finally {
          release();
        }
      });
    } catch (error) {
      release();
      throw error;
    }
  });
  return routes;
}
