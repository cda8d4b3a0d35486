import { randomUUID } from 'node:crypto';
import type { Hall, QueueCategory, Ticket } from '@zhengwu/core/contract';
import { ApiError } from '../http/errors.js';
import type { HallStore } from '../store.js';
import { dateAt, zonedTimestamp } from '@zhengwu/core/date';
import { MAX_TICKET_NUMBER, toTicket, type TicketRow } from './tickets.js';
import type { WaitEstimator } from './wait-estimator.js';

interface Pending {
  category: QueueCategory;
  priority: boolean;
  appointmentCode?: string;
  resolve: (ticket: Ticket) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 256;

/**
 * Issues tickets in batches: requests that arrive while a commit is under way share the
 * next transaction (group commit), so one fsync serves many tickets. Numbers come from a
 * per-(day, prefix) counter row, incremented with `INSERT … ON CONFLICT DO UPDATE …
 * RETURNING`: atomic in SQLite and PostgreSQL alike, and a row lock in PostgreSQL keeps
 * several server processes from handing out the same number.
 */
export class TicketIssuer {
  #queue: Pending[] = [];
  #running = false;
  #scheduled = false;

  constructor(
    private readonly store: HallStore,
    private readonly hall: Hall,
    private readonly estimator: WaitEstimator,
  ) {}

  issue(category: QueueCategory, priority: boolean, appointmentCode?: string): Promise<Ticket> {
    return new Promise<Ticket>((resolve, reject) => {
      this.#queue.push({ category, priority, appointmentCode, resolve, reject });
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
      const tickets = await this.#issueBatch(batch);
      batch.forEach((pending, index) => pending.resolve(tickets[index]));
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    } finally {
      this.#running = false;
      this.#schedule();
    }
  }

  async #issueBatch(batch: Pending[]): Promise<Ticket[]> {
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
      const tickets: Ticket[] = new Array(batch.length);
      for (const category of categories) {
        const indexes = groups.get(category.code)!;
        const priorities = indexes.filter((index) => category.priority || batch[index].priority).length;
        // Numbers and queue length in one statement; the row stays locked until commit.
        const counter = await trx
          .insertInto('ticket_counters')
          .values({ day, prefix: category.prefix, last_number: indexes.length, waiting: indexes.length, priority_waiting: priorities })
          .onConflict((oc) =>
            oc.columns(['day', 'prefix']).doUpdateSet((eb) => ({
              last_number: eb('ticket_counters.last_number', '+', eb.ref('excluded.last_number')),
              waiting: eb('ticket_counters.waiting', '+', eb.ref('excluded.waiting')),
              priority_waiting: eb('ticket_counters.priority_waiting', '+', eb.ref('excluded.priority_waiting')),
            })),
          )
          .returning(['last_number', 'waiting', 'priority_waiting'])
          .executeTakeFirstOrThrow();
        const last = Number(counter.last_number);
        if (last > MAX_TICKET_NUMBER) {
          throw new ApiError(503, 'queue_full', `No more numbers today for category ${category.code}.`);
        }
        // Queue length before this batch.
        let total = Number(counter.waiting) - indexes.length;
        let priorityWaiting = Number(counter.priority_waiting) - priorities;

        const first = last - indexes.length + 1;
        const rows: TicketRow[] = indexes.map((index, offset) => {
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
          tickets[indexes[offset]] = toTicket(row, this.hall, ahead, this.estimator.estimate(ahead, minutes));
          total += 1;
          if (row.priority) priorityWaiting += 1;
        });
        emit({ type: 'queue-changed', category: category.code, waiting: Number(counter.waiting) });
      }
      return tickets;
    });
  }
}
