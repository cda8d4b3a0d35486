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
 * per-(day, prefix) counter row, read under the write lock (SQLite's BEGIN IMMEDIATE, a row
 * lock in PostgreSQL), so several server processes never hand out the same number. Each
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
        const key = { day, prefix: category.prefix };
        await trx
          .insertInto('ticket_counters')
          .values({ ...key, last_number: 0, waiting: 0, priority_waiting: 0, anonymous: 0 })
          .onConflict((oc) => oc.columns(['day', 'prefix']).doNothing())
          .execute();
        let read = trx
          .selectFrom('ticket_counters')
          .select(['last_number', 'waiting', 'priority_waiting', 'anonymous'])
          .where('day', '=', day)
          .where('prefix', '=', category.prefix);
        if (this.store.kind === 'postgres') read = read.forUpdate();
        const counter = await read.executeTakeFirstOrThrow();

        // Who gets a number, in arrival order, within what the category has left.
        const left = allowance(category, Number(counter.last_number), Number(counter.anonymous), this.anonymousShare);
        const accepted: number[] = [];
        for (const index of groups.get(category.code)!) {
          const pending = batch[index];
          if (left.left <= 0) answers[index] = refusal(left.bound, category);
          else if (pending.anonymous && left.anonymousLeft <= 0) answers[index] = refusal('anonymous', category);
          else {
            accepted.push(index);
            left.left -= 1;
            if (pending.anonymous) left.anonymousLeft -= 1;
          }
        }
        if (accepted.length === 0) continue;

        const priorities = accepted.filter((index) => category.priority || batch[index].priority).length;
        const anonymous = accepted.filter((index) => batch[index].anonymous).length;
        const first = Number(counter.last_number) + 1;
        // Queue length before this batch.
        let total = Number(counter.waiting);
        let priorityWaiting = Number(counter.priority_waiting);
        await trx
          .updateTable('ticket_counters')
          .set({
            last_number: first - 1 + accepted.length,
            waiting: total + accepted.length,
            priority_waiting: priorityWaiting + priorities,
            anonymous: Number(counter.anonymous) + anonymous,
          })
          .where('day', '=', day)
          .where('prefix', '=', category.prefix)
          .execute();

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
