import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import type { Locale } from '../config/config.js';
import { i18nChanges, loadNamespaces, namespacesReady, translator } from './i18n.js';
import { formatDate, formatList, formatNumber } from './format.js';

export interface LocalizedHost extends ReactiveControllerHost {
  /** The locale the host renders in right now. */
  readonly locale: Locale;
}

/**
 * Gives an element `t()` in its current locale and re-renders it when the locale changes or
 * strings arrive (lazy load, overrides). `ready` tells whether the strings are in memory.
 */
export class LocalizeController implements ReactiveController {
  private loading?: Promise<void>;
  private loadingFor?: Locale;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: LocalizedHost,
    /** Namespaces to load; the first is used when a key has no `ns:` prefix. */
    readonly namespaces: readonly string[],
  ) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.host.locale;
  }

  get ready(): boolean {
    return namespacesReady(this.locale, this.namespaces);
  }

  hostConnected(): void {
    i18nChanges.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    i18nChanges.removeEventListener('change', this.onChange);
  }

  hostUpdate(): void {
    void this.load();
  }

  /** Resolves once the strings for the current locale are loaded. */
  load(): Promise<void> {
    const locale = this.locale;
    if (this.loadingFor !== locale || !this.loading) {
      this.loadingFor = locale;
      this.loading = loadNamespaces(locale, this.namespaces).catch((error: unknown) => {
        console.error('[zhengwu-kit] could not load strings', error);
      });
    }
    return this.loading;
  }

  /** Translates `key` (or `ns:key`) with i18next interpolation, plurals and context. */
  t(key: string, options?: TOptions): string {
    const separator = key.indexOf(':');
    const namespace = separator > 0 ? key.slice(0, separator) : this.namespaces[0];
    const bareKey = separator > 0 ? key.slice(separator + 1) : key;
    return String(translator(this.locale, namespace)(bareKey, options ?? {}));
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.locale, value, options);
  }

  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.locale, value, options);
  }

  list(items: string[]): string {
    return formatList(this.locale, items);
  }
}
