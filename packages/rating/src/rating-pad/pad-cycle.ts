// The pad's cycle as a plain state machine (no DOM): idle → rating → (submitting) → thanks or
// error → idle, with its timers on a clock the caller gives, so it is tested without waiting.
import type { Clock } from '@zhengwu/core';
import type { RatingTarget } from '@zhengwu/core/contract';
import type { ZwPadIdleReason } from './zw-rating-pad-events.js';

/** Where the pad is: waiting, asking for a rating, sending it, thanking, or showing a refusal. */
export type ZwRatingPadPhase = 'idle' | 'rating' | 'submitting' | 'thanks' | 'error';

/** How many finished requests the pad remembers, so a replay never shows one again. */
const FINISHED_KEPT = 20;

export interface PadCycleOptions {
  clock: () => Clock;
  /** How long the thank-you (or error) screen stays. */
  thanksMs: () => number;
  /** How long to wait for the first answer after a rating was stored, before thanking anyway. */
  timeoutMs: () => number;
  /** Something changed that the screen shows. */
  onChange: () => void;
  onRequest: (target: RatingTarget) => void;
  onThanks: () => void;
  onIdle: (reason: ZwPadIdleReason) => void;
}

export class PadCycle {
  phase: ZwRatingPadPhase = 'idle';
  /** The transaction being rated, while a request is on screen. */
  current?: RatingTarget;
  /** Its rating token. */
  token = '';
  /** Counts requests, so each gets a fresh rating and a fresh walk-away warning. */
  requests = 0;

  /** Transactions whose request ended here (rated, walked away, refused). */
  private readonly finished: string[] = [];
  private timer?: { clock: Clock; id: unknown };

  constructor(private readonly options: PadCycleOptions) {}

  /** Whether `transactionId` is the one on screen. */
  isCurrent(transactionId: string | undefined): boolean {
    return transactionId !== undefined && transactionId === this.current?.transactionId;
  }

  /**
   * Shows the rating for `target`, replacing any request still on screen (that visitor has
   * left); a request already on screen, or one that ended here, is not shown again.
   */
  request(target: RatingTarget, token: string): void {
    const id = target.transactionId;
    if (this.finished.includes(id) || (this.isCurrent(id) && this.phase !== 'idle')) return;
    this.stop();
    this.requests += 1;
    this.current = target;
    this.token = token;
    this.set('rating');
    this.options.onRequest(target);
  }

  /** Rated on the visitor's phone: nothing left to ask here. */
  ratedElsewhere(transactionId: string): void {
    if (this.isCurrent(transactionId) && this.phase === 'rating') this.thank();
  }

  /** The rating is stored on this device; should no answer come, thank the visitor anyway. */
  stored(transactionId: string): void {
    if (!this.isCurrent(transactionId) || this.phase !== 'rating') return;
    this.set('submitting');
    this.after(this.options.timeoutMs(), () => this.thank());
  }

  /** Sent, or kept on this device to be sent later: either way the visitor is done. */
  done(transactionId: string): void {
    if (this.isCurrent(transactionId) && (this.phase === 'rating' || this.phase === 'submitting')) this.thank();
  }

  /** Refused or not stored: the widget shows why, then the pad is ready again. */
  failed(): void {
    if (this.phase !== 'rating' && this.phase !== 'submitting') return;
    this.set('error');
    this.after(this.options.thanksMs(), () => this.toIdle('error'));
  }

  /** The warning ran out, or the visitor chose to stop: nothing was submitted or recorded. */
  walkedAway(): void {
    if (this.phase === 'rating') this.toIdle('walked-away');
  }

  /** Stops the running timer (the pad left the page). */
  stop(): void {
    if (this.timer) this.timer.clock.clearTimeout(this.timer.id);
    this.timer = undefined;
  }

  private thank(): void {
    this.set('thanks');
    this.options.onThanks();
    this.after(this.options.thanksMs(), () => this.toIdle('rated'));
  }

  private toIdle(reason: ZwPadIdleReason): void {
    this.stop();
    if (this.current) {
      this.finished.push(this.current.transactionId);
      this.finished.splice(0, this.finished.length - FINISHED_KEPT);
    }
    this.current = undefined;
    this.token = '';
    this.set('idle');
    this.options.onIdle(reason);
  }

  private set(phase: ZwRatingPadPhase): void {
    this.phase = phase;
    this.options.onChange();
  }

  private after(ms: number, run: () => void): void {
    this.stop();
    const clock = this.options.clock();
    const timer = { clock, id: undefined as unknown };
    timer.id = clock.setTimeout(() => {
      if (this.timer === timer) this.timer = undefined;
      run();
    }, ms);
    this.timer = timer;
  }
}
