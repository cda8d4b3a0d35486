import { html, nothing, type TemplateResult } from 'lit';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { ServiceItemSummary } from '@zhengwu/core/contract';
import { highlight } from './catalog-highlight.js';
import type { MatchRange } from '../search/pinyin-match.js';
import { itemLink } from './item-link.js';

/** What a catalog row needs from its element: text, where items link, and what a choice does. */
export interface RowContext {
  t: (key: string, options?: Record<string, unknown>) => string;
  itemHref?: string;
  onSelect: (event: Event, item: ServiceItemSummary) => void;
}

/** One item as a link (with `item-href`) or a button; the element decides on `onSelect`. */
export function renderChoice(context: RowContext, item: ServiceItemSummary, content: TemplateResult, kind: 'tile' | 'choice') {
  const href = context.itemHref ? itemLink(context.itemHref, item.code) : undefined;
  if (href) return html`<a class=${kind} href=${href} @click=${(event: Event) => context.onSelect(event, item)}>${content}</a>`;
  return html`<button type="button" class=${kind} @click=${(event: Event) => context.onSelect(event, item)}>${content}</button>`;
}

/** A result row: the name with the typed part marked, department, visits, online, 高频. */
export function renderRow(context: RowContext, item: ServiceItemSummary, ranges: readonly MatchRange[], setSize: number, at: number) {
  const { t } = context;
  return html`
    <div class="row" part="row" role="listitem" aria-setsize=${setSize} aria-posinset=${at + 1}>
      ${renderChoice(
        context,
        item,
        html`<span class="name">${highlight(item.name, ranges)}</span>
          <span class="meta">
            <span>${item.department}</span>
            <span>${item.visits === 0 ? t('catalog.visitsNone') : t('catalog.visits', { count: item.visits })}</span>
            ${item.online ? html`<span>${t('catalog.online')}</span>` : nothing}
            ${item.highFrequency ? html`<span class="badge">${t('catalog.frequent')}</span>` : nothing}
          </span>`,
        'choice',
      )}
    </div>
  `;
}

export interface ListView {
  /** Catalog positions of the rows, in order. */
  rows: number[];
  /** Few enough to render every row. */
  short: boolean;
  renderRow: (position: number, at: number) => TemplateResult | typeof nothing;
  /** The virtualizer showed rows up to `last`: read further. */
  onRange: (last: number) => void;
}

/**
 * The results: every row when few; when many, only the rows in view exist and more are read as
 * the visitor scrolls. The virtualizer can ask once more for a row of a list just replaced:
 * `renderRow` then renders nothing.
 */
export function renderList(view: ListView) {
  if (view.short) {
    return html`<div id="results" class="list short" part="list" role="list" aria-labelledby="title">
      ${view.rows.map((position, at) => view.renderRow(position, at))}
    </div>`;
  }
  return html`<lit-virtualizer
    id="results"
    class="list"
    part="list"
    role="list"
    tabindex="0"
    aria-labelledby="title"
    scroller
    .items=${view.rows}
    .renderItem=${(position: number, at: number) => view.renderRow(position, at)}
    @rangeChanged=${(event: RangeChangedEvent) => view.onRange(event.last)}
  ></lit-virtualizer>`;
}
