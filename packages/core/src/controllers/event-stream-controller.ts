import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConnectionState, HallEventSubscription } from '../api/events.js';

/**
 * Opens a hall event stream while the host is connected and closes it when it leaves; the host
 * re-renders when the stream's state changes, so it can show "connecting" and "offline"
 * (`reconnecting`) instead of a spinner. `subscribe` gets the state callback to pass on as
 * `onState`; it may return nothing (not configured yet).
 */
export class EventStreamController implements ReactiveController {
  state: ConnectionState = 'closed';
  private subscription?: HallEventSubscription;
  private live?: object;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly subscribe: (onState: (state: ConnectionState) => void) => HallEventSubscription | undefined,
  ) {
    host.addController(this);
  }

  /** Lost, or never reached, and waiting to try again; or the device itself is offline. */
  get offline(): boolean {
    return this.state === 'reconnecting' || globalThis.navigator?.onLine === false;
  }

  get connecting(): boolean {
    return this.state === 'connecting';
  }

  /** The live subscription (its `attempt`, `nextAttemptAt`, `lastEventId`). */
  get current(): HallEventSubscription | undefined {
    return this.subscription;
  }

  hostConnected(): void {
    this.restart();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Closes the stream and opens a new one (e.g. the window or API base changed). */
  restart(): void {
    this.stop();
    const token = {};
    this.live = token;
    const subscription = this.subscribe((state) => {
      // The first state arrives before subscribe() returns; a closed stream's last ones are dropped.
      if (this.live !== token) return;
      this.state = state;
      this.host.requestUpdate();
    });
    this.subscription = subscription;
    this.state = subscription?.state ?? 'closed';
    this.host.requestUpdate();
  }

  /** Tries at once instead of waiting out the backoff. */
  reconnectNow(): void {
    this.subscription?.reconnectNow();
  }

  private stop(): void {
    const subscription = this.subscription;
    this.subscription = undefined;
    this.live = undefined;
    subscription?.close();
    this.state = 'closed';
  }
}
