import { Hono } from 'hono';
import * as v from 'valibot';
import { CompleteRequest, TransferRequest } from '@zhengwu/core/contract';
import { padAuthorized, padRefused, windowAuth } from '../http/auth.js';
import { readJson, validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { IdempotencyKey, WindowId } from '../http/schemas.js';
import { pendingRequest, ratingRequest } from '../ratings/requests.js';
import type { AppServices } from '../services.js';

/**
 * `/api/windows/:window/…`: the clerk's actions (staff token): call-next, recall, no-show
 * (过号), transfer (转办), pause and resume (暂停服务), complete; and the pad's missed request
 * (pad token).
 */
export function windowRoutes(s: AppServices): Hono {
  const routes = new Hono();
  const auth = windowAuth(s.staffToken, () => s.staff);
  const windowId = (param: string) => validate(WindowId, param, 400);
  // This process's `GET /queue` is read again at once (other processes hear the event).
  routes.use('/:window/*', async (c, next) => {
    await next();
    if (c.req.method === 'POST') s.queueState.invalidate();
  });

  routes.post('/:window/call-next', auth, async (c) => {
    await readJson(c, v.strictObject({}), s.bodyLimitBytes, { emptyAs: {} });
    return c.json(await s.windows.callNext(windowId(c.req.param('window'))));
  });

  routes.post('/:window/recall', auth, async (c) => {
    await readJson(c, v.strictObject({}), s.bodyLimitBytes, { emptyAs: {} });
    return c.json(await s.windows.recall(windowId(c.req.param('window'))));
  });

  routes.post('/:window/no-show', auth, async (c) => {
    await readJson(c, v.strictObject({}), s.bodyLimitBytes, { emptyAs: {} });
    return c.json(await s.windows.noShow(windowId(c.req.param('window'))));
  });

  routes.post('/:window/transfer', auth, async (c) => {
    const id = windowId(c.req.param('window'));
    const { value } = await readJson(c, TransferRequest, s.bodyLimitBytes);
    return c.json(await s.windows.transfer(id, value));
  });

  for (const [action, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const) {
    routes.post(`/:window/${action}`, auth, async (c) => {
      await readJson(c, v.strictObject({}), s.bodyLimitBytes, { emptyAs: {} });
      return c.json(await s.windows.setPaused(windowId(c.req.param('window')), paused));
    });
  }

  // A retry must be recognisable: a transactionId, or an Idempotency-Key.
  routes.post('/:window/complete', auth, async (c) => {
    const id = windowId(c.req.param('window'));
    const header = c.req.header('idempotency-key');
    const key = header === undefined ? undefined : validate(IdempotencyKey, header, 400);
    const { value } = await readJson(c, CompleteRequest, s.bodyLimitBytes, { emptyAs: {} });
    if (!value.transactionId && !key) {
      throw new ApiError(
        400,
        'transaction_id_required',
        'Send a transactionId or an Idempotency-Key, so that a retry is not a second transaction.',
        [{ path: 'transactionId', message: 'required without an Idempotency-Key' }],
      );
    }
    const result = await s.windows.complete(id, value, key);
    if (result.rating) result.ratingToken = ratingRequest(s, result.rating).token;
    c.header('Cache-Control', 'no-store');
    return c.json(result);
  });

  // The pad asks what it missed while it was not connected (pad token of that window).
  routes.get('/:window/rating-request', async (c) => {
    const id = windowId(c.req.param('window'));
    if (!padAuthorized(s.keys, c.req.header('authorization'), id)) throw padRefused();
    s.windows.window(id);
    c.header('Cache-Control', 'no-store');
    return c.json({ window: id, request: await pendingRequest(s, id) });
  });
  return routes;
}
