import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { ProgressQuery } from '@zhengwu/core/contract';
import { validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import type { AppServices } from '../services.js';

/** One answer for "no such number" and "wrong secret": the number alone reveals nothing. */
const NOT_FOUND = () => new ApiError(404, 'application_not_found', 'No application matches this number and secret.');

/** `/api/progress`: 办件进度 by number and secret. */
export function progressRoutes(s: AppServices): Hono {
  const routes = new Hono();
  routes.get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    // The socket's address: a forwarded-for header is the client's to forge.
    const client = getConnInfo(c).remote.address ?? 'unknown';
    const retryAfter = s.progressLimiter.hit(client);
    if (retryAfter > 0) {
      throw new ApiError(429, 'too_many_requests', 'Too many lookups; wait and try again.', undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    const query = validate(ProgressQuery, c.req.query(), 400);
    const application = await s.progress.lookup(query.id, query.secret);
    if (!application) throw NOT_FOUND();
    return c.json(application);
  });
  return routes;
}
