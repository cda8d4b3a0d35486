import type { StoredEvent } from './log.js';

export type EventListener = (event: StoredEvent) => void;

/** Delivers committed events to the SSE clients of this process. */
export interface EventBus {
  /** Called after a write transaction committed the given events. */
  afterCommit(events: StoredEvent[]): void;
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

/** One process (embedded SQLite): committed events go straight to local listeners. */
export class MemoryEventBus implements EventBus {
  protected readonly listeners = new Set<EventListener>();

  afterCommit(events: StoredEvent[]): void {
    for (const event of events) this.deliver(event);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }

  protected deliver(event: StoredEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('event listener failed:', error);
      }
    }
  }
}
