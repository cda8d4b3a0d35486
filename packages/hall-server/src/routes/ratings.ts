import type { Hono } from 'hono';
import { RatingSubmission } from '@zhengwu/core/contract';
import type { AppServices } from '../context.js';
import { readJson, validate } from '../http/body.js';
import { ApiError } from '../http/errors.js';
import { IdempotencyKey, StatsQuery } from '../http/schemas.js';
import { ratingStats } from '../ratings/stats.js';
import { addDays, beijingDay, daysBetween } from '../time.js';

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
    const { status, body } = await s.ratings.submit(key, parsed.raw, parsed.value);
    c.header('Cache-Control', 'no-store');
    return c.json(body, status);
  });

  app.get('/api/ratings/stats', async (c) => {
    const query = validate(StatsQuery, c.req.query(), 400);
    const to = query.to ?? beijingDay(s.store.clock());
    const from = query.from ?? addDays(to, -29);
    if (from > to) {
      throw new ApiError(400, 'invalid_parameters', 'from must not be after to.', [{ path: 'from', message: 'after to' }]);
    }
    if (daysBetween(from, to).length > MAX_STATS_DAYS) {
      throw new ApiError(400, 'invalid_parameters', `At most ${MAX_STATS_DAYS} days at once.`, [
        { path: 'from', message: 'range too long' },
      ]);
    }
    return c.json(await ratingStats(s.store.db, { ...query, from, to }));
  });
}
