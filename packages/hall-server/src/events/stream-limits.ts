import { ApiError } from '../http/errors.js';

export interface StreamLimitOptions {
  /** Open streams per client address (high enough for a NAT). */
  perAddress: number;
  /** Open streams in this process. */
  total: number;
  /** Most events a reconnecting client is replayed; further behind, it gets `reset`. */
  replayMax: number;
  /** Bytes written but not yet taken by the client before it is dropped. */
  bufferBytes: number;
  /** How long a write may wait for a client that does not read before it is dropped (ms). */
  stallMs: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimitOptions = {
  perAddress: 200,
  total: 2000,
  replayMax: 500,
  bufferBytes: 256 * 1024,
  stallMs: 30_000,
};

/** Counts this process's open event streams, per client address and in total. */
export class StreamLimits {
  readonly #byAddress = new Map<string, number>();
  #total = 0;

  constructor(readonly options: StreamLimitOptions = DEFAULT_STREAM_LIMITS) {}

  get open(): number {
    return this.#total;
  }

  /** Takes a slot for `address` or throws (429 for the address, 503 for the process); returns its release. */
  acquire(address: string): () => void {
    const mine = this.#byAddress.get(address) ?? 0;
    if (mine >= this.options.perAddress) {
      throw new ApiError(429, 'too_many_streams', 'Too many open event streams from this address.', undefined, { 'Retry-After': '30' });
    }
    if (this.#total >= this.options.total) {
      throw new ApiError(503, 'too_many_streams', 'The hall server has too many open event streams; try again shortly.', undefined, {
        'Retry-After': '30',
      });
    }
    this.#byAddress.set(address, mine + 1);
    this.#total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#total -= 1;
      const left = (this.#byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.#byAddress.set(address, left);
      else this.#byAddress.delete(address);
    };
  }
}
