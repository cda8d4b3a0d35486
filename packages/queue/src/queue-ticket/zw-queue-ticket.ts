import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  EventStreamController,
  LoaderController,
  ZwConfigError,
  ZwElement,
  ZwServerError,
  baseStyles,
  parseHttpUrl,
  parseSeconds,
  loadStateStyles,
  randomKey,
  renderLoadState,
  type ZwConfig,
} from '@zhengwu/core';
import type { CategoryState, Hall, HallEvent, QueueCategory, QueueState, TicketReceipt, TicketRequest } from '@zhengwu/core/contract';
import { QUEUE_NS } from '../locales/namespace.js';
import { followUrl } from '../ticket-format/follow-url.js';
import { MM, PAPERS, claimPrintPage, releasePrintPage, ticketPageRule, type Paper } from '../ticket-format/print-page.js';
import { hallTicketSource, type QueueTicketSource } from './ticket-source.js';
import { renderAppointment, renderTakeState, type TakeView } from './take-views.js';
import { renderCard, renderTile } from './ticket-views.js';
import { ZwQueueTicketDoneEvent, ZwQueueTicketPrintedEvent, ZwQueueTicketTakenEvent } from './zw-queue-ticket-events.js';
import { queueTicketStyles } from './zw-queue-ticket.styles.js';

export { hallTicketSource, type QueueTicketSource } from './ticket-source.js';

const PRINT_MODES = ['auto', 'button', 'off'] as const;
const APPOINTMENT_ERRORS = ['unknown_appointment', 'appointment_used'];

interface Loaded {
  hall: Hall;
  queue: QueueState;
}

/**
 * Categories are big tiles with the people waiting and the estimated wait as a range, kept live
 * by the hall's public events; the priority categories (绿色通道) have their own group; a closed
 * category says why (hours, quota, no window) and is not an error. Appointment categories ask
 * for the appointment code on the keypad (预约签到).
 *
 * One tap takes one ticket: the tiles are disabled while taking, and a retry after a lost answer
 * repeats the same idempotency key, so the hall answers the first ticket again. The ticket card
 * (number, category, people ahead, wait, time, hall, 验证码, QR of the phone link) prints on 58 or
 * 80 mm paper and leaves the screen after printing, on 完成 or after `receipt-timeout` seconds:
 * a shared kiosk keeps nothing.
 *
 * @tag zw-queue-ticket
 * @summary 排队取号: choose a category, take one ticket, print it or scan it.
 *
 * @csspart tile - Each category's button (and each closed category's box, with `closed`).
 * @csspart paper - The ticket card, as it shows and prints.
 * @csspart error - The failure box.
 * @cssprop --zw-queue-ticket-max-width - Widest the element grows.
 * @fires zw-queue-ticket-taken - A ticket was issued; `detail.receipt`.
 * @fires zw-queue-ticket-printed - The ticket was sent to the printer; `detail.number`, `detail.paper`.
 * @fires zw-queue-ticket-done - The receipt left the screen; `detail.reason`.
 */
export class ZwQueueTicket extends ZwElement {
  static override i18nNamespaces = [QUEUE_NS];
  static override styles = [baseStyles, loadStateStyles, queueTicketStyles];

  /** Where the hall is asked; default the hall API at `api-base` (stories and tests pass a stand-in). */
  @property({ attribute: false }) client?: QueueTicketSource;

  /** The kiosk's token (`kiosk-token` command) for the default source; a property only, never in the DOM. */
  @property({ attribute: false }) kioskToken?: string;

  /** The phone page that follows a ticket; `?id=…&secret=…` is added. */
  @property({ attribute: 'ticket-url' }) ticketUrl = '/ticket';

  /** `auto` (print on take), `button` (a print button) or `off` (no printer: the QR code is the ticket). */
  @property({ attribute: 'print' }) printMode: (typeof PRINT_MODES)[number] = 'button';

  /** `58mm` or `80mm` receipt paper. */
  @property() paper: Paper = '80mm';

  /** Seconds the receipt stays on screen (default 60). */
  @property({ attribute: 'receipt-timeout' }) receiptTimeout = '60';

  @state() private states = new Map<string, CategoryState>();
  @state() private chosen?: QueueCategory;
  @state() private code = '';

  private readonly loader = new LoaderController<Loaded>(this, { onLoad: ({ queue }) => this.setQueue(queue) });
  private readonly taker = new LoaderController<TicketReceipt>(this, { onLoad: (receipt) => void this.onTaken(receipt) });
  private readonly stream = new EventStreamController(this, (onState) =>
    this.started ? this.source.events({ onState, onEvent: (event) => this.onEvent(event) }) : undefined,
  );
  private started?: string;
  private request?: { category: QueueCategory; body: TicketRequest };
  private timer?: ReturnType<typeof setTimeout>;
  private refresher?: ReturnType<typeof setInterval>;
  private printAsked = false;
  /** The last queue-changed per category since the queue was last asked for. */
  private readonly heard = new Map<string, { waiting: number; estimatedWait?: CategoryState['estimatedWait'] }>();

  /** The receipt on screen, until it leaves. */
  get receipt(): TicketReceipt | undefined {
    return this.taker.value;
  }

  private get source(): QueueTicketSource {
    return this.client ?? hallTicketSource(this.config.apiBase, this.kioskToken);
  }

  /** Takes a ticket in `category` (what a tile does); ignored while one is being taken. */
  take(category: string, appointmentCode?: string): void {
    const found = this.loader.value?.hall.categories.find((each) => each.code === category);
    if (!found || this.taker.loading || this.receipt) return;
    const body: TicketRequest = { category, ...(appointmentCode ? { appointmentCode } : {}) };
    this.request = { category: found, body };
    // One key per tap; the retry button reruns the same task, so the same key.
    const key = randomKey();
    void this.taker.request(key, (signal) => this.source.take(body, signal, key));
  }

  /** Sends the ticket to the printer (the print button). */
  printTicket(): void {
    const receipt = this.receipt;
    if (!receipt || this.printMode === 'off') return;
    this.printAsked = true;
    window.print();
    this.dispatchEvent(new ZwQueueTicketPrintedEvent(receipt.number, this.paper));
  }

  /** Takes the receipt off the screen and starts again. */
  finish(reason: 'done' | 'printed' | 'timeout' = 'done'): void {
    const receipt = this.receipt;
    clearTimeout(this.timer);
    this.printAsked = false;
    this.chosen = undefined;
    this.code = '';
    this.request = undefined;
    this.taker.clear();
    releasePrintPage(this);
    if (receipt) this.dispatchEvent(new ZwQueueTicketDoneEvent(receipt.number, reason));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#title')?.focus());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (moved, or shown again by the shell): load and follow again.
    this.requestUpdate();
    window.addEventListener('afterprint', this.onAfterPrint);
    // Issuing hours open and close with no event: look again each minute.
    this.refresher = setInterval(() => void this.refreshQueue(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearInterval(this.refresher);
    this.started = undefined;
    this.finish();
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    if (!(PRINT_MODES as readonly string[]).includes(this.printMode))
      throw new ZwConfigError('print', PRINT_MODES.join(' | '), this.printMode);
    if (!(PAPERS as readonly string[]).includes(this.paper)) throw new ZwConfigError('paper', PAPERS.join(' | '), this.paper);
    parseHttpUrl(this.ticketUrl, 'ticket-url');
    parseSeconds(this.receiptTimeout, 'receipt-timeout', 1);
    return config;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.configError) return;
    const key = `${this.config.apiBase}`;
    if (this.started === key && !changed.has('client')) return;
    this.started = key;
    void this.loader.request(
      `hall-${key}-${Math.random()}`,
      async (signal) => {
        const [hall, queue] = await Promise.all([this.source.hall(signal), this.source.queue(signal)]);
        return { hall, queue };
      },
      true,
    );
    this.stream.restart();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.claimPage();
  }

  /** The printed page as long as the ticket; measured again once its QR code is drawn. */
  private readonly claimPage = () => {
    const paper = this.renderRoot.querySelector<HTMLElement>('.print-copy .paper');
    if (paper && this.printMode !== 'off') claimPrintPage(this, ticketPageRule(this.paper, paper.getBoundingClientRect().height / MM + 8));
  };

  /** A fresh queue, with the counts that events brought while it was on its way laid over it. */
  private setQueue(queue: QueueState): void {
    const states = new Map(queue.categories.map((each) => [each.code, each]));
    for (const [code, event] of this.heard) {
      const before = states.get(code);
      if (before)
        states.set(code, { ...before, waiting: event.waiting, ...(event.estimatedWait ? { estimatedWait: event.estimatedWait } : {}) });
    }
    this.heard.clear();
    this.states = states;
  }

  private async refreshQueue(): Promise<void> {
    if (!this.loader.value) return;
    try {
      this.heard.clear();
      this.setQueue(await this.source.queue(AbortSignal.timeout(this.config.requestTimeout)));
    } catch {
      // Kept as it was; the stream's state already says when the hall is out of reach.
    }
  }

  private onEvent(event: HallEvent): void {
    if (event.type === 'queue-changed') {
      this.heard.set(event.category, event);
      const before = this.states.get(event.category);
      if (!before) return void this.refreshQueue();
      const next = { ...before, waiting: event.waiting, ...(event.estimatedWait ? { estimatedWait: event.estimatedWait } : {}) };
      this.states = new Map(this.states).set(event.category, next);
    } else if (event.type === 'window-changed' || event.type === 'reset') {
      // A window opening or closing opens or closes categories.
      void this.refreshQueue();
    }
  }

  private async onTaken(receipt: TicketReceipt): Promise<void> {
    this.dispatchEvent(new ZwQueueTicketTakenEvent(receipt));
    this.renderRoot.querySelector<HTMLElement>('#ticket-number')?.focus();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.finish('timeout'), Number(this.receiptTimeout) * 1000);
    if (this.printMode !== 'auto') return;
    // Printed once its QR code is drawn (or after a moment, without it).
    const qr = this.renderRoot.querySelector<HTMLElement & { status: string }>('.print-copy zw-qr-code');
    for (let tries = 0; qr && qr.status !== 'ready' && tries < 30; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    if (this.receipt === receipt) this.printTicket();
  }

  private readonly onAfterPrint = () => {
    if (this.receipt && this.printAsked) setTimeout(() => this.finish('printed'));
  };

  private readonly onTile = (category: QueueCategory) => {
    if (category.appointment) {
      this.chosen = category;
      this.code = '';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#appointment-title')?.focus());
      return;
    }
    this.take(category.code);
  };

  private readonly onCodeSubmit = () => {
    if (this.chosen && /^[A-Za-z0-9]{4,32}$/.test(this.code)) this.take(this.chosen.code, this.code);
  };

  private readonly cancel = () => {
    this.chosen = undefined;
    this.code = '';
    this.request = undefined;
    this.taker.clear();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#title')?.focus());
  };

  private appointmentError(): string | undefined {
    const error = this.taker.error;
    return error instanceof ZwServerError && APPOINTMENT_ERRORS.includes(error.code) ? error.code : undefined;
  }

  private takeView(): TakeView {
    return {
      status: this.taker.status,
      error: this.taker.error,
      category: this.request?.category,
      appointmentError: this.appointmentError(),
      onRetry: () => void this.taker.reload(),
      onCancel: this.cancel,
    };
  }

  private renderReceipt(receipt: TicketReceipt, hall: Hall): TemplateResult {
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    const time = this.localize.date(Date.parse(receipt.takenAt), {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: hall.timeZone ?? 'Asia/Shanghai',
    });
    const link = followUrl(this.ticketUrl, receipt.id, receipt.secret);
    const printable = this.printMode !== 'off';
    const card = { receipt, time, link, printable, paper: this.paper };
    const printedQr = Math.round((this.paper === '58mm' ? 28 : 32) * MM);
    return html`<section class="receipt" aria-label=${t('ticket.card.title')}>
      <div class="screen-card">${renderCard(t, { ...card, qrSize: 200 })}</div>
      <div class="print-copy" aria-hidden="true" @zw-qr-ready=${this.claimPage}>${renderCard(t, { ...card, qrSize: printedQr })}</div>
      <div class="toolbar">
        ${printable ? html`<zw-button class="print" @click=${() => this.printTicket()}>${t('ticket.print')}</zw-button>` : nothing}
        <zw-button class="done" variant="secondary" @click=${() => this.finish('done')}>${t('ticket.done')}</zw-button>
      </div>
      <p class="leaves">${t('ticket.leaves', { seconds: this.receiptTimeout })}</p>
    </section>`;
  }

  private renderChoice(loaded: Loaded): TemplateResult {
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    const busy = this.taker.loading;
    const tiles = (list: QueueCategory[]) =>
      html`<ul class="tiles">
        ${list.map((category) => renderTile(t, { category, state: this.states.get(category.code), busy, onTake: this.onTile }))}
      </ul>`;
    const priority = loaded.hall.categories.filter((each) => each.priority);
    const regular = loaded.hall.categories.filter((each) => !each.priority);
    return html`<section class="choose" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${t('ticket.title')}</h2>
      <p class="intro"><bdi>${loaded.hall.name}</bdi> · ${t('ticket.intro')}</p>
      ${this.stream.offline ? html`<p class="stale" role="status">${t('ticket.stale')}</p>` : nothing}
      ${renderTakeState(t, this.takeView())} ${tiles(regular)}
      ${
        priority.length
          ? html`<section class="priority" aria-labelledby="priority-title">
              <h3 id="priority-title">${t('ticket.priority.title')}</h3>
              <p class="hint">${t('ticket.priority.intro')}</p>
              ${tiles(priority)}
            </section>`
          : nothing
      }
    </section>`;
  }

  protected renderContent(): TemplateResult {
    const loaded = this.loader.value;
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    if (!loaded) {
      return html`<section class="choose" aria-labelledby="title">
        <h2 id="title" tabindex="-1">${t('ticket.title')}</h2>
        ${renderLoadState({ status: this.loader.status, error: this.loader.error, t, onRetry: () => void this.loader.reload() })}
      </section>`;
    }
    if (this.receipt) return this.renderReceipt(this.receipt, loaded.hall);
    if (this.chosen) {
      const view = { ...this.takeView(), code: this.code, onCode: (code: string) => (this.code = code), onSubmit: this.onCodeSubmit };
      return renderAppointment(t, this.chosen, view);
    }
    return this.renderChoice(loaded);
  }
}
