import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/schema.js';
import { MemoryEventBus } from './bus.js';
import { lastEventId, readEventsAfter, type StoredEvent } from './log.js';

const RECONNECT_MAX_MS = 10_000;

/**
 * PostgreSQL: every process LISTENs on one channel; events reach local listeners only through
 * NOTIFY (this process's too), so every process sees the same events in commit order.
 * After a lost connection it catches up from the events log.
 */
export class PgEventBus extends MemoryEventBus {
  #client: pg.Client | undefined;
  #lastId = 0;
  #closed = false;
  #reconnectDelay = 250;
  #reconnectTimer: NodeJS.Timeout | undefined;
  #queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly channel: string,
    private readonly db: Kysely<Database>,
  ) {
    super();
    if (!/^[a-z0-9_]{1,63}$/.test(channel)) throw new Error(`invalid NOTIFY channel name: ${channel}`);
  }

  async start(): Promise<void> {
    // Listen first: an event that commits in between is then seen at least once (and
    // dropped as old if it is already counted), never lost.
    this.#lastId = Number.MAX_SAFE_INTEGER;
    await this.#connect();
    this.#lastId = await lastEventId(this.db);
  }

  override afterCommit(): void {
    // Delivered by NOTIFY.
  }

  override async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#reconnectTimer);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
    await super.close();
  }

  async #connect(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      const payload = message.payload;
      this.#enqueue(() => this.#onNotification(payload));
    });
    client.on('error', (error) => {
      console.error('event listener connection error:', error.message);
      this.#lost(client);
    });
    client.on('end', () => this.#lost(client));
    await client.connect();
    await client.query(`LISTEN "${this.channel}"`);
    this.#client = client;
    this.#reconnectDelay = 250;
  }

  #lost(client: pg.Client): void {
    if (this.#closed || this.#client !== client) return;
    this.#client = undefined;
    client.end().catch(() => undefined);
    this.#scheduleReconnect();
  }

  #scheduleReconnect(): void {
    if (this.#closed) return;
    const delay = this.#reconnectDelay;
    this.#reconnectDelay = Math.min(this.#reconnectDelay * 2, RECONNECT_MAX_MS);
    this.#reconnectTimer = setTimeout(() => {
      this.#connect()
        .then(() => this.#enqueue(() => this.#catchUp()))
        .catch((error: Error) => {
          console.error('event listener reconnect failed:', error.message);
          this.#scheduleReconnect();
        });
    }, delay);
  }

  /** Notifications are handled one at a time, in arrival (commit) order. */
  #enqueue(task: () => Promise<void>): void {
    this.#queue = this.#queue.then(task).catch((error: Error) => console.error('event delivery failed:', error.message));
  }

  async #onNotification(payload: string): Promise<void> {
    const parsed = JSON.parse(payload) as Partial<StoredEvent> & { id: number };
    if (parsed.id <= this.#lastId) return;
    if (parsed.event) {
      this.#emit({ id: parsed.id, event: parsed.event });
    } else {
      await this.#catchUp();
    }
  }

  async #catchUp(): Promise<void> {
    for (let round = 0; round < 100; round++) {
      const events = await readEventsAfter(this.db, this.#lastId, 500);
      for (const event of events) this.#emit(event);
      if (events.length < 500) return;
    }
  }

  #emit(event: StoredEvent): void {
    if (event.id <= this.#lastId) return;
    this.#lastId = event.id;
    this.deliver(event);
  }
}
