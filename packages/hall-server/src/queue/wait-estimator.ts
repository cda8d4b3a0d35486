import type { Kysely } from 'kysely';
import type { Hall, WaitRange } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import type { WindowStates } from './window-states.js';

/** Service durations (called → done) read per category. */
export const SAMPLE = 50;
/** Fewer measured durations than this: the category's default (cold start). */
export const MIN_SAMPLES = 5;
/** The cold-start range around the default: ±50 %. */
const COLD_SPREAD = 0.5;
const CACHE_MS = 60_000;

/** Minutes one service takes in a category: typical (median) and long (90th percentile). */
export interface ServiceTime {
  median: number;
  p90: number;
  /** Measured durations behind it; 0 when it is the default. */
  samples: number;
}

/** Estimates for several categories from one read: `range` is then synchronous. */
export interface Estimates {
  /** How long a ticket with `ahead` people in front waits in `category`. */
  range(category: string, ahead: number): WaitRange;
  /** Open (not paused) windows serving `category`. */
  openWindows(category: string): number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * Waits as ranges: the category's last 50 service durations give a median and a 90th
 * percentile per visitor, shared by the open (not paused) windows that serve the category;
 * `ahead` counts only the people the ticket really waits for (a priority ticket, only the
 * priority tickets in front). Until a category has 5 durations, its `defaultServiceMinutes`
 * (or the server's default) with ±50 %.
 */
export class WaitEstimator {
  readonly #cache = new Map<string, { time: ServiceTime; until: number }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly hall: Hall,
    private readonly defaultHandlingMinutes: number,
    private readonly windows: WindowStates,
  ) {}

  /** Forget a category's durations (a service there just ended). */
  invalidate(category?: string): void {
    if (category === undefined) this.#cache.clear();
    else this.#cache.delete(category);
  }

  async serviceTime(category: string): Promise<ServiceTime> {
    const now = Date.now();
    const cached = this.#cache.get(category);
    if (cached && cached.until > now) return cached.time;
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
      .filter((minutes) => Number.isFinite(minutes) && minutes >= 0)
      .sort((a, b) => a - b);
    let time: ServiceTime;
    if (durations.length >= MIN_SAMPLES) {
      time = { median: percentile(durations, 0.5), p90: percentile(durations, 0.9), samples: durations.length };
    } else {
      const minutes = this.hall.categories.find((item) => item.code === category)?.defaultServiceMinutes ?? this.defaultHandlingMinutes;
      time = { median: minutes * (1 - COLD_SPREAD), p90: minutes * (1 + COLD_SPREAD), samples: 0 };
    }
    this.#cache.set(category, { time, until: now + CACHE_MS });
    return time;
  }

  /**
   * Reads what `categories` need (cached durations, paused windows) outside any transaction;
   * `paused` overrides the windows' state (a pause being written).
   */
  async prepare(categories: Iterable<string>, paused?: ReadonlyMap<string, boolean>): Promise<Estimates> {
    const times = new Map<string, ServiceTime>();
    for (const category of new Set(categories)) times.set(category, await this.serviceTime(category));
    const states = await this.windows.paused();
    const isPaused = (id: string) => paused?.get(id) ?? states.has(id);
    const openWindows = (category: string) =>
      this.hall.windows.filter((window) => window.categories.includes(category) && !isPaused(window.id)).length;
    return {
      openWindows,
      range: (category, ahead) => {
        const time = times.get(category);
        if (!time) throw new Error(`estimates were not prepared for category ${category}`);
        return waitRange(time, ahead, openWindows(category));
      },
    };
  }

  async range(category: string, ahead: number): Promise<WaitRange> {
    return (await this.prepare([category])).range(category, ahead);
  }
}

/** `ahead` services shared by `windows` windows (one when all are paused: the wait is then open-ended anyway). */
export function waitRange(time: ServiceTime, ahead: number, windows: number): WaitRange {
  if (ahead <= 0) return { min: 0, max: 0 };
  const share = ahead / Math.max(1, windows);
  const min = Math.round(share * time.median);
  return { min, max: Math.max(min, Math.ceil(share * time.p90)) };
}
