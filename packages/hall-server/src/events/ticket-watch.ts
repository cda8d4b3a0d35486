import type { Kysely } from 'kysely';
import type { Hall, HallEvent, Ticket, TicketChange } from '@zhengwu/core/contract';
import type { Database } from '../db/schema.js';
import type { HallZone } from '../queue/hall-zone.js';
import { compareOrder } from '../queue/order.js';
import { currentTicket } from '../queue/ticket-holder.js';
import { toTicket, type TicketRow } from '../queue/tickets.js';
import type { WaitEstimator } from '../queue/wait-estimator.js';
import type { EventBus } from './bus.js';

/** What one ticket's own stream carries. */
export type TicketChanged = Extract<HallEvent, { type: 'ticket-changed' }>;
export type TicketListener = (event: TicketChanged) => void;

/** Bursts of events (a batch of tickets, a call and its queue change) are answered once. */
export const COALESCE_MS = 50;

interface Watched {
  category: string;
  listeners: Set<TicketListener>;
  /** The ticket as last sent, and what of it counts as a change (status, recalls, …). */
  sent?: string;
  stamp?: string;
}

const stampOf = (row: TicketRow) =>
  [row.status, row.last_change, row.recalls, row.requeues, row.category, row.window_id, row.target_window].join('|');

/**
 * Follows the tickets that phones watch (`/events?ticket=`), for hundreds of them at once:
 * an event about a category (from any process) marks it; after 50 ms the marked categories'
 * waiting order is read once (one query for all of them), each watched ticket's place is taken
 * from it, and a ticket whose place, estimate or status changed is sent to its listeners, once
 * however many events the burst had.
 */
export class TicketWatch {
  readonly #tickets = new Map<string, Watched>();
  #dirty = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly hall: Hall,
    private readonly estimator: WaitEstimator,
    private readonly zone: HallZone,
    private readonly clock: () => Date,
    private readonly coalesceMs = COALESCE_MS,
  ) {}

  follow(bus: EventBus): () => void {
    const unsubscribe = bus.subscribe((item) => this.#onEvent(item.event));
    return () => {
      unsubscribe();
      clearTimeout(this.#timer);
    };
  }

  get watched(): number {
    return this.#tickets.size;
  }

  /** Sends the ticket as it is now, then each change; returns the unsubscribe. */
  async watch(row: TicketRow, listener: TicketListener): Promise<() => void> {
    let watched = this.#tickets.get(row.id);
    if (!watched) {
      watched = { category: row.category, listeners: new Set() };
      this.#tickets.set(row.id, watched);
    }
    watched.listeners.add(listener);
    // Registered before the read: a change after it is marked and sent again, never missed.
    const ticket = await currentTicket(this.db, this.hall, this.estimator, row);
    const text = JSON.stringify(ticket);
    watched.sent ??= text;
    watched.stamp ??= stampOf(row);
    listener({ type: 'ticket-changed', ticket });
    return () => {
      const entry = this.#tickets.get(row.id);
      if (!entry) return;
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) this.#tickets.delete(row.id);
    };
  }

  #onEvent(event: HallEvent): void {
    if (this.#tickets.size === 0) return;
    if (event.type === 'queue-changed') this.#mark(event.category);
    else if (event.type === 'ticket-called') {
      this.#mark(event.ticket.category);
      const watched = this.#tickets.get(event.ticket.id);
      if (watched) this.#mark(watched.category);
    } else if (event.type === 'window-changed') {
      for (const category of this.hall.windows.find((window) => window.id === event.window)?.categories ?? []) this.#mark(category);
    }
  }

  #mark(category: string): void {
    this.#dirty.add(category);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer || this.#flushing || this.#dirty.size === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#flushing = this.flush()
        .catch((error: Error) => console.error('ticket streams: update failed:', error.message))
        .finally(() => {
          this.#flushing = undefined;
          this.#schedule();
        });
    }, this.coalesceMs);
  }

  /** Sends what changed for the tickets in the marked categories. */
  async flush(): Promise<void> {
    const categories = [...this.#dirty];
    this.#dirty = new Set();
    const ids = [...this.#tickets].filter(([, watched]) => categories.includes(watched.category)).map(([id]) => id);
    if (ids.length === 0) return;
    const day = this.zone.day(this.clock());
    // The waiting order of every marked category (and the tickets transferred to windows), once.
    const waiting = await this.db
      .selectFrom('tickets')
      .selectAll()
      .where('day', '=', day)
      .where('status', '=', 'waiting')
      .where((eb) => eb.or([eb('category', 'in', categories), eb('target_window', 'is not', null)]))
      .execute();
    const rows = new Map(waiting.map((row) => [row.id, row]));
    const missing = ids.filter((id) => !rows.has(id));
    if (missing.length > 0) {
      // Watched tickets no longer waiting here: called, done, or moved to another category.
      for (const row of await this.db.selectFrom('tickets').selectAll().where('id', 'in', missing).execute()) rows.set(row.id, row);
      const moved = [
        ...new Set(
          missing
            .map((id) => rows.get(id))
            .filter((row) => row?.status === 'waiting')
            .map((row) => row!.category),
        ),
      ];
      const unread = moved.filter((category) => !categories.includes(category));
      if (unread.length > 0) {
        const more = await this.db
          .selectFrom('tickets')
          .selectAll()
          .where('day', '=', day)
          .where('status', '=', 'waiting')
          .where('category', 'in', unread)
          .execute();
        for (const row of more) {
          rows.set(row.id, row);
          waiting.push(row);
        }
      }
    }
    // Each queue in call order: a category's, or the transfers to one window.
    const queues = new Map<string, TicketRow[]>();
    for (const row of waiting) {
      const queue = row.target_window ? `window:${row.target_window}` : `category:${row.category}`;
      const list = queues.get(queue) ?? [];
      list.push(row);
      queues.set(queue, list);
    }
    const place = new Map<string, number>();
    for (const list of queues.values()) {
      list.sort(compareOrder);
      list.forEach((row, index) => place.set(row.id, index));
    }
    const estimates = await this.estimator.prepare([...new Set([...rows.values()].map((row) => row.category))]);
    for (const id of ids) {
      const row = rows.get(id);
      const watched = this.#tickets.get(id);
      if (!row || !watched) continue;
      watched.category = row.category;
      const ahead = row.status === 'waiting' ? (place.get(id) ?? 0) : 0;
      const ticket: Ticket = toTicket(row, this.hall, ahead, estimates.range(row.category, ahead));
      const text = JSON.stringify(ticket);
      if (text === watched.sent) continue;
      const stamp = stampOf(row);
      const change = stamp !== watched.stamp && row.last_change ? (row.last_change as TicketChange) : undefined;
      watched.sent = text;
      watched.stamp = stamp;
      const event: TicketChanged = change ? { type: 'ticket-changed', ticket, change } : { type: 'ticket-changed', ticket };
      for (const listener of watched.listeners) listener(event);
    }
  }
}
