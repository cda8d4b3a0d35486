import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { corsFor } from './http/cors.js';
import { ApiError, errorBody } from './http/errors.js';
import { bundleRoutes } from './routes/bundles.js';
import { calendarRoutes } from './routes/calendar.js';
import { catalogRoutes } from './routes/catalog.js';
import { eventRoutes } from './routes/events.js';
import { hallRoutes } from './routes/hall.js';
import { healthRoutes } from './routes/health.js';
import { openApiRoutes } from './routes/openapi.js';
import { progressRoutes } from './routes/progress.js';
import { queueRoutes } from './routes/queue.js';
import { ratingRoutes } from './routes/ratings.js';
import { staffRoutes } from './routes/staff.js';
import { ticketRoutes } from './routes/tickets.js';
import { transactionRoutes } from './routes/transactions.js';
import { windowRoutes } from './routes/windows.js';
import type { AppServices } from './services.js';

export function createApp(s: AppServices): Hono {
  const app = new Hono();

  // Every path, 404s and errors included: a portal page can then read why a call failed
  // ("not a hall API" vs "origin refused") instead of seeing an opaque network error.
  app.use('*', corsFor(s.corsOrigins));
  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });

  // One group per resource; src/openapi/document.ts describes each path (a test compares them).
  app.route('/api/health', healthRoutes(s));
  app.route('/api/hall', hallRoutes(s));
  // Before /api/catalog, whose /:code would take `bundles` for an item code.
  app.route('/api/catalog/bundles', bundleRoutes(s));
  app.route('/api/catalog', catalogRoutes(s));
  app.route('/api/calendar', calendarRoutes(s));
  app.route('/api/tickets', ticketRoutes(s));
  app.route('/api/queue', queueRoutes(s));
  app.route('/api/windows', windowRoutes(s));
  app.route('/api/windows', staffRoutes(s));
  app.route('/api/events', eventRoutes(s));
  app.route('/api/progress', progressRoutes(s));
  app.route('/api/ratings', ratingRoutes(s));
  app.route('/api/transactions', transactionRoutes(s));
  app.route('/api/openapi.json', openApiRoutes());

  app.notFound((c) => c.json(errorBody('not_found', 'There is no such resource.'), 404));
  app.onError(async (error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
      // A refusal for going too fast is answered slowly: a client looping on it waits too,
      // and the wait costs this server a timer, not work.
      // Wrong credentials likewise: guessing a token costs the guesser time.
      if ((error.status === 429 || error.status === 401) && s.tarpitMs > 0) await new Promise((resolve) => setTimeout(resolve, s.tarpitMs));
      return c.json(error.body(), error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody('bad_request', error.message || 'The request could not be read.'), error.status);
    }
    // Details stay in the server log; the client learns nothing about the internals.
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.json(errorBody('internal_error', 'Something went wrong on the server.'), 500);
  });
  return app;
}
