import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** `Authorization: Bearer <staff token>` for the clerk's window actions. */
export function staffAuth(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (_c, next) => {
    const header = _c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    // Compare digests so that timing reveals neither content nor length.
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      throw new ApiError(401, 'unauthorized', 'A valid staff token is required.', undefined, {
        'WWW-Authenticate': 'Bearer realm="hall"',
      });
    }
    await next();
  };
}
