import { Hono } from 'hono';
import { SignInRequest } from '@zhengwu/core/contract';
import { bearer } from '../http/auth.js';
import { readJson, validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { WindowId } from '../http/schemas.js';
import type { AppServices } from '../services.js';

const noSession = () =>
  new ApiError(401, 'unauthorized', 'No live session with this token: sign in again.', undefined, {
    'WWW-Authenticate': 'Bearer realm="hall"',
  });

/** `/api/windows/:window/sign-in|sign-out|session`: a clerk at their window. */
export function staffRoutes(s: AppServices): Hono {
  const routes = new Hono();
  // The window is checked before any work: an unknown one is 404 whatever the body.
  const windowOf = (param: string) => s.windows.window(validate(WindowId, param, 400)).id;

  routes.post('/:window/sign-in', async (c) => {
    const window = windowOf(c.req.param('window'));
    const { value } = await readJson(c, SignInRequest, s.bodyLimitBytes);
    const session = await s.staff.signIn(window, value.staffId, value.credential, s.proxies.clientOf(c));
    c.header('Cache-Control', 'no-store');
    return c.json(session);
  });

  const sessionAt = async (window: string, header: string | undefined) => {
    const token = bearer(header);
    const session = token ? await s.staff.describe(token) : undefined;
    if (!token || !session) throw noSession();
    if (session.window !== window) throw new ApiError(403, 'other_window', 'This session belongs to another window.');
    return session;
  };

  routes.post('/:window/sign-out', async (c) => {
    const session = await sessionAt(windowOf(c.req.param('window')), c.req.header('authorization'));
    await s.staff.signOut(session.token);
    return c.body(null, 204);
  });

  routes.get('/:window/session', async (c) => {
    const session = await sessionAt(windowOf(c.req.param('window')), c.req.header('authorization'));
    c.header('Cache-Control', 'no-store');
    return c.json(session);
  });
  return routes;
}
