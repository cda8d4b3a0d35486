import type { Hono } from 'hono';
import { RatingSubmission } from '@zhengwu/core/contract';
import type { AppServices } from '../context.js';
import { padAuthorized, padRefused, staffAuth } from '../http/auth.js';
import { readJson, validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { IdempotencyKey, StatsQuery, TransactionId, WindowId } from '../http/schemas.js';
import { pendingRequest, signedRequest } from '../ratings/requests.js';
import { toTarget } from '../ratings/rows.js';
import { ratingStats } from '../ratings/stats.js';
import { addDays, dateAt, rangeLength } from '@zhengwu/core/date';

const MAX_STATS_DAYS = 366;

export function ratingRoutes(app: Hono, s: AppServices): void {
  app.post('/api/ratings', async (c) => {
    const header = c.req.header('idempotency-key');
    if (header === undefined) {
      throw new ApiError(400, 'idempotency_key_required', 'Send an Idempotency-Key header (1 to 100 characters).', [
        { path: 'Idempotency-Key', message: 'required' },
      ]);
    }
    const key = validate(IdempotencyKey, header, 400);
    let parsed;
    try {
      parsed = await readJson(c, RatingSubmission, s.bodyLimitBytes);
    } catch (error) {
      // The 差评 rule is checked on the whole record; point the client at the field to fix.
      if (error instanceof ApiError && error.issues) {
        for (const issue of error.issues) if (issue.path === '') issue.path = 'reasons';
      }
      throw error;
    }
    // A forged token, or one for another transaction, is refused before anything is stored.
    const claims = s.keys.verifyRatingToken(parsed.value.token);
    if (!claims || claims.transactionId !== parsed.value.transactionId) {
      throw new ApiError(401, 'invalid_rating_token', 'The rating token is not valid for this transaction.', [
        { path: 'token', message: claims ? 'issued for another transaction' : 'not issued by this hall' },
      ]);
    }
    const { status, body } = await s.ratings.submit(key, parsed.raw, parsed.value, claims);
    c.header('Cache-Control', 'no-store');
    return c.json(body, status);
  });

  // The pad asks what it missed while it was not connected (pad token of that window).
  app.get('/api/windows/:window/rating-request', async (c) => {
    const windowId = validate(WindowId, c.req.param('window'), 400);
    if (!padAuthorized(s.keys, c.req.header('authorization'), windowId)) throw padRefused();
    s.windows.window(windowId);
    c.header('Cache-Control', 'no-store');
    return c.json({ window: windowId, request: await pendingRequest(s, windowId) });
  });

  // The hall's own systems (staff token) get a fresh token, e.g. for a portal's 一事一评.
  app.post('/api/transactions/:id/rating-token', staffAuth(s.staffToken), async (c) => {
    const id = validate(TransactionId, c.req.param('id'), 400);
    const row = await s.store.db.selectFrom('transactions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new ApiError(404, 'unknown_transaction', 'No finished transaction has this number.');
    const rated = await s.store.db.selectFrom('ratings').select('id').where('transaction_id', '=', id).executeTakeFirst();
    if (rated) throw new ApiError(409, 'already_rated', 'This transaction has been rated (一次一评).');
    // Valid for ratingTokenMs from now, so a late 一事一评 can still be given.
    c.header('Cache-Control', 'no-store');
    return c.json(signedRequest(s.keys, toTarget(row), s.store.clock().getTime() + s.ratingTokenMs));
  });

  app.get('/api/ratings/stats', async (c) => {
    const query = validate(StatsQuery, c.req.query(), 400);
    const to = query.to ?? dateAt(s.store.clock());
    const from = query.from ?? addDays(to, -29);
    if (from > to) {
      throw new ApiError(400, 'invalid_parameters', 'from must not be after to.', [{ path: 'from', message: 'after to' }]);
    }
    if (rangeLength(from, to) > MAX_STATS_DAYS) {
      throw new ApiError(400, 'invalid_parameters', `At most ${MAX_STATS_DAYS} days at once.`, [
        { path: 'from', message: 'range too long' },
      ]);
    }
    return c.json(await ratingStats(s.store.db, { ...query, from, to }));
  });
}
