import { Hono } from 'hono';
import { CalendarImport } from '@zhengwu/core/contract';
import { importCalendar } from '../calendar/import.js';
import { calendarYear } from '../calendar/years.js';
import { staffAuth } from '../http/auth.js';
import { readJson, validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { YearParam } from '../http/schemas.js';
import type { AppServices } from '../services.js';

/** A whole year of days in the public data sets' shape is about 10 KB. */
const IMPORT_LIMIT_BYTES = 64 * 1024;

/** `/api/calendar/:year`: the working-day calendar; staff replace a year with a published one. */
export function calendarRoutes(s: AppServices): Hono {
  const routes = new Hono();
  routes.get('/:year', async (c) => {
    const year = validate(YearParam, c.req.param('year'), 400);
    return c.json(await calendarYear(s.store.db, year));
  });
  routes.put('/:year', staffAuth(s.staffToken), async (c) => {
    const year = validate(YearParam, c.req.param('year'), 400);
    const { value } = await readJson(c, CalendarImport, IMPORT_LIMIT_BYTES);
    if (value.year !== year) {
      throw new ApiError(422, 'invalid_body', `The days are for ${value.year}, not ${year}.`, [{ path: 'year', message: `not ${year}` }]);
    }
    const { calendar, changed } = await importCalendar(s.store, value);
    return c.json(calendar, changed ? 201 : 200);
  });
  return routes;
}
