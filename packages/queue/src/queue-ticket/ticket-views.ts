import { html, nothing, type TemplateResult } from 'lit';
import type { CategoryState, QueueCategory, TicketReceipt } from '@zhengwu/core/contract';
import { waitText } from '../ticket-format/wait-range.js';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface TileView {
  category: QueueCategory;
  state?: CategoryState;
  busy: boolean;
  onTake: (category: QueueCategory) => void;
}

/** Why a category issues nothing now, in words (with the hours when that is the reason). */
export function closedText(t: T, category: QueueCategory, state: CategoryState): string {
  const reason = state.closedReason ?? 'no_open_window';
  if (reason === 'outside_issuing_hours' && category.issuingHours) {
    return t('ticket.closed.hours', { from: category.issuingHours.from, to: category.issuingHours.to });
  }
  return t(`ticket.closed.${reason}`);
}

/** One category: a big button when open, a plain box saying why when closed (never an error). */
export function renderTile(t: T, view: TileView): TemplateResult {
  const { category, state } = view;
  const id = `tile-${category.code}`;
  const facts = state
    ? html`<span class="facts">
        <span class="waiting">${t('ticket.waiting', { count: state.waiting })}</span>
        <span class="wait">${waitText(t, state.estimatedWait)}</span>
      </span>`
    : nothing;
  const name = html`<span class="name" id="${id}-name"><bdi>${category.name}</bdi></span>
    ${category.description ? html`<span class="description"><bdi>${category.description}</bdi></span>` : nothing}`;
  if (state && !state.open) {
    return html`<li class="tile closed" part="tile closed">
      ${name}
      <span class="closed-reason"><strong>${t('ticket.closed.label')}</strong> ${closedText(t, category, state)}</span>
    </li>`;
  }
  return html`<li class="tile-item">
    <button
      class="tile ${category.appointment ? 'appointment' : ''}"
      part="tile"
      type="button"
      data-code=${category.code}
      ?disabled=${view.busy}
      @click=${() => view.onTake(category)}
    >
      ${name} ${facts}
      <span class="action">${t(category.appointment ? 'ticket.checkIn' : 'ticket.take')}</span>
    </button>
  </li>`;
}

export interface CardView {
  receipt: TicketReceipt;
  time: string;
  link?: string;
  printable: boolean;
  paper: string;
  /** The QR code's size in CSS px (on paper: 32 or 28 mm). */
  qrSize: number;
}

/** The ticket as it shows and prints: the number first and largest, then what the visitor needs. */
export function renderCard(t: T, view: CardView): TemplateResult {
  const { receipt } = view;
  return html`<section class="paper p${view.paper}" part="paper" aria-labelledby="ticket-number">
    <p class="hall"><bdi>${receipt.hallName}</bdi></p>
    <p class="number-label">${t('ticket.card.number')}</p>
    <h2 class="number" id="ticket-number" tabindex="-1">${receipt.number}</h2>
    <p class="category">
      <bdi>${receipt.categoryName}</bdi>${receipt.priority ? html` <span class="badge">${t('ticket.priority.badge')}</span>` : nothing}
    </p>
    <dl class="card-facts">
      <dt>${t('ticket.card.ahead')}</dt>
      <dd>${t('ticket.card.aheadCount', { count: receipt.ahead })}</dd>
      <dt>${t('ticket.card.wait')}</dt>
      <dd>${waitText(t, receipt.estimatedWait)}</dd>
      <dt>${t('ticket.card.time')}</dt>
      <dd>${view.time}</dd>
      <dt>${t('ticket.card.shortCode')}</dt>
      <dd class="short-code">${receipt.shortCode}</dd>
    </dl>
    <p class="hint">${t('ticket.card.shortCodeHint')}</p>
    ${
      view.link
        ? html`<div class="qr">
            <zw-qr-code value=${view.link} size=${view.qrSize} label=${t('ticket.card.qrLabel')}></zw-qr-code>
            <p>${t(view.printable ? 'ticket.card.qrHint' : 'ticket.card.qrIsTicket')}</p>
          </div>`
        : nothing
    }
  </section>`;
}
