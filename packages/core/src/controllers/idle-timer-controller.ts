import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MIN_IDLE_WARNING } from '../config/config.js';
import { systemClock, type Clock } from './clock.js';

export type IdlePhase = 'active' | 'warning' | 'expired';

export interface IdleTimerOptions {
  /** Seconds without activity before the warning phase starts. */
  timeout: number;
  /** Seconds the warning lasts; raised to 20 when smaller (WCAG 2.2.1). */
  warning: number;
  /** Where activity is listened for; the whole document by default. */
  target?: EventTarget;
  /** Whether it counts at all; `setEnabled()` changes it later (default true). */
  enabled?: boolean;
  /** Where the time comes from (default: the browser's timers). */
  clock?: Clock;
  onWarning?: () => void;
  onExpired?: () => void;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Watches for a visitor walking away from a shared screen. After `timeout` seconds without a
 * touch, key or wheel it enters `warning` and counts `remaining` down each second; only an
 * explicit `extend()` ends the warning, so a stray touch cannot hide it. When the count ends
 * it becomes `expired` and stays there until `extend()` or `restart()`.
 */
export class IdleTimerController implements ReactiveController {
  phase: IdlePhase = 'active';
  /** Whole seconds left in the warning phase. */
  remaining = 0;

  private timer?: unknown;
  private ticker?: unknown;
  private warningEndsAt = 0;
  private connected = false;
  private enabled: boolean;
  private options: Required<Omit<IdleTimerOptions, 'onWarning' | 'onExpired' | 'enabled'>> &
    Pick<IdleTimerOptions, 'onWarning' | 'onExpired'>;

  private readonly onActivity = () => {
    if (this.phase === 'active') this.arm();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    options: IdleTimerOptions,
  ) {
    this.options = this.normalise(options);
    this.enabled = options.enabled ?? true;
    host.addController(this);
  }

  /** Only connected and enabled, it listens and counts. */
  private get running(): boolean {
    return this.connected && this.enabled;
  }

  private normalise(options: IdleTimerOptions) {
    return {
      target: options.target ?? (globalThis.document as EventTarget),
      clock: options.clock ?? systemClock,
      timeout: options.timeout,
      warning: Math.max(MIN_IDLE_WARNING, options.warning),
      onWarning: options.onWarning,
      onExpired: options.onExpired,
    };
  }

  /** Changes the durations (for example when configuration arrives) and starts over. */
  configure(options: Partial<IdleTimerOptions>): void {
    const next = this.normalise({ ...this.options, ...options });
    const targetChanged = next.target !== this.options.target;
    if (this.running && targetChanged) this.unlisten();
    // Timers belong to the clock that set them.
    if (this.running) this.clear();
    this.options = next;
    if (this.running) {
      if (targetChanged) this.listen();
      this.restart();
    }
  }

  /** Pauses (false) or resumes (true) the timer, e.g. while a ticket prints; resuming starts over. */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    const wasRunning = this.running;
    this.enabled = enabled;
    if (this.running) this.start();
    else if (wasRunning) this.halt();
  }

  get warningSeconds(): number {
    return this.options.warning;
  }

  hostConnected(): void {
    this.connected = true;
    if (this.running) this.start();
  }

  hostDisconnected(): void {
    const wasRunning = this.running;
    this.connected = false;
    if (wasRunning) this.halt();
  }

  private start() {
    this.listen();
    this.restart();
  }

  private halt() {
    this.unlisten();
    this.clear();
  }

  /** The visitor is still here: leave the warning (or expiry) and start counting again. */
  extend(): void {
    this.restart();
  }

  restart(): void {
    this.phase = 'active';
    this.remaining = 0;
    this.arm();
    this.host.requestUpdate();
  }

  private listen() {
    for (const type of ACTIVITY_EVENTS) {
      this.options.target.addEventListener(type, this.onActivity, { capture: true, passive: true });
    }
  }

  private unlisten() {
    for (const type of ACTIVITY_EVENTS) {
      this.options.target.removeEventListener(type, this.onActivity, { capture: true });
    }
  }

  private clear() {
    this.options.clock.clearTimeout(this.timer);
    this.options.clock.clearInterval(this.ticker);
    this.timer = undefined;
    this.ticker = undefined;
  }

  private arm() {
    this.clear();
    this.timer = this.options.clock.setTimeout(() => this.startWarning(), this.options.timeout * 1000);
  }

  private startWarning() {
    this.clear();
    this.phase = 'warning';
    this.warningEndsAt = this.options.clock.now() + this.options.warning * 1000;
    this.remaining = this.options.warning;
    this.ticker = this.options.clock.setInterval(() => this.tick(), 1000);
    this.host.requestUpdate();
    this.options.onWarning?.();
  }

  private tick() {
    this.remaining = Math.max(0, Math.ceil((this.warningEndsAt - this.options.clock.now()) / 1000));
    if (this.remaining === 0) {
      this.clear();
      this.phase = 'expired';
      this.host.requestUpdate();
      this.options.onExpired?.();
      return;
    }
    this.host.requestUpdate();
  }
}
