import type { Kysely } from 'kysely';
import { RATING_LEVELS, type RatingLevel, type RatingStats } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import { dateRange } from '@zhengwu/core/date';

type Bucket = RatingStats['byWindow'][number];

/** 非常满意, 满意 and 基本满意 count as satisfied. */
const SATISFIED = new Set<string>(RATING_LEVELS.slice(0, 3));

export interface StatsQuery {
  from: string;
  to: string;
  window?: string;
  department?: string;
}

function rate(satisfied: number, total: number): number | null {
  return total === 0 ? null : satisfied / total;
}

class Buckets {
  readonly #map = new Map<string, Bucket>();

  add(key: string, label: string, count: number, satisfied: boolean): void {
    let bucket = this.#map.get(key);
    if (!bucket) {
      bucket = { key, label, total: 0, satisfied: 0, rate: null };
      this.#map.set(key, bucket);
    }
    bucket.total += count;
    if (satisfied) bucket.satisfied += count;
    bucket.rate = rate(bucket.satisfied, bucket.total);
  }

  ensure(key: string, label: string): void {
    if (!this.#map.has(key)) this.#map.set(key, { key, label, total: 0, satisfied: 0, rate: null });
  }

  list(): Bucket[] {
    return [...this.#map.values()].sort((a, b) => a.key.localeCompare(b.key));
  }
}

/** 满意率 = (非常满意 + 满意 + 基本满意) ÷ all ratings, per window, department and day. */
export async function ratingStats(db: Kysely<Database>, query: StatsQuery): Promise<RatingStats> {
  let select = db
    .selectFrom('ratings')
    .select((eb) => ['level', 'window_id', 'window_name', 'department', 'day', eb.fn.countAll<number>().as('count')])
    .where('day', '>=', query.from)
    .where('day', '<=', query.to);
  if (query.window) select = select.where('window_id', '=', query.window);
  if (query.department) select = select.where('department', '=', query.department);
  const rows = await select.groupBy(['level', 'window_id', 'window_name', 'department', 'day']).execute();

  const byLevel = Object.fromEntries(RATING_LEVELS.map((level) => [level, 0])) as Record<RatingLevel, number>;
  const byWindow = new Buckets();
  const byDepartment = new Buckets();
  const byDay = new Buckets();
  for (const day of dateRange(query.from, query.to)) byDay.ensure(day, day);
  let total = 0;
  let satisfied = 0;
  for (const row of rows) {
    const count = Number(row.count);
    const good = SATISFIED.has(row.level);
    total += count;
    if (good) satisfied += count;
    if (row.level in byLevel) byLevel[row.level as RatingLevel] += count;
    byWindow.add(row.window_id, row.window_name, count, good);
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
