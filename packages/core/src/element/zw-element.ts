import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextEvent, type ContextCallback } from '@lit/context';
import { configContext } from '../config/context.js';
import { stopWaiting, waitForProvider } from '../config/context-root.js';
import {
  DEFAULT_CONFIG,
  matchLocale,
  parseApiBase,
  parseMilliseconds,
  parseMode,
  parseTheme,
  type Locale,
  type ZwConfig,
} from '../config/config.js';
import { ZwConfigError } from '../errors/zw-config-error.js';
import { ZwConfigErrorEvent } from '../events/zw-config-error-event.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { CORE_NS } from '../locales/namespace.js';

/**
 * The base of every zhengwu-kit element.
 *
 * Settings resolve in this order, first found wins:
 * 1. the element's own attribute (`api-base`, `lang`, `mode`, `theme`);
 * 2. the nearest `<zw-provider>` around it;
 * 3. for the locale only, the page's `<html lang>`;
 * 4. the defaults (`/api`, zh-CN, normal, light).
 *
 * Every element hands its resolved settings on to the elements inside it (its own shadow DOM
 * included), so a composite widget's parts follow its `lang`, `mode` and `theme`.
 *
 * An invalid attribute never leaves a blank widget: the element renders a translated error
 * naming the attribute and fires `zw-config-error`.
 *
 * @fires zw-config-error - An attribute is invalid; `detail.error` names it.
 * @csspart config-error - The error shown instead of the widget when an attribute is invalid.
 */
export abstract class ZwElement extends LitElement {
  /** i18n namespaces this element needs; the first is the default for `t()`. `core` is always added. */
  static i18nNamespaces: readonly string[] = [CORE_NS];

  @state() protected providedConfig?: ZwConfig;

  /** Base URL of the hall API. Overrides the provider's. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Locale: `zh-CN`, `zh-TW` or `en` (other Chinese and English tags are matched best-fit). */
  // Declared so Lit re-renders when it changes; it keeps its native meaning (as in Shoelace).
  // eslint-disable-next-line lit/no-native-attributes
  @property() override lang = '';

  /**
   * `normal`, or `elder` for 长辈模式 (large text and targets). Overrides the provider's.
   * @type {'normal' | 'elder'}
   */
  @property() mode?: string;

  /**
   * `light`, `dark` or `high-contrast`. Overrides the provider's.
   * @type {'light' | 'dark' | 'high-contrast'}
   */
  @property() theme?: string;

  /** Milliseconds a request may take before it ends in a timeout error (default 15000). Overrides the provider's. */
  @property({ attribute: 'request-timeout' }) requestTimeout?: string;

  /** The first configuration problem found, shown instead of the widget. */
  @state() protected configError: ZwConfigError | null = null;

  // The config context, both ways, by the protocol of @lit/context: what its @consume and
  // @provide do, in far fewer bytes, which every entry carries.

  /** What this element hands on to the elements inside it. */
  private providing: ZwConfig = { ...DEFAULT_CONFIG };

  /** The elements inside that asked for `providing` and its changes. */
  private readonly subscribers = new Map<ContextCallback<ZwConfig>, { host: Element; unsubscribe: () => void }>();

  private unsubscribe?: () => void;

  // One identity for every request, so a provider keeps one subscription per element.
  private readonly onConfig = (config: ZwConfig, unsubscribe?: () => void) => {
    // Another provider answered (the widget moved, or an inner one upgraded): leave the old one.
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.providedConfig = config;
  };

  /** Asks the providers around for their configuration (and its changes); whether one answered. */
  private readonly askProvider = () => {
    this.dispatchEvent(new ContextEvent(configContext, this, this.onConfig, true));
    return !!this.providedConfig;
  };

  private resolved: ZwConfig = { ...DEFAULT_CONFIG };
  private parts = new Set<Promise<void>>();
  private reportedError?: string;

  protected readonly localize = new LocalizeController(this, [
    ...new Set([...(this.constructor as typeof ZwElement).i18nNamespaces, CORE_NS]),
  ]);

  constructor() {
    super();
    // An element inside asks: answer, and remember it when it wants changes too.
    this.addEventListener('context-request', (event) => {
      const host = event.contextTarget ?? event.composedPath()[0];
      if (event.context !== configContext || host === this) return;
      event.stopPropagation();
      const callback = event.callback as ContextCallback<ZwConfig>;
      if (!event.subscribe) return callback(this.providing);
      const unsubscribe = () => this.subscribers.delete(callback);
      if (!this.subscribers.has(callback)) this.subscribers.set(callback, { host, unsubscribe });
      callback(this.providing, this.subscribers.get(callback)!.unsubscribe);
    });
    // A provider inside has connected: those inside it ask again, so that it answers them.
    this.addEventListener('context-provider', (event) => {
      const { context, contextTarget } = event as Event & { context?: unknown; contextTarget?: Element };
      if (context !== configContext || (contextTarget ?? event.composedPath()[0]) === this) return;
      event.stopPropagation();
      for (const [callback, { host }] of [...this.subscribers]) {
        host.dispatchEvent(new ContextEvent(configContext, host, callback, true));
      }
    });
  }

  /** The configuration in effect, after precedence and validation. */
  get config(): Readonly<ZwConfig> {
    return this.resolved;
  }

  /** The locale in effect: `zh-CN`, `zh-TW` or `en`, after precedence and best-fit matching. */
  get locale(): Locale {
    return this.resolveLocale();
  }

  override connectedCallback(): void {
    // A widget moved out of every provider must not keep the last one's settings; a provider
    // around its new place answers the request synchronously.
    this.providedConfig = undefined;
    super.connectedCallback();
    const answered = this.askProvider();
    // Announced as ContextProvider does, so an outer provider hands this one the elements inside.
    this.dispatchEvent(
      Object.assign(new Event('context-provider', { bubbles: true, composed: true }), {
        context: configContext,
        contextTarget: this,
      }),
    );
    // None answered: one whose script loads later will, when it connects.
    if (!answered) waitForProvider(this.ownerDocument, this.askProvider);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    stopWaiting(this.askProvider);
  }

  /** Shorthand for `this.localize.t`. */
  protected t(key: string, options?: Parameters<LocalizeController['t']>[1]): string {
    return this.localize.t(key, options);
  }

  private resolveLocale(): Locale {
    return matchLocale(this.lang) ?? this.providedConfig?.locale ?? matchLocale(document.documentElement.lang) ?? DEFAULT_CONFIG.locale;
  }

  /**
   * Checks this element's own settings. Subclasses extend it (call `super`) and throw
   * `ZwConfigError` for values they cannot use.
   */
  protected resolveConfig(): ZwConfig {
    const base = this.providedConfig ?? DEFAULT_CONFIG;
    return {
      ...base,
      locale: this.resolveLocale(),
      apiBase: this.apiBase != null ? parseApiBase(this.apiBase) : base.apiBase,
      mode: this.mode != null ? parseMode(this.mode) : base.mode,
      theme: this.theme != null ? parseTheme(this.theme) : base.theme,
      requestTimeout: this.requestTimeout != null ? parseMilliseconds(this.requestTimeout, 'request-timeout') : base.requestTimeout,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.resolved = this.resolveConfig();
      this.configError = null;
    } catch (error) {
      if (!(error instanceof ZwConfigError)) throw error;
      this.configError = error;
      this.resolved = { ...(this.providedConfig ?? DEFAULT_CONFIG), locale: this.resolveLocale() };
    }
    this.setAttribute('data-zw-mode', this.resolved.mode);
    this.setAttribute('data-zw-theme', this.resolved.theme);
    this.provideResolved();
  }

  private provideResolved() {
    const next = this.resolved;
    const previous = this.providing;
    const same = (Object.keys(next) as (keyof ZwConfig)[]).every((key) => next[key] === previous[key]);
    if (same) return;
    this.providing = { ...next };
    for (const [callback, { unsubscribe }] of this.subscribers) callback(this.providing, unsubscribe);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const error = this.configError;
    const signature = error ? `${error.attribute}=${error.received}` : undefined;
    if (error && signature !== this.reportedError) {
      this.dispatchEvent(new ZwConfigErrorEvent(error));
    }
    this.reportedError = signature;
  }

  /** Makes `updateComplete` wait for a part loaded later (see `definedLater`). */
  protected needs(part: Promise<void>): void {
    this.parts.add(part);
  }

  /** Waits for the strings of the current locale and for parts loaded later, so tests and callers see them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (!this.localize.ready) {
      await this.localize.load();
      complete = await super.getUpdateComplete();
    }
    if (this.parts.size) {
      await Promise.all(this.parts);
      this.parts.clear();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render(): TemplateResult | unknown {
    if (!this.localize.ready) return html``;
    if (this.configError) return this.renderConfigError(this.configError);
    return this.renderContent();
  }

  /** The element's own template, drawn once configuration is valid and strings are loaded. */
  protected abstract renderContent(): TemplateResult | unknown;

  protected renderConfigError(error: ZwConfigError): TemplateResult {
    return html`<div class="zw-config-error" role="alert" part="config-error">
      <strong>${this.t('core:configError.title')}</strong>
      ${this.t('core:configError.detail', {
        attribute: error.attribute,
        expected: error.expectedKey ? this.t(error.expectedKey, error.expectedValues) : error.expected,
        received: error.received,
      })}
      <code>${`<${this.localName} ${error.attribute}="${error.received}">`}</code>
    </div>`;
  }
}
