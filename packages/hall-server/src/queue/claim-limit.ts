import { ApiError } from '../http/errors.js';
import type { SharedCounter } from '../http/shared-counter.js';

export interface ClaimLimitOptions {
  /** Wrong guesses at one target (a ticket number of today), from any address, before it is locked. */
  perTarget: number;
  /** How long a target stays locked once its budget is spent (ms). */
  targetLockMs: number;
  /** Wrong guesses one client address may send within `addressWindowMs`. */
  perAddress: number;
  addressWindowMs: number;
}

/** Six digits and appointment codes are guessable: a small budget per number, a larger one per address. */
export const DEFAULT_CLAIM_LIMIT: ClaimLimitOptions = {
  perTarget: 10,
  targetLockMs: 15 * 60_000,
  perAddress: 30,
  addressWindowMs: 10 * 60_000,
};

const tooMany = (seconds: number, message: string) =>
  new ApiError(429, 'too_many_requests', message, undefined, { 'Retry-After': String(seconds) });

/**
 * Failure budgets for what a visitor types (a ticket's 验证码, an appointment code), held in
 * the database through `SharedCounter` so that every process shares them, as the progress
 * lookup's `GuessLimit` does: a guess is reserved before it is checked, so parallel guesses
 * cannot overrun a budget, and a right one gives its reservation back.
 */
export class ClaimLimit {
  constructor(
    private readonly counter: SharedCounter,
    /** Keeps these budgets apart from the others in `limit_counters`. */
    private readonly prefix: string,
    private readonly options: ClaimLimitOptions = DEFAULT_CLAIM_LIMIT,
  ) {}

  /** Reserves one guess from `address` (and at `target`, when given), or throws 429. */
  async reserve(address: string, target?: string): Promise<() => Promise<void>> {
    const byAddress = `${this.prefix}:address:${address}`;
    const byTarget = target === undefined ? undefined : `${this.prefix}:target:${target}`;
    const lockedMessage = 'This number is locked for a while after too many wrong codes.';
    const addressMessage = 'Too many wrong codes from this address; wait and try again.';
    for (const [key, message] of [
      [byTarget, lockedMessage],
      [byAddress, addressMessage],
    ] as const) {
      const until = key === undefined ? undefined : this.counter.blockedUntil(key);
      if (until !== undefined) throw tooMany(this.counter.retryAfter(until), message);
    }
    if (byTarget) {
      const locked = await this.counter.peek(byTarget);
      if (locked && locked.count >= this.options.perTarget) {
        this.counter.block(byTarget, locked.windowEnds);
        throw tooMany(this.counter.retryAfter(locked.windowEnds), lockedMessage);
      }
    }
    const fromAddress = await this.counter.add(byAddress, this.options.addressWindowMs);
    if (fromAddress.count > this.options.perAddress) {
      await this.counter.subtract(byAddress);
      this.counter.block(byAddress, fromAddress.windowEnds);
      throw tooMany(this.counter.retryAfter(fromAddress.windowEnds), addressMessage);
    }
    if (byTarget) {
      const atTarget = await this.counter.add(byTarget, this.options.targetLockMs);
      if (atTarget.count > this.options.perTarget) {
        await this.counter.subtract(byTarget);
        await this.counter.subtract(byAddress);
        this.counter.block(byTarget, atTarget.windowEnds);
        throw tooMany(this.counter.retryAfter(atTarget.windowEnds), lockedMessage);
      }
    }
    return async () => {
      if (byTarget) await this.counter.subtract(byTarget);
      await this.counter.subtract(byAddress);
    };
  }
}
