import { randomUUID } from 'node:crypto';
import type { Application, ApplicationRatingTarget, Hall, Rating, RatingTokenClaims } from '@zhengwu/core/contract';
import type { Kysely } from 'kysely';
import type { RatingSubmission } from '@zhengwu/core/contract';
import { dateAt, zonedTimestamp } from '@zhengwu/core/date';
import type * as v from 'valibot';
import type { ApplicationRatingTable, Database, RatingTable } from '../db/schema.js';
import { isUniqueViolation } from '../db/transaction.js';
import { ApiError } from '../http/errors.js';
import type { HallStore } from '../store.js';
import { requestHash } from './canonical.js';
import { addToRatingDays } from './rating-days.js';
import { toApplicationRating, toRating } from './rows.js';

type Submission = v.InferOutput<typeof RatingSubmission>;

function expired(): ApiError {
  return new ApiError(410, 'rating_token_expired', 'The rating token has expired; this transaction can no longer be rated with it.', [
    { path: 'token', message: 'expired' },
  ]);
}

export interface StoredResponse {
  status: 200 | 201;
  body: Rating;
}

/** Two submissions say the same thing (a resend under a new key is not a second rating). */
function sameContent(row: RatingTable | ApplicationRatingTable, submission: Submission): boolean {
  return (
    row.level === submission.level &&
    row.channel === submission.channel &&
    JSON.stringify((JSON.parse(row.reasons) as string[]).sort()) === JSON.stringify([...submission.reasons].sort()) &&
    (row.comment ?? '') === (submission.comment ?? '') &&
    (row.phone ?? '') === (submission.phone ?? '')
  );
}

/**
 * 好差评 intake: one rating per transaction (一次一评), bound to the RatingTarget that
 * `complete` recorded, exactly once per Idempotency-Key (the stored first response is
 * replayed), and only with a rating token the caller has verified. The token is spent by the
 * first rating: a different one is 409; its expiry counts only for a rating not yet stored, so
 * a retry of an acknowledged rating never fails for lateness.
 */
export class RatingDesk {
  readonly #reasons: Set<string>;

  constructor(
    private readonly store: HallStore,
    private readonly hall: Hall,
  ) {
    this.#reasons = new Set(hall.ratingReasons.map((reason) => reason.code));
  }

  async submit(key: string, raw: unknown, submission: Submission, token: RatingTokenClaims): Promise<StoredResponse> {
    const unknownReasons = submission.reasons.map((code, index) => ({ code, index })).filter(({ code }) => !this.#reasons.has(code));
    if (unknownReasons.length > 0) {
      throw new ApiError(
        422,
        'unknown_reason',
        "A reason is not in the hall's list.",
        unknownReasons.map(({ index }) => ({ path: `reasons.${index}`, message: 'not a reason code of this hall' })),
      );
    }
    const hash = requestHash(raw);
    const received = this.store.clock();
    try {
      return await this.store.write(async (trx, emit) => {
        // The key row is written first: a concurrent request with the same key waits on it.
        const claimed = await trx
          .insertInto('idempotency_keys')
          .values({ key, request_hash: hash, status_code: 0, response: '', created_at: zonedTimestamp(received) })
          .onConflict((oc) => oc.column('key').doNothing())
          .returning('key')
          .executeTakeFirst();
        if (!claimed) {
          const stored = await trx.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
          if (stored.request_hash !== hash) {
            throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was used with a different body.');
          }
          return { status: stored.status_code as StoredResponse['status'], body: JSON.parse(stored.response) as Rating };
        }

        if (token.kind === 'application') {
          const response = await this.#rateApplication(trx, submission, received, token.expiresAt);
          await trx
            .updateTable('idempotency_keys')
            .set({ status_code: response.status, response: JSON.stringify(response.body) })
            .where('key', '=', key)
            .execute();
          return response;
        }

        const transaction = await trx.selectFrom('transactions').selectAll().where('id', '=', submission.transactionId).executeTakeFirst();
        if (!transaction) {
          throw new ApiError(422, 'unknown_transaction', 'No finished transaction has this number.', [
            { path: 'transactionId', message: 'not recorded by a window' },
          ]);
        }
        if (transaction.window_id !== token.windowId) {
          throw new ApiError(401, 'invalid_rating_token', 'The rating token is not valid for this transaction.', [
            { path: 'token', message: 'issued for another window' },
          ]);
        }

        let response: StoredResponse;
        const existing = await trx.selectFrom('ratings').selectAll().where('transaction_id', '=', transaction.id).executeTakeFirst();
        if (existing) {
          if (!sameContent(existing, submission)) {
            throw new ApiError(409, 'already_rated', 'This transaction has been rated (一次一评).');
          }
          response = { status: 200, body: toRating(existing, transaction) };
        } else {
          if (received.getTime() >= token.expiresAt) throw expired();
          // The visitor's clock may be wrong: keep ratedAt between completion and receipt.
          const receivedMs = received.getTime();
          const completedMs = Date.parse(transaction.completed_at);
          const claimedMs = submission.ratedAt ? Date.parse(submission.ratedAt) : receivedMs;
          const ratedAt = new Date(Math.min(receivedMs, Math.max(completedMs, claimedMs)));
          const row: RatingTable = {
            id: randomUUID(),
            transaction_id: transaction.id,
            level: submission.level,
            channel: submission.channel,
            reasons: JSON.stringify(submission.reasons),
            comment: submission.comment ? submission.comment : null,
            phone: submission.phone ?? null,
            rated_at: zonedTimestamp(ratedAt),
            received_at: zonedTimestamp(received),
            day: dateAt(ratedAt),
            region_code: this.hall.regionCode,
            window_id: transaction.window_id,
            window_name: transaction.window_name,
            department: transaction.department,
            staff_id: transaction.staff_id,
          };
          await trx.insertInto('ratings').values(row).execute();
          await addToRatingDays(trx, row);
          response = { status: 201, body: toRating(row, transaction) };
          emit({ type: 'rating-received', window: transaction.window_id, transactionId: transaction.id });
        }
        await trx
          .updateTable('idempotency_keys')
          .set({ status_code: response.status, response: JSON.stringify(response.body) })
          .where('key', '=', key)
          .execute();
        return response;
      });
    } catch (error) {
      // PostgreSQL: another process rated the same transaction at the same instant.
      if (isUniqueViolation(error)) {
        throw new ApiError(409, 'already_rated', 'This transaction has been rated (一次一评).');
      }
      throw error;
    }
  }

  /** 一事一评 of a finished application, with the same once-only rule as a transaction. */
  async #rateApplication(trx: Kysely<Database>, submission: Submission, received: Date, expiresAt: number): Promise<StoredResponse> {
    const row = await trx.selectFrom('applications').select(['id', 'json']).where('id', '=', submission.transactionId).executeTakeFirst();
    const application = row ? (JSON.parse(row.json) as Omit<Application, 'applicant'>) : undefined;
    if (!application || application.status !== 'completed') {
      throw new ApiError(422, 'unknown_transaction', 'No finished application has this number.', [
        { path: 'transactionId', message: 'not a finished application' },
      ]);
    }
    const target: ApplicationRatingTarget = {
      kind: 'application',
      transactionId: application.id,
      department: application.department,
      serviceItemCode: application.serviceItemCode,
      serviceItemName: application.serviceItemName,
      ...(application.completedAt ? { completedAt: application.completedAt } : {}),
    };
    const existing = await trx
      .selectFrom('application_ratings')
      .selectAll()
      .where('application_id', '=', application.id)
      .executeTakeFirst();
    if (existing) {
      if (!sameContent(existing, submission)) throw new ApiError(409, 'already_rated', 'This transaction has been rated (一次一评).');
      return { status: 200, body: toApplicationRating(existing, target) };
    }
    if (received.getTime() >= expiresAt) throw expired();
    const completedMs = application.completedAt ? Date.parse(application.completedAt) : 0;
    const claimedMs = submission.ratedAt ? Date.parse(submission.ratedAt) : received.getTime();
    const ratedAt = new Date(Math.min(received.getTime(), Math.max(completedMs, claimedMs)));
    const rating: ApplicationRatingTable = {
      id: randomUUID(),
      application_id: application.id,
      level: submission.level,
      channel: submission.channel,
      reasons: JSON.stringify(submission.reasons),
      comment: submission.comment ? submission.comment : null,
      phone: submission.phone ?? null,
      rated_at: zonedTimestamp(ratedAt),
      received_at: zonedTimestamp(received),
      day: dateAt(ratedAt),
      region_code: this.hall.regionCode,
      department: application.department,
      service_item_code: application.serviceItemCode,
      service_item_name: application.serviceItemName,
    };
    await trx.insertInto('application_ratings').values(rating).execute();
    return { status: 201, body: toApplicationRating(rating, target) };
  }
}
