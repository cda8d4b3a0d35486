import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  ZwConfigError,
  ZwElement,
  LoaderController,
  baseStyles,
  definedLater,
  loadStateStyles,
  renderLoadState,
  type LoadStatus,
  type ZwConfig,
} from '@zhengwu/core';
import type { ServiceBundle, ServiceItemSummary } from '@zhengwu/core/contract';
import { GUIDE_NS } from '../locales/namespace.js';
import { normaliseQuery } from '../search/pinyin-match.js';
import { loadCatalog, type CatalogFetcher, type LoadedCatalog } from './catalog-source.js';
import { renderNone } from './catalog-none.js';
import { facetValues, highFrequencyItems, type Facet, type FacetKind } from './catalog-facets.js';
import { countText, renderFacets } from './catalog-browse.js';
import { CatalogSearchController } from './catalog-search.js';
import { renderChoice, renderList, renderRow, type RowContext } from './catalog-rows.js';
import { parseItemHref } from './item-link.js';
import { ZwBundleSelectEvent, loadBundles, matchBundles, renderBundleTiles, type BundleFetcher } from './catalog-bundles.js';
import { catalogBundleStyles } from './catalog-bundles.styles.js';
import { ZwServiceCatalogLoadEvent, ZwServiceSelectEvent } from './zw-service-catalog-events.js';
import { serviceCatalogStyles } from './zw-service-catalog.styles.js';

/** `loading` (no catalog yet), `ready`, or what went wrong (`offline`: unreachable and nothing saved). */
export type ServiceCatalogStatus = Exclude<LoadStatus, 'idle'>;

const MAX_TILES = 24;
/** Only touch kiosks show the letter keyboard: it loads with the first catalog that does. */
const defineKeyboard = definedLater(() => import('@zhengwu/ui/letter-keyboard/zw-letter-keyboard.define'));

/**
 * The catalog comes from `.items` when set (the kiosk, stories), otherwise from `GET /catalog`
 * at `api-base`, revalidated by ETag and kept in Cache Storage so that an offline kiosk still
 * browses and searches the copy it saved (and says so). The search index is built in slices
 * that yield to input.
 *
 * @tag zw-service-catalog
 * @summary 办事指南 catalog: 高频事项 tiles, browsing by 服务对象, 主题 and 部门, and instant
 * search in Chinese, full pinyin, pinyin initials and their mix (every reading of 多音字), over a
 * virtualised list that stays fast with 10,000+ items.
 *
 * @csspart base - The whole catalog.
 * @csspart search - The search field and its clear button.
 * @csspart tiles - The 高频事项 quick picks.
 * @csspart bundles - The 一件事 tiles: all of them, or those the query finds.
 * @csspart facets - The browse controls.
 * @csspart count - The live line with how many items match.
 * @csspart list - The scrolling result list.
 * @csspart row - Each item in the list.
 * @csspart status - Loading, empty and error messages.
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-service-catalog-list-height - Height of the scrolling list (default 60vh).
 * @fires zw-service-select - The visitor chose an item; `detail.code`, `detail.item`. Cancelable.
 * @fires zw-bundle-select - The visitor chose a 一件事 bundle; `detail.code`, `detail.bundle`. Cancelable.
 * @fires zw-service-catalog-load - The catalog is loaded and searchable; `detail.items`, `detail.fromCache`.
 * @fires zw-config-error - `tiles`, `item-href` or `bundle-href` is invalid; the error is shown.
 */
export class ZwServiceCatalog extends ZwElement {
  static override i18nNamespaces = [GUIDE_NS];
  static override styles = [baseStyles, loadStateStyles, serviceCatalogStyles, catalogBundleStyles];

  /** The catalog to show as it is, without fetching. */
  @property({ attribute: false }) items?: ServiceItemSummary[];

  /** Where to fetch from; defaults to a `HallClient` on `api-base`. */
  @property({ attribute: false }) client?: CatalogFetcher & BundleFetcher;

  /** The 一件事 bundles to show as they are; fetched with the catalog when `items` is not set either. */
  @property({ attribute: false }) bundles?: ServiceBundle[];

  /** Bundle tiles become links to this address, `{code}` replaced by the bundle's code. */
  @property({ attribute: 'bundle-href' }) bundleHref?: string;

  /** Show the on-screen letter keyboard (for touch kiosks without a keyboard). */
  @property({ type: Boolean, reflect: true }) keyboard = false;

  /** How many 高频事项 tiles to show, 0 to 24 (default 8). */
  @property({ type: Number }) tiles = 8;

  /**
   * Rows become links to this address, `{code}` replaced by the item's 实施编码 (a portal's
   * guide page, e.g. `/guide.html?item={code}`). Without it rows are buttons.
   */
  @property({ attribute: 'item-href' }) itemHref?: string;

  /** What is typed in the search field. */
  @property() query = '';

  @state() private facet: Facet | null = null;
  @state() private browsing: FacetKind = 'audience';

  @query('input[type="search"]') private input?: HTMLInputElement;

  /** What the tiles and browse controls show, worked out once per catalog (not per keystroke). */
  private facts?: { items: readonly ServiceItemSummary[]; facets: Record<FacetKind, string[]>; frequent: ServiceItemSummary[] };
  private readonly loader = new LoaderController<LoadedCatalog>(this, { keepValue: true });
  // Bundles are extra: when they fail to load the catalog shows without them.
  private readonly bundleLoader = new LoaderController<ServiceBundle[]>(this, { keepValue: true });
  private readonly searching = new CatalogSearchController(this, (detail) => this.dispatchEvent(new ZwServiceCatalogLoadEvent(detail)));

  private get loaded(): LoadedCatalog | undefined {
    return this.loader.value;
  }
  private get rows(): number[] {
    return this.searching.rows;
  }
  private get total(): number | null {
    return this.searching.total;
  }

  /** The catalog on screen. */
  get catalog(): readonly ServiceItemSummary[] {
    return this.items ?? this.loaded?.items ?? [];
  }

  /** `loading`, `ready` (a catalog is shown), `offline` (the hall cannot be reached and no copy was saved) or `error`. */
  get status(): ServiceCatalogStatus {
    if (this.items || this.loaded) return 'ready';
    const status = this.loader.status;
    return status === 'idle' || status === 'ready' ? 'loading' : status;
  }

  private get catalogFacts() {
    const items = this.catalog;
    if (this.facts?.items !== items) this.facts = { items, facets: facetValues(items), frequent: highFrequencyItems(items, MAX_TILES) };
    return this.facts;
  }

  /** The matching items read so far, best first (the list reads further as it scrolls). */
  get results(): ServiceItemSummary[] {
    return this.rows.map((position) => this.catalog[position]);
  }

  /** Whether the search index is built for the catalog on screen. */
  get searchReady(): boolean {
    return this.searching.index !== undefined && this.searching.catalog === this.catalog;
  }

  /** Whether what is shown came from the saved copy because the server was unreachable. */
  get fromCache(): boolean {
    return !this.items && Boolean(this.loaded?.fromCache);
  }

  protected override resolveConfig(): ZwConfig {
    if (!Number.isInteger(this.tiles) || this.tiles < 0 || this.tiles > MAX_TILES) {
      const expected = {
        text: `a whole number from 0 to ${MAX_TILES}`,
        key: 'core:expected.wholeNumberRange',
        values: { min: 0, max: MAX_TILES },
      };
      throw new ZwConfigError('tiles', expected, this.getAttribute('tiles') ?? String(this.tiles));
    }
    if (this.itemHref != null) parseItemHref(this.itemHref);
    if (this.bundleHref != null) parseItemHref(this.bundleHref, 'bundle-href');
    return super.resolveConfig();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.configError || this.items) this.loader.clear();
    else void this.load(changed.has('client'));
    if (this.configError || this.items || this.bundles) this.bundleLoader.clear();
    else
      void this.bundleLoader.request(
        this.config.apiBase,
        (signal) => loadBundles(this.config.apiBase, signal, this.client),
        changed.has('client'),
      );
    const items = this.items ?? this.loaded?.items;
    if (items && items !== this.searching.catalog) {
      const fromItems = Boolean(this.items);
      void this.searching.setCatalog(
        items,
        !fromItems && Boolean(this.loaded?.fromCache),
        fromItems ? undefined : this.loaded?.searchIndex,
      );
    }
    if (changed.has('query') || changed.has('facet')) this.searching.search(this.query, this.facet);
    if (this.keyboard) this.needs(defineKeyboard());
  }

  /** Fetches the catalog from `api-base` (again with `force`: what the retry button does). */
  load(force = true): Promise<void> {
    const { apiBase } = this.config;
    const client = this.client;
    return this.loader.request(apiBase, (signal) => loadCatalog(apiBase, signal, client), force);
  }

  private readonly onRetry = () => void this.load();

  private setQuery(value: string) {
    if (value === this.query) return;
    this.query = value;
  }

  /** The search key: bring the results into view and give them focus. */
  private showResults() {
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    const target = list?.querySelector<HTMLElement>('.choice') ?? list;
    target?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    target?.focus({ preventScroll: true });
  }

  private chooseFacet(facet: Facet | null) {
    this.facet = facet && this.facet?.kind === facet.kind && this.facet.value === facet.value ? null : facet;
  }

  private select(event: Event, item: ServiceItemSummary) {
    const chosen = new ZwServiceSelectEvent(item);
    this.dispatchEvent(chosen);
    if (chosen.defaultPrevented || !this.itemHref) event.preventDefault();
  }

  private selectBundle(event: Event, bundle: ServiceBundle) {
    const chosen = new ZwBundleSelectEvent(bundle);
    this.dispatchEvent(chosen);
    if (chosen.defaultPrevented || !this.bundleHref) event.preventDefault();
  }

  /** The bundles on screen: all of them, or those the query finds. */
  get shownBundles(): ServiceBundle[] {
    const bundles = this.bundles ?? this.bundleLoader.value ?? [];
    return normaliseQuery(this.query) ? matchBundles(bundles, this.query) : bundles;
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  protected renderContent(): TemplateResult {
    return html`
      <section class="base" part="base" aria-labelledby="title">
        <h2 id="title">${this.t('catalog.title')}</h2>
        ${this.renderBody()}
      </section>
    `;
  }

  private renderBody() {
    const status = this.status;
    if (status !== 'ready') {
      const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
      return renderLoadState({
        status,
        error: this.loader.error,
        t,
        loading: t('catalog.loading'),
        messages: { offline: t('catalog.offline'), error: t('catalog.error') },
        retry: true,
        onRetry: this.onRetry,
        errorPart: 'status',
      });
    }
    return html`
      ${
        this.fromCache
          ? html`<p class="notice" part="status" role="status">
              ${this.t('catalog.fromCache', { time: this.localize.date(this.loaded!.savedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
            </p>`
          : nothing
      }
      ${this.renderSearch()} ${this.keyboard ? this.renderKeyboard() : nothing}
      ${renderBundleTiles({ t: (key, options) => this.t(key, options), bundles: this.shownBundles, href: this.bundleHref, onSelect: (event, bundle) => this.selectBundle(event, bundle) })}
      ${normaliseQuery(this.query) ? nothing : this.renderTiles()} ${this.renderFacets()} ${this.renderResults()}
    `;
  }

  private renderSearch() {
    return html`
      <div class="search" part="search" role="search">
        <label for="query">${this.t('catalog.searchLabel')}</label>
        <div class="field">
          <input
            id="query"
            type="search"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            aria-describedby="hint"
            aria-controls=${this.rows.length > 0 ? 'results' : nothing}
            .value=${this.query}
            @input=${(event: InputEvent) => this.setQuery((event.target as HTMLInputElement).value)}
            @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.showResults()}
          />
          ${
            this.query
              ? html`<zw-button variant="secondary" @click=${() => (this.setQuery(''), this.focus())}
                  >${this.t('catalog.clear')}</zw-button
                >`
              : nothing
          }
        </div>
        <p id="hint" class="hint">${this.t('catalog.searchHint')}</p>
      </div>
    `;
  }

  private renderKeyboard() {
    return html`
      <zw-letter-keyboard
        .value=${this.query}
        .label=${this.t('catalog.keyboardLabel')}
        @input=${(event: Event) => this.setQuery((event.target as HTMLInputElement).value)}
        @zw-submit=${() => this.showResults()}
      ></zw-letter-keyboard>
    `;
  }

  private renderTiles() {
    const picks = this.catalogFacts.frequent.slice(0, this.tiles);
    if (picks.length === 0) return nothing;
    return html`
      <section class="tiles" part="tiles" aria-labelledby="tiles-title">
        <h3 id="tiles-title">${this.t('catalog.highFrequency')}</h3>
        <ul>
          ${picks.map((item) => html`<li>${this.renderChoice(item, html`${item.name}`, 'tile')}</li>`)}
        </ul>
      </section>
    `;
  }

  private renderFacets() {
    return renderFacets({
      t: (key) => this.t(key),
      values: this.catalogFacts.facets,
      browsing: this.browsing,
      facet: this.facet,
      onBrowse: (kind) => (this.browsing = kind),
      onChoose: (facet) => this.chooseFacet(facet),
    });
  }

  private countText(): string {
    if (!this.searchReady) return this.t('catalog.indexing');
    return countText((key, options) => this.t(key, options), {
      query: this.query,
      facet: this.facet,
      rows: this.rows.length,
      total: this.total,
    });
  }

  private renderResults() {
    const typed = normaliseQuery(this.query);
    return html`
      <p class="count" part="count" role="status" aria-live="polite">${this.countText()}</p>
      ${this.total === 0 && typed && this.shownBundles.length === 0 ? this.renderNone() : nothing}
      ${
        this.rows.length === 0
          ? nothing
          : renderList({
              rows: this.rows,
              short: this.searching.isShort,
              renderRow: (position, at) => {
                const item = this.catalog[position];
                return item ? this.renderRow(item, position, at, typed) : nothing;
              },
              onRange: (last) => this.searching.more(last),
            })
      }
    `;
  }

  private renderNone() {
    return renderNone({
      t: (key, options) => this.t(key, options),
      closest: this.searching.closest(3).map((position) => this.catalog[position]),
      tiles: this.renderTiles(),
      renderChoice: (item) => this.renderChoice(item, html`${item.name}`, 'tile'),
    });
  }

  private renderRow(item: ServiceItemSummary, position: number, at: number, typed: string) {
    const index = this.searching.index;
    const ranges = typed && index ? index.highlight(position, typed) : [];
    return renderRow(this.rowContext, item, ranges, this.total ?? -1, at);
  }

  private renderChoice(item: ServiceItemSummary, content: TemplateResult, kind: 'tile' | 'choice') {
    return renderChoice(this.rowContext, item, content, kind);
  }

  private get rowContext(): RowContext {
    return { t: (key, options) => this.t(key, options), itemHref: this.itemHref, onSelect: (event, item) => this.select(event, item) };
  }
}
