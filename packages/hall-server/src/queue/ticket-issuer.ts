import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Hall, QueueCategory, TicketReceipt } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import type { HallStore } from '../store.js';
import { checkIn, undoCheckIn } from './appointments.js';
import type { HallZone } from './hall-zone.js';
import { allowance, checkIssuingHours, refusal } from './issuing-rules.js';
import { orderKey } from './order.js';
import { logTicketEvents } from './ticket-log.js';
import { newShortCode, newTicketSecret, secretHash, shortCodeHash } from './ticket-secrets.js';
import { countAhead, toTicket, type TicketRow } from './tickets.js';
import type { WaitEstimator } from './wait-estimator.js';

/** How a repeat of the same request (its Idempotency-Key) finds the first receipt. */
export interface TicketReplay {
  /** The `idempotency_keys` row. */
  rowKey: string;
  /** Of the request body: the same key with another body is a conflict. */
  hash: string;
  seal(receipt: TicketReceipt): string;
  open(stored: string): TicketReceipt | undefined;
}

export interface TicketOrder {
  category: QueueCategory;
  priority: boolean;
  appointmentCode?: string;
  /** Without a kiosk token: counted against the category's anonymous share. */
  anonymous: boolean;
  replay?: TicketReplay;
}

interface Pending extends TicketOrder {
  resolve: (receipt: TicketReceipt) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 256;

export const keyReused = () =>
  new ApiError(409, 'idempotency_key_reused', 'This Idempotency-Key was used with a different body.', [
    { path: 'Idempotency-Key', message: 'used before with another body' },
  ]);

/**
 * Issues tickets in batches: requests that arrive while a commit is under way share the
 * next transaction (group commit), so one fsync serves many tickets. Numbers come from a
 * per-(day, prefix) counter row, incremented with `INSERT … ON CONFLICT DO UPDATE … RETURNING`
 * under the write lock (SQLite's BEGIN IMMEDIATE, the row lock in PostgreSQL), so several
 * server processes never hand out the same number. Each ticket of a batch is answered on its
 * own: a category out of numbers refuses only the tickets past its last one, never the others.
 *
 * A request with an Idempotency-Key claims its key row first (in key order, before any
 * counter: one lock order for every process): a repeat, in the same batch or another process,
 * gets the first receipt and never a second number. Appointment codes are checked in before
 * numbers are counted, so a wrong code costs no number.
 */
export class TicketIssuer {
  #queue: Pending[] = [];
  #running = false;
  #scheduled = false;

  constructor(
    private readonly store: HallStore,
    private readonly hall: Hall,
    private readonly estimator: WaitEstimator,
    private readonly zone: HallZone,
    /** Share of a category's daily numbers that anonymous issuing may take. */
    private readonly anonymousShare = 0.5,
  ) {}

  issue(order: TicketOrder): Promise<TicketReceipt> {
    checkIssuingHours(order.category, this.store.clock(), this.zone);
    return new Promise<TicketReceipt>((resolve, reject) => {
      this.#queue.push({ ...order, resolve, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#running || this.#scheduled || this.#queue.length === 0) return;
    this.#scheduled = true;
    // After the current I/O phase, so that requests already received join this batch.
    setImmediate(() => {
      this.#scheduled = false;
      void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    this.#running = true;
    const batch = this.#queue.splice(0, MAX_BATCH);
    try {
      const answers = await this.#issueBatch(batch);
      batch.forEach((pending, index) => {
        const answer = answers[index];
        if (answer instanceof ApiError) pending.reject(answer);
        else pending.resolve(answer);
      });
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    } finally {
      this.#running = false;
      this.#schedule();
    }
  }

  async #issueBatch(batch: Pending[]): Promise<Array<TicketReceipt | ApiError>> {
    const estimates = await this.estimator.prepare(batch.map((pending) => pending.category.code));
    const now = this.store.clock();
    const day = this.zone.day(now);
    const takenAt = this.zone.timestamp(now);

    return this.store.write(async (trx, emit) => {
      const answers: Array<TicketReceipt | ApiError | undefined> = new Array(batch.length);
      const ids = batch.map(() => randomUUID());

      // 1. Idempotency keys, in key order: a repeat in this batch follows its first.
      const leaderOf = new Map<string, number>();
      const followers = new Map<number, number>();
      const claims = batch
        .map((pending, index) => ({ pending, index }))
        .filter(({ pending }) => pending.replay)
        .sort((a, b) => (a.pending.replay!.rowKey < b.pending.replay!.rowKey ? -1 : 1));
      for (const { pending, index } of claims) {
        const replay = pending.replay!;
        const leader = leaderOf.get(replay.rowKey);
        if (leader !== undefined) {
          followers.set(index, leader);
          continue;
        }
        leaderOf.set(replay.rowKey, index);
        const first = await claimKey(trx, replay, takenAt);
        if (first) answers[index] = first;
      }

      // 2. Appointments: checked in before any number is counted, in code order (one lock order).
      const checkIns = [...batch.entries()]
        .filter(([index, pending]) => pending.appointmentCode && !answers[index] && !followers.has(index))
        .sort(([, a], [, b]) => (a.appointmentCode! < b.appointmentCode! ? -1 : 1));
      for (const [index, pending] of checkIns) {
        if (!pending.appointmentCode) continue;
        const refused = await checkIn(trx, pending.appointmentCode, day, pending.category.code, ids[index], takenAt);
        if (refused) answers[index] = refused;
      }

      // 3. Numbers, per category in prefix order (the same lock order in every process).
      const groups = new Map<string, number[]>();
      batch.forEach((pending, index) => {
        if (answers[index] || followers.has(index)) return;
        const list = groups.get(pending.category.code) ?? [];
        list.push(index);
        groups.set(pending.category.code, list);
      });
      const categories = [...groups.keys()]
        .map((code) => this.hall.categories.find((c) => c.code === code)!)
        .sort((a, b) => a.prefix.localeCompare(b.prefix));
      const logged: Parameters<typeof logTicketEvents>[1] = [];
      for (const category of categories) {
        const indexes = groups.get(category.code)!;
        const isPriority = (index: number) => category.priority || batch[index].priority;
        const count = (list: number[], test: (index: number) => boolean) => list.filter(test).length;
        // Numbers and queue length for the whole group in one statement (the row stays locked
        // until commit); taken back below in the rare case that the group asked for too many.
        const counter = await trx
          .insertInto('ticket_counters')
          .values({
            day,
            prefix: category.prefix,
            last_number: indexes.length,
            waiting: indexes.length,
            priority_waiting: count(indexes, isPriority),
            anonymous: count(indexes, (index) => batch[index].anonymous),
          })
          .onConflict((oc) =>
            oc.columns(['day', 'prefix']).doUpdateSet((eb) => ({
              last_number: eb('ticket_counters.last_number', '+', eb.ref('excluded.last_number')),
              waiting: eb('ticket_counters.waiting', '+', eb.ref('excluded.waiting')),
              priority_waiting: eb('ticket_counters.priority_waiting', '+', eb.ref('excluded.priority_waiting')),
              anonymous: eb('ticket_counters.anonymous', '+', eb.ref('excluded.anonymous')),
            })),
          )
          .returning(['last_number', 'waiting', 'priority_waiting', 'anonymous'])
          .executeTakeFirstOrThrow();
        const before = {
          last: Number(counter.last_number) - indexes.length,
          waiting: Number(counter.waiting) - indexes.length,
          priority: Number(counter.priority_waiting) - count(indexes, isPriority),
          anonymous: Number(counter.anonymous) - count(indexes, (index) => batch[index].anonymous),
        };

        // Who gets a number, in arrival order, within what the category had left.
        const left = allowance(category, before.last, before.anonymous, this.anonymousShare);
        const accepted: number[] = [];
        for (const index of indexes) {
          const pending = batch[index];
          if (left.left <= 0) answers[index] = refusal(left.bound, category);
          else if (pending.anonymous && left.anonymousLeft <= 0) answers[index] = refusal('anonymous', category);
          else {
            accepted.push(index);
            left.left -= 1;
            if (pending.anonymous) left.anonymousLeft -= 1;
          }
        }
        if (accepted.length < indexes.length) {
          await trx
            .updateTable('ticket_counters')
            .set({
              last_number: before.last + accepted.length,
              waiting: before.waiting + accepted.length,
              priority_waiting: before.priority + count(accepted, isPriority),
              anonymous: before.anonymous + count(accepted, (index) => batch[index].anonymous),
            })
            .where('day', '=', day)
            .where('prefix', '=', category.prefix)
            .execute();
          for (const index of indexes) {
            const code = batch[index].appointmentCode;
            if (answers[index] && code) await undoCheckIn(trx, code, ids[index]);
          }
        }
        if (accepted.length === 0) continue;

        const first = before.last + 1;
        let total = before.waiting;
        let priorityWaiting = before.priority;
        const secrets = accepted.map(() => ({ secret: newTicketSecret(), shortCode: newShortCode() }));
        const rows: TicketRow[] = accepted.map((index, offset) => {
          const pending = batch[index];
          const id = ids[index];
          return {
            id,
            day,
            prefix: category.prefix,
            number: first + offset,
            category: category.code,
            priority: isPriority(index) ? 1 : 0,
            status: 'waiting',
            taken_at: takenAt,
            called_at: null,
            done_at: null,
            window_id: null,
            appointment_code: pending.appointmentCode ?? null,
            secret_hash: secretHash(secrets[offset].secret),
            short_code_hash: shortCodeHash(id, secrets[offset].shortCode),
            order_key: orderKey(day, now.getTime(), offset),
            appointment: pending.appointmentCode ? 1 : 0,
            recalls: 0,
            requeues: 0,
            transferred_from: null,
            target_window: null,
            last_change: null,
          };
        });
        await trx.insertInto('tickets').values(rows).execute();
        for (const [offset, row] of rows.entries()) {
          // Walk-ins queue behind everyone waiting (priority ones behind the priority tickets);
          // a checked-in appointment goes ahead of the walk-ins.
          const ahead = row.appointment ? await countAhead(trx, row) : row.priority ? priorityWaiting : total;
          const ticket = toTicket(row, this.hall, ahead, estimates.range(category.code, ahead));
          answers[accepted[offset]] = { ...ticket, ...secrets[offset] };
          total += 1;
          if (row.priority) priorityWaiting += 1;
          logged.push({ ticket: row.id, kind: row.appointment ? 'checked-in' : 'issued', at: takenAt });
        }
        emit({
          type: 'queue-changed',
          category: category.code,
          waiting: total,
          estimatedWait: estimates.range(category.code, category.priority ? priorityWaiting : total),
        });
      }
      await logTicketEvents(trx, logged);

      // 4. The first answer of each key, sealed; a refused request leaves no key behind.
      for (const [rowKey, index] of leaderOf) {
        const answer = answers[index];
        const replay = batch[index].replay!;
        if (answer instanceof ApiError)
          await trx.deleteFrom('idempotency_keys').where('key', '=', rowKey).where('status_code', '=', 0).execute();
        else if (answer && !isReplayed(answer, ids[index])) {
          await trx
            .updateTable('idempotency_keys')
            .set({ status_code: 201, response: replay.seal(answer) })
            .where('key', '=', rowKey)
            .execute();
        }
      }
      for (const [index, leader] of followers) {
        answers[index] = batch[index].replay!.hash === batch[leader].replay!.hash ? answers[leader] : keyReused();
      }
      return answers as Array<TicketReceipt | ApiError>;
    });
  }
}

/** A receipt read back from an earlier request (not the ticket made for this one). */
const isReplayed = (receipt: TicketReceipt, id: string) => receipt.id !== id;

/**
 * Claims the key row; when another request claimed it first (committed: PostgreSQL waits for
 * it), its receipt, or a conflict for another body.
 */
async function claimKey(trx: Kysely<Database>, replay: TicketReplay, at: string): Promise<TicketReceipt | ApiError | undefined> {
  const claimed = await trx
    .insertInto('idempotency_keys')
    .values({ key: replay.rowKey, request_hash: replay.hash, status_code: 0, response: '', created_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  if (claimed) return undefined;
  const stored = await trx
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response'])
    .where('key', '=', replay.rowKey)
    .executeTakeFirstOrThrow();
  if (stored.request_hash !== replay.hash) return keyReused();
  return replay.open(stored.response) ?? keyReused();
}
