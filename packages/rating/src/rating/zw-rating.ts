import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwElement, baseStyles, type ZwConfig } from '@zhengwu/core';
// The rules alone, not the contract's schemas: validation loads with the hall API (rating-api).
import { COMMENT_MAX, isBadRating, type RatingChannel, type RatingLevel } from '@zhengwu/core/contract/rating-rules';
import type { RatingReason, RatingTarget } from '@zhengwu/core/contract';
import { RATING_NS } from '../locales/namespace.js';
import type { RatingOutboxLike } from '../outbox/rating-kind.js';
import {
  buildSubmission,
  chosenReasons,
  firstProblem,
  phoneInvalid,
  ratingSubject,
  type RatingAnswers,
  type RatingSubject,
} from './rating-form.js';
import { RatingReasonsLoader, type RatingReasonsSource, type ReasonsView } from './rating-reasons-loader.js';
import { RatingSubmissionController, type ZwRatingPhase } from './rating-submission-controller.js';
import { levelsView, outcomeView, problemView, reasonsStatus, targetLine } from './rating-views.js';
import { ZwRatingSelectEvent } from './zw-rating-events.js';
import { ratingStyles } from './zw-rating.styles.js';

export type { ZwRatingPhase } from './rating-submission-controller.js';
export type { ZwRatingProblem } from './rating-form.js';

/** Channels where the screen is shared, so the browser must not remember a phone number. */
const SHARED_SCREENS: readonly RatingChannel[] = ['window-pad', 'kiosk'];
/** How long typing pauses before screen readers hear the characters left. */
const COUNTER_ANNOUNCE_MS = 1000;

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
 * @fires zw-config-error - `transaction-id`, `token` or `channel` is invalid.
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
   * (`POST /api/transactions/{id}/rating-token`). Required; when `transaction-id` is not
   * given, the token's transaction is rated.
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
  @property({ attribute: false }) outbox?: RatingOutboxLike;

  /**
   * Where the reasons are loaded from when `.reasons` is not given: a `HallClient`, or
   * anything with the same `hall()`. Default: the hall at `api-base`.
   */
  @property({ attribute: false }) client?: RatingReasonsSource;

  @state() private chosen: RatingLevel | null = null;
  @state() private ticked = new Set<string>();
  @state() private comment = '';
  @state() private phone = '';
  @state() private phoneTouched = false;
  @state() private showErrors = false;
  @state() private counterAnnouncement = '';

  private readonly submission = new RatingSubmissionController(this, () => {
    this.focusAfterUpdate = this.matches(':focus-within') ? 'problem' : undefined;
  });
  private readonly loader = new RatingReasonsLoader(this);
  private subject: RatingSubject = { transactionId: '', channel: 'website' };
  /** The transaction the form's answers belong to; a new one starts afresh. */
  private boundTransaction?: string;
  private counterTimer?: ReturnType<typeof setTimeout>;
  private focusAfterUpdate?: 'outcome' | 'problem' | 'invalid';

  /** The level chosen, or `null` (nothing is ever preselected). */
  get level(): RatingLevel | null {
    return this.chosen;
  }

  /** `form`, `submitting`, `queued` (saved on this device), `sent` or `error`. */
  get phase(): ZwRatingPhase {
    return this.submission.phase;
  }

  /** Why the rating did not go through, in the `error` phase. */
  get problem() {
    return this.submission.problem;
  }

  /** Back to an empty form: nothing chosen, no reasons, comment or phone (the pad's next visitor). */
  reset(): void {
    this.submission.reset();
    this.chosen = null;
    this.ticked = new Set();
    this.comment = '';
    this.phone = '';
    this.phoneTouched = false;
    this.showErrors = false;
    this.counterAnnouncement = '';
    this.focusAfterUpdate = undefined;
    clearTimeout(this.counterTimer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.counterTimer);
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    const { transactionId, token, channel, target } = this;
    this.subject = ratingSubject({ transactionId, token, channel, target, windowId: config.windowId });
    return config;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.configError) return;
    const id = this.subject.transactionId;
    if (this.boundTransaction !== undefined && this.boundTransaction !== id) this.reset();
    this.boundTransaction = id;
    if (this.reasons === undefined) void this.loader.want(this.config.apiBase, this.client);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Created now, so ratings stored before a reload are sent even if nobody rates again.
    if (!this.configError) Promise.resolve(this.activeOutbox()).catch(() => undefined);
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (focus === 'outcome' || focus === 'problem') {
      this.renderRoot.querySelector<HTMLElement>(`.${focus}`)?.focus();
    } else if (focus === 'invalid') {
      this.firstInvalidControl()?.focus();
    }
  }

  /** The given outbox, or the page's shared one: its module loads after the form has shown. */
  private activeOutbox(): RatingOutboxLike | Promise<RatingOutboxLike> {
    if (this.outbox) return this.outbox;
    const { apiBase } = this.config;
    return import('../outbox/rating-outbox.js').then(({ ratingOutbox }) => ratingOutbox(apiBase));
  }

  private get answers(): RatingAnswers {
    const { chosen: level, ticked, comment, phone } = this;
    return { level, reasons: this.reasonList(), ticked, comment, phone };
  }

  private reasonList(): RatingReason[] {
    return this.reasons ?? this.loader.reasons ?? [];
  }

  private reasonsView(): ReasonsView {
    return this.reasons !== undefined ? 'ready' : this.loader.view;
  }

  private get isBad(): boolean {
    return this.chosen != null && isBadRating(this.chosen);
  }

  private firstInvalidControl(): HTMLElement | null {
    const root = this.renderRoot;
    switch (firstProblem(this.answers)) {
      case 'level':
        return root.querySelector<HTMLInputElement>('input[name="level"]');
      case 'reasons':
        return root.querySelector<HTMLElement>('.reasons input[type="checkbox"]') ?? root.querySelector<HTMLElement>('.reasons zw-button');
      case 'phone':
        return root.querySelector<HTMLInputElement>('#phone');
      default:
        return null;
    }
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
    this.submit();
  };

  private readonly onSubmitClick = () => this.submit();

  private readonly onRetryReasons = () => void this.loader.retry();

  private readonly onRetryStore = () => {
    this.submission.reset();
    this.submit();
  };

  private remainingText(): string {
    const remaining = Math.max(0, COMMENT_MAX - this.comment.length);
    return this.t('rating.comment.remaining', { count: remaining, remaining: this.localize.number(remaining) });
  }

  private submit(): void {
    if (this.submission.phase !== 'form' || this.configError) return;
    this.showErrors = true;
    this.phoneTouched = true;
    const answers = this.answers;
    if (!answers.level || firstProblem(answers)) {
      this.focusAfterUpdate = 'invalid';
      return;
    }
    this.focusAfterUpdate = 'outcome';
    void this.submission.submit(this.activeOutbox(), buildSubmission(this.subject, this.token ?? '', answers.level, answers));
  }

  // ---- rendering ----

  // Plain property bindings (no `live`): every input handler writes the state, so the value Lit
  // last set is always what the control shows.
  private renderReasonList() {
    const status = reasonsStatus(this.localize, this.reasonsView(), this.loader.code, this.onRetryReasons);
    if (status) return status;
    return html`<div class="reason-list">
      ${this.reasonList().map(
        (reason) =>
          html`<label class="reason">
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
    const reasonsError = this.showErrors && chosenReasons(this.reasonList(), this.ticked).length === 0;
    const phoneError = this.phoneTouched && phoneInvalid(this.phone);
    const shared = SHARED_SCREENS.includes(this.subject.channel);
    return html`<fieldset class="reasons" part="reasons" aria-describedby=${reasonsError ? 'reasons-hint reasons-error' : 'reasons-hint'}>
        <legend class="reasons-legend">${this.t('rating.reasons.legend')}</legend>
        <p id="reasons-hint" class="hint required">${this.t('rating.reasons.required')}</p>
        ${reasonsError ? html`<p id="reasons-error" class="field-error" part="error">${this.t('rating.reasons.error')}</p>` : nothing}
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
        ${phoneError ? html`<p id="phone-error" class="field-error" part="error">${this.t('rating.phone.error')}</p>` : nothing}
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
      ${levelsView(this.localize, this.chosen, this.showErrors && !this.chosen, this.onLevelChange)}
      ${this.isBad ? this.renderDetails() : nothing}
      <div class="actions">
        <zw-button part="submit" size="large" @click=${this.onSubmitClick}>${this.t('rating.submit')}</zw-button>
      </div>
    </form>`;
  }

  protected renderContent() {
    const phase = this.submission.phase;
    return html`${this.hideTarget ? nothing : targetLine(this.localize, this.target)} ${phase === 'form' ? this.renderForm() : nothing}
      <div class="outcome ${phase}" part="outcome" role="status" tabindex="-1">${outcomeView(this.localize, phase)}</div>
      <div class="problem" part="problem" role="alert" tabindex="-1">
        ${problemView(this.localize, phase === 'error' ? this.submission.problem : null, this.onRetryStore)}
      </div>`;
  }
}
