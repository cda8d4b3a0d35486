import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  EventStreamController,
  LoaderController,
  ZwElement,
  baseStyles,
  loadStateStyles,
  renderLoadState,
  systemClock,
  type Clock,
  type ConnectionState,
} from '@zhengwu/core';
import type { Hall, HallEvent, QueueState } from '@zhengwu/core/contract';
import { Announcer, type AnnounceMode, type SpeechLike } from '../announcer/announcer.js';
import type { AudioLike } from '../announcer/chime.js';
import { spokenNumber } from '../announcer/spoken-number.js';
import { QUEUE_NS } from '../locales/namespace.js';
import { hallBoardSource, type QueueBoardSource } from './board-source.js';
import { sourceKey } from '@zhengwu/core/api/source-key';
import { CallBook, type BoardCall } from './call-book.js';
import { queueBoardStyles } from './zw-queue-board.styles.js';
import { ZwQueueBoardCallEvent } from './zw-queue-board-events.js';

export { hallBoardSource, type QueueBoardSource } from './board-source.js';

/** Seconds a new call flashes. */
export const BOARD_FLASH_SECONDS = 6;
/** After a reconnect, events within this many ms may be replays: recalls among them stay silent. */
const REPLAY_MS = 2000;

/**
 * Starts from `GET /api/queue`, then follows the hall's public event stream, reconnecting by
 * itself and resuming from the last event; a `reset` (the server could not replay) refetches.
 * Each new call is shown in large type, flashes for a few seconds (a steady highlight under
 * `prefers-reduced-motion`), and is spoken, "请A001号到3号窗口办理", one call after another.
 * Catching up after a network cut never repeats old calls aloud.
 *
 * Without a voice for the language (Linux Chromium often has none) a two-tone chime made in the
 * page plays instead, and a small notice tells staff that voice is off. A board nobody touches
 * meets Chromium's autoplay policy only when launched with
 * `--autoplay-policy=no-user-gesture-required` (with `--kiosk`); otherwise a "开启声音" button
 * appears, and one tap turns sound on until the page reloads.
 *
 * @tag zw-queue-board
 * @summary 叫号屏: the calling board on the hall's TV, with voice.
 *
 * @csspart base - The whole board.
 * @csspart call - The call being made: number and window.
 * @csspart recent - The list of recent calls.
 * @csspart waiting - Waiting per category.
 * @csspart notice - The staff notices (voice off, offline).
 * @csspart enable-sound - The "开启声音" button.
 * @cssprop --zw-queue-board-number-size - Size of the called number (default about a quarter of the screen's height).
 * @cssprop --zw-queue-board-window-size - Size of the window's name.
 * @cssprop --zw-queue-board-text-size - Size of the other text.
 * @cssprop --zw-queue-board-min-height - Least height (default the viewport's).
 * @fires zw-queue-board-call - A new call is shown; `detail.call`, `detail.announced`.
 */
export class ZwQueueBoard extends ZwElement {
  static override i18nNamespaces = [QUEUE_NS];
  static override styles = [baseStyles, loadStateStyles, queueBoardStyles];

  /** Where the board reads the queue and its events. Default: the hall API at `api-base`. */
  @property({ attribute: false }) client?: QueueBoardSource;

  /** The hall (name, categories, time zone). Loaded from the source when not given. */
  @property({ attribute: false }) hall?: Hall;

  /** Where timers run and the time is read. Default: the browser's. */
  @property({ attribute: false }) clock?: Clock;

  /** The speech engine. Default `speechSynthesis`; `null` for none. Set before connecting. */
  @property({ attribute: false }) speech?: SpeechLike | null;

  /** Makes the audio context for the chime. Default Web Audio. Set before connecting. */
  @property({ attribute: false }) audio?: () => AudioLike | null;

  @state() private flashing = false;
  @state() private now = 0;

  private readonly book = new CallBook();
  private waiting = new Map<string, number>();
  private announcer?: Announcer;
  private loaded = false;
  private opens = 0;
  private openedAt = 0;
  private flashTimer?: unknown;
  private tick?: unknown;
  private apiSource?: [string, QueueBoardSource];

  private readonly queue = new LoaderController<QueueState>(this, { keepValue: true, onLoad: (state) => this.onQueue(state) });
  private readonly hallLoader = new LoaderController<Hall>(this, { keepValue: true });
  private readonly stream = new EventStreamController(this, (onState) =>
    this.isConnected && !this.configError
      ? this.source.events({ onEvent: (event, id) => this.onEvent(event, id), onState: (next) => this.onState(next, onState) })
      : undefined,
  );

  /** `voice`, `chime` (no voice for the language) or `unknown` (not known yet). */
  get announceMode(): AnnounceMode {
    return this.announcer?.mode ?? 'unknown';
  }

  /** Sound waits for a tap (the browser's autoplay policy). */
  get soundBlocked(): boolean {
    return this.announcer?.blocked ?? false;
  }

  /** The calls shown, newest first. */
  get calls(): readonly BoardCall[] {
    return this.book.recent;
  }

  /** The stream: `connecting`, `open`, `reconnecting` or `closed`. */
  get connectionState(): ConnectionState {
    return this.stream.state;
  }

  private get time(): Clock {
    return this.clock ?? systemClock;
  }

  private get source(): QueueBoardSource {
    if (this.client) return this.client;
    const apiBase = this.config.apiBase;
    if (this.apiSource?.[0] !== apiBase) this.apiSource = [apiBase, hallBoardSource(apiBase)];
    return this.apiSource[1];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.announcer = new Announcer({ speech: this.speech, audio: this.audio, clock: this.time, onChange: () => this.requestUpdate() });
    void this.announcer.checkAutoplay();
    this.now = this.time.now();
    this.tick = this.time.setInterval(() => (this.now = this.time.now()), 1000);
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.announcer?.dispose();
    this.announcer = undefined;
    this.time.clearInterval(this.tick);
    this.time.clearTimeout(this.flashTimer);
    this.loaded = false;
    this.opens = 0;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.configError || !this.isConnected) return;
    const key = sourceKey(this.source);
    void this.queue.request(key, (signal) => this.source.queue(signal));
    if (!this.hall) void this.hallLoader.request(key, (signal) => this.source.hall(signal));
    if (changed.has('client') && this.hasUpdated && changed.get('client') !== undefined) this.stream.restart();
    if (this.announceMode === 'unknown') void this.announcer?.detect(this.locale);
  }

  private onState(next: ConnectionState, report: (state: ConnectionState) => void): void {
    report(next);
    if (next !== 'open') return;
    this.opens += 1;
    this.openedAt = this.time.now();
  }

  private onQueue(state: QueueState): void {
    this.waiting = new Map(state.categories.map((category) => [category.code, category.waiting]));
    const fresh = this.book.load(state.recentCalls, this.time.now(), !this.loaded);
    this.loaded = true;
    for (const call of fresh) this.show(call, true);
    this.requestUpdate();
  }

  private onEvent(event: HallEvent, id: string | undefined): void {
    if (event.type === 'reset') {
      void this.queue.reload();
    } else if (event.type === 'queue-changed') {
      this.waiting.set(event.category, event.waiting);
      this.requestUpdate();
    } else if (event.type === 'ticket-called') {
      const now = this.time.now();
      const live = this.opens <= 1 || now - this.openedAt > REPLAY_MS;
      const before = this.book.current;
      const speak = this.book.called(event.ticket, event.window, event.recall, id, now, live);
      if (speak) this.show(speak, true);
      else if (this.book.current !== before) this.dispatchEvent(new ZwQueueBoardCallEvent(this.book.current!, false));
      this.requestUpdate();
    }
  }

  /** Flashes and speaks a new call. */
  private show(call: BoardCall, announce: boolean): void {
    this.flashing = true;
    this.time.clearTimeout(this.flashTimer);
    this.flashTimer = this.time.setTimeout(() => (this.flashing = false), BOARD_FLASH_SECONDS * 1000);
    if (announce) void this.announcer?.announce(this.sentence(call, true), this.locale);
    this.dispatchEvent(new ZwQueueBoardCallEvent(call, announce));
  }

  /** "请A001号到3号窗口办理"; spoken, the number is read digit by digit ("A零零一"). */
  sentence(call: Pick<BoardCall, 'number' | 'window' | 'windowName'>, spoken = false): string {
    const number = spoken ? spokenNumber(call.number, this.t('board.digits')) : call.number;
    return /^\d+$/.test(call.window)
      ? this.t('board.sentence', { number, window: call.window })
      : this.t('board.sentenceNamed', { number, window: call.windowName });
  }

  private readonly onEnableSound = () => void this.announcer?.unlock();

  private get currentHall(): Hall | undefined {
    return this.hall ?? this.hallLoader.value;
  }

  private renderCall() {
    const call = this.book.current;
    if (!call) return html`<section class="call" part="call"><p class="window">${this.t('board.nobody')}</p></section>`;
    return html`<section class="call ${this.flashing ? 'flash' : ''}" part="call" aria-labelledby="now">
      <h2 id="now" class="now">${this.t('board.nowCalling')}</h2>
      <p class="number"><bdi>${call.number}</bdi></p>
      <p class="window">${this.t('board.toWindow', { window: call.windowName })}</p>
      ${call.recall ? html`<p><span class="tag">${this.t('board.recallTag')}</span></p>` : nothing}
      <p class="visually-hidden" role="status">${this.sentence(call)}</p>
    </section>`;
  }

  private renderRecent() {
    return html`<section class="recent" part="recent" aria-labelledby="recent">
      <h2 id="recent">${this.t('board.recent')}</h2>
      <ol>
        ${this.book.recent.slice(1).map(
          (call) =>
            html`<li>
              <span class="recent-number"><bdi>${call.number}</bdi></span
              ><span><bdi>${call.windowName}</bdi></span>
            </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderWaiting() {
    const categories = this.currentHall?.categories ?? [];
    return html`<section class="waiting" part="waiting" aria-labelledby="waiting">
      <h2 id="waiting">${this.t('board.waiting')}</h2>
      <ul>
        ${categories.map(
          (category) =>
            html`<li>
              <bdi>${category.name}</bdi><strong>${this.t('board.waitingCount', { count: this.waiting.get(category.code) ?? 0 })}</strong>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderNotices() {
    const offline = this.stream.offline;
    return html`<div class="notices">
      ${offline ? html`<p class="notice" part="notice" role="status">${this.t('board.offline')}</p>` : nothing}
      ${this.announceMode === 'chime' ? html`<p class="notice" part="notice">${this.t('board.voiceOff')}</p>` : nothing}
      ${
        this.soundBlocked
          ? html`<p class="notice" part="notice">${this.t('board.soundBlocked')}</p>
              <zw-button part="enable-sound" class="enable-sound" @click=${this.onEnableSound}>${this.t('board.enableSound')}</zw-button>`
          : nothing
      }
    </div>`;
  }

  protected renderContent() {
    const hall = this.currentHall;
    const name = hall ? (this.locale !== 'zh-CN' && hall.translations?.[this.locale]?.name) || hall.name : this.t('board.title');
    const zone = hall?.timeZone ?? 'Asia/Shanghai';
    const clock = this.localize.date(this.now, { hour: '2-digit', minute: '2-digit', timeZone: zone });
    const status = this.queue.status;
    return html`<div class="base" part="base" role="region" aria-label=${this.t('board.label', { hall: name })}>
      <div class="top">
        <h1 class="hall"><bdi>${name}</bdi></h1>
        <p class="clock"><span class="visually-hidden">${this.t('board.clock')}</span><time>${clock}</time></p>
      </div>
      ${
        status === 'ready'
          ? html`<div class="main">${this.renderCall()} ${this.renderRecent()}</div>`
          : renderLoadState({ status, error: this.queue.error, t: (key, o) => this.t(key, o), onRetry: () => void this.queue.reload() })
      }
      <div class="bottom">${this.renderWaiting()} ${this.renderNotices()}</div>
    </div>`;
  }
}
