import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ZwElement } from '../element/zw-element.js';
import { parseSeconds, MIN_IDLE_WARNING, type ZwConfig } from '../config/config.js';
import { baseStyles } from '../tokens/base.styles.js';
import type { ZwPreferenceChangeEvent } from '../events/zw-preference-change-event.js';
import { providerStyles } from './zw-provider.styles.js';

/**
 * A widget's own attribute wins over the provider's; an inner provider wins over an outer one.
 * It applies `zw-preference-change` events from inside (language, elder mode, theme) and
 * stops them, so the nearest provider answers.
 *
 * @tag zw-provider
 * @summary Hands configuration (API base, locale, mode, theme, hall and window, idle timing)
 * down to every zhengwu-kit widget inside it.
 *
 * @slot - The widgets (or the whole kiosk app) that share this configuration.
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-provider-background - Background behind the content.
 * @fires zw-config-error - An attribute is invalid; defaults are used for it.
 */
export class ZwProvider extends ZwElement {
  static override styles = [baseStyles, providerStyles];

  /** Identity of the hall (e.g. its code), passed to widgets that talk to the hall server. */
  @property({ attribute: 'hall-id' }) hallId?: string;

  /** Identity of the service window this screen stands at (rating pads, window screens). */
  @property({ attribute: 'window-id' }) windowId?: string;

  /** Seconds without a touch before a timeout warning appears (default 120). */
  @property({ attribute: 'idle-timeout' }) idleTimeout?: string;

  /** Seconds the timeout warning gives to extend, at least 20 (default 30). */
  @property({ attribute: 'idle-warning' }) idleWarning?: string;

  private initial?: { lang: string; mode?: string; theme?: string };

  constructor() {
    super();
    this.addEventListener('zw-preference-change', (event) => this.applyPreference(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.initial ??= { lang: this.lang, mode: this.mode, theme: this.theme };
  }

  private applyPreference(event: ZwPreferenceChangeEvent) {
    event.stopPropagation();
    const { locale, mode, theme, reset } = event.detail;
    if (reset && this.initial) {
      this.lang = this.initial.lang;
      this.mode = this.initial.mode;
      this.theme = this.initial.theme;
    }
    if (locale) this.lang = locale;
    if (mode) this.mode = mode;
    if (theme) this.theme = theme;
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    return {
      ...config,
      hallId: this.hallId ?? config.hallId,
      windowId: this.windowId ?? config.windowId,
      idleTimeout: this.idleTimeout != null ? parseSeconds(this.idleTimeout, 'idle-timeout') : config.idleTimeout,
      idleWarning: this.idleWarning != null ? parseSeconds(this.idleWarning, 'idle-warning', MIN_IDLE_WARNING) : config.idleWarning,
    };
  }

  protected override render() {
    return html`${this.configError && this.localize.ready ? this.renderConfigError(this.configError) : nothing}<slot></slot>`;
  }

  protected renderContent() {
    return nothing;
  }
}
