import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppServices } from './context.js';
import { corsFor } from './http/cors.js';
import { ApiError, errorBody } from './http/errors.js';
import { eventRoutes } from './routes/events.js';
import { infoRoutes } from './routes/info.js';
import { openApiRoutes } from './routes/openapi.js';
import { progressRoutes } from './routes/progress.js';
import { queueRoutes } from './routes/queue.js';
import { ratingRoutes } from './routes/ratings.js';

export function createApp(s: AppServices): Hono {
  const app = new Hono();

  // Every path, 404s and errors included: a portal page can then read why a call failed
  // ("not a hall API" vs "origin refused") instead of seeing an opaque network error.
  app.use('*', corsFor(s.corsOrigins));
  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });

  infoRoutes(app, s);
  queueRoutes(app, s);
  eventRoutes(app, s);
  progressRoutes(app, s);
  ratingRoutes(app, s);
  openApiRoutes(app);

  app.notFound((c) => c.json(errorBody('not_found', 'There is no such resource.'), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
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
