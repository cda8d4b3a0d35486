import type { Kysely } from 'kysely';
import type { Hall } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';

const SAMPLE = 50;
const CACHE_MS = 60_000;

/**
 * Minutes of waiting per person ahead: the category's average handling time (called → done,
 * over its last 50 finished tickets; a default until there are any) shared by the windows
 * that serve it.
 */
export class WaitEstimator {
  readonly #cache = new Map<string, { minutes: number; until: number }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly hall: Hall,
    private readonly defaultHandlingMinutes: number,
  ) {}

  async minutesPerPerson(category: string): Promise<number> {
    const now = Date.now();
    const cached = this.#cache.get(category);
    if (cached && cached.until > now) return cached.minutes;
    const rows = await this.db
      .selectFrom('tickets')
      .select(['called_at', 'done_at'])
      .where('category', '=', category)
      .where('status', '=', 'done')
      .where('called_at', 'is not', null)
      .where('done_at', 'is not', null)
      .orderBy('done_at', 'desc')
      .limit(SAMPLE)
      .execute();
    const durations = rows
      .map((row) => (Date.parse(row.done_at!) - Date.parse(row.called_at!)) / 60_000)
      .filter((minutes) => Number.isFinite(minutes) && minutes >= 0);
    const handling = durations.length
      ? durations.reduce((sum, minutes) => sum + minutes, 0) / durations.length
      : this.defaultHandlingMinutes;
    const windows = Math.max(1, this.hall.windows.filter((w) => w.categories.includes(category)).length);
    const minutes = handling / windows;
    this.#cache.set(category, { minutes, until: now + CACHE_MS });
    return minutes;
  }

  estimate(ahead: number, minutesPerPerson: number): number {
    return Math.ceil(ahead * minutesPerPerson);
  }
}
