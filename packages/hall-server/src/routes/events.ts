import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { pipeEvents } from '../events/stream.js';
import { pipeTicket } from '../events/ticket-stream.js';
import { bearer, padAuthorized } from '../http/auth.js';
import { validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { EventsQuery } from '../http/schemas.js';
import { heldTicket } from '../queue/ticket-holder.js';
import type { TicketRow } from '../queue/tickets.js';
import type { AppServices } from '../services.js';

/**
 * Server-sent events. `Last-Event-ID` (or `?lastEventId=`) replays the log after that id,
 * then goes live without gaps or repeats. `?window=3` drops events about other windows;
 * hall-wide events (queue-changed) still pass. Rating events go only to the window's pad:
 * `?window=3` with `Authorization: Bearer <pad token of window 3>`; a wrong token is 401.
 * `?ticket=<id>` with `Authorization: Bearer <the ticket's secret>` is that ticket's own
 * stream (`ticket-changed` only); a wrong secret is 401, so the phone stops retrying.
 */
export function eventRoutes(s: AppServices): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const query = validate(EventsQuery, c.req.query(), 400);
    let ticket: TicketRow | undefined;
    let pad = false;
    if (query.ticket !== undefined) {
      if (query.window !== undefined || query.lastEventId !== undefined) {
        throw new ApiError(400, 'invalid_parameters', 'A ticket stream takes no window or lastEventId.', [
          { path: query.window !== undefined ? 'window' : 'lastEventId', message: 'not with ticket' },
        ]);
      }
      ticket = await heldTicket(s.store.db, query.ticket, bearer(c.req.header('authorization')));
      if (!ticket) {
        throw new ApiError(401, 'unauthorized', "The ticket's secret is required (from its receipt).", undefined, {
          'WWW-Authenticate': 'Bearer realm="ticket"',
        });
      }
    } else {
      pad = padAuthorized(s.keys, c.req.header('authorization'), query.window);
    }
    const lastRaw = ticket ? undefined : (c.req.header('last-event-id') ?? query.lastEventId);
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
          const drop = () => socket?.destroy();
          if (ticket) await pipeTicket(s, stream, ticket, drop);
          else await pipeEvents(s, stream, { lastId, window: query.window, pad, drop });
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
