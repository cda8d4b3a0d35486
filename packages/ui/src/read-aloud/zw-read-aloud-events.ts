import type { Locale } from '@zhengwu/core';

/** What the read-aloud events tell: the text and the locale it was read in. */
export interface ZwReadAloudDetail {
  /** The text that is (or should have been) spoken. */
  text: string;
  /** The locale whose voice was asked for. */
  locale: Locale;
}

/** Speaking started. */
export class ZwReadAloudStartEvent extends Event {
  readonly detail: ZwReadAloudDetail;

  constructor(detail: ZwReadAloudDetail) {
    super('zw-read-aloud-start', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/**
 * No voice could speak the text (no speech engine, no voice for the locale, or the engine
 * failed); the text is shown large on screen instead.
 */
export class ZwReadAloudUnavailableEvent extends Event {
  readonly detail: ZwReadAloudDetail;

  constructor(detail: ZwReadAloudDetail) {
    super('zw-read-aloud-unavailable', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-read-aloud-start': ZwReadAloudStartEvent;
    'zw-read-aloud-unavailable': ZwReadAloudUnavailableEvent;
  }
}
