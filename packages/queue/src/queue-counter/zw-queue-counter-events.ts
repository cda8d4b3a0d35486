import type { WindowAction } from '@zhengwu/core';
import type { StaffSession, WindowActionResult } from '@zhengwu/core/contract';

/** An action at the window succeeded; `detail.result` is the server's answer. */
export class ZwQueueCounterActionEvent extends Event {
  readonly detail: { action: WindowAction; result: WindowActionResult };

  constructor(action: WindowAction, result: WindowActionResult) {
    super('zw-queue-counter-action', { bubbles: true, composed: true });
    this.detail = { action, result };
  }
}

/** A clerk signed in (`detail.session`), or the session ended (`detail.session` undefined; `detail.expired` when the server ended it). */
export class ZwQueueCounterSessionEvent extends Event {
  readonly detail: { session?: StaffSession; expired: boolean };

  constructor(session: StaffSession | undefined, expired = false) {
    super('zw-queue-counter-session', { bubbles: true, composed: true });
    this.detail = { session, expired };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-queue-counter-action': ZwQueueCounterActionEvent;
    'zw-queue-counter-session': ZwQueueCounterSessionEvent;
  }
}
