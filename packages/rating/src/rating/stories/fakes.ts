// Stand-ins the stories (and tests) give the rating widgets instead of a hall: an outbox that
// answers as told, a reasons source, and the visitor's taps.
import { ZwOfflineError, newKey, type OutboxItem } from '@zhengwu/core';
import type { RatingLevel } from '@zhengwu/core/contract';
import type { RatingOutboxLike } from '../../outbox/rating-kind.js';
import type { RatingReasonsSource } from '../rating-reasons-loader.js';
import type { ZwRating, ZwRatingPhase } from '../zw-rating.js';

/** How the fake hall answers a stored rating: not yet, offline, acknowledged, or refused. */
export type FakeAnswer = 'none' | 'offline' | 'sent' | { status: number; code: string };

/** An outbox in memory that answers every rating the same way, without a server or IndexedDB. */
export class FakeOutbox extends EventTarget implements RatingOutboxLike {
  private readonly stored = new Map<string, OutboxItem>();

  constructor(private readonly answer: FakeAnswer) {
    super();
  }

  async add<P>(kind: string, payload: P, key = newKey()): Promise<OutboxItem<P>> {
    const item: OutboxItem<P> = { key, kind, payload, createdAt: Date.now(), attempts: 0, nextAttemptAt: 0, state: 'pending' };
    this.stored.set(key, item);
    setTimeout(() => this.reply(item));
    return item;
  }

  async items(): Promise<OutboxItem[]> {
    return [...this.stored.values()];
  }

  private reply(item: OutboxItem): void {
    const answer = this.answer;
    if (answer === 'none') return;
    item.attempts = 1;
    if (answer === 'sent') {
      this.stored.delete(item.key);
      this.dispatchEvent(new CustomEvent('sent', { detail: item }));
    } else if (answer === 'offline') {
      item.lastError = { message: 'offline' };
      this.dispatchEvent(new CustomEvent('change', { detail: { pending: 1, rejected: 0 } }));
    } else {
      item.state = 'rejected';
      item.lastError = { ...answer, message: answer.code };
      this.dispatchEvent(new CustomEvent('rejected', { detail: item }));
    }
  }
}

/** A hall whose reasons never arrive (the loading state). */
export const pendingReasons = (): RatingReasonsSource => ({ hall: () => new Promise(() => undefined) });

/** A hall that cannot be reached (the offline state with its retry button). */
export const offlineReasons = (): RatingReasonsSource => ({
  hall: () => Promise.reject(new ZwOfflineError('/api/hall')),
});

/** Resolves once `check` holds (checked every frame), or rejects after `timeout` ms. */
export async function until(check: () => unknown, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`story: ${what} did not happen`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** What a visitor does on a rating: a level, perhaps reasons and a phone, perhaps submit. */
export interface VisitorActions {
  level: RatingLevel;
  /** How many of the reasons to tick, from the top. */
  reasons?: number;
  phone?: string;
  submit?: boolean;
  /** The phase to wait for after submitting. */
  until?: ZwRatingPhase;
}

/** Acts on `el` as a visitor would: taps, types and submits through its own controls. */
export async function actOn(el: ZwRating, actions: VisitorActions): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>(`input[name="level"][value="${actions.level}"]`)!.click();
  await el.updateComplete;
  for (const box of [...root.querySelectorAll<HTMLInputElement>('input[name="reason"]')].slice(0, actions.reasons ?? 0)) {
    box.click();
  }
  const phone = root.querySelector<HTMLInputElement>('#phone');
  if (phone && actions.phone != null) {
    phone.value = actions.phone;
    phone.dispatchEvent(new Event('input'));
    phone.dispatchEvent(new Event('blur'));
  }
  await el.updateComplete;
  if (!actions.submit) return;
  root.querySelector<HTMLElement>('zw-button[part="submit"]')!.click();
  const phase = actions.until;
  if (phase) await until(() => el.phase === phase, `phase ${phase}`);
  await el.updateComplete;
}

/** The story's `zw-rating` (inside `canvas`), acted on as `actions` say. */
export function rateIn(canvas: HTMLElement, actions: VisitorActions): Promise<void> {
  return actOn(canvas.querySelector<ZwRating>('zw-rating')!, actions);
}
