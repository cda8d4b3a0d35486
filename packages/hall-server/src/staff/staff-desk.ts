import type { Hall, Staff, StaffSession } from '@zhengwu/core/contract';
import { isUniqueViolation } from '../db/transaction.js';
import { ApiError } from '../http/errors.js';
import type { HallStore } from '../store.js';
import { findStaff } from './roster.js';
import { endOfServiceDay, hallTimestamp } from './service-day.js';
import { hashSecret, matchesHash, newSecret } from './secrets.js';
import type { SignInLimit } from './sign-in-limit.js';
import { windowState } from './window-state.js';

/** Who is serving at a window: the signed-in clerk (the queue's window states show them). */
import type { WindowStaffSource } from '../queue/window-states.js';

export type { WindowStaffSource };

/** A live session as the server knows it (the token itself is never stored). */
export interface LiveSession {
  window: string;
  staff: Staff;
  expiresAt: number;
}

const SIGN_IN_ATTEMPTS = 5;

const refused = () =>
  new ApiError(401, 'unauthorized', 'The staff id or the credential is wrong.', undefined, { 'WWW-Authenticate': 'Bearer realm="hall"' });

/** Clerks signing in and out at windows; one session per window and per clerk. */
export class StaffDesk implements WindowStaffSource {
  constructor(
    private readonly store: HallStore,
    private readonly hall: Hall,
    private readonly limit: SignInLimit,
  ) {}

  get #zone() {
    return this.hall.timeZone ?? 'Asia/Shanghai';
  }

  /**
   * Checks the credential (guess-limited per staff id and address) and opens a session until
   * the service day ends; the clerk's session elsewhere and anyone else's at this window end.
   */
  async signIn(windowId: string, staffId: string, credential: string, address: string): Promise<StaffSession> {
    const giveBack = await this.limit.reserve(staffId, address);
    const row = await this.store.db.selectFrom('staff_credentials').select('hash').where('staff_id', '=', staffId).executeTakeFirst();
    const staff = findStaff(this.hall, staffId);
    // One answer for an unknown clerk and a wrong credential: neither tells which staff ids exist.
    if (!row || !staff || !matchesHash(credential, row.hash)) throw refused();
    await giveBack();
    const token = newSecret();
    const now = this.store.clock();
    const expiresAt = endOfServiceDay(now, this.#zone);
    const open = () =>
      this.store.write(async (trx, emit) => {
        const ended = await trx
          .deleteFrom('staff_sessions')
          .where((eb) => eb.or([eb('window_id', '=', windowId), eb('staff_id', '=', staffId)]))
          .returning('window_id')
          .execute();
        await trx
          .insertInto('staff_sessions')
          .values({
            token_hash: hashSecret(token),
            window_id: windowId,
            staff_id: staffId,
            started_at: hallTimestamp(now, this.#zone),
            expires_at: expiresAt,
          })
          .execute();
        // The board shows who serves where: the window the clerk left, and this one.
        for (const left of new Set(ended.map((row) => row.window_id).filter((id) => id !== windowId))) {
          emit({ type: 'window-changed', window: left, state: await windowState(trx, this.hall, left, undefined) });
        }
        emit({ type: 'window-changed', window: windowId, state: await windowState(trx, this.hall, windowId, staff) });
      });
    // PostgreSQL: a sign-in at the same window or by the same clerk committed meanwhile; the
    // next attempt's delete sees it. SQLite takes the write lock first and never gets here.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await open();
        break;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt === SIGN_IN_ATTEMPTS) throw error;
      }
    }
    return { window: windowId, staff, token, expiresAt: hallTimestamp(expiresAt, this.#zone) };
  }

  /** The live session of `token`, or undefined when it ended or never was. */
  async session(token: string): Promise<LiveSession | undefined> {
    const row = await this.store.db.selectFrom('staff_sessions').selectAll().where('token_hash', '=', hashSecret(token)).executeTakeFirst();
    return row ? this.#live(row) : undefined;
  }

  /** The session as the counter page reads it again after a reload (with the token it already has). */
  async describe(token: string): Promise<StaffSession | undefined> {
    const live = await this.session(token);
    return live && { window: live.window, staff: live.staff, token, expiresAt: hallTimestamp(live.expiresAt, this.#zone) };
  }

  async signOut(token: string): Promise<boolean> {
    return this.store.write(async (trx, emit) => {
      const ended = await trx
        .deleteFrom('staff_sessions')
        .where('token_hash', '=', hashSecret(token))
        .returning('window_id')
        .executeTakeFirst();
      if (ended)
        emit({ type: 'window-changed', window: ended.window_id, state: await windowState(trx, this.hall, ended.window_id, undefined) });
      return ended !== undefined;
    });
  }

  async staffAt(windowId: string): Promise<Staff | undefined> {
    const row = await this.store.db.selectFrom('staff_sessions').selectAll().where('window_id', '=', windowId).executeTakeFirst();
    return row ? this.#live(row)?.staff : undefined;
  }

  #live(row: { window_id: string; staff_id: string; expires_at: number | string }): LiveSession | undefined {
    const expiresAt = Number(row.expires_at);
    const staff = findStaff(this.hall, row.staff_id);
    if (expiresAt <= this.store.clock().getTime() || !staff) return undefined;
    return { window: row.window_id, staff, expiresAt };
  }
}
