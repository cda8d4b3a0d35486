import { html, nothing, type TemplateResult } from 'lit';
import type { Ticket, TicketChange } from '@zhengwu/core/contract';
import { waitText } from '../ticket-format/wait-range.js';

type T = (key: string, options?: Record<string, unknown>) => string;

/** 请到 3 号窗口: the whole screen, announced at once. */
export function renderCalled(t: T, ticket: Ticket, change: TicketChange | undefined): TemplateResult {
  const window = ticket.windowName ?? ticket.window ?? '';
  // The overlay covers the screen; the wrapper keeps the page as tall as the screen beneath it.
  return html`<div class="called-space">
    <section class="called" part="called" role="alert" aria-labelledby="called-title">
      <p class="called-number">${t('status.called.number', { number: ticket.number })}</p>
      <h2 id="called-title" tabindex="-1">${t('status.called.title', { window })}</h2>
      ${change === 'recalled' ? html`<p class="recalled">${t('status.called.recalled')}</p>` : nothing}
    </section>
  </div>`;
}

/** What changed that the holder must know: re-queued after 过号, transferred. */
function notice(t: T, ticket: Ticket, change: TicketChange | undefined): TemplateResult | typeof nothing {
  if (change === 'requeued') return html`<p class="notice" role="status">${t('status.requeued')}</p>`;
  if (change === 'transferred') {
    const target = ticket.windowName ?? ticket.categoryName;
    return html`<p class="notice" role="status">${t('status.transferred', { target })}</p>`;
  }
  return nothing;
}

export interface WaitingView {
  ticket: Ticket;
  change?: TicketChange;
  live: boolean;
}

export function renderWaiting(t: T, view: WaitingView): TemplateResult {
  const { ticket } = view;
  return html`<section class="waiting" aria-labelledby="title">
    <p class="label">${t('status.number')}</p>
    <h2 id="title" class="number" tabindex="-1">${ticket.number}</h2>
    <p class="category"><bdi>${ticket.categoryName}</bdi> · <bdi>${ticket.hallName}</bdi></p>
    ${notice(t, ticket, view.change)}
    <p class="position" aria-live="polite">${ticket.ahead === 0 ? t('status.next') : t('status.position', { count: ticket.ahead })}</p>
    <p class="wait"><span>${t('status.wait')}</span> <strong>${waitText(t, ticket.estimatedWait)}</strong></p>
    <p class="live ${view.live ? 'on' : 'off'}" role="status">${t(view.live ? 'status.live' : 'status.polling')}</p>
  </section>`;
}

export interface EndedView {
  ticket: Ticket;
  rating: 'idle' | 'claiming' | string;
  onRate: () => void;
}

/** 过号 voided, or done with the way to rate. */
export function renderEnded(t: T, view: EndedView): TemplateResult {
  const { ticket } = view;
  if (ticket.status === 'skipped') {
    return html`<section class="ended" aria-labelledby="title">
      <h2 id="title" class="number" tabindex="-1">${ticket.number}</h2>
      <p class="notice" role="alert">${t('status.skipped')}</p>
    </section>`;
  }
  const refused = view.rating !== 'idle' && view.rating !== 'claiming';
  return html`<section class="ended" aria-labelledby="title">
    <h2 id="title" class="number" tabindex="-1">${ticket.number}</h2>
    <p class="done">${t('status.done')}</p>
    ${
      refused
        ? html`<p class="notice" role="alert">${t(`status.rateRefused.${view.rating}`)}</p>`
        : html`<zw-button class="rate" ?disabled=${view.rating === 'claiming'} @click=${view.onRate}>
            ${t(view.rating === 'claiming' ? 'status.rating' : 'status.rate')}
          </zw-button>`
    }
  </section>`;
}
