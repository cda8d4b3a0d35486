import { Hono } from 'hono';
import { calendarYear } from '../calendar/years.js';
import { validate } from '../http/body.js';
import { YearParam } from '../http/schemas.js';
import type { AppServices } from '../services.js';

/** `/api/calendar/:year`: the working-day calendar. */
export function calendarRoutes(s: AppServices): Hono {
  const routes = new Hono();
  routes.get('/:year', async (c) => {
    const year = validate(YearParam, c.req.param('year'), 400);
    return c.json(await calendarYear(s.store.db, year));
  });
  return routes;
}
