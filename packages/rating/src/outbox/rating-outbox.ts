import { Outbox, type OutboxOptions } from '@zhengwu/core';
import { ratingApi } from './rating-api-loader.js';
import type { RatingSubmission } from '@zhengwu/core/contract';

import { RATING_KIND } from './rating-kind.js';

export { RATING_KIND, type RatingOutboxLike } from './rating-kind.js';
export { ratingApi } from './rating-api-loader.js';

/** One outbox per page, IndexedDB database and API base. */
const outboxes = new Map<string, Outbox>();

/** The API base as an absolute URL without a trailing slash, so `/api` and `http://host/api` match. */
function absoluteBase(apiBase: string): string {
  let base = apiBase;
  try {
    base = new URL(apiBase, globalThis.location?.href ?? 'http://localhost/').href;
  } catch {
    // keep it as given; the sender reports the failure
  }
  return base.replace(/\/+$/, '');
}

/**
 * The IndexedDB database that keeps ratings for one API base. Each API base has its own, so
 * an outbox never sends a rating to a hall other than the one it was given for.
 */
export function ratingOutboxName(apiBase: string): string {
  return `zhengwu-ratings ${absoluteBase(apiBase)}`;
}

/** Delivers one stored rating (see `sendRating`). */
function ratingSender(apiBase: string) {
  return async (payload: RatingSubmission, key: string, signal: AbortSignal): Promise<unknown> =>
    (await ratingApi(apiBase)).sendRating(apiBase, payload, key, signal);
}

/**
 * The page's shared outbox for ratings sent to `apiBase`: created on first use with the
 * `rating` sender registered (`postRating`, the item's key as Idempotency-Key)
 * and started, so ratings stored before a reload are replayed. Items hold the
 * `RatingSubmission`.
 *
 * `options.name` picks another IndexedDB database (tests); other options apply only when the
 * outbox is created.
 */
export function ratingOutbox(apiBase: string, options: OutboxOptions = {}): Outbox {
  const name = options.name ?? ratingOutboxName(apiBase);
  const id = `${name}\n${absoluteBase(apiBase)}`;
  let outbox = outboxes.get(id);
  if (!outbox) {
    outbox = new Outbox({ ...options, name });
    outbox.register<RatingSubmission>(RATING_KIND, ratingSender(apiBase));
    outboxes.set(id, outbox);
    outbox.start();
    // Fetched now, while the page is surely online, so a rating given offline can go later.
    ratingApi(apiBase).catch(() => undefined);
  }
  return outbox;
}

/** Stops and forgets the shared outbox of `apiBase` (tests, page teardown); stored items stay. */
export async function closeRatingOutbox(apiBase: string, options: { name?: string } = {}): Promise<void> {
  const name = options.name ?? ratingOutboxName(apiBase);
  const id = `${name}\n${absoluteBase(apiBase)}`;
  const outbox = outboxes.get(id);
  outboxes.delete(id);
  await outbox?.close();
}
