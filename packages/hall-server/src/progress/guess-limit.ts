import { ApiError } from '../http/errors.js';
import type { SharedCounter } from '../http/shared-counter.js';

export interface GuessLimitOptions {
  /** Wrong secrets one application number takes, from any address, before it is locked. */
  perNumber: number;
  /** How long a number stays locked once its budget is spent (ms). */
  lockMs: number;
  /** Wrong secrets one client address may send within `addressWindowMs` (generous: a NAT). */
  perAddress: number;
  addressWindowMs: number;
}

export const DEFAULT_GUESS_LIMIT: GuessLimitOptions = {
  perNumber: 10,
  lockMs: 15 * 60_000,
  perAddress: 200,
  addressWindowMs: 10 * 60_000,
};

const tooMany = (seconds: number, message: string) =>
  new ApiError(429, 'too_many_requests', message, undefined, { 'Retry-After': String(seconds) });

/**
 * Failure budgets for 办件进度 secrets, held in the database so that every process shares them:
 * one per application number (whatever the address, so many addresses gain nothing) and a
 * generous one per address. A guess is reserved before the secret is checked, so parallel
 * guesses cannot overrun a budget; a right secret gives its reservation back, so the owner
 * behind a busy NAT is never counted against.
 */
export class GuessLimit {
  constructor(
    private readonly counter: SharedCounter,
    private readonly options: GuessLimitOptions = DEFAULT_GUESS_LIMIT,
  ) {}

  /** Reserves one guess at `id` from `address`, or throws 429. */
  async reserve(id: string, address: string): Promise<() => Promise<void>> {
    const byAddress = `progress:address:${address}`;
    const byNumber = `progress:number:${id}`;
    const lockedMessage = 'This application number is locked for a while after too many wrong secrets.';
    const addressMessage = 'Too many wrong secrets from this address; wait and try again.';
    // Seen over the limit by this process: refused without a query.
    for (const [key, message] of [
      [byNumber, lockedMessage],
      [byAddress, addressMessage],
    ] as const) {
      const until = this.counter.blockedUntil(key);
      if (until !== undefined) throw tooMany(this.counter.retryAfter(until), message);
    }
    const locked = await this.counter.peek(byNumber);
    if (locked && locked.count >= this.options.perNumber) {
      this.counter.block(byNumber, locked.windowEnds);
      throw tooMany(this.counter.retryAfter(locked.windowEnds), lockedMessage);
    }
    const fromAddress = await this.counter.add(byAddress, this.options.addressWindowMs);
    if (fromAddress.count > this.options.perAddress) {
      await this.counter.subtract(byAddress);
      this.counter.block(byAddress, fromAddress.windowEnds);
      throw tooMany(this.counter.retryAfter(fromAddress.windowEnds), addressMessage);
    }
    const atNumber = await this.counter.add(byNumber, this.options.lockMs);
    if (atNumber.count > this.options.perNumber) {
      await this.counter.subtract(byNumber);
      await this.counter.subtract(byAddress);
      this.counter.block(byNumber, atNumber.windowEnds);
      throw tooMany(this.counter.retryAfter(atNumber.windowEnds), lockedMessage);
    }
    // The right secret: the reservation is given back.
    return async () => {
      await this.counter.subtract(byNumber);
      await this.counter.subtract(byAddress);
    };
  }
}
