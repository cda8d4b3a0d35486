import { ApiError } from '../http/errors.js';

/**
 * Statistics answers for a moment: a dashboard polling, or someone looping the widest range,
 * costs one computation per `ttlMs`, and identical requests in flight share it. Computations
 * run one at a time; a bounded queue waits, more is 503. Together they bound the time that
 * statistics can take from everything else, whatever the request rate. (Another process's new
 * ratings show after `ttlMs` at most.)
 */
export class StatsCache<T> {
  readonly #answers = new Map<string, { value: Promise<T>; until: number }>();
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(
    private readonly ttlMs = 2000,
    private readonly maxEntries = 200,
    private readonly maxWaiting = 20,
    private readonly now: () => number = Date.now,
  ) {}

  /** Forgets every answer (a rating arrived in this process). */
  clear(): void {
    this.#answers.clear();
  }

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = this.now();
    const cached = this.#answers.get(key);
    if (cached && cached.until > now) return cached.value;
    if (this.#answers.size >= this.maxEntries) {
      for (const [k, entry] of this.#answers) if (entry.until <= now) this.#answers.delete(k);
      if (this.#answers.size >= this.maxEntries) this.#answers.delete(this.#answers.keys().next().value!);
    }
    const value = this.#gated(compute);
    this.#answers.set(key, { value, until: now + this.ttlMs });
    value.catch(() => this.#answers.delete(key));
    return value;
  }

  async #gated(compute: () => Promise<T>): Promise<T> {
    if (this.#running > 0) {
      if (this.#waiting.length >= this.maxWaiting) {
        throw new ApiError(503, 'busy', 'Statistics are busy; try again in a moment.', undefined, { 'Retry-After': '1' });
      }
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#running += 1;
    try {
      return await compute();
    } finally {
      this.#running -= 1;
      this.#waiting.shift()?.();
    }
  }
}
