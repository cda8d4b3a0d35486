import { Hono } from 'hono';
import * as v from 'valibot';
import { TicketRequest } from '@zhengwu/core/contract';
import { bearer } from '../http/auth.js';
import { readJson } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { TicketId } from '../http/schemas.js';
import { currentTicket } from '../queue/tickets.js';
import type { AppServices } from '../services.js';

/**
 * `/api/tickets`: visitors take a ticket and follow it. A kiosk (`Authorization: Bearer <kiosk
 * token>`) issues at full speed; anonymous issuing (a phone, a portal) is limited per client
 * address and category, takes at most its share of a category's numbers, and can be off.
 */
export function ticketRoutes(s: AppServices): Hono {
  const routes = new Hono();

  routes.post('/', async (c) => {
    const header = c.req.header('authorization');
    const token = bearer(header);
    const kiosk = token ? s.keys.kioskOf(token) : undefined;
    if (header !== undefined && !kiosk) {
      throw new ApiError(401, 'unauthorized', 'The kiosk token is not valid.', undefined, { 'WWW-Authenticate': 'Bearer realm="kiosk"' });
    }
    if (!kiosk && !s.anonymousTickets.enabled) {
      throw new ApiError(403, 'anonymous_tickets_disabled', 'Tickets are issued at the hall’s kiosks only.');
    }
    const { value } = await readJson(c, TicketRequest, s.bodyLimitBytes);
    const category = s.hall.categories.find((item) => item.code === value.category);
    if (!category) {
      throw new ApiError(422, 'unknown_category', 'There is no queue category with this code.', [
        { path: 'category', message: 'not a category of this hall' },
      ]);
    }
    if (!kiosk) {
      const key = `tickets:${s.proxies.clientOf(c)}:${category.code}`;
      const tooMany = (windowEnds: number) =>
        new ApiError(429, 'too_many_tickets', 'Too many tickets from this device; take one at a kiosk in the hall.', undefined, {
          'Retry-After': String(s.counter.retryAfter(windowEnds)),
        });
      const blocked = s.counter.blockedUntil(key);
      if (blocked !== undefined) throw tooMany(blocked);
      const used = await s.counter.add(key, 3_600_000);
      if (used.count > s.anonymousTickets.perClientHour) {
        s.counter.block(key, used.windowEnds);
        throw tooMany(used.windowEnds);
      }
    }
    const ticket = await s.issuer.issue({
      category,
      priority: value.priority ?? false,
      appointmentCode: value.appointmentCode,
      anonymous: !kiosk,
    });
    c.header('Location', `/api/tickets/${ticket.id}`);
    c.header('Cache-Control', 'no-store');
    return c.json(ticket, 201);
  });

  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const ticket = v.is(TicketId, id) ? await currentTicket(s.store.db, s.hall, s.estimator, id) : undefined;
    if (!ticket) throw new ApiError(404, 'unknown_ticket', 'There is no ticket with this id.');
    c.header('Cache-Control', 'no-store');
    return c.json(ticket);
  });
  return routes;
}
