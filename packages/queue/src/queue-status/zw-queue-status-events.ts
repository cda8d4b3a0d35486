import type { RatingRequest, Ticket, TicketChange } from '@zhengwu/core/contract';

/** The ticket changed (place, estimate, called, done …); `detail.ticket`, `detail.change`. */
export class ZwQueueStatusChangeEvent extends Event {
  readonly detail: { ticket: Ticket; change?: TicketChange };

  constructor(ticket: Ticket, change?: TicketChange) {
    super('zw-queue-status-change', { bubbles: true, composed: true });
    this.detail = { ticket, change };
  }
}

/** The holder claimed the rating of the finished ticket: show `zw-rating` with `detail.request`. */
export class ZwQueueStatusRateEvent extends Event {
  readonly detail: { request: RatingRequest };

  constructor(request: RatingRequest) {
    super('zw-queue-status-rate', { bubbles: true, composed: true });
    this.detail = { request };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-queue-status-change': ZwQueueStatusChangeEvent;
    'zw-queue-status-rate': ZwQueueStatusRateEvent;
  }
}
