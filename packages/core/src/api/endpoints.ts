import * as v from 'valibot';
import { BundleGuide, BundlesResponse, type ServiceBundle } from '../contract/bundle.js';
import { CalendarYear } from '../contract/calendar.js';
import { CatalogResponse, ServiceItem, type ServiceItemSummary } from '../contract/catalog.js';
import { Health } from '../contract/errors.js';
import { Hall } from '../contract/hall.js';
import { Application, ProgressQuery } from '../contract/progress.js';
import {
  CompleteRequest,
  QueueState,
  RatingRequest,
  SignInRequest,
  StaffSession,
  Ticket,
  TicketRatingClaim,
  TicketReceipt,
  TicketRequest,
  TransferRequest,
  WindowActionResult,
} from '../contract/queue.js';
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
  /** The hall's back-office staff token, or a clerk's session token (`StaffSession.token`) for that window. */
  staffToken?: string;
  /** A self-service kiosk's token (`kiosk-token`): tickets taken with it skip the anonymous limits. */
  kioskToken?: string;
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

/**
 * `POST /tickets`: a queue ticket in a category, with the secret and short code that prove
 * holding it. Pass the same `idempotencyKey` when repeating a request whose answer was lost: the
 * server answers the first ticket again instead of issuing a second.
 */
export function postTicket(target: ApiTarget, request: v.InferInput<typeof TicketRequest>, signal?: AbortSignal, idempotencyKey?: string) {
  const body = v.parse(TicketRequest, request);
  const headers: Record<string, string> = target.kioskToken ? { authorization: `Bearer ${target.kioskToken}` } : {};
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  return requestJson(fetcherOf(target), apiUrl(target, '/tickets'), TicketReceipt, { method: 'POST', body, headers, signal });
}

/** `GET /tickets/{id}` with the ticket's secret (`Authorization: Bearer <secret>`): only its holder follows it. */
export function getTicket(target: ApiTarget, id: string, secret: string, signal?: AbortSignal) {
  return requestJson(fetcherOf(target), apiUrl(target, `/tickets/${encodeURIComponent(id)}`), Ticket, {
    headers: { authorization: `Bearer ${secret}` },
    signal,
  });
}

/** `POST /tickets/rating-token`: the rating of the transaction a ticket ended in, once, for its holder. */
export function postTicketRatingClaim(target: ApiTarget, claim: TicketRatingClaim, signal?: AbortSignal) {
  const body = v.parse(TicketRatingClaim, claim);
  return requestJson(fetcherOf(target), apiUrl(target, '/tickets/rating-token'), RatingRequest, { method: 'POST', body, signal });
}

/** `GET /queue`: waiting and estimated wait per category, windows, the last calls. */
export function getQueue(target: ApiTarget, signal?: AbortSignal) {
  return requestJson(fetcherOf(target), apiUrl(target, '/queue'), QueueState, { signal });
}

export type WindowAction = 'call-next' | 'recall' | 'no-show' | 'transfer' | 'pause' | 'resume' | 'complete';

/** A random Idempotency-Key; getRandomValues works in insecure contexts too (a clerk's page on plain http). */
export const randomKey = () => [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * `POST /windows/{window}/{action}` with the staff token or the clerk's session. `complete`
 * needs a `transactionId` or an Idempotency-Key for the server to recognise a retry: pass the
 * same `idempotencyKey` when repeating a call whose answer was lost (one is made up otherwise).
 * `transfer` takes a `TransferRequest`; the other actions no body.
 */
export function postWindowAction(
  target: ApiTarget,
  window: string,
  action: WindowAction,
  request: v.InferInput<typeof CompleteRequest> | v.InferInput<typeof TransferRequest> = {},
  signal?: AbortSignal,
  idempotencyKey?: string,
) {
  const body = action === 'complete' ? v.parse(CompleteRequest, request) : action === 'transfer' ? v.parse(TransferRequest, request) : {};
  const key =
    action === 'complete' ? (idempotencyKey ?? ((body as CompleteRequest).transactionId ? undefined : randomKey())) : idempotencyKey;
  const headers = { ...staffHeaders(target), ...(key ? { 'idempotency-key': key } : {}) };
  const url = apiUrl(target, `/windows/${encodeURIComponent(window)}/${action}`);
  return requestJson(fetcherOf(target), url, WindowActionResult, { method: 'POST', body, headers, signal });
}

/** `POST /windows/{window}/sign-in`: a clerk's own credential in, a session for this window out. */
export function postSignIn(target: ApiTarget, window: string, request: SignInRequest, signal?: AbortSignal) {
  const body = v.parse(SignInRequest, request);
  const url = apiUrl(target, `/windows/${encodeURIComponent(window)}/sign-in`);
  return requestJson(fetcherOf(target), url, StaffSession, { method: 'POST', body, signal });
}

/** `POST /windows/{window}/sign-out` with the session token (`staffToken`). */
export async function postSignOut(target: ApiTarget, window: string, signal?: AbortSignal): Promise<void> {
  const url = apiUrl(target, `/windows/${encodeURIComponent(window)}/sign-out`);
  await send(fetcherOf(target), url, { method: 'POST', headers: staffHeaders(target), signal });
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

/** `GET /catalog/bundles`: the 一件事 bundles, in catalog order. */
export async function getBundles(target: ApiTarget, signal?: AbortSignal): Promise<ServiceBundle[]> {
  return (await requestJson(fetcherOf(target), apiUrl(target, '/catalog/bundles'), BundlesResponse, { signal })).bundles;
}

/** `GET /catalog/bundles/{code}`: one bundle with the full 办事指南 of each of its items. */
export function getBundleGuide(target: ApiTarget, code: string, signal?: AbortSignal) {
  return requestJson(fetcherOf(target), apiUrl(target, `/catalog/bundles/${encodeURIComponent(code)}`), BundleGuide, { signal });
}
