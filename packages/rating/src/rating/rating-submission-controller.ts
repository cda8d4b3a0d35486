import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newKey, type OutboxItem } from '@zhengwu/core';
import type { RatingSubmission } from '@zhengwu/core/contract';
import { RATING_KIND, type RatingOutboxLike } from '../outbox/rating-kind.js';
import { refusal, type ZwRatingProblem } from './rating-form.js';
import {
  ZwRatingErrorEvent,
  ZwRatingQueuedEvent,
  ZwRatingSentEvent,
  ZwRatingSubmitEvent,
  type ZwRatingDetail,
} from './zw-rating-events.js';

/** Where the widget is in its life. */
export type ZwRatingPhase = 'form' | 'submitting' | 'queued' | 'sent' | 'error';

interface Pending {
  key: string;
  submission: RatingSubmission;
  /** Known once the outbox module has loaded. */
  outbox?: RatingOutboxLike;
  stored: boolean;
  /** What waits for `zw-rating-submit` to have been fired. */
  deferred: (() => void)[];
}

/**
 * Follows one rating through the outbox: stored (`zw-rating-submit`), then sent, queued on this
 * device or refused, each with its event on the host. Survives the host leaving the page and
 * coming back: it catches up with what the outbox did meanwhile.
 */
export class RatingSubmissionController implements ReactiveController {
  phase: ZwRatingPhase = 'form';
  problem: ZwRatingProblem | null = null;

  private pending?: Pending;
  private listeningTo?: RatingOutboxLike;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    /** Called when the rating failed, before `zw-rating-error`. */
    private readonly onFailed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.pending?.stored) void this.resume(this.pending.key);
  }

  hostDisconnected(): void {
    this.stopListening();
  }

  /** Back to the form, forgetting the rating on its way (the outbox still delivers it). */
  reset(): void {
    this.stopListening();
    this.pending = undefined;
    this.set('form', null);
  }

  /** Stores `submission` in `outbox` (or the one it resolves to) and follows it. */
  async submit(outbox: RatingOutboxLike | Promise<RatingOutboxLike>, submission: RatingSubmission): Promise<void> {
    const key = newKey();
    const pending: Pending = { key, submission, stored: false, deferred: [] };
    this.pending = pending;
    this.set('submitting', null);
    try {
      const box = await outbox;
      // Stored even when reset meanwhile: the visitor submitted it.
      if (this.pending === pending) {
        pending.outbox = box;
        this.listen(box);
      }
      await box.add(RATING_KIND, submission, key);
    } catch (error) {
      if (this.pending !== pending) return;
      console.error('[zhengwu-kit] the rating could not be stored on this device', error);
      this.stopListening();
      this.pending = undefined;
      this.fail({ kind: 'not-stored', code: 'not_stored' });
      return;
    }
    if (this.pending !== pending) return; // reset meanwhile; the outbox still delivers it
    pending.stored = true;
    this.host.dispatchEvent(new ZwRatingSubmitEvent({ key, submission }));
    for (const run of pending.deferred.splice(0)) run();
  }

  private set(phase: ZwRatingPhase, problem: ZwRatingProblem | null): void {
    this.phase = phase;
    this.problem = problem;
    this.host.requestUpdate();
  }

  private detail(): ZwRatingDetail | undefined {
    return this.pending ? { key: this.pending.key, submission: this.pending.submission } : undefined;
  }

  /** Runs `work` for the pending rating once its `zw-rating-submit` has been fired. */
  private whenStored(key: string, work: () => void): void {
    const pending = this.pending;
    if (!pending || pending.key !== key) return;
    if (pending.stored) work();
    else pending.deferred.push(work);
  }

  private listen(outbox: RatingOutboxLike): void {
    if (this.listeningTo === outbox) return;
    this.stopListening();
    outbox.addEventListener('sent', this.onSent);
    outbox.addEventListener('rejected', this.onRejected);
    outbox.addEventListener('change', this.onChange);
    this.listeningTo = outbox;
  }

  private stopListening(): void {
    const outbox = this.listeningTo;
    if (!outbox) return;
    outbox.removeEventListener('sent', this.onSent);
    outbox.removeEventListener('rejected', this.onRejected);
    outbox.removeEventListener('change', this.onChange);
    this.listeningTo = undefined;
  }

  private readonly onSent = (event: Event) => {
    const item = (event as CustomEvent<OutboxItem>).detail;
    this.whenStored(item.key, () => this.delivered());
  };

  private readonly onRejected = (event: Event) => {
    const item = (event as CustomEvent<OutboxItem>).detail;
    this.whenStored(item.key, () => this.refused(item));
  };

  private readonly onChange = () => {
    const key = this.pending?.key;
    if (key) void this.checkQueued(key);
  };

  private async checkQueued(key: string): Promise<void> {
    const pending = this.pending;
    if (!pending || pending.key !== key || this.phase !== 'submitting') return;
    const item = (await pending.outbox!.items()).find((candidate) => candidate.key === key);
    if (item?.state === 'pending' && item.attempts > 0) this.whenStored(key, () => this.queued());
  }

  /** After a reconnect: catches up with what the outbox did meanwhile. */
  private async resume(key: string): Promise<void> {
    const pending = this.pending;
    if (!pending || pending.key !== key || !['submitting', 'queued'].includes(this.phase)) return;
    this.listen(pending.outbox!);
    const item = (await pending.outbox!.items()).find((candidate) => candidate.key === key);
    if (this.pending !== pending) return;
    if (!item) this.delivered();
    else if (item.state === 'rejected') this.refused(item);
    else if (item.attempts > 0) this.queued();
  }

  private queued(): void {
    const detail = this.detail();
    if (!detail || this.phase !== 'submitting') return;
    this.set('queued', null);
    this.host.dispatchEvent(new ZwRatingQueuedEvent(detail));
  }

  private delivered(): void {
    const detail = this.detail();
    if (!detail) return;
    this.stopListening();
    this.pending = undefined;
    this.set('sent', null);
    this.host.dispatchEvent(new ZwRatingSentEvent(detail));
  }

  private refused(item: OutboxItem): void {
    const detail = this.detail();
    if (!detail) return;
    this.stopListening();
    this.pending = undefined;
    this.fail(refusal(item), detail.key);
  }

  private fail(problem: ZwRatingProblem, key?: string): void {
    this.set('error', problem);
    this.onFailed();
    this.host.dispatchEvent(new ZwRatingErrorEvent({ key, code: problem.code, status: problem.status }));
  }
}
