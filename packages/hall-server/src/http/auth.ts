import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { HallKeys } from '../ratings/tokens.js';
import type { StaffDesk } from '../staff/staff-desk.js';
import { ApiError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The token of `Authorization: Bearer <token>`, or undefined without the header. */
export function bearer(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
}

/** `Authorization: Bearer <staff token>` for the clerk's window actions. */
export function staffAuth(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (_c, next) => {
    const given = bearer(_c.req.header('authorization'));
    // Compare digests so that timing reveals neither content nor length.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      throw new ApiError(401, 'unauthorized', 'A valid staff token is required.', undefined, {
        'WWW-Authenticate': 'Bearer realm="hall"',
      });
    }
    await next();
  };
}

/**
 * A window action: the hall's staff token (back office), or the session of a clerk signed in
 * at THIS window; a session of another window is 403.
 */
export function windowAuth(token: string, desk: () => StaffDesk): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const given = bearer(c.req.header('authorization'));
    if (!given || !timingSafeEqual(digest(given), expected)) {
      const session = given ? await desk().session(given) : undefined;
      if (!session) {
        throw new ApiError(401, 'unauthorized', 'A valid staff token or a session of this window is required.', undefined, {
          'WWW-Authenticate': 'Bearer realm="hall"',
        });
      }
      if (session.window !== c.req.param('window')) throw new ApiError(403, 'other_window', 'This session belongs to another window.');
    }
    await next();
  };
}

/**
 * Checks `Authorization: Bearer <pad token>` for `windowId` (compared in constant time).
 * Returns false when the request has no Authorization header at all; throws 401 when it has
 * one that is not the pad token of that window.
 */
export function padAuthorized(keys: HallKeys, header: string | undefined, windowId: string | undefined): boolean {
  const given = bearer(header);
  if (given === undefined) return false;
  if (!given || windowId === undefined || !keys.isPadToken(windowId, given)) throw padRefused();
  return true;
}

export function padRefused(): ApiError {
  return new ApiError(401, 'unauthorized', "A valid pad token for this window is required (the window's pad token).", undefined, {
    'WWW-Authenticate': 'Bearer realm="pad"',
  });
}
