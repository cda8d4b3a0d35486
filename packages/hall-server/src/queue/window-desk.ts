import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CompleteRequest, Hall, RatingTarget, ServiceWindow, WindowActionResult } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import { isUniqueViolation } from '../db/transaction.js';
import { ApiError } from '../http/errors.js';
import type { CatalogCache } from '../items/catalog-cache.js';
import type { HallStore } from '../store.js';
import type { WindowStaffSource } from '../staff/staff-desk.js';
import { dateAt, zonedTimestamp } from '@zhengwu/core/date';
import { answerForKey, answerForTransaction, completeHash, completeKey } from './complete-replay.js';
import { toTicket, type TicketRow } from './tickets.js';

// A conditional update loses only to another window taking the same ticket at that instant.
const CLAIM_ATTEMPTS = 8;

export class WindowDesk {
  constructor(
    private readonly store: HallStore,
    private readonly hall: Hall,
    private readonly catalog: CatalogCache,
    private readonly signedIn?: WindowStaffSource,
  ) {}

  window(id: string): ServiceWindow {
    const found = this.hall.windows.find((w) => w.id === id);
    if (!found) throw new ApiError(404, 'unknown_window', `There is no window ${id}.`);
    return found;
  }

  /** The window's previous ticket, if still open, counts as not shown up (skipped). */
  async callNext(windowId: string): Promise<WindowActionResult> {
    const window = this.window(windowId);
    const now = this.store.clock();
    const day = dateAt(now);
    const at = zonedTimestamp(now);
    return this.store.write(async (trx, emit) => {
      await trx
        .updateTable('tickets')
        .set({ status: 'skipped', done_at: at })
        .where('window_id', '=', window.id)
        .where('status', '=', 'called')
        .execute();
      if (window.categories.length === 0) return { window: window.id, ticket: null };
      for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
        const candidate = await trx
          .selectFrom('tickets')
          .selectAll()
          .where('day', '=', day)
          .where('status', '=', 'waiting')
          .where('category', 'in', window.categories)
          .orderBy('priority', 'desc')
          .orderBy('taken_at')
          .orderBy('number')
          .limit(1)
          .executeTakeFirst();
        if (!candidate) return { window: window.id, ticket: null };
        const claimed = await trx
          .updateTable('tickets')
          .set({ status: 'called', window_id: window.id, called_at: at })
          .where('id', '=', candidate.id)
          .where('status', '=', 'waiting')
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) continue;
        const row: TicketRow = { ...candidate, status: 'called', window_id: window.id, called_at: at };
        const ticket = toTicket(row, this.hall, 0, 0);
        emit({ type: 'ticket-called', ticket, window: window.id, recall: false });
        const counter = await trx
          .updateTable('ticket_counters')
          .set((eb) => ({
            waiting: eb('waiting', '-', 1),
            priority_waiting: eb('priority_waiting', '-', row.priority),
          }))
          .where('day', '=', row.day)
          .where('prefix', '=', row.prefix)
          .returning('waiting')
          .executeTakeFirstOrThrow();
        emit({ type: 'queue-changed', category: row.category, waiting: Number(counter.waiting) });
        return { window: window.id, ticket };
      }
      throw new ApiError(503, 'busy', 'The queue is busy; try again.');
    });
  }

  async recall(windowId: string): Promise<WindowActionResult> {
    const window = this.window(windowId);
    return this.store.write(async (trx, emit) => {
      const row = await currentTicket(trx, window.id);
      if (!row) return { window: window.id, ticket: null };
      const ticket = toTicket(row, this.hall, 0, 0);
      emit({ type: 'ticket-called', ticket, window: window.id, recall: true });
      return { window: window.id, ticket };
    });
  }

  /**
   * Closes the transaction at this window: the ticket being served is done, and a RatingTarget
   * bound to the window's staff, department, item and ticket is recorded for the pad to rate.
   */
  async complete(windowId: string, request: CompleteRequest, idempotencyKey?: string): Promise<WindowActionResult> {
    const window = this.window(windowId);
    const itemName = request.serviceItemCode ? this.catalog.nameOf(request.serviceItemCode) : undefined;
    if (request.serviceItemCode && !itemName) {
      throw new ApiError(422, 'unknown_service_item', 'The service item is not in the catalog.', [
        { path: 'serviceItemCode', message: 'not in the catalog' },
      ]);
    }
    // 被评价人: the clerk signed in here, else the window's configured staff.
    const clerk = (await this.signedIn?.staffAt(window.id)) ?? window.staff;
    const now = this.store.clock();
    const at = zonedTimestamp(now);
    const transactionId = request.transactionId ?? generateTransactionId(now);
    const key = idempotencyKey === undefined ? undefined : completeKey(window.id, idempotencyKey);
    const hash = completeHash(request);
    const replay = async (db: Kysely<Database>) =>
      request.transactionId
        ? answerForTransaction(db, request.transactionId, window.id, request)
        : key
          ? answerForKey(db, key, hash)
          : undefined;
    try {
      return await this.store.write(async (trx, emit) => {
        const first = await replay(trx);
        if (first) return first;
        const row = await currentTicket(trx, window.id);
        if (row) {
          await trx.updateTable('tickets').set({ status: 'done', done_at: at }).where('id', '=', row.id).execute();
        }
        const target: RatingTarget = {
          transactionId,
          windowId: window.id,
          windowName: window.name,
          department: window.department,
          completedAt: at,
        };
        if (clerk) {
          target.staffId = clerk.id;
          target.staffName = clerk.name;
          target.staffNumber = clerk.number;
        }
        if (request.serviceItemCode && itemName) {
          target.serviceItemCode = request.serviceItemCode;
          target.serviceItemName = itemName;
        }
        const ticket = row ? toTicket({ ...row, status: 'done', done_at: at }, this.hall, 0, 0) : null;
        if (ticket) target.ticketNumber = ticket.number;
        const answer: WindowActionResult = { window: window.id, ticket, rating: target };
        await trx
          .insertInto('transactions')
          .values({
            id: transactionId,
            window_id: window.id,
            window_name: window.name,
            staff_id: target.staffId ?? null,
            staff_name: target.staffName ?? null,
            staff_number: target.staffNumber ?? null,
            department: window.department,
            service_item_code: target.serviceItemCode ?? null,
            service_item_name: target.serviceItemName ?? null,
            ticket_id: row?.id ?? null,
            ticket_number: target.ticketNumber ?? null,
            completed_at: at,
            answer: JSON.stringify(answer),
          })
          .execute();
        if (key) {
          await trx
            .insertInto('idempotency_keys')
            .values({ key, request_hash: hash, status_code: 200, response: JSON.stringify(answer), created_at: at })
            .execute();
        }
        emit({ type: 'rating-requested', window: window.id, target });
        return answer;
      });
    } catch (error) {
      // PostgreSQL: the same retry committed in another request at the same instant.
      if (isUniqueViolation(error)) {
        const first = await replay(this.store.db);
        if (first) return first;
      }
      throw error;
    }
  }
}

async function currentTicket(trx: Kysely<Database>, windowId: string): Promise<TicketRow | undefined> {
  return trx
    .selectFrom('tickets')
    .selectAll()
    .where('window_id', '=', windowId)
    .where('status', '=', 'called')
    .orderBy('called_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** `T20261122-1a2b3c4d5e6f`: day plus 48 random bits, within the 50-character limit. */
function generateTransactionId(now: Date): string {
  return `T${dateAt(now).replaceAll('-', '')}-${randomBytes(6).toString('hex')}`;
}
