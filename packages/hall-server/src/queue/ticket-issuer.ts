import { randomUUID } from 'node:crypto';
import type { Hall, QueueCategory, Ticket } from '@zhengwu/core/contract';
import { ApiError } from '../http/errors.js';
import type { HallStore } from '../store.js';
import { dateAt, zonedTimestamp } from '@zhengwu/core/date';
import { allowance, checkIssuingHours, refusal } from './issuing-rules.js';
import { toTicket, type TicketRow } from './tickets.js';
import type { WaitEstimator } from './wait-estimator.js';

export interface TicketOrder {
  category: QueueCategory;
  priority: boolean;
  appointmentCode?: string;
  /** Without a kiosk token: counted against the category's anonymous share. */
  anonymous: boolean;
}

interface Pending extends TicketOrder {
  resolve: (ticket: Ticket) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 256;

/**
 * Issues tickets in batches: requests that arrive while a commit is under way share the
 * next transaction (group commit), so one fsync serves many tickets. Numbers come from a
 * per-(day, prefix) counter row, incremented with `INSERT … ON CONFLICT DO UPDATE … RETURNING`
 * under the write lock (SQLite's BEGIN IMMEDIATE, the row lock in PostgreSQL), so several
 * server processes never hand out the same number. Each
 * ticket of a batch is answered on its own: a category out of numbers refuses only the
 * tickets past its last one, never the others.
 */
export class TicketIssuer {
  #queue: Pending[] = [];
  #running = false;
  #scheduled = false;

  constructor(
    private readonly store: HallStore,
    private readonly hall: Hall,
    private readonly estimator: WaitEstimator,
    /** Share of a category's daily numbers that anonymous issuing may take. */
    private readonly anonymousShare = 0.5,
  ) {}

  issue(order: TicketOrder): Promise<Ticket> {
    checkIssuingHours(order.category, this.store.clock());
    return new Promise<Ticket>((resolve, reject) => {
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

  async #issueBatch(batch: Pending[]): Promise<Array<Ticket | ApiError>> {
    const groups = new Map<string, number[]>();
    batch.forEach((pending, index) => {
      const list = groups.get(pending.category.code) ?? [];
      list.push(index);
      groups.set(pending.category.code, list);
    });
    // Same lock order in every process: counters by prefix.
    const categories = [...groups.keys()]
      .map((code) => this.hall.categories.find((c) => c.code === code)!)
      .sort((a, b) => a.prefix.localeCompare(b.prefix));
    const perPerson = new Map<string, number>();
    for (const category of categories) {
      perPerson.set(category.code, await this.estimator.minutesPerPerson(category.code));
    }

    const now = this.store.clock();
    const day = dateAt(now);
    const takenAt = zonedTimestamp(now);
    return this.store.write(async (trx, emit) => {
      const answers: Array<Ticket | ApiError> = new Array(batch.length);
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
        }
        if (accepted.length === 0) continue;

        const first = before.last + 1;
        // Queue length before this batch.
        let total = before.waiting;
        let priorityWaiting = before.priority;
        const rows: TicketRow[] = accepted.map((index, offset) => {
          const pending = batch[index];
          return {
            id: randomUUID(),
            day,
            prefix: category.prefix,
            number: first + offset,
            category: category.code,
            priority: category.priority || pending.priority ? 1 : 0,
            status: 'waiting',
            taken_at: takenAt,
            called_at: null,
            done_at: null,
            window_id: null,
            appointment_code: pending.appointmentCode ?? null,
          };
        });
        await trx.insertInto('tickets').values(rows).execute();
        const minutes = perPerson.get(category.code)!;
        rows.forEach((row, offset) => {
          // Priority tickets wait only for earlier priority tickets.
          const ahead = row.priority ? priorityWaiting : total;
          answers[accepted[offset]] = toTicket(row, this.hall, ahead, this.estimator.estimate(ahead, minutes));
          total += 1;
          if (row.priority) priorityWaiting += 1;
        });
        emit({ type: 'queue-changed', category: category.code, waiting: total });
      }
      return answers;
    });
  }
}
