import { Hono } from 'hono';
import * as v from 'valibot';
import { TicketRequest } from '@zhengwu/core/contract';
import { readJson } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { TicketId } from '../http/schemas.js';
import { currentTicket } from '../queue/tickets.js';
import type { AppServices } from '../services.js';

/** `/api/tickets`: visitors take a ticket and follow it. */
export function ticketRoutes(s: AppServices): Hono {
  const routes = new Hono();

  routes.post('/', async (c) => {
    const { value } = await readJson(c, TicketRequest, s.bodyLimitBytes);
    const category = s.hall.categories.find((item) => item.code === value.category);
    if (!category) {
      throw new ApiError(422, 'unknown_category', 'There is no queue category with this code.', [
        { path: 'category', message: 'not a category of this hall' },
      ]);
    }
    const ticket = await s.issuer.issue(category, value.priority ?? false, value.appointmentCode);
    c.header('Location', `/api/tickets/${ticket.id}`);
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
