import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ExpressionBuilder, Kysely } from 'kysely';
import {
  RATING_LEVELS,
  RATING_STATS_DEFAULT_DAYS,
  RATING_STATS_MAX_DAYS,
  type RatingLevel,
  type RatingStats,
  type RatingStatsQuery,
} from '@zhengwu/core/contract';
import { FIRST_DATE, addDays, dateRange, daysBetween, type IsoDate } from '@zhengwu/core/date';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { LEVEL_COLUMNS } from './rating-days.js';

type Bucket = RatingStats['byWindow'][number];

/** The levels that count as 满意 in 满意率. */
const SATISFIED_LEVELS: ReadonlySet<string> = new Set<RatingLevel>(['very-satisfied', 'satisfied', 'basic']);

/** The query with both ends of the range known. */
export type StatsRange = RatingStatsQuery & { from: IsoDate; to: IsoDate };

/**
 * Both ends of a validated query: `to` defaults to `today`, `from` to 30 days up to `to` (never
 * before the first date there is). A 400 when `from` is after `to` or the range is too long,
 * found by arithmetic on the two dates.
 */
export function statsRange(query: RatingStatsQuery, today: IsoDate): StatsRange {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -Math.min(RATING_STATS_DEFAULT_DAYS - 1, daysBetween(FIRST_DATE, to)));
  const span = daysBetween(from, to);
  if (span < 0) {
    throw new ApiError(400, 'invalid_parameters', 'from must not be after to.', [{ path: 'from', message: 'after to' }]);
  }
  if (span + 1 > RATING_STATS_MAX_DAYS) {
    throw new ApiError(400, 'invalid_parameters', `At most ${RATING_STATS_MAX_DAYS} days at once.`, [
      { path: 'from', message: 'range too long' },
    ]);
  }
  return { ...query, from, to };
}

function rate(satisfied: number, total: number): number | null {
  return total === 0 ? null : satisfied / total;
}

class Buckets {
  readonly #map = new Map<string, Bucket>();

  add(key: string, label: string, count: number, satisfied: number): void {
    let bucket = this.#map.get(key);
    if (!bucket) {
      bucket = { key, label, total: 0, satisfied: 0, rate: null };
      this.#map.set(key, bucket);
    }
    bucket.total += count;
    bucket.satisfied += satisfied;
    bucket.rate = rate(bucket.satisfied, bucket.total);
  }

  ensure(key: string, label: string): void {
    if (!this.#map.has(key)) this.#map.set(key, { key, label, total: 0, satisfied: 0, rate: null });
  }

  list(): Bucket[] {
    return [...this.#map.values()].sort((a, b) => a.key.localeCompare(b.key));
  }
}

/** 满意率 = (非常满意 + 满意 + 基本满意) ÷ all ratings, per window, department and day, from the daily roll-ups. */
export async function ratingStats(db: Kysely<Database>, query: StatsRange): Promise<RatingStats> {
  let base = db.selectFrom('rating_days').where('day', '>=', query.from).where('day', '<=', query.to);
  if (query.window) base = base.where('window_id', '=', query.window);
  if (query.department) base = base.where('department', '=', query.department);
  const levelSums = (eb: ExpressionBuilder<Database, 'rating_days'>) =>
    Object.values(LEVEL_COLUMNS).map((column) => eb.fn.sum<number>(column).as(column));
  // One after the other, yielding between them: SQLite reads block the loop while they run.
  const windows = await base
    .select((eb) => [
      'window_id',
      'window_name',
      eb.fn.sum<number>('total').as('total'),
      eb.fn.sum<number>('satisfied').as('satisfied'),
      ...levelSums(eb),
    ])
    .groupBy(['window_id', 'window_name'])
    .execute();
  await yieldToLoop();
  const departments = await base
    .select((eb) => ['department', eb.fn.sum<number>('total').as('total'), eb.fn.sum<number>('satisfied').as('satisfied')])
    .groupBy('department')
    .execute();
  await yieldToLoop();
  const days = await base
    .select((eb) => ['day', eb.fn.sum<number>('total').as('total'), eb.fn.sum<number>('satisfied').as('satisfied')])
    .groupBy('day')
    .execute();
  // Applications rated after the progress lookup (一事一评) have no window: they count in the
  // totals, departments and days, and not when one window is asked for.
  let online = db
    .selectFrom('application_ratings')
    .select((eb) => ['level', 'department', 'day', eb.fn.countAll<number>().as('count')])
    .where('day', '>=', query.from)
    .where('day', '<=', query.to);
  if (query.department) online = online.where('department', '=', query.department);
  await yieldToLoop();
  const onlineRows = query.window ? [] : await online.groupBy(['level', 'department', 'day']).execute();

  const byLevel = Object.fromEntries(RATING_LEVELS.map((level) => [level, 0])) as Record<RatingLevel, number>;
  const byWindow = new Buckets();
  const byDepartment = new Buckets();
  const byDay = new Buckets();
  for (const day of dateRange(query.from, query.to, RATING_STATS_MAX_DAYS)) byDay.ensure(day, day);
  let total = 0;
  let satisfied = 0;
  for (const row of windows) {
    total += Number(row.total);
    satisfied += Number(row.satisfied);
    for (const level of RATING_LEVELS) byLevel[level] += Number(row[LEVEL_COLUMNS[level]]);
    byWindow.add(row.window_id, row.window_name, Number(row.total), Number(row.satisfied));
  }
  for (const row of departments) byDepartment.add(row.department, row.department, Number(row.total), Number(row.satisfied));
  for (const row of days) byDay.add(row.day, row.day, Number(row.total), Number(row.satisfied));
  for (const row of onlineRows) {
    const count = Number(row.count);
    const good = SATISFIED_LEVELS.has(row.level) ? count : 0;
    total += count;
    satisfied += good;
    if (row.level in byLevel) byLevel[row.level as RatingLevel] += count;
    byDepartment.add(row.department, row.department, count, good);
    byDay.add(row.day, row.day, count, good);
  }
  return {
    from: query.from,
    to: query.to,
    total,
    satisfied,
    rate: rate(satisfied, total),
    byLevel,
    byWindow: byWindow.list(),
    byDepartment: byDepartment.list(),
    byDay: byDay.list(),
  };
}
