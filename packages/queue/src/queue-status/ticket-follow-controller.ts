import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoaderController, type ConnectionState, type HallEventSubscription } from '@zhengwu/core';
import type { HallEvent, Ticket, TicketChange } from '@zhengwu/core/contract';
import type { TicketStatusSource } from './status-source.js';

export interface FollowOptions {
  /** Called with every new state of the ticket; `previous` is undefined for the first. */
  onChange: (ticket: Ticket, previous: Ticket | undefined, change: TicketChange | undefined) => void;
  /** First poll after the stream is lost, in ms; each next one waits half as long again, up to `maxPollMs`. */
  pollMs: () => number;
  maxPollMs?: number;
}

/**
 * Follows one ticket: loads it (through the loader, so it times out and fails in words), then
 * its own event stream; while the stream is down it polls, backing off; a phone waking up
 * (`visibilitychange` → visible) or coming online asks at once. Everything comes from the id and
 * secret, so a reload loses nothing.
 */
export class TicketFollowController implements ReactiveController {
  readonly loader: LoaderController<Ticket>;
  streamState: ConnectionState = 'closed';
  /** Polls made since the stream was last open. */
  polls = 0;
  private live?: Ticket;
  private lastChange?: TicketChange;
  private subscription?: HallEventSubscription;
  private pollTimer?: ReturnType<typeof setTimeout>;
  private target?: { source: TicketStatusSource; id: string; secret: string; timeout: number };
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FollowOptions,
  ) {
    this.loader = new LoaderController<Ticket>(host, { onLoad: (ticket) => options.onChange(ticket, undefined, ticket.lastChange) });
    host.addController(this);
  }

  /** The ticket as last heard of. */
  get ticket(): Ticket | undefined {
    return this.live ?? this.loader.value;
  }

  get change(): TicketChange | undefined {
    return this.lastChange ?? this.ticket?.lastChange;
  }

  /** Whether the page is polling because the stream is down. */
  get polling(): boolean {
    return this.pollTimer !== undefined;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onWake);
    window.addEventListener('online', this.onWake);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onWake);
    window.removeEventListener('online', this.onWake);
    this.stop();
  }

  /** Starts following `id` with `secret` (again, when either changed). */
  follow(source: TicketStatusSource, id: string, secret: string, timeout: number): void {
    this.stop();
    const generation = this.generation;
    this.target = { source, id, secret, timeout };
    void this.loader.request(`${id}:${secret}:${generation}`, (signal) => source.ticket(id, secret, signal), true);
    this.subscription = source.events({
      ticket: id,
      token: secret,
      onEvent: (event) => generation === this.generation && this.onEvent(event),
      onState: (state) => generation === this.generation && this.onState(state),
      onRefused: () => undefined,
    });
  }

  /** Stops the stream and the polling, and forgets the ticket. */
  stop(): void {
    this.generation += 1;
    this.subscription?.close();
    this.subscription = undefined;
    this.stopPolling();
    this.target = undefined;
    this.live = undefined;
    this.lastChange = undefined;
    this.streamState = 'closed';
    this.loader.clear();
  }

  /** Asks the hall for the ticket now, quietly: a failure keeps what is shown. */
  async refresh(): Promise<void> {
    const target = this.target;
    if (!target || !this.loader.value) return;
    const generation = this.generation;
    try {
      const ticket = await target.source.ticket(target.id, target.secret, AbortSignal.timeout(target.timeout));
      if (generation === this.generation) this.apply(ticket, undefined);
    } catch {
      // Polling goes on; the page already says it is not live.
    }
  }

  private apply(ticket: Ticket, change: TicketChange | undefined): void {
    const previous = this.ticket;
    this.live = ticket;
    this.lastChange = change ?? ticket.lastChange;
    this.host.requestUpdate();
    this.options.onChange(ticket, previous, this.lastChange);
  }

  private onEvent(event: HallEvent): void {
    if (event.type === 'ticket-changed') this.apply(event.ticket, event.change);
    else if (event.type === 'reset') void this.refresh();
  }

  private onState(state: ConnectionState): void {
    const was = this.streamState;
    this.streamState = state;
    this.host.requestUpdate();
    if (state === 'open') {
      this.stopPolling();
      // What changed while the stream was down.
      if (was === 'reconnecting') void this.refresh();
    } else if (state === 'reconnecting' || state === 'closed') {
      if (!this.polling && this.target) this.schedulePoll();
    }
  }

  private schedulePoll(): void {
    const max = this.options.maxPollMs ?? 30_000;
    const delay = Math.min(max, this.options.pollMs() * 1.5 ** this.polls);
    this.pollTimer = setTimeout(() => {
      this.polls += 1;
      void this.refresh().then(() => {
        if (this.pollTimer !== undefined && this.streamState !== 'open') this.schedulePoll();
      });
    }, delay);
    this.host.requestUpdate();
  }

  private stopPolling(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.polls = 0;
  }

  private readonly onWake = () => {
    if (document.visibilityState !== 'visible') return;
    void this.refresh();
    if (this.streamState !== 'open') this.subscription?.reconnectNow();
  };
}
