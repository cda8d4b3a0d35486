import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectionState, HallEventSubscription } from '@zhengwu/core';
import type { HallEvent } from '@zhengwu/core/contract';
import type { PadCycle } from './pad-cycle.js';
import type { RatingPadSource } from './pad-source.js';

/** Where the pad listens: its window, with its pad token, at a source. */
export interface PadLine {
  source: RatingPadSource;
  windowId: string;
  token: string;
  /** Same key, same line: nothing reconnects. */
  key: string;
}

/**
 * The pad's live line to the hall: the window's event stream (reconnecting by itself), and on
 * every (re)connect the request that may have been made meanwhile. Requests go to the cycle.
 */
export class PadConnectionController implements ReactiveController {
  /** The stream's own state; `connectionState` says `closed` when there is none. */
  state: ConnectionState = 'connecting';
  /** Set when the hall refused the pad token: the pad stops asking. */
  refused?: { code: string };

  private subscription?: HallEventSubscription;
  private line?: PadLine;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly cycle: PadCycle,
    /** Called each time the stream opens (again). */
    private readonly onOpen: () => void,
  ) {
    host.addController(this);
  }

  get connectionState(): ConnectionState {
    return this.subscription ? this.state : 'closed';
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Opens the line, moves it, or (without one) closes it. */
  connect(line: PadLine | undefined): void {
    if (line?.key === this.line?.key && line?.source === this.line?.source) return;
    this.close();
    if (line) this.subscribe(line);
  }

  close(): void {
    const subscription = this.subscription;
    this.subscription = undefined;
    this.line = undefined;
    this.generation += 1;
    subscription?.close();
  }

  private subscribe(line: PadLine): void {
    const { source, windowId, token } = line;
    this.refused = undefined;
    // `events()` reports `connecting` before it returns, and a closed one reports `closed` later:
    // callbacks check their generation, not the handle.
    this.line = line;
    const generation = ++this.generation;
    const mine = () => this.generation === generation;
    this.subscription = source.events({
      window: windowId,
      token,
      onEvent: (event) => {
        if (mine()) this.onEvent(event, windowId);
      },
      onState: (next) => {
        if (!mine()) return;
        this.state = next;
        this.host.requestUpdate();
        if (next !== 'open') return;
        // Connected (again): what was requested meanwhile, and the hall if it never loaded.
        void this.readPending(line, mine);
        this.onOpen();
      },
      onRefused: (error) => {
        if (!mine()) return;
        console.error(`[zhengwu-kit] <zw-rating-pad> the hall refused the pad token of window ${windowId}`, error);
        this.refused = error;
        this.host.requestUpdate();
      },
    });
  }

  /** The request made while this pad was not connected, if the visitor may still be here. */
  private async readPending({ source, windowId, token }: PadLine, mine: () => boolean): Promise<void> {
    const asked = this.cycle.requests;
    try {
      const pending = await source.pendingRatingRequest(windowId, token);
      // Anything that happened meanwhile (a live request, a new connection) knows better.
      if (!pending || !mine() || asked !== this.cycle.requests || this.cycle.phase !== 'idle') return;
      if (pending.target.windowId === windowId) this.cycle.request(pending.target, pending.token);
    } catch (error) {
      // The stream reconnects and asks again; until then the pad waits for live requests.
      console.warn('[zhengwu-kit] <zw-rating-pad> could not read the pending rating request', error);
    }
  }

  private onEvent(event: HallEvent, windowId: string): void {
    if (event.type === 'rating-requested') {
      // The server filters by window; a request for another window is never ours to show.
      if (event.window !== windowId || event.target.windowId !== windowId || !event.token) return;
      this.cycle.request(event.target, event.token);
    } else if (event.type === 'rating-received') {
      // Rated on the visitor's phone (the QR code): nothing left to ask on the pad.
      this.cycle.ratedElsewhere(event.transactionId);
    }
  }
}
