import type { QueueCall, Ticket } from '@zhengwu/core/contract';

/** A call as the board shows it. */
export interface BoardCall {
  number: string;
  category: string;
  window: string;
  windowName: string;
  /** ms since the epoch. */
  at: number;
  recall: boolean;
}

/** Calls older than this are shown but never spoken (they happened while the board was cut off). */
export const ANNOUNCE_MAX_AGE_MS = 8000;
export const RECENT_CALLS = 10;

const fromQueue = (call: QueueCall): BoardCall => ({ ...call, at: Date.parse(call.at) });

/**
 * What the board has shown, and which new calls to speak: only calls newer than the newest it
 * showed, and none older than `ANNOUNCE_MAX_AGE_MS`, so that catching up after a network cut
 * (replayed events, or a refetch after `reset`) never repeats old calls aloud.
 */
export class CallBook {
  recent: BoardCall[] = [];
  private newest = 0;
  private readonly ids = new Set<string>();

  constructor(private readonly maxAgeMs = ANNOUNCE_MAX_AGE_MS) {}

  get current(): BoardCall | undefined {
    return this.recent[0];
  }

  /** The calls of `GET /queue`; returns those to speak, oldest first (none the first time). */
  load(calls: readonly QueueCall[], now: number, first: boolean): BoardCall[] {
    const list = calls.map(fromQueue).sort((a, b) => b.at - a.at);
    // Two windows may call in the same millisecond: equal to the newest counts, unless already shown.
    const shown = (call: BoardCall) =>
      this.recent.some((other) => other.number === call.number && other.window === call.window && other.at >= call.at);
    const fresh = first ? [] : list.filter((call) => call.at >= this.newest && !shown(call) && now - call.at <= this.maxAgeMs);
    this.recent = list.slice(0, RECENT_CALLS);
    this.newest = Math.max(this.newest, ...list.map((call) => call.at));
    return fresh.reverse();
  }

  /**
   * A `ticket-called` event; returns the call when it should be spoken. `live` is false while
   * the stream may still be replaying what it missed: a recall is then not spoken again.
   */
  called(ticket: Ticket, window: string, recall: boolean, id: string | undefined, now: number, live: boolean): BoardCall | undefined {
    if (id !== undefined) {
      if (this.ids.has(id)) return undefined;
      this.ids.add(id);
      if (this.ids.size > 200) this.ids.delete(this.ids.values().next().value!);
    }
    const calledAt = ticket.calledAt ? Date.parse(ticket.calledAt) : now;
    const at = recall && live ? Math.max(now, calledAt) : calledAt;
    const call: BoardCall = {
      number: ticket.number,
      category: ticket.category,
      window,
      windowName: ticket.windowName ?? window,
      at,
      recall,
    };
    const shown = this.recent.some((other) => other.number === call.number && other.window === window && other.at >= at);
    if (shown) return undefined;
    const speak = (recall ? live : at >= this.newest) && now - at <= this.maxAgeMs;
    this.recent = [call, ...this.recent.filter((other) => !(other.number === call.number && other.window === window))].slice(
      0,
      RECENT_CALLS,
    );
    this.newest = Math.max(this.newest, at);
    return speak ? call : undefined;
  }
}
