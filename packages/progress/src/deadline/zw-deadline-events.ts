import type { ClockState } from '@zhengwu/core/date';

/** `<zw-deadline>` has its calendars and shows the countdown; `detail.clock` is what it counted. */
export class ZwDeadlineLoadEvent extends Event {
  readonly detail: { clock: ClockState };

  constructor(clock: ClockState) {
    super('zw-deadline-load', { bubbles: true, composed: true });
    this.detail = { clock };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-deadline-load': ZwDeadlineLoadEvent;
  }
}
