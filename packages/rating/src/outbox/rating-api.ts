// What the rating needs only when it talks to the hall: the contract's schemas and their
// validation. Loaded on first use (see `ratingApi`), so the form shows without them.
import { ZwInvalidDataError, ZwServerError, apiUrl, getHall, postRating, validate } from '@zhengwu/core';
import { RatingSubmission, type RatingReason } from '@zhengwu/core/contract';

/** The hall's 不满意原因, from a `GET /hall` answer checked against the contract. */
export async function loadReasons(apiBase: string, signal: AbortSignal): Promise<RatingReason[]> {
  return (await getHall({ baseUrl: apiBase }, signal)).ratingReasons;
}

/**
 * Delivers one stored rating. A payload that no longer fits the contract (stored by an older
 * version) is refused as `invalid_submission`, so the outbox keeps it aside instead of retrying
 * it for ever. An acknowledgement (2xx) whose body does not match the contract still means the
 * server stored the rating, so it counts as sent.
 */
export async function sendRating(apiBase: string, payload: RatingSubmission, key: string, signal: AbortSignal): Promise<unknown> {
  const target = { baseUrl: apiBase };
  try {
    validate(RatingSubmission, payload, apiUrl(target, '/ratings'));
  } catch (error) {
    if (!(error instanceof ZwInvalidDataError)) throw error;
    throw new ZwServerError(422, 'invalid_submission', error.message, error.issues);
  }
  try {
    return await postRating(target, payload, key, signal);
  } catch (error) {
    if (error instanceof ZwInvalidDataError) return undefined;
    throw error;
  }
}
