import { type PropertyValues, type TemplateResult, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwElement, ZwServerError, baseStyles, loadStateStyles, renderLoadState, type ZwConfig, parseMilliseconds } from '@zhengwu/core';
import { TICKET_SECRET, type Ticket, type TicketChange } from '@zhengwu/core/contract';
import { QUEUE_NS } from '../locales/namespace.js';
import { callAlert } from './call-alert.js';
import { hallStatusSource, type TicketStatusSource } from './status-source.js';
import { renderCalled, renderEnded, renderWaiting } from './status-views.js';
import { TicketFollowController } from './ticket-follow-controller.js';
import { ZwQueueStatusChangeEvent, ZwQueueStatusRateEvent } from './zw-queue-status-events.js';
import { queueStatusStyles } from './zw-queue-status.styles.js';

export { hallStatusSource, type TicketStatusSource } from './status-source.js';

const RATE_REFUSALS = ['not_completed', 'already_rated'];

/**
 * The phone page a ticket's QR code opens: the number, the people ahead and the wait range,
 * kept live by the ticket's own stream (polling every few seconds, backing off, while the stream
 * is down; asking again when the phone wakes or comes online). When called, the whole screen
 * says which window, with a vibration and a beep where allowed. 过号, 顺延, 转办 and done each
 * say so; done offers the rating (一次一评), claimed with the ticket's secret.
 *
 * Only the holder of the link sees the ticket: a wrong secret is "ticket not found".
 *
 * @tag zw-queue-status
 * @summary 排队进度: follow one ticket on a phone until it is called.
 *
 * @csspart called - The full-screen "请到 … 办理".
 * @csspart error - The failure box.
 * @cssprop --zw-queue-status-max-width - Widest the element grows.
 * @fires zw-queue-status-change - The ticket changed; `detail.ticket`, `detail.change`.
 * @fires zw-queue-status-rate - The rating was claimed; `detail.request` (for `zw-rating`).
 */
export class ZwQueueStatus extends ZwElement {
  static override i18nNamespaces = [QUEUE_NS];
  static override styles = [baseStyles, loadStateStyles, queueStatusStyles];

  /** The ticket's id (the link's `id`). */
  @property({ attribute: 'ticket-id' }) ticketId = '';

  /** The ticket's follow secret (the link's `secret`). */
  @property() secret = '';

  /** Milliseconds between polls while the live stream is down (default 5000, backing off to 30 s). */
  @property({ attribute: 'poll-interval' }) pollInterval = '5000';

  /** Where the hall is asked; default the hall API at `api-base` (stories and tests pass a stand-in). */
  @property({ attribute: false }) client?: TicketStatusSource;

  @state() private rating: string = 'idle';

  private readonly follower = new TicketFollowController(this, {
    pollMs: () => Number(this.pollInterval),
    onChange: (ticket, previous, change) => this.onChange(ticket, previous, change),
  });
  private following?: string;

  /** The ticket as last heard of. */
  get ticket(): Ticket | undefined {
    return this.follower.ticket;
  }

  /** Whether the page polls because the live stream is down. */
  get polling(): boolean {
    return this.follower.polling;
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    parseMilliseconds(this.pollInterval, 'poll-interval', 100);
    return config;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.configError) return;
    const key = `${this.config.apiBase} ${this.ticketId} ${this.secret}`;
    if (key === this.following && !changed.has('client')) return;
    this.following = key;
    this.rating = 'idle';
    if (!this.ticketId || !TICKET_SECRET.test(this.secret)) {
      // A garbled link is the same answer as a wrong secret: nothing to see.
      this.follower.stop();
      this.follower.loader.set(key, undefined, new ZwServerError(404, 'ticket_not_found', 'no such ticket'));
      return;
    }
    const source = this.client ?? hallStatusSource(this.config.apiBase);
    this.follower.follow(source, this.ticketId, this.secret, this.config.requestTimeout);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: follow again from the id and secret.
    this.following = undefined;
    this.requestUpdate();
  }

  private onChange(ticket: Ticket, previous: Ticket | undefined, change: TicketChange | undefined): void {
    const called = ticket.status === 'called';
    const newly = called && (previous?.status !== 'called' || (ticket.recalls ?? 0) > (previous?.recalls ?? 0));
    if (newly) callAlert();
    this.dispatchEvent(new ZwQueueStatusChangeEvent(ticket, change));
    if (previous && (newly || ticket.status !== previous.status)) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#called-title, #title')?.focus());
    }
  }

  private readonly onRate = async () => {
    if (this.rating === 'claiming') return;
    this.rating = 'claiming';
    const source = this.client ?? hallStatusSource(this.config.apiBase);
    try {
      const request = await source.claimRating({ id: this.ticketId, secret: this.secret }, AbortSignal.timeout(this.config.requestTimeout));
      this.rating = 'idle';
      this.dispatchEvent(new ZwQueueStatusRateEvent(request));
    } catch (error) {
      const code = error instanceof ZwServerError ? error.code : '';
      this.rating = RATE_REFUSALS.includes(code) ? code : 'other';
    }
  };

  protected renderContent(): TemplateResult {
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    const ticket = this.follower.ticket;
    if (!ticket) {
      const loader = this.follower.loader;
      return html`<section class="waiting" aria-labelledby="title">
        <h2 id="title" tabindex="-1">${t('status.title')}</h2>
        ${renderLoadState({
          status: loader.status,
          error: loader.error,
          t,
          messages: { 'not-found': t('status.notFound') },
          onRetry: () => void loader.reload(),
        })}
      </section>`;
    }
    const change = this.follower.change;
    if (ticket.status === 'called') return renderCalled(t, ticket, change);
    if (ticket.status === 'done' || ticket.status === 'skipped')
      return renderEnded(t, { ticket, rating: this.rating, onRate: this.onRate });
    return renderWaiting(t, { ticket, change, live: !this.follower.polling });
  }
}
