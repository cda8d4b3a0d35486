import { sql } from 'kysely';
import type { Hono } from 'hono';
import * as v from 'valibot';
import type { CalendarYear, Health } from '@zhengwu/core/contract';
import type { AppServices } from '../context.js';
import { validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { ItemCode, YearParam } from '../http/schemas.js';
import { zonedTimestamp } from '@zhengwu/core/date';

/** Health, hall, catalog and calendar: read-only. */
export function infoRoutes(app: Hono, s: AppServices): void {
  app.get('/api/health', async (c) => {
    try {
      await sql`select 1`.execute(s.store.db);
    } catch {
      throw new ApiError(503, 'database_unavailable', 'The database does not answer.');
    }
    const body: Health = { status: 'ok', database: s.store.kind, time: zonedTimestamp(s.store.clock()) };
    return c.json(body);
  });

  app.get('/api/hall', (c) => c.json(s.hall));

  app.get('/api/catalog', (c) => {
    c.header('ETag', s.catalog.etag);
    c.header('Cache-Control', 'no-cache');
    if (s.catalog.matches(c.req.header('if-none-match'))) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(s.catalog.body);
  });

  // Registered before /api/catalog/:code, which would take it for an item code.
  app.get('/api/catalog/search-index', (c) => {
    c.header('ETag', s.catalog.etag);
    c.header('Cache-Control', 'no-cache');
    if (s.catalog.matches(c.req.header('if-none-match'))) return c.body(null, 304);
    c.header('Content-Type', 'application/octet-stream');
    return c.body(s.catalog.searchIndex);
  });

  app.get('/api/catalog/:code', async (c) => {
    const code = c.req.param('code');
    const item = v.is(ItemCode, code) ? await s.catalog.item(s.store.db, code) : undefined;
    if (!item) throw new ApiError(404, 'unknown_service_item', 'There is no service item with this code.');
    return c.json(item);
  });

  app.get('/api/calendar/:year', async (c) => {
    const year = validate(YearParam, c.req.param('year'), 400);
    const row = await s.store.db.selectFrom('calendar_years').select('json').where('year', '=', year).executeTakeFirst();
    // A year the State Council has not published: weekends only, marked provisional.
    const body: CalendarYear = row ? (JSON.parse(row.json) as CalendarYear) : { year, provisional: true, holidays: [], workdays: [] };
    return c.json(body);
  });
}
