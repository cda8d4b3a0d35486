import type { ReactiveControllerHost } from 'lit';
import { LoaderController, ZwServerError, failureKind } from '@zhengwu/core';
import type { Hall, RatingReason } from '@zhengwu/core/contract';
import { ratingApi } from '../outbox/rating-api-loader.js';
import { sourceKey } from '@zhengwu/core/api/source-key';

/** Where the reasons come from when not given: a `HallClient`, or anything with its `hall()`. */
export interface RatingReasonsSource {
  hall(signal?: AbortSignal): Promise<Pick<Hall, 'ratingReasons'>>;
}

/** `loading`, `ready`, `offline`, or `failed` (then `code` says why). */
export type ReasonsView = 'loading' | 'ready' | 'offline' | 'failed';

/**
 * The hall's 不满意原因, loaded once per API base (or source) through core's loader: a newer
 * load wins, leaving the page aborts, and a hall that never answers ends in an error.
 */
export class RatingReasonsLoader {
  private readonly loader: LoaderController<RatingReason[]>;
  private apiBase = '';
  private source?: RatingReasonsSource;

  constructor(host: ReactiveControllerHost) {
    this.loader = new LoaderController<RatingReason[]>(host, { keepValue: true });
  }

  get reasons(): RatingReason[] | undefined {
    return this.loader.value;
  }

  get view(): ReasonsView {
    const status = this.loader.status;
    if (status === 'idle' || status === 'loading') return 'loading';
    return status === 'ready' || status === 'offline' ? status : 'failed';
  }

  /** Why loading failed: the server's code, or what happened (`timeout`, `not-hall-api` …). */
  get code(): string {
    const error = this.loader.error;
    if (error instanceof ZwServerError) return error.code;
    const kind = failureKind(error);
    return kind === 'invalid' ? 'invalid_data' : kind;
  }

  /** Loads unless already loaded (or loading) for the same API base and source. */
  want(apiBase: string, source?: RatingReasonsSource, force = false): Promise<void> {
    this.apiBase = apiBase;
    this.source = source;
    const key = source ? sourceKey(source) : `api ${apiBase}`;
    return this.loader.request(key, (signal) => this.load(signal), force);
  }

  /** Loads again (the retry button). */
  retry(): Promise<void> {
    return this.want(this.apiBase, this.source, true);
  }

  private async load(signal: AbortSignal): Promise<RatingReason[]> {
    const { apiBase, source } = this;
    return source ? (await source.hall(signal)).ratingReasons : (await ratingApi(apiBase)).loadReasons(apiBase, signal);
  }
}
