import { ApiError } from '../http/errors.js';
import type { SharedCounter } from '../http/shared-counter.js';

export interface SignInLimitOptions {
  /** Wrong credentials for one staff id, from any address, before it is locked for `lockMs`. */
  perStaff: number;
  lockMs: number;
  /** Wrong credentials from one address within `addressWindowMs`. */
  perAddress: number;
  addressWindowMs: number;
}

export const DEFAULT_SIGN_IN_LIMIT: SignInLimitOptions = {
  perStaff: 10,
  lockMs: 15 * 60_000,
  perAddress: 50,
  addressWindowMs: 10 * 60_000,
};

/**
 * Failure budgets for sign-in, in the database so that every process shares them. A guess is
 * reserved before the credential is checked (parallel guesses cannot overrun a budget); a right
 * credential gives the reservation back.
 */
export class SignInLimit {
  constructor(
    private readonly counter: SharedCounter,
    private readonly options: SignInLimitOptions = DEFAULT_SIGN_IN_LIMIT,
  ) {}

  async reserve(staffId: string, address: string): Promise<() => Promise<void>> {
    const budgets = [
      { key: `sign-in:staff:${staffId}`, limit: this.options.perStaff, ms: this.options.lockMs },
      { key: `sign-in:address:${address}`, limit: this.options.perAddress, ms: this.options.addressWindowMs },
    ];
    for (const { key } of budgets) {
      const until = this.counter.blockedUntil(key);
      if (until !== undefined) throw this.#tooMany(until);
    }
    const taken: string[] = [];
    const giveBack = async () => {
      for (const key of taken) await this.counter.subtract(key);
    };
    for (const { key, limit, ms } of budgets) {
      const state = await this.counter.add(key, ms);
      taken.push(key);
      if (state.count > limit) {
        await giveBack();
        this.counter.block(key, state.windowEnds);
        throw this.#tooMany(state.windowEnds);
      }
    }
    return giveBack;
  }

  #tooMany(windowEnds: number): ApiError {
    return new ApiError(429, 'too_many_requests', 'Too many wrong credentials; wait and try again.', undefined, {
      'Retry-After': String(this.counter.retryAfter(windowEnds)),
    });
  }
}
