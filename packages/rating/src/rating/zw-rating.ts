import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ZwConfigError,
  ZwElement,
  ZwInvalidDataError,
  ZwOfflineError,
  ZwServerError,
  baseStyles,
  newKey,
  type Outbox,
  type OutboxItem,
  type ZwConfig,
} from '@zhengwu/core';
// The rules alone, not the contract's schemas: validation loads with the hall API (rating-api).
import {
  COMMENT_MAX,
  PHONE_NUMBER,
  RATING_CHANNELS,
  RATING_LEVELS,
  isBadRating,
  ratingTokenClaims,
  type RatingChannel,
  type RatingLevel,
} from '@zhengwu/core/contract/rating-rules';
import type { RatingReason, RatingSubmission, RatingTarget } from '@zhengwu/core/contract';
import { RATING_NS } from '../locales/namespace.js';
import { RATING_KIND, ratingApi, ratingOutbox } from '../outbox/rating-outbox.js';
import {
  ZwRatingErrorEvent,
  ZwRatingQueuedEvent,
  ZwRatingSelectEvent,
  ZwRatingSentEvent,
  ZwRatingSubmitEvent,
  type ZwRatingDetail,
} from './zw-rating-events.js';
import { ratingStyles } from './zw-rating.styles.js';

/** Where the widget is in its life. */
export type ZwRatingPhase = 'form' | 'submitting' | 'queued' | 'sent' | 'error';

/** Why a rating did not go through. */
export interface ZwRatingProblem {
  /**
   * `already-rated`: 409 (一次一评); `expired`: 410, the rating token is too old; `refused`: any
   * other refusal; `not-stored`: IndexedDB failed.
   */
  kind: 'already-rated' | 'expired' | 'refused' | 'not-stored';
  code: string;
  status?: number;
}

/** States `demo-state` can show (stories, docs and screenshots only). */
export const RATING_DEMO_STATES = [
  'form',
  'satisfied',
  'dissatisfied',
  'invalid',
  'loading',
  'load-error',
  'submitting',
  'queued',
  'sent',
  'already-rated',
  'expired',
  'refused',
] as const;
export type ZwRatingDemoState = (typeof RATING_DEMO_STATES)[number];

type ReasonsState = 'idle' | 'loading' | 'ready' | 'offline' | 'failed';

const TRANSACTION_ID = /^[A-Za-z0-9-]{1,50}$/;
const TRANSACTION_ID_EXPECTED = 'a transaction id of up to 50 letters, digits or -';
/** Channels where the screen is shared, so the browser must not remember a phone number. */
const SHARED_SCREENS: readonly RatingChannel[] = ['window-pad', 'kiosk'];
/** How long typing pauses before screen readers hear the characters left. */
const COUNTER_ANNOUNCE_MS = 1000;

/** Mouths of the faces, from a wide smile to a deep frown (decoration: the text says it). */
const MOUTHS: Record<RatingLevel, string> = {
  'very-satisfied': 'M13 27 Q24 41 35 27',
  satisfied: 'M15 29 Q24 36 33 29',
  basic: 'M15 32 L33 32',
  dissatisfied: 'M15 35 Q24 29 33 35',
  'very-dissatisfied': 'M13 37 Q24 24 35 37',
};

function face(level: RatingLevel): TemplateResult {
  return html`<svg class="face" part="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
    ${svg`<circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
      <circle cx="17" cy="19" r="2.8" fill="currentColor" />
      <circle cx="31" cy="19" r="2.8" fill="currentColor" />
      <path d=${MOUTHS[level]} fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />`}
  </svg>`;
}

/** Digits and dashes as a visitor may type them (full-width from a Chinese IME, spaces). */
function normalizePhone(value: string): string {
  return value
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0D\u2010-\u2015]/g, '-')
    .replace(/\s+/g, '');
}


/**
 * Nothing is preselected, and nothing is recorded unless the visitor submits. The levels are a
 * native radio group (Tab into it, arrow keys choose), each with its name in words and a face,
 * so colour is never the only cue. Reasons come from `.reasons`, or from the hall
 * (`GET /hall`) when not given.
 *
 * @tag zw-rating
 * @summary 好差评: the visitor rates one finished transaction on five levels; a 差评 asks for
 * reasons and may carry a comment and a phone number for the follow-up call (回访). Ratings
 * go through the offline outbox, so none is lost when the network is down.
 *
 * @csspart target - "您正在评价：…", the transaction being rated.
 * @csspart form - The form.
 * @csspart levels - The fieldset of the five levels.
 * @csspart question - Its legend.
 * @csspart choice - Each level (a label around a native radio); also `choice-checked`.
 * @csspart face - The face drawn on each level.
 * @csspart reasons - The fieldset of reasons, shown for a 差评.
 * @csspart comment - The comment textarea.
 * @csspart counter - "还可输入 N 字".
 * @csspart phone - The phone input.
 * @csspart error - Each field error.
 * @csspart submit - The submit button (a `zw-button`).
 * @csspart retry - The retry buttons (a `zw-button`).
 * @csspart outcome - The status region: submitting, saved on this device, submitted.
 * @csspart problem - The alert region: the rating was refused or not stored.
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-rating-choice-min-height - Least height of each level.
 * @cssprop --zw-rating-choice-min-width - Narrowest a level gets before the row wraps.
 * @cssprop --zw-rating-face-size - Size of the faces.
 * @cssprop --zw-rating-checked-background - Fill of the chosen level.
 * @cssprop --zw-rating-checked-color - Text of the chosen level.
 * @fires zw-rating-select - A level was chosen; `detail.level`.
 * @fires zw-rating-submit - The rating is stored in the outbox; `detail.key`, `detail.submission`.
 * @fires zw-rating-sent - The hall server acknowledged it.
 * @fires zw-rating-queued - The first send failed; it waits on this device and goes later.
 * @fires zw-rating-error - It was refused (`detail.code`, `detail.status`) or not stored.
 * @fires zw-config-error - `transaction-id`, `token`, `channel` or `demo-state` is invalid.
 */
export class ZwRating extends ZwElement {
  static override i18nNamespaces = [RATING_NS];
  static override styles = [baseStyles, ratingStyles];

  /**
   * 办件编号 of the finished transaction to rate (up to 50 letters, digits or `-`). Required,
   * unless `.target` carries it; when both are given they must agree.
   */
  @property({ attribute: 'transaction-id' }) transactionId?: string;

  /**
   * The rating token the hall server issued for this transaction: given to the window's pad,
   * put in the QR link for the phone, or fetched by a portal's back end
   * (`POST /api/transactions/{id}/rating-token`). Required to send (not for `demo-state`);
   * when `transaction-id` is not given, the token's transaction is rated.
   */
  @property() token?: string;

  /**
   * 评价渠道: `window-pad`, `kiosk`, `qr-code`, `website` or `app`. Default: `window-pad`
   * inside a provider with a `window-id`, `website` otherwise.
   */
  @property() channel?: RatingChannel;

  /** The hall's 不满意原因 (`{code, label}`). When not given, they are loaded from the hall. */
  @property({ attribute: false }) reasons?: RatingReason[];

  /** What is being rated, shown as "您正在评价：3号窗口 · 张三（工号 1003）· 居民身份证换领". */
  @property({ attribute: false }) target?: RatingTarget;

  /** Hides the line naming what is being rated. */
  @property({ type: Boolean, attribute: 'hide-target', reflect: true }) hideTarget = false;

  /**
   * The outbox ratings go through. Default: the page's shared `ratingOutbox(apiBase)`. Set it
   * to share an outbox the page already has (or, in tests, a separate database).
   */
  @property({ attribute: false }) outbox?: Outbox;

  /**
   * For stories, docs and screenshots only: shows a state without a server and sends nothing.
   * One of `form` (the empty form), `satisfied`, `dissatisfied`, `invalid`, `loading`, `load-error`, `submitting`,
   * `queued`, `sent`, `already-rated`, `expired`, `refused`.
   */
  @property({ attribute: 'demo-state' }) demoState?: string;

  @state() private chosen: RatingLevel | null = null;
  @state() private ticked = new Set<string>();
  @state() private comment = '';
  @state() private phone = '';
  @state() private phoneTouched = false;
  @state() private showErrors = false;
  @state() private currentPhase: ZwRatingPhase = 'form';
  @state() private currentProblem: ZwRatingProblem | null = null;
  @state() private reasonsState: ReasonsState = 'idle';
  @state() private reasonsErrorCode = '';
  @state() private loadedReasons?: RatingReason[];
  @state() private counterAnnouncement = '';

  private effectiveTransactionId = '';
  private effectiveChannel: RatingChannel = 'website';
  /** The transaction the form's answers belong to; a new one starts afresh. */
  private boundTransaction?: string;
  /** What `demo-state` forces on the reasons, if anything. */
  private demoReasons?: 'loading' | 'offline';
  private reasonsFor?: string;
  private reasonsAbort?: AbortController;
  private counterTimer?: ReturnType<typeof setTimeout>;
  private focusAfterUpdate?: 'outcome' | 'problem' | 'invalid';

  /** The rating on its way: stored (or being stored) in `outbox` under `key`. */
  private pending?: {
    key: string;
    submission: RatingSubmission;
    outbox: Outbox;
    stored: boolean;
    deferred: (() => void)[];
  };
  private listeningTo?: Outbox;

  /** The level chosen, or `null` (nothing is ever preselected). */
  get level(): RatingLevel | null {
    return this.chosen;
  }

  /** `form`, `submitting`, `queued` (saved on this device), `sent` or `error`. */
  get phase(): ZwRatingPhase {
    return this.currentPhase;
  }

  /** Why the rating did not go through, in the `error` phase. */
  get problem(): ZwRatingProblem | null {
    return this.currentProblem;
  }

  /** Back to an empty form: nothing chosen, no reasons, comment or phone (the pad's next visitor). */
  reset(): void {
    this.stopListening();
    this.pending = undefined;
    this.chosen = null;
    this.ticked = new Set();
    this.comment = '';
    this.phone = '';
    this.phoneTouched = false;
    this.showErrors = false;
    this.currentPhase = 'form';
    this.currentProblem = null;
    this.counterAnnouncement = '';
    this.demoReasons = undefined;
    this.focusAfterUpdate = undefined;
    clearTimeout(this.counterTimer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.pending?.stored) void this.resume(this.pending.key);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
    clearTimeout(this.counterTimer);
    if (this.reasonsState === 'loading') {
      this.reasonsAbort?.abort();
      this.reasonsFor = undefined;
      this.reasonsState = 'idle';
    }
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    if (this.demoState != null && !(RATING_DEMO_STATES as readonly string[]).includes(this.demoState)) {
      throw new ZwConfigError('demo-state', RATING_DEMO_STATES.join(' | '), this.demoState);
    }
    const channel = this.channel ?? (config.windowId ? 'window-pad' : 'website');
    if (!(RATING_CHANNELS as readonly string[]).includes(channel)) {
      throw new ZwConfigError('channel', RATING_CHANNELS.join(' | '), channel);
    }
    const fromTarget = this.target?.transactionId;
    const claims = this.token ? ratingTokenClaims(this.token) : undefined;
    const id = this.transactionId ?? fromTarget ?? claims?.transactionId ?? '';
    // A token is a credential: errors name only its start.
    const shown = (this.token ?? '').slice(0, 8);
    const tokenExpected = `the rating token the hall server issued for transaction ${id || '…'}`;
    if (!id && this.demoState == null) throw new ZwConfigError('token', tokenExpected, shown);
    if (!TRANSACTION_ID.test(id)) throw new ZwConfigError('transaction-id', TRANSACTION_ID_EXPECTED, id);
    if (fromTarget != null && fromTarget !== id) {
      throw new ZwConfigError('transaction-id', `the transaction id of .target (${fromTarget})`, id);
    }
    if (this.token ? claims?.transactionId !== id : this.demoState == null) {
      throw new ZwConfigError('token', tokenExpected, shown);
    }
    this.effectiveChannel = channel as RatingChannel;
    this.effectiveTransactionId = id;
    return config;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.configError) return;
    if (this.boundTransaction !== undefined && this.boundTransaction !== this.effectiveTransactionId) this.reset();
    this.boundTransaction = this.effectiveTransactionId;
    if (changed.has('demoState')) this.applyDemoState();
    if (this.demoState == null && this.reasons === undefined && this.reasonsFor !== this.config.apiBase) {
      void this.loadReasons();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.configError && this.demoState == null) {
      // Created now, so ratings stored before a reload are sent even if nobody rates again.
      this.activeOutbox();
    }
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (focus === 'outcome' || focus === 'problem') {
      this.renderRoot.querySelector<HTMLElement>(`.${focus}`)?.focus();
    } else if (focus === 'invalid') {
      this.firstInvalidControl()?.focus();
    }
  }

  private activeOutbox(): Outbox {
    return this.outbox ?? ratingOutbox(this.config.apiBase);
  }

  private applyDemoState(): void {
    const demo = this.demoState as ZwRatingDemoState | undefined;
    this.reset();
    if (!demo) return;
    const firstReason = this.reasonList()[0]?.code;
    switch (demo) {
      case 'satisfied':
        this.chosen = 'satisfied';
        break;
      case 'dissatisfied':
        this.chosen = 'very-dissatisfied';
        if (firstReason) this.ticked = new Set([firstReason]);
        break;
      case 'invalid':
        this.chosen = 'dissatisfied';
        this.phone = '1380013';
        this.phoneTouched = true;
        this.showErrors = true;
        break;
      case 'loading':
        this.chosen = 'dissatisfied';
        this.demoReasons = 'loading';
        break;
      case 'load-error':
        this.chosen = 'dissatisfied';
        this.demoReasons = 'offline';
        break;
      case 'submitting':
      case 'queued':
      case 'sent':
        this.chosen = 'satisfied';
        this.currentPhase = demo;
        break;
      case 'already-rated':
        this.chosen = 'basic';
        this.currentPhase = 'error';
        this.currentProblem = { kind: 'already-rated', code: 'already_rated', status: 409 };
        break;
      case 'expired':
        this.chosen = 'satisfied';
        this.currentPhase = 'error';
        this.currentProblem = { kind: 'expired', code: 'rating_token_expired', status: 410 };
        break;
      case 'refused':
        this.chosen = 'satisfied';
        this.currentPhase = 'error';
        this.currentProblem = { kind: 'refused', code: 'unknown_transaction', status: 422 };
        break;
      default:
        break;
    }
  }

  // ---- reasons ----

  private reasonList(): RatingReason[] {
    return this.reasons ?? this.loadedReasons ?? [];
  }

  private reasonsView(): ReasonsState {
    if (this.demoReasons) return this.demoReasons;
    if (this.reasons !== undefined) return 'ready';
    return this.reasonsState === 'idle' ? 'loading' : this.reasonsState;
  }

  private async loadReasons(): Promise<void> {
    const apiBase = this.config.apiBase;
    this.reasonsFor = apiBase;
    this.reasonsAbort?.abort();
    const abort = new AbortController();
    this.reasonsAbort = abort;
    this.reasonsState = 'loading';
    try {
      const reasons = await (await ratingApi(apiBase)).loadReasons(apiBase, abort.signal);
      if (abort.signal.aborted) return;
      this.loadedReasons = reasons;
      this.reasonsState = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof ZwOfflineError) {
        this.reasonsState = 'offline';
      } else {
        this.reasonsState = 'failed';
        this.reasonsErrorCode =
          error instanceof ZwServerError
            ? error.code
            : error instanceof ZwInvalidDataError
              ? 'invalid_data'
              : 'unknown';
      }
    }
  }

  private readonly onRetryReasons = () => {
    if (this.demoState != null) return;
    void this.loadReasons();
  };

  // ---- validation ----

  private chosenReasons(): string[] {
    return this.reasonList()
      .map((reason) => reason.code)
      .filter((code) => this.ticked.has(code));
  }

  private get isBad(): boolean {
    return this.chosen != null && isBadRating(this.chosen);
  }

  private get phoneInvalid(): boolean {
    const phone = normalizePhone(this.phone);
    return phone !== '' && !PHONE_NUMBER.test(phone);
  }

  private firstInvalidControl(): HTMLElement | null {
    const root = this.renderRoot;
    if (!this.chosen) return root.querySelector<HTMLInputElement>('input[name="level"]');
    if (this.isBad && this.chosenReasons().length === 0) {
      return (
        root.querySelector<HTMLElement>('.reasons input[type="checkbox"]') ??
        root.querySelector<HTMLElement>('.reasons zw-button')
      );
    }
    if (this.isBad && this.phoneInvalid) return root.querySelector<HTMLInputElement>('#phone');
    return null;
  }

  private get valid(): boolean {
    if (!this.chosen) return false;
    if (!this.isBad) return true;
    return this.chosenReasons().length > 0 && !this.phoneInvalid;
  }

  // ---- input ----

  private readonly onLevelChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (!input.checked) return;
    const level = input.value as RatingLevel;
    this.chosen = level;
    this.dispatchEvent(new ZwRatingSelectEvent(level));
  };

  private readonly onReasonChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.ticked);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.ticked = next;
  };

  private readonly onCommentInput = (event: Event) => {
    this.comment = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.counterTimer);
    this.counterTimer = setTimeout(() => {
      this.counterAnnouncement = this.remainingText();
    }, COUNTER_ANNOUNCE_MS);
  };

  private readonly onPhoneInput = (event: Event) => {
    this.phone = (event.target as HTMLInputElement).value;
  };

  private readonly onPhoneBlur = () => {
    this.phoneTouched = true;
  };

  private readonly onFormSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  private readonly onSubmitClick = () => void this.submit();

  private readonly onRetryStore = () => {
    if (this.demoState != null) return;
    this.currentPhase = 'form';
    this.currentProblem = null;
    void this.submit();
  };

  private remainingText(): string {
    const remaining = Math.max(0, COMMENT_MAX - this.comment.length);
    return this.t('rating.comment.remaining', { count: remaining, remaining: this.localize.number(remaining) });
  }

  // ---- submitting ----

  private buildSubmission(level: RatingLevel): RatingSubmission {
    const submission: RatingSubmission = {
      transactionId: this.effectiveTransactionId,
      token: this.token ?? '',
      level,
      channel: this.effectiveChannel,
      reasons: isBadRating(level) ? this.chosenReasons() : [],
      ratedAt: new Date().toISOString(),
    };
    if (isBadRating(level)) {
      const comment = this.comment.trim();
      const phone = normalizePhone(this.phone);
      if (comment) submission.comment = comment;
      if (phone) submission.phone = phone;
    }
    return submission;
  }

  private async submit(): Promise<void> {
    if (this.currentPhase !== 'form' || this.configError) return;
    this.showErrors = true;
    this.phoneTouched = true;
    const level = this.chosen;
    if (!level || !this.valid) {
      this.focusAfterUpdate = 'invalid';
      return;
    }
    if (this.demoState != null) return; // stories send nothing
    const submission = this.buildSubmission(level);
    const key = newKey();
    const outbox = this.activeOutbox();
    const pending = { key, submission, outbox, stored: false, deferred: [] as (() => void)[] };
    this.pending = pending;
    this.listen(outbox);
    this.currentPhase = 'submitting';
    this.focusAfterUpdate = 'outcome';
    try {
      await outbox.add(RATING_KIND, submission, key);
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
    this.dispatchEvent(new ZwRatingSubmitEvent({ key, submission }));
    for (const run of pending.deferred.splice(0)) run();
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

  private listen(outbox: Outbox): void {
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
    if (!pending || pending.key !== key || this.currentPhase !== 'submitting') return;
    const item = (await pending.outbox.items()).find((candidate) => candidate.key === key);
    if (item?.state === 'pending' && item.attempts > 0) this.whenStored(key, () => this.queued());
  }

  /** After a reconnect: catches up with what the outbox did meanwhile. */
  private async resume(key: string): Promise<void> {
    const pending = this.pending;
    if (!pending || pending.key !== key || !['submitting', 'queued'].includes(this.currentPhase)) return;
    this.listen(pending.outbox);
    const item = (await pending.outbox.items()).find((candidate) => candidate.key === key);
    if (this.pending !== pending) return;
    if (!item) this.delivered();
    else if (item.state === 'rejected') this.refused(item);
    else if (item.attempts > 0) this.queued();
  }

  private queued(): void {
    const detail = this.detail();
    if (!detail || this.currentPhase !== 'submitting') return;
    this.currentPhase = 'queued';
    this.dispatchEvent(new ZwRatingQueuedEvent(detail));
  }

  private delivered(): void {
    const detail = this.detail();
    if (!detail) return;
    this.stopListening();
    this.pending = undefined;
    this.currentPhase = 'sent';
    this.dispatchEvent(new ZwRatingSentEvent(detail));
  }

  private refused(item: OutboxItem): void {
    const detail = this.detail();
    if (!detail) return;
    this.stopListening();
    this.pending = undefined;
    const { status, code = 'unknown' } = item.lastError ?? {};
    const kind = status === 409 || code === 'already_rated' ? 'already-rated' : status === 410 ? 'expired' : 'refused';
    this.fail({ kind, code, status }, detail.key);
  }

  private fail(problem: ZwRatingProblem, key?: string): void {
    this.currentPhase = 'error';
    this.currentProblem = problem;
    this.focusAfterUpdate = this.matches(':focus-within') ? 'problem' : undefined;
    this.dispatchEvent(new ZwRatingErrorEvent({ key, code: problem.code, status: problem.status }));
  }

  // ---- rendering ----

  private renderTarget() {
    const target = this.target;
    if (!target || this.hideTarget) return nothing;
    const parts = [target.windowName];
    if (target.staffName) {
      parts.push(
        target.staffNumber
          ? this.t('rating.target.staff', { name: target.staffName, number: target.staffNumber })
          : target.staffName,
      );
    }
    if (target.serviceItemName) parts.push(target.serviceItemName);
    return html`<p class="target" part="target">${this.t('rating.target.intro', { what: parts.join(' · ') })}</p>`;
  }

  // Plain property bindings (no `live`): every input handler writes the state, so the value Lit
  // last set is always what the control shows.
  private renderLevels() {
    const levelError = this.showErrors && !this.chosen;
    return html`<fieldset class="levels" part="levels" aria-describedby=${levelError ? 'level-error' : nothing}>
      <legend class="question" part="question">${this.t('rating.question')}</legend>
      ${levelError
        ? html`<p id="level-error" class="field-error" part="error">${this.t('rating.levelRequired')}</p>`
        : nothing}
      <div class="choices">
        ${RATING_LEVELS.map((level) => {
          const checked = this.chosen === level;
          return html`<label
            class="choice ${checked ? 'checked' : ''} ${isBadRating(level) ? 'bad' : ''}"
            part=${checked ? 'choice choice-checked' : 'choice'}
            data-level=${level}
          >
            <input
              type="radio"
              name="level"
              .value=${level}
              required
              .checked=${checked}
              @change=${this.onLevelChange}
            />
            ${face(level)}
            <span class="choice-label">${this.t(`rating.level.${level}`)}</span>
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderReasonList() {
    const view = this.reasonsView();
    if (view === 'loading') {
      return html`<p class="reasons-status" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('rating.reasons.loading')}</p>`;
    }
    if (view === 'offline' || view === 'failed') {
      return html`<div class="reasons-problem" role="alert">
        <p>
          ${view === 'offline'
            ? this.t('rating.reasons.offline')
            : this.t('rating.reasons.failed', { code: this.reasonsErrorCode })}
        </p>
        <zw-button variant="secondary" part="retry" @click=${this.onRetryReasons}>${this.t('rating.reasons.retry')}</zw-button>
      </div>`;
    }
    return html`<div class="reason-list">
      ${this.reasonList().map(
        (reason) => html`<label class="reason">
          <input
            type="checkbox"
            name="reason"
            .value=${reason.code}
            .checked=${this.ticked.has(reason.code)}
            @change=${this.onReasonChange}
          />
          <span>${reason.label}</span>
        </label>`,
      )}
    </div>`;
  }

  private renderDetails() {
    const reasonsError = this.showErrors && this.chosenReasons().length === 0;
    const phoneError = this.phoneTouched && this.phoneInvalid;
    const shared = SHARED_SCREENS.includes(this.effectiveChannel);
    return html`<fieldset
        class="reasons"
        part="reasons"
        aria-describedby=${reasonsError ? 'reasons-hint reasons-error' : 'reasons-hint'}
      >
        <legend class="reasons-legend">${this.t('rating.reasons.legend')}</legend>
        <p id="reasons-hint" class="hint required">${this.t('rating.reasons.required')}</p>
        ${reasonsError
          ? html`<p id="reasons-error" class="field-error" part="error">${this.t('rating.reasons.error')}</p>`
          : nothing}
        ${this.renderReasonList()}
      </fieldset>
      <div class="field">
        <label for="comment">${this.t('rating.comment.label')}</label>
        <textarea
          id="comment"
          part="comment"
          rows="3"
          maxlength=${COMMENT_MAX}
          aria-describedby="comment-count"
          .value=${this.comment}
          @input=${this.onCommentInput}
        ></textarea>
        <p id="comment-count" class="counter" part="counter">${this.remainingText()}</p>
        <span class="visually-hidden" role="status">${this.counterAnnouncement}</span>
      </div>
      <div class="field">
        <label for="phone">${this.t('rating.phone.label')}</label>
        <p id="phone-hint" class="hint">${this.t('rating.phone.hint')}</p>
        ${phoneError
          ? html`<p id="phone-error" class="field-error" part="error">${this.t('rating.phone.error')}</p>`
          : nothing}
        <input
          id="phone"
          part="phone"
          type="tel"
          inputmode="tel"
          maxlength="20"
          autocomplete=${shared ? 'off' : 'tel'}
          aria-invalid=${phoneError ? 'true' : 'false'}
          aria-describedby=${phoneError ? 'phone-hint phone-error' : 'phone-hint'}
          .value=${this.phone}
          @input=${this.onPhoneInput}
          @blur=${this.onPhoneBlur}
        />
      </div>`;
  }

  private renderForm() {
    return html`<form part="form" novalidate @submit=${this.onFormSubmit}>
      ${this.renderLevels()} ${this.isBad ? this.renderDetails() : nothing}
      <div class="actions">
        <zw-button part="submit" size="large" @click=${this.onSubmitClick}>${this.t('rating.submit')}</zw-button>
      </div>
    </form>`;
  }

  private renderOutcome() {
    switch (this.currentPhase) {
      case 'submitting':
        return html`<span class="spinner" aria-hidden="true"></span><p class="outcome-title">${this.t('rating.submitting')}</p>`;
      case 'queued':
        return html`<span class="icon icon-saved" aria-hidden="true"></span>
          <div class="outcome-text">
            <p class="outcome-title">${this.t('rating.queued.title')}</p>
            <p class="outcome-message">${this.t('rating.queued.message')}</p>
          </div>`;
      case 'sent':
        return html`<span class="icon icon-done" aria-hidden="true"></span>
          <div class="outcome-text">
            <p class="outcome-title">${this.t('rating.sent.title')}</p>
            <p class="outcome-message">${this.t('rating.sent.message')}</p>
          </div>`;
      default:
        return nothing;
    }
  }

  private renderProblem() {
    const problem = this.currentPhase === 'error' ? this.currentProblem : null;
    if (!problem) return nothing;
    const message =
      problem.kind === 'already-rated'
        ? this.t('rating.error.alreadyRated')
        : problem.kind === 'expired'
          ? this.t('rating.error.expired')
          : problem.kind === 'not-stored'
          ? this.t('rating.error.unsaved')
          : this.t('rating.error.refused', { code: problem.code });
    return html`<span class="icon icon-problem" aria-hidden="true"></span>
      <div class="outcome-text">
        <p class="outcome-title">${message}</p>
        ${problem.kind === 'not-stored'
          ? html`<zw-button part="retry" @click=${this.onRetryStore}>${this.t('rating.error.retry')}</zw-button>`
          : nothing}
      </div>`;
  }

  protected renderContent() {
    const phase = this.currentPhase;
    return html`${this.renderTarget()} ${phase === 'form' ? this.renderForm() : nothing}
      <div class="outcome ${phase}" part="outcome" role="status" tabindex="-1">${this.renderOutcome()}</div>
      <div class="problem" part="problem" role="alert" tabindex="-1">${this.renderProblem()}</div>`;
  }
}
