import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  HallClient,
  MIN_IDLE_WARNING,
  OnlineStatusController,
  ZwConfigError,
  ZwElement,
  baseStyles,
  getPendingRatingRequest,
  parseHttpUrl,
  parseSeconds,
  type ConnectionState,
  type HallEventSubscription,
  type Outbox,
  type ZwConfig,
  type ZwServerError,
} from '@zhengwu/core';
import type { Hall, HallEvent, RatingTarget, ServiceWindow } from '@zhengwu/core/contract';
import { RATING_NS } from '../locales/namespace.js';
import type { ZwRatingQueuedEvent, ZwRatingSentEvent, ZwRatingSubmitEvent } from '../rating/zw-rating-events.js';
import { ZwPadIdleEvent, ZwPadRequestEvent, type ZwPadIdleReason } from './zw-rating-pad-events.js';
import { ratingPadStyles } from './zw-rating-pad.styles.js';

/** Where the pad is: waiting, asking for a rating, sending it, thanking, or showing a refusal. */
export type ZwRatingPadPhase = 'idle' | 'rating' | 'submitting' | 'thanks' | 'error';

/** States `demo-state` can show (stories, docs and screenshots only). */
export const RATING_PAD_DEMO_STATES = ['idle', 'rating', 'warning', 'thanks', 'offline', 'error', 'unauthorized'] as const;
export type ZwRatingPadDemoState = (typeof RATING_PAD_DEMO_STATES)[number];

/** Defaults, in seconds. */
export const PAD_THANKS_SECONDS = 8;
export const PAD_RATING_TIMEOUT = 120;
export const PAD_RATING_WARNING = 30;
/** The least time without a touch before the pad warns. */
export const PAD_MIN_RATING_TIMEOUT = 20;

/** The transaction a demo shows (nothing is sent for it). */
const DEMO_TRANSACTION = 'DEMO-0001';
/** How many finished requests the pad remembers, so a replay never shows one again. */
const FINISHED_KEPT = 20;

type HallState = 'loading' | 'ready' | 'failed';

/**
 * The pad listens to the hall's live events for its window (`rating-requested`) with its pad
 * token, reconnecting after network or server failures and resuming from the last event it
 * saw; each time it connects it also asks for a request it may have missed (made while it was
 * off). A newer request replaces an older one that is still unrated: the clerk has finished
 * with the next visitor, so the previous one has left without rating. Nothing is ever recorded
 * for a visitor who does not submit: after `rating-timeout` seconds without a touch or key
 * press a warning counts down `rating-warning` seconds (at least 20, WCAG 2.2.1) and offers to
 * continue; when it runs out, the pad goes back to idle. A rating given on the phone
 * (`rating-received` for the same transaction) ends the request on the pad too.
 *
 * Staff must not see or influence the visitor's choice: the thank-you screen never says which
 * level was chosen. Ratings go through the offline outbox, so the pad keeps working (and
 * says so) while the network is down.
 *
 * @tag zw-rating-pad
 * @summary 窗口评价器: the full-screen pad at a service window. Idle, it shows the window's
 * staff card; when the clerk closes a transaction, it asks the visitor to rate exactly that
 * transaction (with a QR code to rate it on the phone instead), thanks them, and goes back.
 *
 * @csspart base - The whole pad.
 * @csspart offline - The badge shown while the network or the hall's event stream is down.
 * @csspart staff-card - The idle card: photo, name, 工号, window and department.
 * @csspart photo - The staff photo, or the placeholder with the name's first character.
 * @csspart invitation - The idle text ("欢迎办理业务").
 * @csspart prompt - "请对本次服务进行评价", above the rating.
 * @csspart rating - The `zw-rating` widget.
 * @csspart qr - The box with the QR code and its label.
 * @csspart thanks - The thank-you screen (never shows the level chosen).
 * @csspart timeout - The `zw-timeout-dialog` that warns before a walk-away ends the request.
 * @csspart unauthorized - The alert shown when the hall refuses the pad token.
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-rating-pad-min-height - Least height of the pad (default: the viewport's).
 * @cssprop --zw-rating-pad-photo-size - Size of the staff photo.
 * @cssprop --zw-rating-pad-qr-size - Size of the QR code.
 * @fires zw-pad-request - A rating was requested for this window; `detail.target`.
 * @fires zw-pad-idle - Back to idle; `detail.reason` is `rated`, `walked-away` or `error`.
 * @fires zw-config-error - `window-id`, `pad-token`, `thanks-seconds`, `rating-timeout`,
 *   `rating-warning`, `qr-base` or `demo-state` is invalid.
 */
export class ZwRatingPad extends ZwElement {
  static override i18nNamespaces = [RATING_NS];
  static override styles = [baseStyles, ratingPadStyles];

  /** The service window this pad stands at. Default: `<zw-provider window-id>`. Required. */
  @property({ attribute: 'window-id' }) windowId?: string;

  /**
   * This window's pad token, the device credential the hall server checks before it tells the
   * pad what to rate (printed by `npm run pad-token -w @zhengwu/hall-server -- 3`). Required,
   * except for `demo-state`.
   */
  @property({ attribute: 'pad-token' }) padToken?: string;

  /** Seconds the thank-you (or error) screen stays before the pad is idle again. Default 8. */
  @property({ attribute: 'thanks-seconds' }) thanksSeconds?: string | number;

  /**
   * Seconds without a touch or key after a request before the pad warns that it will stop
   * asking. At least 20; default 120.
   */
  @property({ attribute: 'rating-timeout' }) ratingTimeout?: string | number;

  /**
   * Seconds the warning gives the visitor to continue before the pad goes back to idle,
   * recording nothing. At least 20 (WCAG 2.2.1); default 30.
   */
  @property({ attribute: 'rating-warning' }) ratingWarning?: string | number;

  /**
   * Address of the phone rating page the QR code opens, as `${qrBase}?token=…` (the request's
   * signed rating token). Default: `${location.origin}/rate` (the kiosk's phone page).
   */
  @property({ attribute: 'qr-base' }) qrBase?: string;

  /** The hall (windows, staff, reasons). Loaded from the hall server when not given. */
  @property({ attribute: false }) hall?: Hall;

  /** The outbox ratings go through. Default: the page's shared `ratingOutbox(apiBase)`. */
  @property({ attribute: false }) outbox?: Outbox;

  /**
   * For stories, docs and screenshots only: shows a state without a server and sends nothing.
   * One of `idle`, `rating`, `warning`, `thanks`, `offline`, `error`, `unauthorized`.
   */
  @property({ attribute: 'demo-state' }) demoState?: string;

  @state() private currentPhase: ZwRatingPadPhase = 'idle';
  @state() private current?: RatingTarget;
  @state() private currentToken = '';
  @state() private refused?: ZwServerError | { code: string };
  @state() private loadedHall?: Hall;
  @state() private hallState: HallState = 'loading';
  @state() private streamState: ConnectionState = 'connecting';

  private readonly online = new OnlineStatusController(this);
  private effectiveWindowId = '';
  private effectiveThanksMs = PAD_THANKS_SECONDS * 1000;
  private effectiveTimeoutMs = PAD_RATING_TIMEOUT * 1000;
  private effectiveWarning = PAD_RATING_WARNING;
  private effectiveQrBase = '';
  private subscription?: HallEventSubscription;
  private subscribedTo?: string;
  private generation = 0;
  private hallFor?: string;
  private hallAbort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  /** Counts requests, so each gets a fresh `zw-rating` and a fresh walk-away warning. */
  private requestCount = 0;
  private focusAfterUpdate?: 'prompt' | 'thanks';
  /** Transactions whose request ended here (rated, walked away, refused). */
  private readonly finished: string[] = [];

  /** `idle`, `rating` (asking), `submitting`, `thanks` or `error`. */
  get phase(): ZwRatingPadPhase {
    return this.currentPhase;
  }

  /** The transaction being rated, while a request is on screen. */
  get target(): RatingTarget | undefined {
    return this.current;
  }

  /** The live event stream: `connecting`, `open`, `reconnecting` or `closed` (demos, errors). */
  get connectionState(): ConnectionState {
    return this.subscription ? this.streamState : 'closed';
  }

  /** Whether the badge says the network or the event stream is down. */
  get offline(): boolean {
    if (this.demoState === 'offline') return true;
    if (this.demoState != null || this.refused) return false;
    return !this.online.online || this.streamState === 'reconnecting';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Lit does not update on reconnection; the subscription is (re)opened in `updated`.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeSubscription();
    this.hallAbort?.abort();
    this.hallFor = undefined;
    this.clearTimer();
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    if (this.demoState != null && !(RATING_PAD_DEMO_STATES as readonly string[]).includes(this.demoState)) {
      throw new ZwConfigError('demo-state', RATING_PAD_DEMO_STATES.join(' | '), this.demoState);
    }
    const windowId = (this.windowId ?? config.windowId ?? '').trim();
    if (!windowId) {
      throw new ZwConfigError('window-id', 'the id of this service window, e.g. 3 (or <zw-provider window-id>)', this.windowId ?? '');
    }
    const thanks = this.thanksSeconds != null ? parseSeconds(this.thanksSeconds, 'thanks-seconds', 1) : PAD_THANKS_SECONDS;
    if (!this.padToken?.trim() && this.demoState == null) {
      throw new ZwConfigError('pad-token', `the pad token of window ${windowId} (from the hall's administrator)`, '');
    }
    const timeout =
      this.ratingTimeout != null ? parseSeconds(this.ratingTimeout, 'rating-timeout', PAD_MIN_RATING_TIMEOUT) : PAD_RATING_TIMEOUT;
    const warning = this.ratingWarning != null ? parseSeconds(this.ratingWarning, 'rating-warning', MIN_IDLE_WARNING) : PAD_RATING_WARNING;
    const qrBase =
      this.qrBase != null
        ? parseHttpUrl(this.qrBase, 'qr-base', 'an http(s) URL of the phone rating page, e.g. https://hall.example.gov.cn/rate').href
        : `${globalThis.location?.origin ?? ''}/rate`;
    const hall = this.currentHall;
    if (hall && !hall.windows.some((window) => window.id === windowId)) {
      throw new ZwConfigError('window-id', `a window of this hall: ${hall.windows.map((w) => w.id).join(' | ')}`, windowId);
    }
    this.effectiveWindowId = windowId;
    this.effectiveThanksMs = thanks * 1000;
    this.effectiveTimeoutMs = timeout * 1000;
    this.effectiveWarning = warning;
    this.effectiveQrBase = qrBase;
    return config;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('demoState')) this.applyDemoState();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.connect();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`.${focus}`)?.focus();
  }

  // ---- the hall and its events ----

  private get currentHall(): Hall | undefined {
    return this.hall ?? this.loadedHall;
  }

  private get serviceWindow(): ServiceWindow | undefined {
    return this.currentHall?.windows.find((window) => window.id === this.effectiveWindowId);
  }

  /** Opens (or moves) the event subscription and loads the hall, unless a demo or an error. */
  private connect(): void {
    const live = this.isConnected && this.demoState == null && !this.configError;
    const key = live ? `${this.config.apiBase}\n${this.effectiveWindowId}\n${this.padToken!.trim()}` : undefined;
    if (key !== this.subscribedTo) {
      this.closeSubscription();
      if (key) this.subscribe(key);
    }
    if (live && !this.hall && this.hallFor !== this.config.apiBase) void this.loadHall();
  }

  private subscribe(key: string): void {
    const windowId = this.effectiveWindowId;
    const token = this.padToken!.trim();
    const apiBase = this.config.apiBase;
    const client = new HallClient({ baseUrl: apiBase });
    this.refused = undefined;
    // `events()` reports `connecting` before it returns, and a closed one reports `closed` later:
    // callbacks check their generation, not the handle.
    this.subscribedTo = key;
    const generation = ++this.generation;
    const mine = () => this.generation === generation;
    this.subscription = client.events({
      window: windowId,
      token,
      onEvent: (event) => {
        if (!mine()) return;
        // The server could not replay what was missed: ask again what waits for a rating.
        if (event.type === 'reset') void this.readPending(apiBase, windowId, token, mine);
        else this.onHallEvent(event, windowId);
      },
      onState: (next) => {
        if (!mine()) return;
        this.streamState = next;
        if (next !== 'open') return;
        // Connected (again): what was requested meanwhile, and the hall if it never loaded.
        void this.readPending(apiBase, windowId, token, mine);
        if (!this.hall && this.hallState !== 'ready') void this.loadHall();
      },
      onRefused: (error) => {
        if (!mine()) return;
        console.error(`[zhengwu-kit] <zw-rating-pad> the hall refused the pad token of window ${windowId}`, error);
        this.refused = error;
      },
    });
  }

  /** The request made while this pad was not connected, if the visitor may still be here. */
  private async readPending(apiBase: string, windowId: string, token: string, mine: () => boolean): Promise<void> {
    const asked = this.requestCount;
    try {
      const pending = await getPendingRatingRequest({ baseUrl: apiBase }, windowId, token);
      // Anything that happened meanwhile (a live request, a new connection) knows better.
      if (!pending || !mine() || asked !== this.requestCount || this.currentPhase !== 'idle') return;
      if (pending.target.windowId === windowId) this.request(pending.target, pending.token);
    } catch (error) {
      // The stream reconnects and asks again; until then the pad waits for live requests.
      console.warn('[zhengwu-kit] <zw-rating-pad> could not read the pending rating request', error);
    }
  }

  private closeSubscription(): void {
    const subscription = this.subscription;
    this.subscription = undefined;
    this.subscribedTo = undefined;
    this.generation += 1;
    subscription?.close();
  }

  private async loadHall(): Promise<void> {
    const apiBase = this.config.apiBase;
    this.hallFor = apiBase;
    this.hallAbort?.abort();
    const abort = new AbortController();
    this.hallAbort = abort;
    if (!this.loadedHall) this.hallState = 'loading';
    try {
      const hall = await new HallClient({ baseUrl: apiBase }).hall(abort.signal);
      if (abort.signal.aborted) return;
      this.loadedHall = hall;
      this.hallState = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      // Shown as "not available"; loaded again when the event stream is back.
      console.warn('[zhengwu-kit] <zw-rating-pad> could not load the hall', error);
      if (!this.loadedHall) this.hallState = 'failed';
    }
  }

  private onHallEvent(event: HallEvent, windowId: string): void {
    if (event.type === 'rating-requested') {
      // The server filters by window; a request for another window is never ours to show.
      if (event.window !== windowId || event.target.windowId !== windowId || !event.token) return;
      this.request(event.target, event.token);
    } else if (event.type === 'rating-received') {
      // Rated on the visitor's phone (the QR code): nothing left to ask on the pad.
      if (event.transactionId === this.current?.transactionId && this.currentPhase === 'rating') {
        this.thank();
      }
    }
  }

  // ---- the cycle ----

  /**
   * Shows the rating for `target`, replacing any request still on screen; a request that is
   * already on screen, or that ended here, is not shown again.
   */
  private request(target: RatingTarget, token: string): void {
    const id = target.transactionId;
    if (this.finished.includes(id) || (id === this.current?.transactionId && this.currentPhase !== 'idle')) return;
    this.clearTimer();
    this.requestCount += 1;
    this.current = target;
    this.currentToken = token;
    this.currentPhase = 'rating';
    this.focusAfterUpdate = 'prompt';
    this.dispatchEvent(new ZwPadRequestEvent(target));
  }

  private thank(): void {
    this.currentPhase = 'thanks';
    this.focusAfterUpdate = this.matches(':focus-within') ? 'thanks' : undefined;
    this.startTimer(this.effectiveThanksMs, () => this.toIdle('rated'));
  }

  private toIdle(reason: ZwPadIdleReason): void {
    this.clearTimer();
    if (this.current && this.demoState == null) {
      this.finished.push(this.current.transactionId);
      this.finished.splice(0, this.finished.length - FINISHED_KEPT);
    }
    this.current = undefined;
    this.currentToken = '';
    this.currentPhase = 'idle';
    this.dispatchEvent(new ZwPadIdleEvent(reason));
  }

  private startTimer(ms: number, run: () => void): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The warning ran out, or the visitor chose to stop: nothing was submitted, nothing is recorded. */
  private readonly onWalkedAway = () => {
    if (this.currentPhase === 'rating' && this.demoState == null) this.toIdle('walked-away');
  };

  private isCurrent(transactionId: string | undefined): boolean {
    return transactionId !== undefined && transactionId === this.current?.transactionId;
  }

  private readonly onRatingSubmit = (event: ZwRatingSubmitEvent) => {
    if (!this.isCurrent(event.detail.submission.transactionId) || this.currentPhase !== 'rating') return;
    // Stored on this device: it will be delivered. Should the first answer never come, thank
    // the visitor anyway after the rating timeout rather than keep the next one waiting.
    this.currentPhase = 'submitting';
    this.startTimer(this.effectiveTimeoutMs, () => this.thank());
  };

  private readonly onRatingDone = (event: ZwRatingSentEvent | ZwRatingQueuedEvent) => {
    if (!this.isCurrent(event.detail.submission.transactionId)) return;
    if (this.currentPhase === 'rating' || this.currentPhase === 'submitting') this.thank();
  };

  private readonly onRatingError = () => {
    if (this.currentPhase !== 'rating' && this.currentPhase !== 'submitting') return;
    // The widget shows why; after the same delay as the thanks, the pad is ready again.
    this.currentPhase = 'error';
    this.startTimer(this.effectiveThanksMs, () => this.toIdle('error'));
  };

  // ---- demos ----

  private demoTarget(): RatingTarget {
    const window = this.serviceWindow;
    const target: RatingTarget = {
      transactionId: DEMO_TRANSACTION,
      windowId: this.effectiveWindowId || (window?.id ?? '1'),
      windowName: window?.name ?? this.effectiveWindowId,
      department: window?.department ?? '—',
      completedAt: new Date().toISOString(),
    };
    if (window?.staff) {
      target.staffId = window.staff.id;
      target.staffName = window.staff.name;
      target.staffNumber = window.staff.number;
    }
    return target;
  }

  private applyDemoState(): void {
    if (this.demoState == null) return;
    this.clearTimer();
    this.closeSubscription();
    this.streamState = 'connecting';
    const demo = this.demoState as ZwRatingPadDemoState;
    const phase = demo === 'warning' ? 'rating' : demo;
    const asking = phase === 'rating' || phase === 'error' || phase === 'thanks';
    this.current = asking ? this.demoTarget() : undefined;
    this.currentPhase = asking ? phase : 'idle';
    this.refused = demo === 'unauthorized' ? { code: 'unauthorized' } : undefined;
  }

  // ---- rendering ----

  private renderPhoto(window: ServiceWindow) {
    const staff = window.staff!;
    if (staff.photoUrl) {
      return html`<img class="photo" part="photo" src=${staff.photoUrl} alt=${this.t('pad.staff.photo', { name: staff.name })} />`;
    }
    return html`<span class="photo placeholder" part="photo" aria-hidden="true">${Array.from(staff.name)[0] ?? ''}</span>`;
  }

  private renderStaffCard() {
    const window = this.serviceWindow;
    if (!window) {
      const message = this.hallState === 'failed' ? this.t('pad.staff.unavailable') : this.t('pad.staff.loading');
      return html`<div class="card pending" part="staff-card" role=${this.hallState === 'failed' ? 'alert' : 'status'}>
        <p class="card-message">${message}</p>
      </div>`;
    }
    return html`<section class="card" part="staff-card" aria-label=${this.t('pad.staff.label')}>
      ${window.staff ? this.renderPhoto(window) : nothing}
      <div class="who">
        ${
          window.staff
            ? html`<p class="name">${window.staff.name}</p>
                <p class="number">${this.t('pad.staff.number', { number: window.staff.number })}</p>`
            : nothing
        }
        <p class="window-name">${window.name}</p>
        <p class="department">${window.department}</p>
      </div>
    </section>`;
  }

  private renderIdle() {
    return html`${this.renderStaffCard()}
      <div class="invitation" part="invitation">
        <h1 class="welcome">${this.t('pad.idle.welcome')}</h1>
        <p class="hint">${this.t('pad.idle.hint')}</p>
      </div>`;
  }

  /** The phone page's address with the request's signed, expiring rating token. */
  private qrValue(): string {
    const base = this.effectiveQrBase;
    return `${base}${base.includes('?') ? '&' : '?'}token=${encodeURIComponent(this.currentToken || DEMO_TRANSACTION)}`;
  }

  /** Warns before a walk-away ends the request; each request gets a fresh count. */
  private renderTimeout() {
    const demo = this.demoState != null;
    if (this.currentPhase !== 'rating' || (demo && this.demoState !== 'warning')) return nothing;
    return keyed(
      this.requestCount,
      html`<zw-timeout-dialog
        part="timeout"
        timeout=${this.effectiveTimeoutMs / 1000}
        warning=${this.effectiveWarning}
        ?demo-open=${demo}
        demo-seconds=${demo ? this.effectiveWarning - 5 : nothing}
        @zw-timeout=${this.onWalkedAway}
      ></zw-timeout-dialog>`,
    );
  }

  private renderRating() {
    const target = this.current!;
    const demo = this.demoState != null;
    const rating = html`<zw-rating
      part="rating"
      channel="window-pad"
      transaction-id=${target.transactionId}
      token=${this.currentToken || nothing}
      demo-state=${demo ? (this.currentPhase === 'error' ? 'already-rated' : 'form') : nothing}
      .target=${target}
      .reasons=${this.currentHall?.ratingReasons}
      .outbox=${this.outbox}
      @zw-rating-submit=${this.onRatingSubmit}
      @zw-rating-sent=${this.onRatingDone}
      @zw-rating-queued=${this.onRatingDone}
      @zw-rating-error=${this.onRatingError}
    ></zw-rating>`;
    return html`<h1 class="prompt" part="prompt" tabindex="-1">${this.t('pad.request.title')}</h1>
      <div class="rating-row">
        <div class="rating-box">${keyed(this.requestCount, rating)}</div>
        ${
          this.currentPhase === 'error'
            ? nothing
            : html`<aside class="qr" part="qr" aria-labelledby="qr-label">
                <zw-qr-code value=${this.qrValue()} label=${this.t('pad.qr.label')}></zw-qr-code>
                <p id="qr-label" class="qr-label">${this.t('pad.qr.label')}</p>
                <p class="qr-hint">${this.t('pad.qr.hint')}</p>
              </aside>`
        }
      </div>
      ${this.renderTimeout()}`;
  }

  private renderThanks() {
    return html`<div class="thanks" part="thanks" role="status" tabindex="-1">
      <span class="icon-done" aria-hidden="true"></span>
      <h1 class="thanks-title">${this.t('pad.thanks.title')}</h1>
      <p class="thanks-message">${this.t('pad.thanks.message')}</p>
    </div>`;
  }

  private renderBody() {
    if (this.refused) {
      return html`<div class="card pending" part="unauthorized" role="alert">
        <p class="card-message">${this.t('pad.unauthorized', { code: this.refused.code })}</p>
      </div>`;
    }
    switch (this.currentPhase) {
      case 'rating':
      case 'submitting':
      case 'error':
        return this.current ? this.renderRating() : this.renderIdle();
      case 'thanks':
        return this.renderThanks();
      default:
        return this.renderIdle();
    }
  }

  protected renderContent() {
    const offline = this.offline;
    return html`<div class="base ${this.currentPhase}" part="base" role="region" aria-label=${this.t('pad.label')}>
      <div class="status" role="status">
        ${
          offline
            ? html`<p class="offline" part="offline"><span class="offline-icon" aria-hidden="true"></span>${this.t('pad.offline')}</p>`
            : nothing
        }
      </div>
      <div class="body">${this.renderBody()}</div>
    </div>`;
  }
}
