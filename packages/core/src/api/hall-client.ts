import type * as v from 'valibot';
import type { CompleteRequest, TicketRequest } from '../contract/queue.js';
import type { ProgressQuery } from '../contract/progress.js';
import type { RatingStatsQuery, RatingSubmission } from '../contract/rating.js';
import type { FetchLike } from './request.js';
import {
  apiUrl,
  getCalendar,
  getCatalog,
  getCatalogItem,
  getCatalogSearchIndex,
  getHall,
  getHealth,
  getProgress,
  getRatingStats,
  getTicket,
  postRating,
  postTicket,
  postWindowAction,
  type ApiTarget,
  type CatalogResult,
} from './endpoints.js';
import { subscribeEvents, type HallEventSubscription, type SubscribeOptions } from './events.js';

export interface HallClientOptions {
  /** Base URL of the API, e.g. `/api` or `https://hall.example.gov.cn/api`. */
  baseUrl: string;
  /** Staff token for window actions (call-next, recall, complete). */
  staffToken?: string;
  fetch?: FetchLike;
}

export type { CatalogResult } from './endpoints.js';

/**
 * Every hall endpoint bound to one API base (and staff token): a thin wrapper over the
 * standalone functions in `endpoints.ts`, which know the paths. Answers are validated against
 * the contract; failures are typed; every call takes an `AbortSignal`. A widget that needs
 * only one or two endpoints imports those functions instead and ships fewer schemas.
 */
export class HallClient {
  readonly baseUrl: string;
  private readonly target: ApiTarget;

  constructor(options: HallClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.target = { baseUrl: this.baseUrl, fetch: options.fetch, staffToken: options.staffToken };
  }

  url(path: string): string {
    return apiUrl(this.target, path);
  }

  health(signal?: AbortSignal) {
    return getHealth(this.target, signal);
  }

  hall(signal?: AbortSignal) {
    return getHall(this.target, signal);
  }

  /** The catalog summaries; pass the last `etag` to get `items: null` when unchanged. */
  catalog(options: { etag?: string | null; signal?: AbortSignal } = {}): Promise<CatalogResult> {
    return getCatalog(this.target, options);
  }

  /** The server's prebuilt search index for catalog version `etag`, or null. */
  catalogSearchIndex(etag: string, signal?: AbortSignal): Promise<ArrayBuffer | null> {
    return getCatalogSearchIndex(this.target, etag, signal);
  }

  catalogItem(code: string, signal?: AbortSignal) {
    return getCatalogItem(this.target, code, signal);
  }

  calendar(year: number, signal?: AbortSignal) {
    return getCalendar(this.target, year, signal);
  }

  takeTicket(request: v.InferInput<typeof TicketRequest>, signal?: AbortSignal) {
    return postTicket(this.target, request, signal);
  }

  ticket(id: string, signal?: AbortSignal) {
    return getTicket(this.target, id, signal);
  }

  callNext(window: string, signal?: AbortSignal) {
    return postWindowAction(this.target, window, 'call-next', {}, signal);
  }

  recall(window: string, signal?: AbortSignal) {
    return postWindowAction(this.target, window, 'recall', {}, signal);
  }

  /** Closes the transaction at a window; the pad there then asks for a rating. */
  complete(window: string, request: v.InferInput<typeof CompleteRequest> = {}, signal?: AbortSignal) {
    return postWindowAction(this.target, window, 'complete', request, signal);
  }

  progress(query: v.InferInput<typeof ProgressQuery>, signal?: AbortSignal) {
    return getProgress(this.target, query, signal);
  }

  /**
   * Sends a rating once: the same `idempotencyKey` always yields the first answer, so a retry
   * after a lost response never rates twice. Prefer the outbox, which keeps it until sent.
   */
  submitRating(submission: RatingSubmission, idempotencyKey: string, signal?: AbortSignal) {
    return postRating(this.target, submission, idempotencyKey, signal);
  }

  ratingStats(query: RatingStatsQuery, signal?: AbortSignal) {
    return getRatingStats(this.target, query, signal);
  }

  /** Live hall events (ticket called, rating requested …), reconnecting with backoff. */
  events(options: SubscribeOptions): HallEventSubscription {
    return subscribeEvents(this.target, options);
  }
}
