import { Hono } from 'hono';
import type { AppServices } from '../services.js';

/** `/api/hall`: windows, queue categories and rating reasons. */
export function hallRoutes(s: AppServices): Hono {
  const routes = new Hono();
  routes.get('/', (c) => c.json(s.hall));
  return routes;
}
