import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Application, ApplicationRating } from '@zhengwu/core/contract';
import { dateAt, zonedTimestamp } from '@zhengwu/core/date';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import type { HallKeys } from '../ratings/tokens.js';
import { maskName } from './mask.js';
import { hashSecret, verifySecret } from './secret.js';

/**
 * 办件进度 by number and secret. An unknown number costs the same work as a wrong secret (a
 * derivation against a dummy hash), so neither the answer nor its timing tells them apart.
 */
export class ProgressDesk {
  readonly #dummyHash: Promise<string>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly rating?: { keys: HallKeys; tokenMs: number; clock: Clock },
  ) {
    this.#dummyHash = hashSecret(randomBytes(12).toString('hex'));
  }

  /**
   * Rows stored before the contract had them lack the department, 即办件/承诺件 and the
   * acceptance date: the item's department, 承诺件 and the day of submission stand in.
   */
  async #withDefaults(application: Omit<Application, 'applicant'>): Promise<Omit<Application, 'applicant'>> {
    if (application.department && application.handling && application.acceptedOn) return application;
    const item = await this.db
      .selectFrom('catalog_items')
      .select('department')
      .where('code', '=', application.serviceItemCode)
      .executeTakeFirst();
    return {
      ...application,
      department: application.department || item?.department || application.serviceItemName,
      handling: application.handling ?? 'promised',
      acceptedOn: application.acceptedOn ?? dateAt(Date.parse(application.submittedAt)),
    };
  }

  /** 一事一评: a token for a finished, unrated application; the caller has proved the secret. */
  async #ratingOf(application: Omit<Application, 'applicant'>): Promise<ApplicationRating | undefined> {
    if (!this.rating || application.status !== 'completed') return undefined;
    const rated = await this.db
      .selectFrom('application_ratings')
      .select('id')
      .where('application_id', '=', application.id)
      .executeTakeFirst();
    if (rated) return { state: 'rated' };
    const expiresAt = this.rating.clock().getTime() + this.rating.tokenMs;
    return {
      state: 'open',
      token: this.rating.keys.applicationRatingToken(application.id, expiresAt),
      expiresAt: zonedTimestamp(new Date(expiresAt)),
    };
  }

  async lookup(id: string, secret: string): Promise<Application | undefined> {
    const row = await this.db
      .selectFrom('applications')
      .select(['secret_hash', 'applicant_name', 'json'])
      .where('id', '=', id)
      .executeTakeFirst();
    const ok = await verifySecret(secret, row?.secret_hash ?? (await this.#dummyHash));
    if (!row || !ok) return undefined;
    const application = await this.#withDefaults(JSON.parse(row.json) as Omit<Application, 'applicant'>);
    const rating = await this.#ratingOf(application);
    return {
      ...application,
      ...(rating ? { rating } : {}),
      applicant: maskName(row.applicant_name),
      stages: application.stages.map((stage) => (stage.handler ? { ...stage, handler: maskName(stage.handler) } : stage)),
    };
  }
}
