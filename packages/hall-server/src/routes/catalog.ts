import { Hono } from 'hono';
import * as v from 'valibot';
import { ApiError } from '../http/errors.js';
import { ItemCode } from '../http/schemas.js';
import type { AppServices } from '../services.js';

/** `/api/catalog`: summaries, the search index and one item's 办事指南, read-only. */
export function catalogRoutes(s: AppServices): Hono {
  const routes = new Hono();

  routes.get('/', (c) => {
    c.header('ETag', s.catalog.etag);
    c.header('Cache-Control', 'no-cache');
    if (s.catalog.matches(c.req.header('if-none-match'))) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(s.catalog.body);
  });

  // Registered before /:code, which would take it for an item code.
  routes.get('/search-index', (c) => {
    c.header('ETag', s.catalog.etag);
    c.header('Cache-Control', 'no-cache');
    if (s.catalog.matches(c.req.header('if-none-match'))) return c.body(null, 304);
    c.header('Content-Type', 'application/octet-stream');
    c.header('Vary', 'Accept-Encoding');
    const { body, encoding } = s.catalog.searchIndexFor(c.req.header('accept-encoding'));
    if (encoding) c.header('Content-Encoding', encoding);
    return c.body(body);
  });

  routes.get('/:code', async (c) => {
    const code = c.req.param('code');
    const item = v.is(ItemCode, code) ? await s.catalog.item(s.store.db, code) : undefined;
    if (!item) throw new ApiError(404, 'unknown_service_item', 'There is no service item with this code.');
    return c.json(item);
  });
  return routes;
}
