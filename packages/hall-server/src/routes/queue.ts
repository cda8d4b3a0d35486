import { Hono } from 'hono';
import type { AppServices } from '../services.js';

/**
 * `/api/queue` (public): what a ticket screen, a board or a counter starts from: per category
 * waiting, the wait for a ticket taken now, open or why closed; the windows; the last calls.
 * Answered from memory until an event changes it.
 */
export function queueRoutes(s: AppServices): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    const body = await s.queueState.json();
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(body);
  });
  return routes;
}
