// What the rating form decides, as plain functions (no DOM, no Lit): the element renders and
// wires them, the unit tests check them alone.
import { ZwConfigError, type OutboxItem } from '@zhengwu/core';
// The rules alone, not the contract's schemas: validation loads with the hall API (rating-api).
import {
  PHONE_NUMBER,
  RATING_CHANNELS,
  isBadRating,
  ratingTokenClaims,
  type RatingChannel,
  type RatingLevel,
} from '@zhengwu/core/contract/rating-rules';
import type { RatingReason, RatingSubmission, RatingTarget } from '@zhengwu/core/contract';
import { expected } from '../locales/expected.js';

/** Why a rating did not go through. */
export interface ZwRatingProblem {
  /**
   * `already-rated`: 409 (一次一评); `expired`: 410, the rating token is too old; `refused`: any
   * other refusal; `not-stored`: IndexedDB failed.
   */
  kind: 'already-rated' | 'expired' | 'refused' | 'not-stored';
  code: string;
  status?: number;
}

const TRANSACTION_ID = /^[A-Za-z0-9-]{1,50}$/;

/** What the attributes say is rated, and on which channel. */
export interface RatingSubject {
  transactionId: string;
  channel: RatingChannel;
}

/**
 * Checks `transaction-id`, `token`, `channel` and `.target` together and says what is rated;
 * throws a `ZwConfigError` naming the attribute that is wrong.
 */
export function ratingSubject(input: {
  transactionId?: string;
  token?: string;
  channel?: string;
  target?: RatingTarget;
  /** The provider's window: a rating there comes from the window's pad. */
  windowId?: string;
}): RatingSubject {
  const channel = input.channel ?? (input.windowId ? 'window-pad' : 'website');
  if (!(RATING_CHANNELS as readonly string[]).includes(channel)) {
    throw new ZwConfigError('channel', RATING_CHANNELS.join(' | '), channel);
  }
  const fromTarget = input.target?.transactionId;
  const claims = input.token ? ratingTokenClaims(input.token) : undefined;
  const id = input.transactionId ?? fromTarget ?? claims?.transactionId ?? '';
  // A token is a credential: errors name only its start.
  const shown = (input.token ?? '').slice(0, 8);
  const tokenExpected = expected('token', `the rating token the hall server issued for transaction ${id || '…'}`, { id: id || '…' });
  if (!id) throw new ZwConfigError('token', tokenExpected, shown);
  if (!TRANSACTION_ID.test(id))
    throw new ZwConfigError('transaction-id', expected('transactionId', 'a transaction id of up to 50 letters, digits or -'), id);
  if (fromTarget != null && fromTarget !== id) {
    const text = `the transaction id of .target (${fromTarget})`;
    throw new ZwConfigError('transaction-id', expected('targetTransaction', text, { id: fromTarget }), id);
  }
  if (claims?.transactionId !== id) throw new ZwConfigError('token', tokenExpected, shown);
  return { transactionId: id, channel: channel as RatingChannel };
}

/** Digits and dashes as a visitor may type them (full-width from a Chinese IME, spaces). */
export function normalizePhone(value: string): string {
  return value
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0D\u2010-\u2015]/g, '-')
    .replace(/\s+/g, '');
}

/** Whether a typed phone number is wrong (empty is fine: the number is optional). */
export function phoneInvalid(value: string): boolean {
  const phone = normalizePhone(value);
  return phone !== '' && !PHONE_NUMBER.test(phone);
}

/** The ticked reasons, in the hall's order, leaving out codes the list no longer has. */
export function chosenReasons(reasons: readonly RatingReason[], ticked: ReadonlySet<string>): string[] {
  return reasons.map((reason) => reason.code).filter((code) => ticked.has(code));
}

/** What the form holds. */
export interface RatingAnswers {
  level: RatingLevel | null;
  reasons: readonly RatingReason[];
  ticked: ReadonlySet<string>;
  comment: string;
  phone: string;
}

/** The first thing that stops a submit: no level, a 差评 without a reason, a wrong phone. */
export function firstProblem(answers: RatingAnswers): 'level' | 'reasons' | 'phone' | undefined {
  if (!answers.level) return 'level';
  if (!isBadRating(answers.level)) return undefined;
  if (chosenReasons(answers.reasons, answers.ticked).length === 0) return 'reasons';
  return phoneInvalid(answers.phone) ? 'phone' : undefined;
}

/** The submission for a level: reasons, comment and phone go only with a 差评. */
export function buildSubmission(
  subject: RatingSubject,
  token: string,
  level: RatingLevel,
  answers: RatingAnswers,
  ratedAt = new Date(),
): RatingSubmission {
  const bad = isBadRating(level);
  const submission: RatingSubmission = {
    transactionId: subject.transactionId,
    token,
    level,
    channel: subject.channel,
    reasons: bad ? chosenReasons(answers.reasons, answers.ticked) : [],
    ratedAt: ratedAt.toISOString(),
  };
  if (bad) {
    const comment = answers.comment.trim();
    const phone = normalizePhone(answers.phone);
    if (comment) submission.comment = comment;
    if (phone) submission.phone = phone;
  }
  return submission;
}

/** What a refusal the outbox kept aside means to the visitor. */
export function refusal(item: Pick<OutboxItem, 'lastError'>): ZwRatingProblem {
  const { status, code = 'unknown' } = item.lastError ?? {};
  const kind = status === 409 || code === 'already_rated' ? 'already-rated' : status === 410 ? 'expired' : 'refused';
  return { kind, code, status };
}
