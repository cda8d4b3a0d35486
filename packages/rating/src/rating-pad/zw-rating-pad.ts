import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  MIN_IDLE_WARNING,
  OnlineStatusController,
  ZwConfigError,
  ZwElement,
  baseStyles,
  parseHttpUrl,
  parseSeconds,
  systemClock,
  type Clock,
  type ConnectionState,
  type ZwConfig,
} from '@zhengwu/core';
import type { Hall, ServiceWindow } from '@zhengwu/core/contract';
import { expected } from '../locales/expected.js';
import { RATING_NS } from '../locales/namespace.js';
import type { RatingOutboxLike } from '../outbox/rating-kind.js';
import type { ZwRatingQueuedEvent, ZwRatingSentEvent, ZwRatingSubmitEvent } from '../rating/zw-rating-events.js';
import { PadConnectionController } from './pad-connection-controller.js';
import { PadCycle, type ZwRatingPadPhase } from './pad-cycle.js';
import { PadHallLoader } from './pad-hall-loader.js';
import { hallPadSource, type RatingPadSource } from './pad-source.js';
import { staffCard, thanksView } from './pad-views.js';
import { ZwPadIdleEvent, ZwPadRequestEvent } from './zw-rating-pad-events.js';
import { ratingPadStyles } from './zw-rating-pad.styles.js';

export type { ZwRatingPadPhase } from './pad-cycle.js';

/** Defaults, in seconds. */
export const PAD_THANKS_SECONDS = 8;
export const PAD_RATING_TIMEOUT = 120;
export const PAD_RATING_WARNING = 30;
/** The least time without a touch before the pad warns. */
export const PAD_MIN_RATING_TIMEOUT = 20;

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
 *   `rating-warning` or `qr-base` is invalid.
 */
export class ZwRatingPad extends ZwElement {
  static override i18nNamespaces = [RATING_NS];
  static override styles = [baseStyles, ratingPadStyles];

  /** The service window this pad stands at. Default: `<zw-provider window-id>`. Required. */
  @property({ attribute: 'window-id' }) windowId?: string;

  /**
   * This window's pad token, the device credential the hall server checks before it tells the
   * pad what to rate (printed by `npm run pad-token -w @zhengwu/hall-server -- 3`). Required.
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
  @property({ attribute: false }) outbox?: RatingOutboxLike;

  /**
   * Where the pad hears of requests and loads the hall. Default: the hall API at `api-base`;
   * stories and tests give a stand-in.
   */
  @property({ attribute: false }) client?: RatingPadSource;

  /** Where the pad's timers run. Default: the browser's; stories give a `ManualClock`. */
  @property({ attribute: false }) clock?: Clock;

  private readonly online = new OnlineStatusController(this);
  private readonly cycle = new PadCycle({
    clock: () => this.clock ?? systemClock,
    thanksMs: () => this.effectiveThanksMs,
    timeoutMs: () => this.effectiveTimeoutMs,
    onChange: () => this.requestUpdate(),
    onRequest: (target) => {
      this.focusAfterUpdate = 'prompt';
      this.dispatchEvent(new ZwPadRequestEvent(target));
    },
    onThanks: () => {
      this.focusAfterUpdate = this.matches(':focus-within') ? 'thanks' : undefined;
    },
    onIdle: (reason) => this.dispatchEvent(new ZwPadIdleEvent(reason)),
  });
  private readonly line = new PadConnectionController(this, this.cycle, () => {
    if (!this.hall && this.loader.state !== 'ready') this.loader.want(this.source, true);
  });
  private readonly loader = new PadHallLoader(this);
  private effectiveWindowId = '';
  private effectiveThanksMs = PAD_THANKS_SECONDS * 1000;
  private effectiveTimeoutMs = PAD_RATING_TIMEOUT * 1000;
  private effectiveWarning = PAD_RATING_WARNING;
  private effectiveQrBase = '';
  private apiSource?: [string, RatingPadSource];
  private focusAfterUpdate?: 'prompt' | 'thanks';

  /** `idle`, `rating` (asking), `submitting`, `thanks` or `error`. */
  get phase(): ZwRatingPadPhase {
    return this.cycle.phase;
  }

  /** The transaction being rated, while a request is on screen. */
  get target() {
    return this.cycle.current;
  }

  /** The live event stream: `connecting`, `open`, `reconnecting` or `closed` (errors). */
  get connectionState(): ConnectionState {
    return this.line.connectionState;
  }

  /** Whether the badge says the network or the event stream is down. */
  get offline(): boolean {
    if (this.line.refused) return false;
    return !this.online.online || this.line.state === 'reconnecting';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Lit does not update on reconnection; the subscription is (re)opened in `updated`.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cycle.stop();
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    const windowId = (this.windowId ?? config.windowId ?? '').trim();
    if (!windowId) {
      const text = 'the id of this service window, e.g. 3 (or <zw-provider window-id>)';
      throw new ZwConfigError('window-id', expected('windowId', text), this.windowId ?? '');
    }
    const thanks = this.thanksSeconds != null ? parseSeconds(this.thanksSeconds, 'thanks-seconds', 1) : PAD_THANKS_SECONDS;
    if (!this.padToken?.trim()) {
      const text = `the pad token of window ${windowId} (from the hall's administrator)`;
      throw new ZwConfigError('pad-token', expected('padToken', text, { window: windowId }), '');
    }
    const timeout =
      this.ratingTimeout != null ? parseSeconds(this.ratingTimeout, 'rating-timeout', PAD_MIN_RATING_TIMEOUT) : PAD_RATING_TIMEOUT;
    const warning = this.ratingWarning != null ? parseSeconds(this.ratingWarning, 'rating-warning', MIN_IDLE_WARNING) : PAD_RATING_WARNING;
    const qrBase =
      this.qrBase != null
        ? parseHttpUrl(
            this.qrBase,
            'qr-base',
            expected('qrBase', 'an http(s) URL of the phone rating page, e.g. https://hall.example.gov.cn/rate'),
          ).href
        : `${globalThis.location?.origin ?? ''}/rate`;
    const hall = this.currentHall;
    if (hall && !hall.windows.some((window) => window.id === windowId)) {
      const windows = hall.windows.map((w) => w.id).join(' | ');
      throw new ZwConfigError('window-id', expected('hallWindow', `a window of this hall: ${windows}`, { windows }), windowId);
    }
    this.effectiveWindowId = windowId;
    this.effectiveThanksMs = thanks * 1000;
    this.effectiveTimeoutMs = timeout * 1000;
    this.effectiveWarning = warning;
    this.effectiveQrBase = qrBase;
    return config;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.connect();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`.${focus}`)?.focus();
  }

  // ---- the hall and its events ----

  /** The injected source, or the hall API at `api-base` (one per API base). */
  private get source(): RatingPadSource {
    if (this.client) return this.client;
    const apiBase = this.config.apiBase;
    if (this.apiSource?.[0] !== apiBase) this.apiSource = [apiBase, hallPadSource(apiBase)];
    return this.apiSource[1];
  }

  private get currentHall(): Hall | undefined {
    return this.hall ?? this.loader.hall;
  }

  private get serviceWindow(): ServiceWindow | undefined {
    return this.currentHall?.windows.find((window) => window.id === this.effectiveWindowId);
  }

  /** Opens (or moves) the event subscription and loads the hall, unless in error. */
  private connect(): void {
    const live = this.isConnected && !this.configError;
    const windowId = this.effectiveWindowId;
    const token = this.padToken?.trim() ?? '';
    const source = this.source;
    this.line.connect(live ? { source, windowId, token, key: `${this.config.apiBase}\n${windowId}\n${token}` } : undefined);
    if (live && !this.hall) this.loader.want(source);
  }

  private readonly onWalkedAway = () => this.cycle.walkedAway();

  private readonly onRatingSubmit = (event: ZwRatingSubmitEvent) => this.cycle.stored(event.detail.submission.transactionId);

  private readonly onRatingDone = (event: ZwRatingSentEvent | ZwRatingQueuedEvent) =>
    this.cycle.done(event.detail.submission.transactionId);

  private readonly onRatingError = () => this.cycle.failed();

  // ---- rendering ----

  private renderIdle() {
    return html`${staffCard(this.localize, this.serviceWindow, this.loader.state)}
      <div class="invitation" part="invitation">
        <h1 class="welcome">${this.t('pad.idle.welcome')}</h1>
        <p class="hint">${this.t('pad.idle.hint')}</p>
      </div>`;
  }

  /** The phone page's address with the request's signed, expiring rating token. */
  private qrValue(): string {
    const base = this.effectiveQrBase;
    return `${base}${base.includes('?') ? '&' : '?'}token=${encodeURIComponent(this.cycle.token)}`;
  }

  /** Warns before a walk-away ends the request; each request gets a fresh count. */
  private renderTimeout() {
    if (this.cycle.phase !== 'rating') return nothing;
    return keyed(
      this.cycle.requests,
      html`<zw-timeout-dialog
        part="timeout"
        timeout=${this.effectiveTimeoutMs / 1000}
        warning=${this.effectiveWarning}
        .clock=${this.clock}
        @zw-timeout=${this.onWalkedAway}
      ></zw-timeout-dialog>`,
    );
  }

  private renderRating() {
    const target = this.cycle.current!;
    const rating = html`<zw-rating
      part="rating"
      channel="window-pad"
      transaction-id=${target.transactionId}
      token=${this.cycle.token}
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
        <div class="rating-box">${keyed(this.cycle.requests, rating)}</div>
        ${
          this.cycle.phase === 'error'
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

  private renderBody() {
    const refused = this.line.refused;
    if (refused) {
      return html`<div class="card pending" part="unauthorized" role="alert">
        <p class="card-message">${this.t('pad.unauthorized', { code: refused.code })}</p>
      </div>`;
    }
    switch (this.cycle.phase) {
      case 'rating':
      case 'submitting':
      case 'error':
        return this.cycle.current ? this.renderRating() : this.renderIdle();
      case 'thanks':
        return thanksView(this.localize);
      default:
        return this.renderIdle();
    }
  }

  protected renderContent() {
    const offline = this.offline;
    return html`<div class="base ${this.cycle.phase}" part="base" role="region" aria-label=${this.t('pad.label')}>
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
