import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { ZwElement } from '../element/zw-element.js';
import { configContext } from '../config/context.js';
import { parseSeconds, MIN_IDLE_WARNING, type ZwConfig } from '../config/config.js';
import { baseStyles } from '../tokens/base.styles.js';
import { providerStyles } from './zw-provider.styles.js';

/**
 * @summary Hands configuration (API base, locale, mode, theme, hall and window, idle timing)
 * down to every zhengwu-kit widget inside it.
 *
 * @slot - The widgets (or the whole kiosk app) that share this configuration.
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-provider-background - Background behind the content.
 * @fires zw-config-error - An attribute is invalid; defaults are used for it.
 *
 * A widget's own attribute wins over the provider's; an inner provider wins over an outer one.
 */
export class ZwProvider extends ZwElement {
  static override styles = [baseStyles, providerStyles];

  @provide({ context: configContext })
  protected providing: ZwConfig = this.config;

  /** Identity of the hall (e.g. its code), passed to widgets that talk to the hall server. */
  @property({ attribute: 'hall-id' }) hallId?: string;

  /** Identity of the service window this screen stands at (rating pads, window screens). */
  @property({ attribute: 'window-id' }) windowId?: string;

  /** Seconds without a touch before a timeout warning appears (default 120). */
  @property({ attribute: 'idle-timeout' }) idleTimeout?: string;

  /** Seconds the timeout warning gives to extend, at least 20 (default 30). */
  @property({ attribute: 'idle-warning' }) idleWarning?: string;

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    return {
      ...config,
      hallId: this.hallId ?? config.hallId,
      windowId: this.windowId ?? config.windowId,
      idleTimeout:
        this.idleTimeout != null ? parseSeconds(this.idleTimeout, 'idle-timeout') : config.idleTimeout,
      idleWarning:
        this.idleWarning != null
          ? parseSeconds(this.idleWarning, 'idle-warning', MIN_IDLE_WARNING)
          : config.idleWarning,
    };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const next = this.config;
    const previous = this.providing;
    const same = (Object.keys(next) as (keyof ZwConfig)[]).every((key) => next[key] === previous[key]);
    if (!same) this.providing = { ...next };
  }

  protected override render() {
    return html`${this.configError && this.localize.ready
        ? this.renderConfigError(this.configError)
        : nothing}<slot></slot>`;
  }

  protected renderContent() {
    return nothing;
  }
}
