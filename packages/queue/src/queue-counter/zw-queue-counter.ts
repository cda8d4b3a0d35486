import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  EventStreamController,
  LoaderController,
  ZwConfigError,
  ZwElement,
  ZwServerError,
  baseStyles,
  loadStateStyles,
  type WindowAction,
  type ZwConfig,
} from '@zhengwu/core';
import type { Hall, HallEvent, QueueState, StaffSession, TransferRequest, WindowActionResult, WindowState } from '@zhengwu/core/contract';
import { QUEUE_NS } from '../locales/namespace.js';
import { sourceKey } from '@zhengwu/core/api/source-key';
import { COUNTER_BUTTONS, errorMessage, noShowRule, type CounterButton } from './counter-actions.js';
import { hallCounterSource, type QueueCounterSource } from './counter-source.js';
import { actionButtons, shortcutList, signInForm, transferPanel } from './counter-views.js';
import { sessionStore } from './session-store.js';
import { ZwQueueCounterActionEvent, ZwQueueCounterSessionEvent } from './zw-queue-counter-events.js';
import { queueCounterStyles } from './zw-queue-counter.styles.js';

export { hallCounterSource, type QueueCounterSource } from './counter-source.js';

type Serving = { number: string; category: string };

/**
 * A clerk signs in with their 工号 and own credential; the session is kept in `sessionStorage`
 * (a reload keeps it) until sign-out, or until the server ends it at the day's end: the next
 * action answered 401 returns to the sign-in form and says why. The back office may instead
 * give a `staff-token`.
 *
 * Keyboard shortcuts, shown on the buttons and below them: N 叫号, R 重呼, X 过号, T 转办,
 * P 暂停/恢复服务, C 办结 (anywhere on the page except while typing in a field or choosing in a list). Every action is disabled while one is in
 * flight; its result or error is announced.
 *
 * @tag zw-queue-counter
 * @summary 窗口叫号台: the clerk's console at a service window.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart console - The signed-in console.
 * @csspart actions - The action buttons.
 * @csspart message - The last action's result or error.
 * @csspart transfer - The 转办 panel.
 * @cssprop --zw-queue-counter-max-width - Widest the console grows.
 * @fires zw-queue-counter-action - An action succeeded; `detail.action`, `detail.result`.
 * @fires zw-queue-counter-session - Signed in (`detail.session`) or out (`detail.expired` when the server ended it).
 * @fires zw-config-error - `window-id` is missing or not a window of the hall.
 */
export class ZwQueueCounter extends ZwElement {
  static override i18nNamespaces = [QUEUE_NS];
  static override styles = [baseStyles, loadStateStyles, queueCounterStyles];

  /** The window this console acts for. Default: `<zw-provider window-id>`. Required. */
  @property({ attribute: 'window-id' }) windowId?: string;

  /** A back-office staff token instead of a clerk's sign-in. */
  @property({ attribute: 'staff-token' }) staffToken?: string;

  /** Where the console signs in and acts. Default: the hall API at `api-base`. */
  @property({ attribute: false }) client?: QueueCounterSource;

  /** The hall (windows, categories, staff, no-show rule). Loaded when not given. */
  @property({ attribute: false }) hall?: Hall;

  @state() private session?: StaffSession;
  @state() private busy?: WindowAction | 'sign-in';
  @state() private message?: { kind: 'done' | 'nobody' | 'error'; text: string };
  @state() private signInMessage?: string;
  @state() private transferring = false;
  @state() private windowState?: WindowState;
  @state() private serving?: Serving | null;

  private waiting = new Map<string, number>();
  private effectiveWindow = '';
  private restoredFor?: string;
  private focusAfter?: string;
  private apiSource?: [string, QueueCounterSource];

  private readonly hallLoader = new LoaderController<Hall>(this, { keepValue: true });
  private readonly queue = new LoaderController<QueueState>(this, { keepValue: true, onLoad: (queue) => this.onQueue(queue) });
  private readonly stream = new EventStreamController(this, (onState) =>
    this.isConnected && !this.configError && this.token
      ? this.source.events({ onEvent: (event) => this.onEvent(event), onState })
      : undefined,
  );

  /** The token actions are sent with: the back office's, or the signed-in clerk's. */
  get token(): string | undefined {
    return this.staffToken?.trim() || this.session?.token;
  }

  /** The clerk signed in here, if any. */
  get signedIn(): StaffSession | undefined {
    return this.session;
  }

  private get source(): QueueCounterSource {
    if (this.client) return this.client;
    const apiBase = this.config.apiBase;
    if (this.apiSource?.[0] !== apiBase) this.apiSource = [apiBase, hallCounterSource(apiBase)];
    return this.apiSource[1];
  }

  private get currentHall(): Hall | undefined {
    return this.hall ?? this.hallLoader.value;
  }

  private get paused(): boolean {
    return this.windowState?.paused ?? false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('keydown', this.onKey);
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    const windowId = (this.windowId ?? config.windowId ?? '').trim();
    if (!windowId) throw new ZwConfigError('window-id', 'the id of this service window, e.g. 3 (or <zw-provider window-id>)', '');
    const hall = this.currentHall;
    if (hall && !hall.windows.some((window) => window.id === windowId)) {
      throw new ZwConfigError('window-id', hall.windows.map((window) => window.id).join(' | '), windowId);
    }
    this.effectiveWindow = windowId;
    return config;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const where = `${this.config.apiBase}\n${this.effectiveWindow}`;
    if (this.effectiveWindow && this.restoredFor !== where) {
      // A reload keeps the clerk signed in (same tab, same window).
      this.restoredFor = where;
      this.session = sessionStore.read(this.config.apiBase, this.effectiveWindow);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.isConnected && !this.hall) void this.hallLoader.request(sourceKey(this.source), (signal) => this.source.hall(signal));
    const live = this.isConnected && !this.configError && this.token;
    if (live) void this.queue.request(`${sourceKey(this.source)}\n${this.token}`, (signal) => this.source.queue(signal));
    if ((changed.has('session') || changed.has('staffToken') || changed.has('client')) && this.hasUpdated) this.stream.restart();
    const focus = this.focusAfter;
    this.focusAfter = undefined;
    if (focus) this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private onQueue(queue: QueueState): void {
    this.waiting = new Map(queue.categories.map((category) => [category.code, category.waiting]));
    const own = queue.windows.find((window) => window.id === this.effectiveWindow);
    if (own) this.applyWindow(own);
    this.requestUpdate();
  }

  private applyWindow(state: WindowState): void {
    this.windowState = state;
    this.serving = state.serving ?? null;
  }

  private onEvent(event: HallEvent): void {
    if (event.type === 'queue-changed') {
      this.waiting.set(event.category, event.waiting);
      this.requestUpdate();
    } else if (event.type === 'window-changed' && event.window === this.effectiveWindow) {
      this.applyWindow(event.state);
    } else if (event.type === 'reset') {
      void this.queue.reload();
    }
  }

  // ---- sign-in ----

  private readonly onSignIn = async (staffId: string, credential: string) => {
    if (this.busy) return;
    if (!staffId || !credential) {
      this.signInMessage = this.t('counter.signIn.required');
      return;
    }
    this.busy = 'sign-in';
    this.signInMessage = undefined;
    try {
      const session = await this.source.signIn(this.effectiveWindow, { staffId, credential });
      sessionStore.write(this.config.apiBase, session);
      this.session = session;
      this.message = undefined;
      this.focusAfter = '#console-title';
      this.dispatchEvent(new ZwQueueCounterSessionEvent(session));
    } catch (error) {
      const refused = error instanceof ZwServerError && (error.status === 401 || error.status === 403 || error.status === 400);
      this.signInMessage = refused ? this.t('counter.signIn.wrong') : this.t(errorMessage(error).key, errorMessage(error));
    } finally {
      this.busy = undefined;
    }
  };

  private readonly onSignOut = async () => {
    const token = this.session?.token;
    this.endSession(false);
    if (token) await this.source.signOut(this.effectiveWindow, token).catch(() => undefined);
  };

  /** Back to the sign-in form; `expired` when the server ended the session (a 401). */
  private endSession(expired: boolean): void {
    sessionStore.clear(this.config.apiBase, this.effectiveWindow);
    this.session = undefined;
    this.transferring = false;
    this.message = undefined;
    this.signInMessage = expired ? this.t('counter.signIn.expired') : undefined;
    this.focusAfter = '#sign-in-title';
    this.dispatchEvent(new ZwQueueCounterSessionEvent(undefined, expired));
  }

  // ---- actions ----

  /** Presses a console button (what its click and shortcut do). */
  press(button: CounterButton): void {
    if (this.busy || !this.token) return;
    if (button === 'transfer') {
      if (!this.serving) return;
      this.transferring = true;
      this.focusAfter = '#transfer-title';
      return;
    }
    void this.run(button === 'pause' && this.paused ? 'resume' : button);
  }

  private async run(action: WindowAction, request?: TransferRequest): Promise<void> {
    const token = this.token;
    if (this.busy || !token) return;
    const before = this.serving;
    this.busy = action;
    this.message = undefined;
    try {
      const result = await this.source.action(this.effectiveWindow, action, token, request);
      this.applyResult(action, result, before, request);
      this.dispatchEvent(new ZwQueueCounterActionEvent(action, result));
    } catch (error) {
      if (error instanceof ZwServerError && error.status === 401 && !this.staffToken) this.endSession(true);
      else this.message = { kind: 'error', text: this.t(errorMessage(error).key, errorMessage(error)) };
    } finally {
      this.busy = undefined;
    }
  }

  private applyResult(action: WindowAction, result: WindowActionResult, before: Serving | null | undefined, request?: TransferRequest) {
    const number = result.ticket?.number ?? before?.number ?? '';
    if (result.state) this.applyWindow(result.state);
    else if (action === 'call-next' || action === 'recall') this.serving = result.ticket;
    else if (action === 'pause' || action === 'resume')
      this.windowState = { id: this.effectiveWindow, ...this.windowState, paused: action === 'pause' };
    else this.serving = null;
    if (action === 'call-next' && !result.ticket) {
      this.message = { kind: 'nobody', text: this.t('counter.nobody') };
      return;
    }
    if (action === 'transfer') this.transferring = false;
    const hall = this.currentHall;
    const to = request?.category
      ? (hall?.categories.find((category) => category.code === request.category)?.name ?? request.category)
      : (hall?.windows.find((window) => window.id === request?.window)?.name ?? request?.window);
    const rule = this.ruleText();
    this.message = { kind: 'done', text: this.t(`counter.done.${action}`, { number, to, rule }) };
  }

  private ruleText(): string {
    const rule = noShowRule(this.currentHall?.noShow);
    return this.t(rule.key, rule);
  }

  private closeTransfer(): void {
    this.transferring = false;
    this.focusAfter = 'zw-button.transfer';
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.transferring) return this.closeTransfer();
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !this.token || this.configError) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target && (/^(input|select|textarea)$/.test(target.localName) || target.isContentEditable)) return;
    const button = COUNTER_BUTTONS.find((candidate) => candidate.key === event.key.toUpperCase());
    if (!button) return;
    event.preventDefault();
    this.press(button.id);
  };

  // ---- rendering ----

  private label(button: CounterButton): string {
    return this.t(`counter.action.${button === 'pause' && this.paused ? 'resume' : button}`);
  }

  private renderActions() {
    return actionButtons({
      busy: !!this.busy,
      serving: !!this.serving,
      paused: this.paused,
      label: (id) => this.label(id),
      onPress: (id) => this.press(id),
    });
  }

  private renderConsole() {
    const hall = this.currentHall;
    const window = hall?.windows.find((candidate) => candidate.id === this.effectiveWindow);
    const windowName = window?.name ?? this.effectiveWindow;
    const staff = this.session?.staff;
    const categories = (window?.categories ?? []).map((code) => ({
      code,
      name: hall?.categories.find((category) => category.code === code)?.name ?? code,
    }));
    return html`<section class="console" part="console" aria-labelledby="console-title">
      <div class="top">
        <h2 id="console-title" tabindex="-1"><bdi>${windowName}</bdi></h2>
        <p class="clerk">${staff ? this.t('counter.clerk', { name: staff.name, number: staff.number }) : this.t('counter.backOffice')}</p>
        ${this.session ? html`<zw-button class="sign-out" variant="secondary" @click=${this.onSignOut}>${this.t('counter.signOut')}</zw-button>` : nothing}
      </div>
      ${this.paused ? html`<p class="paused">${this.t('counter.paused')}</p>` : nothing}
      <dl class="facts">
        <dt>${this.t('counter.serving')}</dt>
        <dd class="serving"><bdi>${this.serving?.number ?? this.t('counter.servingNone')}</bdi></dd>
        <dt>${this.t('counter.waiting')}</dt>
        <dd>
          <ul class="waiting">
            ${categories.map(
              (category) =>
                html`<li>
                  <bdi>${category.name}</bdi>
                  <strong>${this.t('counter.waitingCount', { count: this.waiting.get(category.code) ?? 0 })}</strong>
                </li>`,
            )}
          </ul>
        </dd>
      </dl>
      ${this.renderActions()}
      <p class="rule">${this.t('counter.noShow.label', { rule: this.ruleText() })}</p>
      <div class="status" role="status" part="message">
        ${this.busy ? html`<p class="message">${this.t('counter.busy')}</p>` : nothing}
        ${this.message && this.message.kind !== 'error' ? html`<p class="message ${this.message.kind}">${this.message.text}</p>` : nothing}
      </div>
      ${this.message?.kind === 'error' ? html`<p class="message error" role="alert">${this.message.text}</p>` : nothing}
      ${
        this.transferring && this.serving
          ? transferPanel({
              t: (key, options) => this.t(key, options),
              hall,
              number: this.serving.number,
              window: this.effectiveWindow,
              busy: !!this.busy,
              onConfirm: (to) => void this.run('transfer', to),
              onCancel: () => this.closeTransfer(),
            })
          : nothing
      }
      ${shortcutList(this.t('counter.shortcuts'), (id) => this.label(id))}
    </section>`;
  }

  protected renderContent() {
    const windowName = this.currentHall?.windows.find((window) => window.id === this.effectiveWindow)?.name ?? this.effectiveWindow;
    return html`<div class="base" role="region" aria-label=${this.t('counter.label', { window: windowName })}>
      ${
        this.token
          ? this.renderConsole()
          : signInForm({
              t: (key, options) => this.t(key, options),
              hall: this.currentHall,
              busy: this.busy === 'sign-in',
              message: this.signInMessage,
              onSubmit: (staffId, credential) => void this.onSignIn(staffId, credential),
            })
      }
    </div>`;
  }
}
