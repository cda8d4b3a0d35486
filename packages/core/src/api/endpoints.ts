import * as v from 'valibot';
import { CalendarYear } from '../contract/calendar.js';
import { CatalogResponse, ServiceItem, type ServiceItemSummary } from '../contract/catalog.js';
import { Health } from '../contract/errors.js';
import { Hall } from '../contract/hall.js';
import { Application, ProgressQuery } from '../contract/progress.js';
import { CompleteRequest, Ticket, TicketRequest, WindowActionResult } from '../contract/queue.js';
import { Rating, RatingStats, RatingSubmission, type RatingStatsQuery } from '../contract/rating.js';
import { readJson, requestJson, send, validate, type FetchLike } from './request.js';
import { ZwServerError } from './errors.js';

/**
 * Where the hall API is and how to reach it.
 *
 * This module (with `events.ts` for the event stream) is the only code that knows the hall API's
 * paths. The endpoint functions are standalone so a widget that needs two of them does not ship
 * the schemas of all the others; `HallClient` is a thin wrapper that binds them to one target.
 */
export interface ApiTarget {
  baseUrl: string;
  fetch?: FetchLike;
  staffToken?: string;
}

export function apiUrl(target: ApiTarget, path: string): string {
  return `${target.baseUrl.replace(/\/+$/, '')}${path}`;
}

export function fetcherOf(target: ApiTarget): FetchLike {
  return target.fetch ?? ((input, init) => globalThis.fetch(input, init));
}

function staffHeaders(target: ApiTarget): Record<string, string> {
  return target.staffToken ? { authorization: `Bearer ${target.staffToken}` } : {};
}

/** `GET /health`. */
export function getHealth(target: ApiTarget, signal?: AbortSignal) {
  return requestJson(fetcherOf(target), apiUrl(target, '/health'), Health, { signal });
}

/** `GET /calendar/{year}`: the year's working days and holidays. */
export function getCalendar(target: ApiTarget, year: number, signal?: AbortSignal) {
  return requestJson(fetcherOf(target), apiUrl(target, `/calendar/${year}`), CalendarYear, { signal });
}

/** `POST /tickets`: a queue ticket in a category. */
export function postTicket(target: ApiTarget, request: v.InferInput<typeof TicketRequest>, signal?: AbortSignal) {
  const body = v.parse(TicketRequest, request);
  return requestJson(fetcherOf(target), apiUrl(target, '/tickets'), Ticket, { method: 'POST', body, signal });
}

/** `GET /tickets/{id}`. */
export function getTicket(target: ApiTarget, id: string, signal?: AbortSignal) {
  return requestJson(fetcherOf(target), apiUrl(target, `/tickets/${encodeURIComponent(id)}`), Ticket, { signal });
}

export type WindowAction = 'call-next' | 'recall' | 'complete';

/** `POST /windows/{window}/{action}` with the staff token. */
export function postWindowAction(
  target: ApiTarget,
  window: string,
  action: WindowAction,
  request: v.InferInput<typeof CompleteRequest> = {},
  signal?: AbortSignal,
) {
  const body = action === 'complete' ? v.parse(CompleteRequest, request) : {};
  const url = apiUrl(target, `/windows/${encodeURIComponent(window)}/${action}`);
  return requestJson(fetcherOf(target), url, WindowActionResult, { method: 'POST', body, headers: staffHeaders(target), signal });
}

/** `GET /progress?id&secret`: an application's progress. */
export function getProgress(target: ApiTarget, query: v.InferInput<typeof ProgressQuery>, signal?: AbortSignal) {
  const { id, secret } = v.parse(ProgressQuery, query);
  const search = new URLSearchParams({ id, secret });
  return requestJson(fetcherOf(target), apiUrl(target, `/progress?${search}`), Application, { signal });
}

/** Where the catalog and its prebuilt index are, e.g. as keys of a saved copy. */
export const catalogUrl = (target: ApiTarget) => apiUrl(target, '/catalog');
export const catalogSearchIndexUrl = (target: ApiTarget) => apiUrl(target, '/catalog/search-index');

/** `GET /hall`: windows, queue categories, rating reasons. */
export function getHall(target: ApiTarget, signal?: AbortSignal) {
  return requestJson(fetcherOf(target), apiUrl(target, '/hall'), Hall, { signal });
}

/** `POST /ratings` once per idempotency key; the same key always yields the first answer. */
export function postRating(target: ApiTarget, submission: RatingSubmission, idempotencyKey: string, signal?: AbortSignal) {
  const body = v.parse(RatingSubmission, submission);
  return requestJson(fetcherOf(target), apiUrl(target, '/ratings'), Rating, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': idempotencyKey },
    signal,
  });
}

/** `GET /ratings/stats` for a date range, optionally one window or department. */
export function getRatingStats(target: ApiTarget, query: RatingStatsQuery, signal?: AbortSignal) {
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value) as [string, string][]);
  return requestJson(fetcherOf(target), apiUrl(target, `/ratings/stats?${search}`), RatingStats, { signal });
}

export interface CatalogResult {
  /** `null` when the server said the cached copy (`etag`) is still current. */
  items: ServiceItemSummary[] | null;
  version: string;
  etag: string | null;
}

/** `GET /catalog`: the summaries; pass the last `etag` to get `items: null` when unchanged. */
export async function getCatalog(target: ApiTarget, options: { etag?: string | null; signal?: AbortSignal } = {}): Promise<CatalogResult> {
  const url = catalogUrl(target);
  const headers: Record<string, string> = options.etag ? { 'if-none-match': options.etag } : {};
  const response = await send(fetcherOf(target), url, { headers, signal: options.signal });
  const etag = response.headers.get('etag');
  if (response.status === 304) return { items: null, version: options.etag ?? '', etag: etag ?? options.etag ?? null };
  const body = validate(CatalogResponse, await readJson(response, url), url);
  return { items: body.items, version: body.version, etag };
}

/**
 * `GET /catalog/search-index`: the index the server built for catalog version `etag` (bytes for
 * `CatalogIndex.fromSerialized`), or null when it has none for that version.
 */
export async function getCatalogSearchIndex(target: ApiTarget, etag: string, signal?: AbortSignal): Promise<ArrayBuffer | null> {
  try {
    const response = await send(fetcherOf(target), catalogSearchIndexUrl(target), {
      headers: { accept: 'application/octet-stream' },
      signal,
    });
    return response.headers.get('etag') === etag ? await response.arrayBuffer() : null;
  } catch (error) {
    if (error instanceof ZwServerError && error.status === 404) return null;
    throw error;
  }
}

/** `GET /catalog/{code}`: one item's full 办事指南. */
export function getCatalogItem(target: ApiTarget, code: string, signal?: AbortSignal) {
  return requestJson(fetcherOf(target), apiUrl(target, `/catalog/${encodeURIComponent(code)}`), ServiceItem, { signal });
}
