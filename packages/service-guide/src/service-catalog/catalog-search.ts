import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServiceItemSummary } from '@zhengwu/core/contract';
import { CatalogIndex } from '../search/catalog-index.js';
import type { SearchResult } from '../search/search-result.js';
import { normaliseQuery } from '../search/pinyin-match.js';
import { matchesFacet, type Facet } from './catalog-facets.js';

/** Rows read per step as the visitor scrolls; more than a kiosk screen shows. */
export const PAGE = 40;

export interface IndexReady {
  items: number;
  fromCache: boolean;
  prebuilt: boolean;
  indexMs: number;
}

/**
 * The search side of a catalog: the index of the catalog on screen, and the rows (positions in
 * that catalog) matching the query and facet in effect, read a page at a time, with the count
 * worked out in the background so it never delays a keystroke. The host re-renders on change.
 */
export class CatalogSearchController implements ReactiveController {
  index?: CatalogIndex<ServiceItemSummary>;
  /** Positions of the matching items read so far, best first. */
  rows: number[] = [];
  /** How many match, or null while still counting. */
  total: number | null = null;

  private items: readonly ServiceItemSummary[] = [];
  private query = '';
  private facet: Facet | null = null;
  private result?: SearchResult;
  private filtered?: number[];
  private counting?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called when the index of a catalog is ready. */
    private readonly onReady: (detail: IndexReady) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.counting);
  }

  /** The catalog whose index is built (or being built). */
  get catalog(): readonly ServiceItemSummary[] {
    return this.items;
  }

  /**
   * A new catalog: the old index and rows number the old catalog's items, so they go until the
   * new index is ready. The server's prebuilt index is used when it fits, else one is built in slices.
   */
  async setCatalog(items: ServiceItemSummary[], fromCache: boolean, prebuilt?: ArrayBuffer): Promise<void> {
    if (items === this.items) return;
    this.items = items;
    this.index = undefined;
    this.run();
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
    if (this.items !== items) return;
    this.index = index;
    this.run();
    this.onReady({ items: items.length, fromCache, prebuilt: usedPrebuilt, indexMs: performance.now() - started });
  }

  /** Sets the query and facet in effect and recomputes the rows. */
  search(query: string, facet: Facet | null): void {
    this.query = query;
    this.facet = facet;
    this.run();
  }

  /** Reads another page once the list has shown up to row `last`. */
  more(last: number): void {
    if (last < this.rows.length - 10) return;
    const count = this.rows.length + PAGE;
    const next = this.result ? this.result.slice(0, count) : (this.filtered ?? []).slice(0, count);
    if (next.length > this.rows.length) this.setRows(next, this.total);
  }

  /**
   * When the query finds nothing: the first items that a shorter part of it finds (its start,
   * then its end), at least two characters of it.
   */
  closest(limit: number): number[] {
    const index = this.index;
    const typed = normaliseQuery(this.query);
    if (!index) return [];
    for (let length = typed.length - 1; length >= 2; length -= 1) {
      for (const part of [typed.slice(0, length), typed.slice(typed.length - length)]) {
        const found = index.search(part).slice(0, limit);
        if (found.length > 0) return found;
      }
    }
    return [];
  }

  /** All rows read and few of them: a plain list, nothing to virtualise. */
  get isShort(): boolean {
    return this.total !== null && this.total <= PAGE && this.rows.length === this.total;
  }

  private setRows(rows: number[], total: number | null) {
    this.rows = rows;
    this.total = total;
    this.host.requestUpdate();
  }

  private run() {
    clearTimeout(this.counting);
    const index = this.index;
    if (!index) {
      this.result = undefined;
      this.filtered = undefined;
      this.setRows([], null);
      return;
    }
    const typed = normaliseQuery(this.query);
    const items = this.items;
    const facet = this.facet;
    if (!typed) {
      this.result = undefined;
      this.filtered = index.positionsByRank().filter((position) => matchesFacet(items[position], facet));
    } else if (facet) {
      this.result = undefined;
      this.filtered = index
        .search(typed)
        .all()
        .filter((position) => matchesFacet(items[position], facet));
    } else {
      this.filtered = undefined;
      this.result = index.search(typed);
    }
    if (this.result) {
      this.setRows(this.result.slice(0, PAGE), null);
      this.countInBackground(this.result);
    } else {
      this.setRows(this.filtered!.slice(0, PAGE), this.filtered!.length);
    }
  }

  /** Counts every match a few ms at a time. */
  private countInBackground(result: SearchResult) {
    const step = () => {
      if (result !== this.result) return;
      if (result.advance(4)) {
        this.total = result.length;
        this.host.requestUpdate();
      } else this.counting = setTimeout(step, 0);
    };
    this.counting = setTimeout(step, 0);
  }
}
