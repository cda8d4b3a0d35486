import { html, nothing, type TemplateResult } from 'lit';
import { ZwOfflineError, apiUrl, getBundles } from '@zhengwu/core';
import type { ServiceBundle } from '@zhengwu/core/contract';
import { normaliseQuery } from '../search/pinyin-match.js';
import { itemLink } from './item-link.js';

/** Where bundles come from: a `HallClient` has `bundles`; a client without it shows none. */
export interface BundleFetcher {
  bundles?(signal?: AbortSignal): Promise<ServiceBundle[]>;
}

const CACHE_NAME = 'zw-catalog-v1';
const cacheStorage = (): CacheStorage | undefined => (globalThis as { caches?: CacheStorage }).caches;
const keyFor = (apiBase: string) => new URL(apiUrl({ baseUrl: apiBase }, '/catalog/bundles'), location.href).href;

/**
 * The hall's bundles: from `client` when given (none if it has no `bundles`), else
 * `GET /catalog/bundles`, kept beside the saved catalog so an offline kiosk still shows them.
 */
export async function loadBundles(apiBase: string, signal: AbortSignal, client?: BundleFetcher): Promise<ServiceBundle[]> {
  if (client) return client.bundles ? client.bundles(signal) : [];
  try {
    const bundles = await getBundles({ baseUrl: apiBase }, signal);
    try {
      await (await cacheStorage()?.open(CACHE_NAME))?.put(keyFor(apiBase), new Response(JSON.stringify(bundles)));
    } catch {
      // Not kept for offline use; shown all the same.
    }
    return bundles;
  } catch (error) {
    if (!(error instanceof ZwOfflineError)) throw error;
    const saved = await (await cacheStorage()?.open(CACHE_NAME))?.match(keyFor(apiBase)).catch(() => undefined);
    if (!saved) throw error;
    return (await saved.json()) as ServiceBundle[];
  }
}

/** An alias inside the query counts from this length on (我要生孩子 → 生孩子), so 办 alone matches nothing. */
const MIN_ALIAS_IN_QUERY = 2;

/**
 * The bundles a query finds: its text within the name or an alias, or an alias within it. The one
 * place the catalog searches bundles, to be replaced by the shared index once it takes extra entries.
 */
export function matchBundles(bundles: readonly ServiceBundle[], query: string): ServiceBundle[] {
  const typed = normaliseQuery(query);
  if (!typed) return [];
  return bundles.filter((bundle) =>
    [bundle.name, ...bundle.aliases].some((name) => {
      const text = normaliseQuery(name);
      return text.includes(typed) || (text.length >= MIN_ALIAS_IN_QUERY && typed.includes(text));
    }),
  );
}

/** The visitor chose a 一件事 bundle. Cancelable, as `zw-service-select`. */
export class ZwBundleSelectEvent extends Event {
  readonly detail: { code: string; bundle: ServiceBundle };

  constructor(bundle: ServiceBundle) {
    super('zw-bundle-select', { bubbles: true, composed: true, cancelable: true });
    this.detail = { code: bundle.code, bundle };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-bundle-select': ZwBundleSelectEvent;
  }
}

export interface BundleTilesView {
  t: (key: string, options?: Record<string, unknown>) => string;
  bundles: readonly ServiceBundle[];
  /** `bundle-href` with `{code}`; tiles are buttons without it. */
  href?: string;
  onSelect: (event: Event, bundle: ServiceBundle) => void;
}

/** The bundles as tiles of their own, above the 高频事项. */
export function renderBundleTiles(view: BundleTilesView): TemplateResult | typeof nothing {
  if (view.bundles.length === 0) return nothing;
  const { t } = view;
  return html`<section class="bundles" part="bundles" aria-labelledby="bundles-title">
    <h3 id="bundles-title">${t('bundle.tiles.title')}</h3>
    <ul>
      ${view.bundles.map((bundle) => {
        const content = html`<span class="bundle-name" lang="zh-CN">${bundle.name}</span>
          <span class="bundle-count">${t('bundle.tiles.items', { count: bundle.items.length })}</span>`;
        const href = view.href ? itemLink(view.href, bundle.code) : undefined;
        const select = (event: Event) => view.onSelect(event, bundle);
        return html`<li>
          ${
            href
              ? html`<a class="bundle-tile" href=${href} @click=${select}>${content}</a>`
              : html`<button type="button" class="bundle-tile" @click=${select}>${content}</button>`
          }
        </li>`;
      })}
    </ul>
  </section>`;
}
