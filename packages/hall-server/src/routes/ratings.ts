import { Hono } from 'hono';
import { RatingStatsQuery, RatingSubmission } from '@zhengwu/core/contract';
import { dateAt } from '@zhengwu/core/date';
import { readJson, validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { IdempotencyKey } from '../http/schemas.js';
import { StatsCache } from '../ratings/stats-cache.js';
import { ratingStats, statsRange } from '../ratings/stats.js';
import type { AppServices } from '../services.js';

/** `/api/ratings`: 好差评 submissions and their statistics. */
export function ratingRoutes(s: AppServices): Hono {
  const routes = new Hono();
  const statsCache = new StatsCache<string>();

  routes.post('/', async (c) => {
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
    if (status === 201) statsCache.clear();
    c.header('Cache-Control', 'no-store');
    return c.json(body, status);
  });

  routes.get('/stats', async (c) => {
    // Dates are checked to exist (2026-02-30 is a 400) and the range by arithmetic alone,
    // before the query runs or any list of days is built.
    const query = validate(RatingStatsQuery, c.req.query(), 400);
    const range = statsRange(query, dateAt(s.store.clock()));
    const retryAfter = s.statsLimiter.hit(s.proxies.clientOf(c));
    if (retryAfter > 0) {
      throw new ApiError(429, 'too_many_requests', 'Too many statistics requests; wait and try again.', undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    const key = JSON.stringify([range.from, range.to, range.window ?? '', range.department ?? '']);
    // The answer is cached as its JSON text: a repeat costs no serialisation either.
    const body = await statsCache.get(key, async () => JSON.stringify(await ratingStats(s.store.db, range)));
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(body);
  });
  return routes;
}
