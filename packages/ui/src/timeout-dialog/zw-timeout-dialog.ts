import { html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ZwElement, IdleTimerController, MIN_IDLE_WARNING, baseStyles, parseSeconds, type Clock, type ZwConfig } from '@zhengwu/core';
import { UI_NS } from '../locales/namespace.js';
import { ZwTimeoutEvent, ZwTimeoutExtendEvent, ZwTimeoutWarningEvent } from '../events/zw-timeout-events.js';
import type { ZwButton } from '../button/zw-button.js';
import '../button/zw-button.define.js';
import { timeoutDialogStyles } from './zw-timeout-dialog.styles.js';

/** Seconds left at which screen readers hear the countdown once more. */
const ANNOUNCE_AT = 10;

/** What counts as "someone is at the screen again" after a session ended. */
const NEXT_VISITOR_EVENTS = ['pointerdown', 'keydown'] as const;

/**
 * It watches the whole document: after `timeout` seconds without a touch, key or wheel it
 * opens a modal dialog with focus on "继续使用". A stray touch does not close it; only the
 * buttons or Escape do. It renders nothing visible until then.
 *
 * After `zw-timeout` the timer rests (so an empty home screen is not nagged) until the next
 * touch or key anywhere on the page, or `restart()`, starts a new session.
 *
 * Screen readers: opening moves focus into the dialog, which is named by its title and
 * described by the countdown sentence, so the start is spoken once. The visible number
 * updates every second but is not live; a polite status region inside the dialog speaks the
 * sentence once more at 10 seconds left, and stays silent otherwise.
 *
 * @tag zw-timeout-dialog
 * @summary Warns a visitor who stopped touching a shared screen, gives them at least 20 s to
 * keep going, and then signals that the session is over (WCAG 2.2.1, 适老化).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart title - The question "您还在使用吗？".
 * @csspart message - The countdown sentence.
 * @csspart actions - The row of buttons.
 * @csspart extend - The "继续使用" button (a `zw-button`).
 * @csspart end - The "结束并返回首页" button (a `zw-button`).
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-timeout-dialog-width - Widest the dialog grows (never wider than the screen).
 * @cssprop --zw-timeout-dialog-background - Fill of the dialog.
 * @cssprop --zw-timeout-dialog-backdrop - What covers the page behind the dialog.
 * @fires zw-timeout-warning - The warning opened; `detail.seconds` are left to extend.
 * @fires zw-timeout-extend - The visitor chose to keep going (button or Escape), or `extend()`
 *   was called while the warning showed. The count starts over.
 * @fires zw-timeout - The session is over: `detail.reason` is `expired` (the count reached 0)
 *   or `ended` (the visitor chose to finish). Wipe the visitor's data and go home.
 * @fires zw-config-error - `timeout` or `warning` is invalid.
 */
export class ZwTimeoutDialog extends ZwElement {
  static override i18nNamespaces = [UI_NS];
  static override styles = [baseStyles, timeoutDialogStyles];

  /**
   * Seconds without a touch before the warning opens. Overrides `idle-timeout` of
   * `<zw-provider>` (default 120).
   */
  @property() timeout?: string | number;

  /**
   * Seconds the warning gives to extend: at least 20 (WCAG 2.2.1); a smaller value is shown as
   * a configuration error, never silently raised. Overrides `idle-warning` of `<zw-provider>`
   * (default 30).
   */
  @property() warning?: string | number;

  /**
   * Pauses the timer, e.g. while a ticket prints or a video plays. Setting it while the
   * warning shows closes the warning; clearing it starts the count from zero.
   */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Where the time comes from. Default: the browser's timers; stories and tests pass a
   * `ManualClock` to show the warning at a given second without waiting for it.
   */
  @property({ attribute: false }) clock?: Clock;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('zw-button[part="extend"]') private extendButton?: ZwButton;

  /** Enabled only while the element is enabled, valid and not resting after a timeout. */
  private readonly idle = new IdleTimerController(this, {
    enabled: false,
    timeout: 0,
    warning: MIN_IDLE_WARNING,
    onWarning: () => this.onWarning(),
    onExpired: () => this.finish('expired'),
  });

  /** Whether the idle timer is counting. */
  private running = false;
  /** The timing the timer was last given, to restart it only when it changes. */
  private timing = '';
  /** A session ended (`zw-timeout`); the timer rests until the next visitor. */
  private resting = false;
  /** What the polite status region says (empty except near the end). */
  private announcement = '';

  private readonly onNextVisitor = () => this.restart();

  /** True while the warning is shown. */
  get open(): boolean {
    return !this.configError && this.running && this.idle.phase === 'warning';
  }

  /** Whole seconds left in the warning (0 when it is not shown). */
  get remaining(): number {
    return this.running && this.idle.phase === 'warning' ? this.idle.remaining : 0;
  }

  /**
   * The visitor is still here: closes the warning (firing `zw-timeout-extend` if it showed) and
   * counts from zero again.
   */
  extend(): void {
    const wasOpen = this.open;
    this.restart();
    if (wasOpen) this.dispatchEvent(new ZwTimeoutExtendEvent());
  }

  /**
   * Starts a new session quietly: closes any warning without an event and counts from zero,
   * also after a `zw-timeout` (e.g. when the shell has gone home and a visitor starts).
   */
  restart(): void {
    this.resting = false;
    this.stopWaitingForNextVisitor();
    if (this.running) this.idle.restart();
    else this.syncTimer();
    this.closeDialog();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The timer starts (or resumes) in the next update, once the configuration is known.
    this.requestUpdate();
    if (this.resting) this.waitForNextVisitor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWaitingForNextVisitor();
    this.syncTimer();
    this.closeDialog();
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    const resolved = {
      ...config,
      idleTimeout: this.timeout != null ? parseSeconds(this.timeout, 'timeout') : config.idleTimeout,
      idleWarning: this.warning != null ? parseSeconds(this.warning, 'warning', MIN_IDLE_WARNING) : config.idleWarning,
    };
    return resolved;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { idleTimeout, idleWarning } = this.config;
    const timing = `${idleTimeout}/${idleWarning}`;
    if (timing !== this.timing || changed.has('clock')) {
      this.timing = timing;
      // Restarts the count when it is running.
      this.idle.configure({ timeout: idleTimeout, warning: idleWarning, clock: this.clock });
    }
    this.syncTimer();
    this.updateAnnouncement();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      dialog.showModal();
      void this.focusExtend();
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  /** Runs the timer exactly when it should run; safe to call at any time. */
  private syncTimer(): void {
    const wanted = this.isConnected && !this.disabled && !this.resting && !this.configError;
    this.running = wanted;
    this.idle.setEnabled(wanted);
  }

  private updateAnnouncement(): void {
    if (!this.running || this.idle.phase !== 'warning') {
      this.announcement = '';
    } else if (!this.announcement && this.idle.remaining <= ANNOUNCE_AT) {
      this.announcement = this.t('timeout.message', { count: this.idle.remaining });
    }
  }

  private onWarning(): void {
    this.dispatchEvent(new ZwTimeoutWarningEvent(this.idle.remaining));
  }

  private finish(reason: 'expired' | 'ended'): void {
    this.resting = true;
    this.syncTimer();
    this.closeDialog();
    this.waitForNextVisitor();
    this.requestUpdate();
    this.dispatchEvent(new ZwTimeoutEvent(reason));
  }

  private closeDialog(): void {
    if (this.dialog?.open) this.dialog.close();
    this.announcement = '';
  }

  private async focusExtend(): Promise<void> {
    const button = this.extendButton;
    if (!button) return;
    if (!button.hasUpdated) await button.updateComplete;
    if (this.dialog?.open) button.focus();
  }

  private waitForNextVisitor(): void {
    if (!this.isConnected) return;
    for (const type of NEXT_VISITOR_EVENTS) {
      document.addEventListener(type, this.onNextVisitor, { capture: true, passive: true });
    }
  }

  private stopWaitingForNextVisitor(): void {
    for (const type of NEXT_VISITOR_EVENTS) {
      document.removeEventListener(type, this.onNextVisitor, { capture: true });
    }
  }

  private readonly onCancel = (event: Event) => {
    // Escape (or another close request) means "I am still here", as in most dialogs.
    event.preventDefault();
    this.extend();
  };

  private readonly onExtendClick = () => this.extend();

  private readonly onEndClick = () => this.finish('ended');

  protected renderContent() {
    const { locale } = this;
    const { mode, theme } = this.config;
    return html`<dialog part="dialog" lang=${locale} aria-labelledby="title" aria-describedby="message" @cancel=${this.onCancel}>
      <h2 id="title" part="title">${this.t('timeout.title')}</h2>
      <p id="message" part="message">${this.t('timeout.message', { count: this.remaining })}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div class="actions" part="actions">
        <zw-button part="extend" lang=${locale} mode=${mode} theme=${theme} @click=${this.onExtendClick}
          >${this.t('timeout.extend')}</zw-button
        >
        <zw-button part="end" variant="secondary" lang=${locale} mode=${mode} theme=${theme} @click=${this.onEndClick}
          >${this.t('timeout.end')}</zw-button
        >
      </div>
    </dialog>`;
  }
}
