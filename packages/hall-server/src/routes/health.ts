import { Hono } from 'hono';
import type { Health } from '@zhengwu/core/contract';
import { zonedTimestamp } from '@zhengwu/core/date';
import { ApiError } from '../http/errors.js';
import type { AppServices } from '../services.js';

/** `/api/health`: up when the database answers. */
export function healthRoutes(s: AppServices): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    if (!(await s.store.ping())) throw new ApiError(503, 'database_unavailable', 'The database does not answer.');
    const body: Health = { status: 'ok', database: s.store.kind, time: zonedTimestamp(s.store.clock()) };
    return c.json(body);
  });
  return routes;
}
