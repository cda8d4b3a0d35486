import type { Outbox } from '@zhengwu/core';

/** The kind of outbox item that holds a `RatingSubmission`. */
export const RATING_KIND = 'rating';

/**
 * What a rating widget needs of an outbox: the page's `ratingOutbox`, or a stand-in (stories,
 * tests) that stores and answers the same way.
 */
export type RatingOutboxLike = Pick<Outbox, 'add' | 'items' | 'addEventListener' | 'removeEventListener'>;
