import type { BoardCall } from './call-book.js';

/** A new call is on the board; `announced` is false for one shown but not spoken (caught up after a cut). */
export class ZwQueueBoardCallEvent extends Event {
  readonly detail: { call: BoardCall; announced: boolean };

  constructor(call: BoardCall, announced: boolean) {
    super('zw-queue-board-call', { bubbles: true, composed: true });
    this.detail = { call, announced };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-queue-board-call': ZwQueueBoardCallEvent;
  }
}
