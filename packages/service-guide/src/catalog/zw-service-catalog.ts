import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { ZwConfigError, ZwElement, ZwOfflineError, baseStyles, type ZwConfig } from '@zhengwu/core';
import type { ServiceItemSummary } from '@zhengwu/core/contract';
import { GUIDE_NS } from '../locales/namespace.js';
import { CatalogIndex } from '../search/catalog-index.js';
import type { SearchResult } from '../search/search-result.js';
import { normaliseQuery, type MatchRange } from '../search/pinyin-match.js';
import { loadCatalog, type CatalogFetcher, type LoadedCatalog } from './catalog-source.js';
import { FACET_KINDS, facetValues, highFrequencyItems, matchesFacet, type Facet, type FacetKind } from './catalog-facets.js';
import { ZwCatalogReadyEvent, ZwServiceSelectEvent } from './zw-service-catalog-events.js';
import { serviceCatalogStyles } from './zw-service-catalog.styles.js';

/** `loading` (no catalog yet), `ready`, `offline` (unreachable, nothing saved) or `error`. */
export type ServiceCatalogStatus = 'loading' | 'ready' | 'offline' | 'error';

/** Rows read per step as the visitor scrolls; more than a kiosk screen shows. */
const PAGE = 40;
const MAX_TILES = 24;

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
 * @csspart facets - The browse controls.
 * @csspart count - The live line with how many items match.
 * @csspart list - The scrolling result list.
 * @csspart row - Each item in the list.
 * @csspart status - Loading, empty and error messages.
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-service-catalog-list-height - Height of the scrolling list (default 60vh).
 * @fires zw-service-select - The visitor chose an item; `detail.code`, `detail.item`. Cancelable.
 * @fires zw-catalog-ready - The catalog is loaded and searchable; `detail.items`, `detail.fromCache`.
 * @fires zw-config-error - `tiles` or `item-href` is invalid; the error is shown.
 */
export class ZwServiceCatalog extends ZwElement {
  static override i18nNamespaces = [GUIDE_NS];
  static override styles = [baseStyles, serviceCatalogStyles];

  /** The catalog to show as it is, without fetching. */
  @property({ attribute: false }) items?: ServiceItemSummary[];

  /** Where to fetch from; defaults to a `HallClient` on `api-base`. */
  @property({ attribute: false }) client?: CatalogFetcher;

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

  @state() private loaded?: LoadedCatalog;
  @state() private failure?: unknown;
  @state() private index?: CatalogIndex<ServiceItemSummary>;
  @state() private facet: Facet | null = null;
  @state() private browsing: FacetKind = 'audience';
  @state() private rows: number[] = [];
  @state() private total: number | null = null;

  @query('input[type="search"]') private input?: HTMLInputElement;

  /** What the tiles and browse controls show, worked out once per catalog (not per keystroke). */
  private facts?: { items: readonly ServiceItemSummary[]; facets: Record<FacetKind, string[]>; frequent: ServiceItemSummary[] };
  private result?: SearchResult;
  private filtered?: number[];
  private requested?: string;
  private generation = 0;
  private controller?: AbortController;
  private counting?: ReturnType<typeof setTimeout>;

  /** The catalog on screen. */
  get catalog(): readonly ServiceItemSummary[] {
    return this.items ?? this.loaded?.items ?? [];
  }

  /** `loading`, `ready` (a catalog is shown), `offline` (the hall cannot be reached and no copy was saved) or `error`. */
  get status(): ServiceCatalogStatus {
    if (this.items || this.loaded) return 'ready';
    if (this.failure !== undefined) return this.failure instanceof ZwOfflineError ? 'offline' : 'error';
    return 'loading';
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
    return this.index !== undefined;
  }

  /** Whether what is shown came from the saved copy because the server was unreachable. */
  get fromCache(): boolean {
    return !this.items && Boolean(this.loaded?.fromCache);
  }

  protected override resolveConfig(): ZwConfig {
    if (!Number.isInteger(this.tiles) || this.tiles < 0 || this.tiles > MAX_TILES) {
      throw new ZwConfigError('tiles', `a whole number from 0 to ${MAX_TILES}`, this.getAttribute('tiles') ?? String(this.tiles));
    }
    if (this.itemHref != null && !this.itemHref.includes('{code}')) {
      throw new ZwConfigError('item-href', 'an address containing {code}', this.itemHref);
    }
    return super.resolveConfig();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.generation += 1;
    this.controller?.abort();
    clearTimeout(this.counting);
    this.requested = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const wanted = this.configError || this.items ? undefined : this.config.apiBase;
    if (wanted !== this.requested || (wanted && changed.has('client'))) {
      this.requested = wanted;
      if (wanted) void this.load();
    }
    if (changed.has('items') && this.items) {
      // The old index and rows number the old catalog's items: drop them until the new index is ready.
      this.index = undefined;
      this.runQuery();
      void this.buildIndex(this.items, false);
    }
    if (changed.has('query')) this.runQuery();
  }

  /** Fetches the catalog again (also what the retry button does). */
  async load(): Promise<void> {
    const generation = ++this.generation;
    this.controller?.abort();
    this.controller = new AbortController();
    this.failure = undefined;
    try {
      const loaded = await loadCatalog(this.config.apiBase, this.controller.signal, this.client);
      if (generation !== this.generation) return;
      if (loaded.items !== this.loaded?.items) {
        this.index = undefined;
        this.runQuery();
      }
      this.loaded = loaded;
      await this.buildIndex(loaded.items, loaded.fromCache, loaded.searchIndex);
    } catch (error) {
      if (generation !== this.generation || (error as Error)?.name === 'AbortError') return;
      this.failure = error;
    }
  }

  /** The server's prebuilt index when it sent one for these items, else built here in slices. */
  private async buildIndex(items: ServiceItemSummary[], fromCache: boolean, prebuilt?: ArrayBuffer) {
    const started = performance.now();
    let index: CatalogIndex<ServiceItemSummary> | undefined;
    if (prebuilt) {
      try {
        index = CatalogIndex.fromSerialized(items, prebuilt);
      } catch (error) {
        // Not an index of these items (another version, damaged): build one instead.
        if (!(error instanceof TypeError)) throw error;
      }
    }
    const usedPrebuilt = index !== undefined;
    index ??= await CatalogIndex.build(items);
    if (this.catalog !== items) return;
    this.index = index;
    this.runQuery();
    const detail = { items: items.length, fromCache, prebuilt: usedPrebuilt, indexMs: performance.now() - started };
    this.dispatchEvent(new ZwCatalogReadyEvent(detail));
  }

  /** Recomputes the rows for the query and facet in effect. */
  private runQuery() {
    clearTimeout(this.counting);
    const index = this.index;
    if (!index) {
      this.rows = [];
      this.total = null;
      return;
    }
    const typed = normaliseQuery(this.query);
    const items = this.catalog;
    if (!typed) {
      this.result = undefined;
      this.filtered = index.positionsByRank().filter((position) => matchesFacet(items[position], this.facet));
    } else if (this.facet) {
      this.result = undefined;
      this.filtered = index
        .search(typed)
        .all()
        .filter((position) => matchesFacet(items[position], this.facet));
    } else {
      this.filtered = undefined;
      this.result = index.search(typed);
    }
    this.rows = this.result ? this.result.slice(0, PAGE) : this.filtered!.slice(0, PAGE);
    this.total = this.result ? null : this.filtered!.length;
    if (this.result) this.countInBackground(this.result);
  }

  /** Counts every match a few ms at a time, so the count never delays a keystroke. */
  private countInBackground(result: SearchResult) {
    const step = () => {
      if (result !== this.result) return;
      if (result.advance(4)) this.total = result.length;
      else this.counting = setTimeout(step, 0);
    };
    this.counting = setTimeout(step, 0);
  }

  private onRange(event: RangeChangedEvent) {
    if (event.last < this.rows.length - 10) return;
    const more = this.rows.length + PAGE;
    const next = this.result ? this.result.slice(0, more) : (this.filtered ?? []).slice(0, more);
    if (next.length > this.rows.length) this.rows = next;
  }

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
    this.runQuery();
  }

  private select(event: Event, item: ServiceItemSummary) {
    const chosen = new ZwServiceSelectEvent(item);
    this.dispatchEvent(chosen);
    if (chosen.defaultPrevented || !this.itemHref) event.preventDefault();
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
    if (status === 'loading') return html`<p class="message" part="status" role="status">${this.t('catalog.loading')}</p>`;
    if (status === 'offline' || status === 'error') {
      return html`
        <div class="failure" part="status" role="alert">
          <p>${this.t(status === 'offline' ? 'catalog.offline' : 'catalog.error')}</p>
          <zw-button @click=${() => void this.load()}>${this.t('catalog.retry')}</zw-button>
        </div>
      `;
    }
    return html`
      ${this.fromCache
        ? html`<p class="notice" part="status" role="status">
            ${this.t('catalog.fromCache', { time: this.localize.date(this.loaded!.savedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
          </p>`
        : nothing}
      ${this.renderSearch()} ${this.keyboard ? this.renderKeyboard() : nothing}
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
          ${this.query
            ? html`<zw-button variant="secondary" @click=${() => (this.setQuery(''), this.focus())}>${this.t('catalog.clear')}</zw-button>`
            : nothing}
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
    const values = this.catalogFacts.facets;
    const kinds = FACET_KINDS.filter((kind) => values[kind].length > 0);
    const pressed = (kind: FacetKind, value: string) => this.facet?.kind === kind && this.facet.value === value;
    const label = (kind: FacetKind, value: string) => (kind === 'audience' ? this.t(`catalog.audience.${value}`) : value);
    return html`
      <section class="facets" part="facets" aria-labelledby="facets-title">
        <h3 id="facets-title">${this.t('catalog.browse')}</h3>
        <div class="kinds" role="group" aria-label=${this.t('catalog.browseBy')}>
          ${kinds.map(
            (kind) => html`<button
              type="button"
              class="kind"
              aria-pressed=${this.browsing === kind ? 'true' : 'false'}
              @click=${() => (this.browsing = kind)}
            >
              ${this.t(`catalog.facet.${kind}`)}
            </button>`,
          )}
        </div>
        <div class="values" role="group" aria-label=${this.t(`catalog.facet.${this.browsing}`)}>
          ${values[this.browsing].map(
            (value) => html`<button
              type="button"
              class="value"
              aria-pressed=${pressed(this.browsing, value) ? 'true' : 'false'}
              @click=${() => this.chooseFacet({ kind: this.browsing, value })}
            >
              ${label(this.browsing, value)}
            </button>`,
          )}
        </div>
      </section>
    `;
  }

  private countText(): string {
    if (!this.index) return this.t('catalog.indexing');
    const facet = this.facet ? this.t('catalog.within', { facet: this.facet.kind === 'audience' ? this.t(`catalog.audience.${this.facet.value}`) : this.facet.value }) : '';
    if (this.total === null) return this.t('catalog.counting', { count: this.rows.length });
    if (!normaliseQuery(this.query)) return `${this.t('catalog.all', { count: this.total })}${facet}`;
    return this.total === 0 ? this.t('catalog.none', { query: this.query }) : `${this.t('catalog.found', { count: this.total })}${facet}`;
  }

  private renderResults() {
    const typed = normaliseQuery(this.query);
    return html`
      <p class="count" part="count" role="status" aria-live="polite">${this.countText()}</p>
      ${this.total === 0 && typed ? html`<p class="message" part="status">${this.t('catalog.noneHint')}</p>` : nothing}
      ${this.rows.length === 0 ? nothing : this.isShort ? this.renderShortList(typed) : this.renderLongList(typed)}
    `;
  }

  /** A few results all read: a plain list as tall as its rows, nothing to virtualise. */
  private get isShort(): boolean {
    return this.total !== null && this.total <= PAGE && this.rows.length === this.total;
  }

  private renderShortList(typed: string) {
    const items = this.catalog;
    return html`<div id="results" class="list short" part="list" role="list" aria-labelledby="title">
      ${this.rows.map((position, at) => this.renderRow(items[position], position, at, typed))}
    </div>`;
  }

  /** Many results: only the rows in view exist; more are read as the visitor scrolls. */
  private renderLongList(typed: string) {
    const items = this.catalog;
    // The virtualizer can ask once more for a row of a list just replaced: render nothing.
    return html`<lit-virtualizer
      id="results"
      class="list"
      part="list"
      role="list"
      tabindex="0"
      aria-labelledby="title"
      scroller
      .items=${this.rows}
      .renderItem=${(position: number, at: number) => (items[position] ? this.renderRow(items[position], position, at, typed) : nothing)}
      @rangeChanged=${this.onRange}
    ></lit-virtualizer>`;
  }

  private renderRow(item: ServiceItemSummary, position: number, at: number, typed: string) {
    const ranges = typed && this.index ? this.index.highlight(position, typed) : [];
    const setSize = this.total ?? -1;
    return html`
      <div class="row" part="row" role="listitem" aria-setsize=${setSize} aria-posinset=${at + 1}>
        ${this.renderChoice(
          item,
          html`<span class="name">${highlight(item.name, ranges)}</span>
            <span class="meta">
              <span>${item.department}</span>
              <span>${item.visits === 0 ? this.t('catalog.visitsNone') : this.t('catalog.visits', { count: item.visits })}</span>
              ${item.online ? html`<span>${this.t('catalog.online')}</span>` : nothing}
              ${item.highFrequency ? html`<span class="badge">${this.t('catalog.frequent')}</span>` : nothing}
            </span>`,
          'choice',
        )}
      </div>
    `;
  }

  private renderChoice(item: ServiceItemSummary, content: TemplateResult, kind: 'tile' | 'choice') {
    if (this.itemHref) {
      const href = this.itemHref.replaceAll('{code}', encodeURIComponent(item.code));
      return html`<a class=${kind} href=${href} @click=${(event: Event) => this.select(event, item)}>${content}</a>`;
    }
    return html`<button type="button" class=${kind} @click=${(event: Event) => this.select(event, item)}>${content}</button>`;
  }
}

/** The name with the matched characters in `<mark>`. */
function highlight(name: string, ranges: readonly MatchRange[]) {
  if (ranges.length === 0) return name;
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(name.slice(at, start), html`<mark>${name.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(name.slice(at));
  return parts;
}
