import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { SSEStreamingApi } from 'hono/streaming';
import { eventFor } from '../ratings/requests.js';
import type { AppServices } from '../services.js';
import { sseWriter } from './sse-writer.js';
import { eventWindow, firstEventId, lastEventId, readEventsAfter, type StoredEvent } from './log.js';

const REPLAY_PAGE = 100;

export interface StreamOptions {
  /** Replay the log after this event id first. */
  lastId?: number;
  /** Only events about this window (hall-wide events still pass). */
  window?: string;
  /** The window's pad: rating events included. */
  pad: boolean;
  /** Cuts the connection of a client that stopped reading (its socket would hold the buffers). */
  drop?: () => void;
}

/**
 * Writes hall events to one server-sent event stream until it closes: the replay after
 * `lastId`, then live events, without gaps or repeats (live events that arrive during the
 * replay wait in a buffer). A client further behind than `replayMax` events (or behind the
 * pruned log, or ahead of it) gets one `reset` event instead: refetch the state, then follow
 * live. Writes are chained and wait for the client to take them (backpressure); the replay
 * reads its next page only when the last one is written, yielding to the loop between pages.
 * A client that stops reading is dropped once its unsent bytes pass `bufferBytes` or a write
 * has waited `stallMs`.
 */
export async function pipeEvents(s: AppServices, stream: SSEStreamingApi, options: StreamOptions): Promise<void> {
  const { lastId, window, pad, drop } = options;
  const limits = s.streamLimits.options;
  let sentUpTo = lastId ?? 0;
  let live = false;
  const buffered: StoredEvent[] = [];
  const out = sseWriter(s, stream, drop);
  const send = (item: StoredEvent) => {
    if (item.id <= sentUpTo) return;
    sentUpTo = item.id;
    const about = eventWindow(item.event);
    if (window && about !== undefined && about !== window) return;
    const event = eventFor(s, item.event, pad);
    if (!event || event.type === 'ticket-changed') return;
    out.write(`event: ${event.type}\nid: ${item.id}\ndata: ${JSON.stringify(event)}\n\n`);
  };

  const unsubscribe = s.store.bus.subscribe((item) => {
    if (live) send(item);
    else if (buffered.length < limits.replayMax) buffered.push(item);
    // A client that cannot keep up even with its own catch-up starts over.
    else out.dropSlow();
  });
  try {
    out.write('retry: 3000\n: connected\n\n');
    if (lastId !== undefined) await replay();
    live = true;
    for (const item of buffered.splice(0)) send(item);
    await out.finished;
  } finally {
    out.release();
    unsubscribe();
  }

  async function replay(): Promise<void> {
    const latest = await lastEventId(s.store.db);
    const oldest = await firstEventId(s.store.db);
    const behind = latest - sentUpTo;
    const pruned = oldest !== undefined && sentUpTo < oldest - 1;
    if (behind > limits.replayMax || behind < 0 || pruned) {
      sentUpTo = latest;
      out.write(`event: reset\nid: ${latest}\ndata: ${JSON.stringify({ type: 'reset' })}\n\n`);
      return;
    }
    while (!out.closed && sentUpTo < latest) {
      const events = await readEventsAfter(s.store.db, sentUpTo, Math.min(REPLAY_PAGE, latest - sentUpTo));
      if (events.length === 0) break;
      for (const item of events) if (item.id <= latest) send(item);
      sentUpTo = Math.max(sentUpTo, events[events.length - 1].id);
      // Next page once this one is written: a client that does not read holds one page at most.
      await out.drained();
      await yieldToLoop();
    }
  }
}
