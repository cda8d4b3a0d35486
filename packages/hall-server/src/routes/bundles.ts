import { Hono } from 'hono';
import * as v from 'valibot';
import { Code } from '@zhengwu/core/contract';
import { bundleGuide, listBundles } from '../bundles/bundle-store.js';
import { ApiError } from '../http/errors.js';
import type { AppServices } from '../services.js';

/** `/api/catalog/bundles`: the 一件事 bundles and one bundle's guide, read-only. */
export function bundleRoutes(s: AppServices): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json({ bundles: await listBundles(s.store) });
  });

  routes.get('/:code', async (c) => {
    const code = c.req.param('code');
    const guide = v.is(Code, code) ? await bundleGuide(s.store, s.catalog, code) : undefined;
    if (!guide) throw new ApiError(404, 'unknown_bundle', 'There is no bundle with this code.');
    return c.json(guide);
  });
  return routes;
}
