import { Hono } from 'hono';
import { staffAuth } from '../http/auth.js';
import { validate } from '../http/body.js';
import { TransactionId } from '../http/schemas.js';
import { freshRatingRequest } from '../ratings/requests.js';
import type { AppServices } from '../services.js';

/** `/api/transactions/:id/…`: for the hall's own systems (staff token). */
export function transactionRoutes(s: AppServices): Hono {
  const routes = new Hono();
  // A fresh rating token, e.g. for a portal's 一事一评.
  routes.post('/:id/rating-token', staffAuth(s.staffToken), async (c) => {
    const id = validate(TransactionId, c.req.param('id'), 400);
    const request = await freshRatingRequest(s, id);
    c.header('Cache-Control', 'no-store');
    return c.json(request);
  });
  return routes;
}
