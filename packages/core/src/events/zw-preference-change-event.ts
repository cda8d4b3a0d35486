import type { Locale, Mode, Theme } from '../config/config.js';

export interface PreferenceChange {
  locale?: Locale;
  mode?: Mode;
  theme?: Theme;
  /** Back to what the page set at start (after a visitor leaves). */
  reset?: boolean;
}

/**
 * A visitor asked for another language, elder mode or theme. The nearest `<zw-provider>`
 * applies it to everything inside; a widget never changes its neighbours itself.
 */
export class ZwPreferenceChangeEvent extends Event {
  readonly detail: PreferenceChange;

  constructor(change: PreferenceChange) {
    super('zw-preference-change', { bubbles: true, composed: true });
    this.detail = change;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-preference-change': ZwPreferenceChangeEvent;
  }
}
