import type * as v from 'valibot';
import type { CompleteRequest, SignInRequest, TicketRatingClaim, TicketRequest, TransferRequest } from '../contract/queue.js';
import type { ProgressQuery } from '../contract/progress.js';
import type { RatingStatsQuery, RatingSubmission } from '../contract/rating.js';
import type { FetchLike } from './request.js';
import {
  apiUrl,
  getBundleGuide,
  getBundles,
  getCalendar,
  getCatalog,
  getCatalogItem,
  getCatalogSearchIndex,
  getHall,
  getHealth,
  getProgress,
  getQueue,
  getRatingStats,
  getTicket,
  postRating,
  postSignIn,
  postSignOut,
  postTicket,
  postTicketRatingClaim,
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
  /** A self-service kiosk's token (`kiosk-token`): tickets taken with it skip the anonymous limits. */
  kioskToken?: string;
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
    this.target = { baseUrl: this.baseUrl, fetch: options.fetch, staffToken: options.staffToken, kioskToken: options.kioskToken };
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

  /** Pass the same `idempotencyKey` when repeating a request whose answer was lost: never two tickets. */
  takeTicket(request: v.InferInput<typeof TicketRequest>, signal?: AbortSignal, idempotencyKey?: string) {
    return postTicket(this.target, request, signal, idempotencyKey);
  }

  /** A ticket as its holder sees it (the secret from its receipt). */
  ticket(id: string, secret: string, signal?: AbortSignal) {
    return getTicket(this.target, id, secret, signal);
  }

  /** The rating token of the transaction a ticket ended in, once. */
  claimTicketRating(claim: TicketRatingClaim, signal?: AbortSignal) {
    return postTicketRatingClaim(this.target, claim, signal);
  }

  queue(signal?: AbortSignal) {
    return getQueue(this.target, signal);
  }

  callNext(window: string, signal?: AbortSignal) {
    return postWindowAction(this.target, window, 'call-next', {}, signal);
  }

  recall(window: string, signal?: AbortSignal) {
    return postWindowAction(this.target, window, 'recall', {}, signal);
  }

  /** 过号: the hall's no-show rule re-queues or voids the ticket being served. */
  noShow(window: string, signal?: AbortSignal) {
    return postWindowAction(this.target, window, 'no-show', {}, signal);
  }

  /** 转办: the ticket being served goes to another category's queue or to one window. */
  transfer(window: string, request: v.InferInput<typeof TransferRequest>, signal?: AbortSignal) {
    return postWindowAction(this.target, window, 'transfer', request, signal);
  }

  pause(window: string, signal?: AbortSignal) {
    return postWindowAction(this.target, window, 'pause', {}, signal);
  }

  resume(window: string, signal?: AbortSignal) {
    return postWindowAction(this.target, window, 'resume', {}, signal);
  }

  /**
   * Closes the transaction at a window; the pad there then asks for a rating. Pass the same
   * `idempotencyKey` when repeating a call whose answer was lost (one is made up otherwise).
   */
  complete(window: string, request: v.InferInput<typeof CompleteRequest> = {}, signal?: AbortSignal, idempotencyKey?: string) {
    return postWindowAction(this.target, window, 'complete', request, signal, idempotencyKey);
  }

  signIn(window: string, request: SignInRequest, signal?: AbortSignal) {
    return postSignIn(this.target, window, request, signal);
  }

  /** Ends the session held in `staffToken`. */
  signOut(window: string, signal?: AbortSignal) {
    return postSignOut(this.target, window, signal);
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

  /** The 一件事 bundles, in catalog order. */
  bundles(signal?: AbortSignal) {
    return getBundles(this.target, signal);
  }

  /** One bundle with the full 办事指南 of each of its items. */
  bundleGuide(code: string, signal?: AbortSignal) {
    return getBundleGuide(this.target, code, signal);
  }
}
