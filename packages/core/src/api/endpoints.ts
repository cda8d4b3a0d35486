import * as v from 'valibot';
import { CatalogResponse, ServiceItem, type ServiceItemSummary } from '../contract/catalog.js';
import { Hall } from '../contract/hall.js';
import { Rating, RatingStats, RatingSubmission } from '../contract/rating.js';
import { readJson, requestJson, send, validate, type FetchLike } from './request.js';
import { ZwServerError } from './errors.js';

/**
 * Where the hall API is and how to reach it. The endpoint functions below are standalone so a
 * widget that needs two of them does not ship the schemas of all the others (HallClient uses
 * them all).
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
export function getRatingStats(
  target: ApiTarget,
  query: { from: string; to: string; window?: string; department?: string },
  signal?: AbortSignal,
) {
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
  const url = apiUrl(target, '/catalog');
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
    const response = await send(fetcherOf(target), apiUrl(target, '/catalog/search-index'), {
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
