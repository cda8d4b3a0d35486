import { ZwServerError, ZwOfflineError } from '../api/errors.js';
import { countByState, inTransaction, openDatabase } from './idb.js';
import { newKey } from './key.js';

export interface OutboxItem<P = unknown> {
  /** Also the idempotency key the server sees. */
  key: string;
  kind: string;
  payload: P;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  state: 'pending' | 'rejected';
  lastError?: { status?: number; code?: string; message: string };
}

/** Delivers one item; resolves when the server acknowledged it, throws otherwise. */
export type OutboxSender<P = unknown> = (payload: P, key: string, signal: AbortSignal) => Promise<unknown>;

export interface OutboxCounts {
  pending: number;
  rejected: number;
}

export interface OutboxOptions {
  /** IndexedDB database name; widgets of one page (and tabs of one origin) share it. */
  name?: string;
  /** How often to retry while items wait, in ms. */
  intervalMs?: number;
  /** First retry delay and cap, in ms. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  now?: () => number;
}

const STORE = 'items';

// In a module of its own, so a widget can make keys without loading the outbox up front.
export { newKey } from './key.js';

/**
 * Keeps what must not be lost (ratings) until the server acknowledges it: written to
 * IndexedDB before any sending, sent with its idempotency key, retried with backoff, replayed
 * on start, when the network returns and on a timer, and removed only after a 2xx. Items the
 * server refuses as invalid are kept aside as `rejected` and reported, never dropped.
 * Works without a service worker, so a widget embedded alone on a portal page has it too.
 *
 * Events: `change` (counts changed), `sent` and `rejected` (`CustomEvent` with the item).
 */
export class Outbox extends EventTarget {
  readonly name: string;
  private readonly senders = new Map<string, OutboxSender>();
  private database?: Promise<IDBDatabase>;
  private flushing?: Promise<void>;
  private again = false;
  private timer?: ReturnType<typeof setInterval>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private force = false;
  private readonly options: Required<Omit<OutboxOptions, 'name'>>;
  private readonly abort = new AbortController();
  // The network is back: what waited for it goes now, whatever its backoff.
  private readonly onOnline = () => void this.flush({ force: true });

  constructor(options: OutboxOptions = {}) {
    super();
    this.name = options.name ?? 'zhengwu-outbox';
    this.options = {
      intervalMs: options.intervalMs ?? 15_000,
      minBackoffMs: options.minBackoffMs ?? 1_000,
      maxBackoffMs: options.maxBackoffMs ?? 300_000,
      now: options.now ?? Date.now,
    };
  }

  private db(): Promise<IDBDatabase> {
    this.database ??= openDatabase(this.name, STORE);
    return this.database;
  }

  /** How items of a kind are delivered, e.g. `outbox.register('rating', (p, key) => client.submitRating(p, key))`. */
  register<P>(kind: string, sender: OutboxSender<P>): this {
    this.senders.set(kind, sender as OutboxSender);
    return this;
  }

  /** Stores the item durably, then tries to send it. Resolves once it is safely stored. */
  async add<P>(kind: string, payload: P, key = newKey()): Promise<OutboxItem<P>> {
    const now = this.options.now();
    const item: OutboxItem<P> = { key, kind, payload, createdAt: now, attempts: 0, nextAttemptAt: now, state: 'pending' };
    const db = await this.db();
    await inTransaction(db, STORE, 'readwrite', (objects) => objects.put(item));
    await this.announce();
    void this.flush();
    return item;
  }

  async items(): Promise<OutboxItem[]> {
    const db = await this.db();
    const all = (await inTransaction(db, STORE, 'readonly', (objects) => objects.getAll())) as OutboxItem[];
    return all.sort((a, b) => a.createdAt - b.createdAt);
  }

  async counts(): Promise<OutboxCounts> {
    const [pending, rejected] = await countByState(await this.db(), STORE, ['pending', 'rejected']);
    return { pending, rejected };
  }

  /** Puts a rejected item back in line (after the hall fixed what was wrong). */
  async retry(key: string): Promise<void> {
    await this.update(key, (item) => ({ ...item, state: 'pending', nextAttemptAt: this.options.now(), attempts: 0 }));
    void this.flush();
  }

  /** Starts replaying: now, when the network returns, and on a timer. */
  start(): this {
    if (this.timer) return this;
    globalThis.addEventListener?.('online', this.onOnline);
    this.timer = setInterval(() => void this.flush(), this.options.intervalMs);
    void this.flush({ force: true });
    return this;
  }

  stop(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    clearInterval(this.timer);
    clearTimeout(this.retryTimer);
    this.timer = undefined;
  }

  /**
   * Sends every item that is due (every pending item with `force`), one at a time, oldest
   * first; one flush at a time per origin.
   */
  flush(options: { force?: boolean } = {}): Promise<void> {
    if (options.force) this.force = true;
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    const run = async () => {
      do {
        this.again = false;
        const force = this.force;
        this.force = false;
        await this.exclusive(() => this.sendDue(force));
      } while (this.again);
      await this.scheduleRetry();
    };
    this.flushing = run().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async exclusive(work: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return work();
    await locks.request(`zw-outbox:${this.name}`, work);
  }

  /** While started, wakes up when the next backed-off item is due. */
  private async scheduleRetry() {
    clearTimeout(this.retryTimer);
    if (!this.timer) return;
    const due = (await this.items()).filter((item) => item.state === 'pending').map((item) => item.nextAttemptAt);
    if (due.length === 0) return;
    const wait = Math.max(0, Math.min(...due) - this.options.now());
    if (wait < this.options.intervalMs) this.retryTimer = setTimeout(() => void this.flush(), wait);
  }

  private async sendDue(force: boolean): Promise<void> {
    for (const item of await this.items()) {
      if (item.state !== 'pending' || (!force && item.nextAttemptAt > this.options.now())) continue;
      const sender = this.senders.get(item.kind);
      if (!sender) continue; // another widget on the page knows how to send it
      try {
        await sender(item.payload, item.key, this.abort.signal);
      } catch (error) {
        const offline = error instanceof ZwOfflineError;
        await this.failed(item, error);
        if (offline) return; // the network is down: the rest would fail the same way
        continue;
      }
      const db = await this.db();
      await inTransaction(db, STORE, 'readwrite', (objects) => objects.delete(item.key));
      this.dispatchEvent(new CustomEvent('sent', { detail: item }));
      await this.announce();
    }
  }

  private async failed(item: OutboxItem, error: unknown) {
    const refused = error instanceof ZwServerError && !error.retryable;
    const lastError =
      error instanceof ZwServerError
        ? { status: error.status, code: error.code, message: error.message }
        : { message: error instanceof Error ? error.message : String(error) };
    const attempts = item.attempts + 1;
    const retryAfterMs = error instanceof ZwServerError && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0;
    const backoff = Math.min(this.options.maxBackoffMs, this.options.minBackoffMs * 2 ** (attempts - 1));
    const next: OutboxItem = {
      ...item,
      attempts,
      lastError,
      state: refused ? 'rejected' : 'pending',
      nextAttemptAt: this.options.now() + Math.max(backoff, retryAfterMs),
    };
    const db = await this.db();
    await inTransaction(db, STORE, 'readwrite', (objects) => objects.put(next));
    if (refused) this.dispatchEvent(new CustomEvent('rejected', { detail: next }));
    await this.announce();
  }

  private async update(key: string, change: (item: OutboxItem) => OutboxItem) {
    const db = await this.db();
    const item = (await inTransaction(db, STORE, 'readonly', (objects) => objects.get(key))) as OutboxItem | undefined;
    if (!item) return;
    await inTransaction(db, STORE, 'readwrite', (objects) => objects.put(change(item)));
    await this.announce();
  }

  private async announce() {
    this.dispatchEvent(new CustomEvent<OutboxCounts>('change', { detail: await this.counts() }));
  }

  /** Stops sending and closes the database (tests, page teardown). */
  async close(): Promise<void> {
    this.stop();
    this.abort.abort();
    await this.flushing?.catch(() => undefined);
    (await this.database)?.close();
    this.database = undefined;
  }
}
