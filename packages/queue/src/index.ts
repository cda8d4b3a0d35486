export { QUEUE_NS } from './locales/namespace.js';
export { ZwQueueTicket, hallTicketSource, type QueueTicketSource } from './queue-ticket/zw-queue-ticket.js';
export { ZwQueueTicketTakenEvent, ZwQueueTicketPrintedEvent, ZwQueueTicketDoneEvent } from './queue-ticket/zw-queue-ticket-events.js';
export { waitText } from './ticket-format/wait-range.js';
export { followUrl } from './ticket-format/follow-url.js';
export { PAPERS, PAPER_WIDTH, ticketPageRule, type Paper } from './ticket-format/print-page.js';
export { ZwQueueStatus, hallStatusSource, type TicketStatusSource } from './queue-status/zw-queue-status.js';
export { ZwQueueStatusChangeEvent, ZwQueueStatusRateEvent } from './queue-status/zw-queue-status-events.js';
export { TicketFollowController } from './queue-status/ticket-follow-controller.js';
