import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ZwInvalidDataError, ZwOfflineError, ZwServerError } from '@zhengwu/core';
import type { Hall, RatingReason } from '@zhengwu/core/contract';
import { ratingApi } from '../outbox/rating-api-loader.js';

/** Where the reasons come from when not given: a `HallClient`, or anything with its `hall()`. */
export interface RatingReasonsSource {
  hall(signal?: AbortSignal): Promise<Pick<Hall, 'ratingReasons'>>;
}

export type ReasonsState = 'idle' | 'loading' | 'ready' | 'offline' | 'failed';

/** Loads the hall's 不满意原因 once per API base (and source); a newer load wins. */
export class RatingReasonsController implements ReactiveController {
  state: ReasonsState = 'idle';
  /** The server's error code, when `failed`. */
  errorCode = '';
  reasons?: RatingReason[];

  private loadedFor?: unknown[];
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.state !== 'loading') return;
    this.abort?.abort();
    this.loadedFor = undefined;
    this.state = 'idle';
  }

  /** Loads unless already loaded (or loading) for the same API base and source. */
  want(apiBase: string, source?: RatingReasonsSource): void {
    const [base, from] = this.loadedFor ?? [];
    if (base !== apiBase || from !== source) void this.load(apiBase, source);
  }

  async load(apiBase: string, source?: RatingReasonsSource): Promise<void> {
    this.loadedFor = [apiBase, source];
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      const reasons = source
        ? (await source.hall(abort.signal)).ratingReasons
        : await (await ratingApi(apiBase)).loadReasons(apiBase, abort.signal);
      if (abort.signal.aborted) return;
      this.reasons = reasons;
      this.state = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof ZwOfflineError) {
        this.state = 'offline';
      } else {
        this.state = 'failed';
        this.errorCode =
          error instanceof ZwServerError ? error.code : error instanceof ZwInvalidDataError ? 'invalid_data' : 'unknown';
      }
    }
    this.host.requestUpdate();
  }
}
