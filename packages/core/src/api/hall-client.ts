import * as v from 'valibot';
import { CatalogResponse, ServiceItem, type ServiceItemSummary } from '../contract/catalog.js';
import { CalendarYear } from '../contract/calendar.js';
import { CompleteRequest, Ticket, TicketRequest, WindowActionResult } from '../contract/queue.js';
import { Application, ProgressQuery } from '../contract/progress.js';
import type { RatingSubmission } from '../contract/rating.js';
import { Health } from '../contract/errors.js';
import { requestJson, send, validate, type FetchLike } from './request.js';
import { ZwServerError } from './errors.js';
import { getHall, getRatingStats, postRating } from './endpoints.js';
import { subscribeHallEvents, type HallEventSubscription, type SubscribeOptions } from './events.js';

export interface HallClientOptions {
  /** Base URL of the API, e.g. `/api` or `https://hall.example.gov.cn/api`. */
  baseUrl: string;
  /** Staff token for window actions (call-next, recall, complete). */
  staffToken?: string;
  fetch?: FetchLike;
}

export interface CatalogResult {
  /** `null` when the server said the cached copy (`etag`) is still current. */
  items: ServiceItemSummary[] | null;
  version: string;
  etag: string | null;
}

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
  async catalog(options: { etag?: string | null; signal?: AbortSignal } = {}): Promise<CatalogResult> {
    const url = this.url('/catalog');
    const headers: Record<string, string> = options.etag ? { 'if-none-match': options.etag } : {};
    const response = await send(this.fetcher, url, { headers, signal: options.signal });
    const etag = response.headers.get('etag');
    if (response.status === 304) return { items: null, version: options.etag ?? '', etag: etag ?? options.etag ?? null };
    const body = validate(CatalogResponse, await response.json(), url);
    return { items: body.items, version: body.version, etag };
  }

  /**
   * The search index the server built for the catalog version `etag` (bytes for
   * `CatalogIndex.fromSerialized`), or null when it has none for that version.
   */
  async catalogSearchIndex(etag: string, signal?: AbortSignal): Promise<ArrayBuffer | null> {
    try {
      const response = await send(this.fetcher, this.url('/catalog/search-index'), {
        headers: { accept: 'application/octet-stream' },
        signal,
      });
      return response.headers.get('etag') === etag ? await response.arrayBuffer() : null;
    } catch (error) {
      if (error instanceof ZwServerError && error.status === 404) return null;
      throw error;
    }
  }

  catalogItem(code: string, signal?: AbortSignal) {
    return requestJson(this.fetcher, this.url(`/catalog/${encodeURIComponent(code)}`), ServiceItem, { signal });
  }

  calendar(year: number, signal?: AbortSignal) {
    return requestJson(this.fetcher, this.url(`/calendar/${year}`), CalendarYear, { signal });
  }

  takeTicket(request: v.InferInput<typeof TicketRequest>, signal?: AbortSignal) {
    const body = v.parse(TicketRequest, request);
    return requestJson(this.fetcher, this.url('/tickets'), Ticket, { method: 'POST', body, signal });
  }

  ticket(id: string, signal?: AbortSignal) {
    return requestJson(this.fetcher, this.url(`/tickets/${encodeURIComponent(id)}`), Ticket, { signal });
  }

  private windowAction(window: string, action: string, body: unknown, signal?: AbortSignal) {
    return requestJson(
      this.fetcher,
      this.url(`/windows/${encodeURIComponent(window)}/${action}`),
      WindowActionResult,
      { method: 'POST', body, headers: this.staffHeaders, signal },
    );
  }

  callNext(window: string, signal?: AbortSignal) {
    return this.windowAction(window, 'call-next', {}, signal);
  }

  recall(window: string, signal?: AbortSignal) {
    return this.windowAction(window, 'recall', {}, signal);
  }

  /** Closes the transaction at a window; the pad there then asks for a rating. */
  complete(window: string, request: v.InferInput<typeof CompleteRequest> = {}, signal?: AbortSignal) {
    return this.windowAction(window, 'complete', v.parse(CompleteRequest, request), signal);
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

  ratingStats(query: { from: string; to: string; window?: string; department?: string }, signal?: AbortSignal) {
    return getRatingStats(this.target, query, signal);
  }

  /** Live hall events (ticket called, rating requested …), reconnecting with backoff. */
  events(options: SubscribeOptions): HallEventSubscription {
    return subscribeHallEvents(this.fetcher, this.url('/events'), options);
  }
}
