import type { Hono } from 'hono';
import * as v from 'valibot';
import { CompleteRequest, TicketRequest } from '@zhengwu/core/contract';
import type { AppServices } from '../context.js';
import { staffAuth } from '../http/auth.js';
import { readJson, validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { TicketId, WindowId } from '../http/schemas.js';
import { countAhead } from '../queue/tickets.js';
import { toTicket } from '../queue/tickets.js';
import { ratingRequest } from '../ratings/requests.js';

/** Tickets (visitors) and window actions (clerks, with the staff token). */
export function queueRoutes(app: Hono, s: AppServices): void {
  app.post('/api/tickets', async (c) => {
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

  app.get('/api/tickets/:id', async (c) => {
    const id = c.req.param('id');
    const row = v.is(TicketId, id)
      ? await s.store.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined;
    if (!row) throw new ApiError(404, 'unknown_ticket', 'There is no ticket with this id.');
    const ahead = await countAhead(s.store.db, row);
    const minutes = row.status === 'waiting' ? await s.estimator.minutesPerPerson(row.category) : 0;
    c.header('Cache-Control', 'no-store');
    return c.json(toTicket(row, s.hall, ahead, s.estimator.estimate(ahead, minutes)));
  });

  const auth = staffAuth(s.staffToken);
  const windowId = (param: string) => validate(WindowId, param, 400);

  app.post('/api/windows/:window/call-next', auth, async (c) => {
    await readJson(c, v.strictObject({}), s.bodyLimitBytes, { emptyAs: {} });
    return c.json(await s.windows.callNext(windowId(c.req.param('window'))));
  });

  app.post('/api/windows/:window/recall', auth, async (c) => {
    await readJson(c, v.strictObject({}), s.bodyLimitBytes, { emptyAs: {} });
    return c.json(await s.windows.recall(windowId(c.req.param('window'))));
  });

  app.post('/api/windows/:window/complete', auth, async (c) => {
    const { value } = await readJson(c, CompleteRequest, s.bodyLimitBytes, { emptyAs: {} });
    const result = await s.windows.complete(windowId(c.req.param('window')), value);
    if (result.rating) result.ratingToken = ratingRequest(s, result.rating).token;
    c.header('Cache-Control', 'no-store');
    return c.json(result);
  });
}
