import * as v from 'valibot';
import { CalendarYear } from '../contract/calendar.js';
import { CompleteRequest, Ticket, TicketRequest, WindowActionResult } from '../contract/queue.js';
import { Application, ProgressQuery } from '../contract/progress.js';
import type { RatingStatsQuery, RatingSubmission } from '../contract/rating.js';
import { Health } from '../contract/errors.js';
import { requestJson, type FetchLike } from './request.js';
import { getCatalog, getCatalogItem, getCatalogSearchIndex, getHall, getRatingStats, postRating, type CatalogResult } from './endpoints.js';
import { subscribeHallEvents, type HallEventSubscription, type SubscribeOptions } from './events.js';

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
 * The only code that knows the hall API's URLs. Every answer is validated against the
 * contract; failures are typed (`ZwOfflineError`, `ZwServerError`, `ZwInvalidDataError`);
 * every call takes an `AbortSignal`.
 */
export class HallClient {
  readonly baseUrl: string;
  private readonly fetcher: FetchLike;

  constructor(private readonly options: HallClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  private get target() {
    return { baseUrl: this.baseUrl, fetch: this.fetcher, staffToken: this.options.staffToken };
  }

  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  private get staffHeaders(): Record<string, string> {
    return this.options.staffToken ? { authorization: `Bearer ${this.options.staffToken}` } : {};
  }

  health(signal?: AbortSignal) {
    return requestJson(this.fetcher, this.url('/health'), Health, { signal });
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
    return requestJson(this.fetcher, this.url(`/calendar/${year}`), CalendarYear, { signal });
  }

  takeTicket(request: v.InferInput<typeof TicketRequest>, signal?: AbortSignal) {
    const body = v.parse(TicketRequest, request);
    const headers: Record<string, string> = this.options.kioskToken ? { authorization: `Bearer ${this.options.kioskToken}` } : {};
    return requestJson(this.fetcher, this.url('/tickets'), Ticket, { method: 'POST', body, headers, signal });
  }

  ticket(id: string, signal?: AbortSignal) {
    return requestJson(this.fetcher, this.url(`/tickets/${encodeURIComponent(id)}`), Ticket, { signal });
  }

  private windowAction(window: string, action: string, body: unknown, signal?: AbortSignal, headers: Record<string, string> = {}) {
    return requestJson(this.fetcher, this.url(`/windows/${encodeURIComponent(window)}/${action}`), WindowActionResult, {
      method: 'POST',
      body,
      headers: { ...this.staffHeaders, ...headers },
      signal,
    });
  }

  callNext(window: string, signal?: AbortSignal) {
    return this.windowAction(window, 'call-next', {}, signal);
  }

  recall(window: string, signal?: AbortSignal) {
    return this.windowAction(window, 'recall', {}, signal);
  }

  /**
   * Closes the transaction at a window; the pad there then asks for a rating. The server needs
   * a `transactionId` or an Idempotency-Key to recognise a retry: pass the same
   * `idempotencyKey` when repeating a call whose answer was lost (one is made up otherwise).
   */
  complete(window: string, request: v.InferInput<typeof CompleteRequest> = {}, signal?: AbortSignal, idempotencyKey?: string) {
    const body = v.parse(CompleteRequest, request);
    // getRandomValues works in insecure contexts too (a clerk's page on plain http).
    const made = () => [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const key = idempotencyKey ?? (body.transactionId ? undefined : made());
    return this.windowAction(window, 'complete', body, signal, key ? { 'idempotency-key': key } : {});
  }

  progress(query: v.InferInput<typeof ProgressQuery>, signal?: AbortSignal) {
    const { id, secret } = v.parse(ProgressQuery, query);
    const search = new URLSearchParams({ id, secret });
    return requestJson(this.fetcher, this.url(`/progress?${search}`), Application, { signal });
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
    return subscribeHallEvents(this.fetcher, this.url('/events'), options);
  }
}
