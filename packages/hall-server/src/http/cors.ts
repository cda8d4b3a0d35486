import type { MiddlewareHandler } from 'hono';

// PUT: the staff calendar import, from a staff page on an allowed origin.
const ALLOW_METHODS = 'GET,POST,PUT,OPTIONS';
const ALLOW_HEADERS = 'Content-Type,Authorization,Idempotency-Key,Last-Event-ID,If-None-Match';
const EXPOSE_HEADERS = 'ETag,Retry-After,Location';

/**
 * CORS for the listed origins only (none by default: same-origin pages need none). Headers
 * are set before the handler runs: adding them to a finished response would copy it.
 */
export function corsFor(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allow = origin !== undefined && allowed.has(origin);
    c.header('Vary', 'Origin');
    if (allow) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    if (c.req.method === 'OPTIONS') {
      if (allow) {
        c.header('Access-Control-Allow-Methods', ALLOW_METHODS);
        c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
        c.header('Access-Control-Max-Age', '600');
      }
      return c.body(null, 204);
    }
    await next();
  };
}
