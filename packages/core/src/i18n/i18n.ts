import i18next, { type i18n as I18nInstance, type Resource, type ResourceKey, type TFunction } from 'i18next';
import { LOCALES, type Locale } from '../config/config.js';

/** A namespace's strings for one locale: nested objects of strings. */
export type Messages = { [key: string]: string | Messages };
type Loader = () => Promise<{ default: Messages }>;

/**
 * One i18next instance for the whole toolkit, separate from any i18next a portal page may
 * already run. Every locale falls back to zh-CN, the language the content is written in.
 */
export const i18n: I18nInstance = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: {} as Resource,
  lng: 'zh-CN',
  fallbackLng: { 'zh-TW': ['zh-CN'], default: ['zh-CN'] },
  supportedLngs: [...LOCALES],
  load: 'currentOnly',
  partialBundledLanguages: true,
  interpolation: { escapeValue: false }, // Lit escapes when rendering
  returnNull: false,
});

const loaders = new Map<string, Partial<Record<Locale, Loader>>>();
const loaded = new Map<string, Promise<void>>();

/** Fires `change` whenever strings are added or overridden, so elements re-render. */
export const i18nChanges = new EventTarget();
const announceChange = () => i18nChanges.dispatchEvent(new Event('change'));

/**
 * Registers a package's namespace and returns its name. Each locale is a lazy import, so a
 * page pays only for the languages it shows.
 */
export function defineNamespace(namespace: string, localeLoaders: Record<Locale, Loader>): string {
  loaders.set(namespace, localeLoaders);
  return namespace;
}

function fallbacksOf(locale: Locale): Locale[] {
  return locale === 'zh-CN' ? ['zh-CN'] : [locale, 'zh-CN'];
}

function loadOne(locale: Locale, namespace: string): Promise<void> {
  const key = `${locale}/${namespace}`;
  let pending = loaded.get(key);
  if (!pending) {
    const loader = loaders.get(namespace)?.[locale];
    pending = loader
      ? loader().then((module) => {
          // Overrides given before the bundle arrived must win, so never overwrite.
          i18n.addResourceBundle(locale, namespace, module.default as ResourceKey, true, false);
          announceChange();
        })
      : Promise.reject(new Error(`No "${locale}" strings registered for namespace "${namespace}".`));
    pending.catch(() => loaded.delete(key));
    loaded.set(key, pending);
  }
  return pending;
}

/** Loads the namespaces for a locale and its fallbacks. */
export async function loadNamespaces(locale: Locale, namespaces: readonly string[]): Promise<void> {
  await Promise.all(fallbacksOf(locale).flatMap((lng) => namespaces.map((ns) => loadOne(lng, ns))));
}

/** True when the strings for `locale` are in memory for every namespace given. */
export function namespacesReady(locale: Locale, namespaces: readonly string[]): boolean {
  return fallbacksOf(locale).every((lng) => namespaces.every((ns) => i18n.hasResourceBundle(lng, ns)));
}

/**
 * Replaces strings of a namespace, visible or for screen readers, e.g. a hall's own wording:
 * `overrideTranslations('zh-CN', 'ui', { keypad: { submit: '确定' } })`.
 */
export function overrideTranslations(locale: Locale, namespace: string, messages: Messages): void {
  i18n.addResourceBundle(locale, namespace, messages as ResourceKey, true, true);
  announceChange();
}

export function translator(locale: Locale, namespace: string): TFunction {
  return i18n.getFixedT(locale, namespace);
}
