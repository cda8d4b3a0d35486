import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Application } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import { maskName } from './mask.js';
import { hashSecret, verifySecret } from './secret.js';

/**
 * 办件进度 by number and secret. An unknown number costs the same work as a wrong secret (a
 * derivation against a dummy hash), so neither the answer nor its timing tells them apart.
 */
export class ProgressDesk {
  readonly #dummyHash: Promise<string>;

  constructor(private readonly db: Kysely<Database>) {
    this.#dummyHash = hashSecret(randomBytes(12).toString('hex'));
  }

  async lookup(id: string, secret: string): Promise<Application | undefined> {
    const row = await this.db
      .selectFrom('applications')
      .select(['secret_hash', 'applicant_name', 'json'])
      .where('id', '=', id)
      .executeTakeFirst();
    const ok = await verifySecret(secret, row?.secret_hash ?? (await this.#dummyHash));
    if (!row || !ok) return undefined;
    const application = JSON.parse(row.json) as Omit<Application, 'applicant'>;
    return {
      ...application,
      applicant: maskName(row.applicant_name),
      stages: application.stages.map((stage) => (stage.handler ? { ...stage, handler: maskName(stage.handler) } : stage)),
    };
  }
}
