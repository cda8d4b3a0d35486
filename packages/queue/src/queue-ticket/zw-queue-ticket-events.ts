import type { TicketReceipt } from '@zhengwu/core/contract';

/** A ticket was issued; `detail.receipt` holds its secret and short code (for this visitor only). */
export class ZwQueueTicketTakenEvent extends Event {
  readonly detail: { receipt: TicketReceipt };

  constructor(receipt: TicketReceipt) {
    super('zw-queue-ticket-taken', { bubbles: true, composed: true });
    this.detail = { receipt };
  }
}

/** The ticket was sent to the printer; `detail.number`, `detail.paper`. */
export class ZwQueueTicketPrintedEvent extends Event {
  readonly detail: { number: string; paper: string };

  constructor(number: string, paper: string) {
    super('zw-queue-ticket-printed', { bubbles: true, composed: true });
    this.detail = { number, paper };
  }
}

/**
 * The receipt left the screen: `done` (the visitor pressed 完成), `printed` (after printing) or
 * `timeout`. Nothing of it is kept.
 */
export class ZwQueueTicketDoneEvent extends Event {
  readonly detail: { number: string; reason: 'done' | 'printed' | 'timeout' };

  constructor(number: string, reason: 'done' | 'printed' | 'timeout') {
    super('zw-queue-ticket-done', { bubbles: true, composed: true });
    this.detail = { number, reason };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-queue-ticket-taken': ZwQueueTicketTakenEvent;
    'zw-queue-ticket-printed': ZwQueueTicketPrintedEvent;
    'zw-queue-ticket-done': ZwQueueTicketDoneEvent;
  }
}
