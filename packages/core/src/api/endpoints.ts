import * as v from 'valibot';
import { Hall } from '../contract/hall.js';
import { Rating, RatingStats, RatingSubmission } from '../contract/rating.js';
import { requestJson, type FetchLike } from './request.js';

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
