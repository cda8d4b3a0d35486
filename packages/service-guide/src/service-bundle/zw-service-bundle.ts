import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import * as v from 'valibot';
import {
  ZwElement,
  ZwConfigError,
  LoaderController,
  baseStyles,
  loadStateStyles,
  renderLoadState,
  type LoadStatus,
  type ZwConfig,
} from '@zhengwu/core';
import { Code, type BundleGuide } from '@zhengwu/core/contract';
import { GUIDE_NS } from '../locales/namespace.js';
import { CONTENT_LANG } from '../item/item-text.js';
import type { MaterialsView } from '../service-checklist/checklist-materials.js';
import { MM, claimPrintPage, releasePrintPage } from '@zhengwu/core/print/print-page';
import type { ChecklistLayout } from '../service-checklist/zw-service-checklist-events.js';
import { serviceChecklistStyles } from '../service-checklist/zw-service-checklist.styles.js';
import { apiBundleSource, parseBundleGuide, type BundleSource } from './bundle-source.js';
import { renderItemSteps, renderMergedList, renderMergedTable } from './bundle-sheet.js';
import { byDepartment, mergeMaterials, type MergedMaterial } from './merge-materials.js';
import { ZwBundlePrintEvent, ZwServiceBundleLoadEvent } from './zw-service-bundle-events.js';
import { serviceBundleStyles } from './zw-service-bundle.styles.js';

const LAYOUTS: readonly ChecklistLayout[] = ['a4', 'receipt'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Shown {
  guide: BundleGuide;
  materials: MergedMaterial[];
  hallName: string;
}

function hallToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * The bundle comes from `.data` or `GET /catalog/bundles/{bundle}`; the hall name from
 * `hall-name` or `GET /hall`. Printing prints the merged sheet alone, on A4 or an 80 mm receipt.
 *
 * @tag zw-service-bundle
 * @summary A 一件事 bundle: every item's steps in order, grouped by department, and one merged
 * 一次性告知单 where a material several items need appears once (highest counts kept, the items
 * needing it named), printable on A4 or an 80 mm receipt.
 *
 * @csspart base - The whole element.
 * @csspart order - The items' steps by department.
 * @csspart toolbar - The print button; not printed.
 * @csspart paper - The merged sheet as it prints.
 * @csspart materials - The merged materials: a table on A4, a list on a receipt.
 * @csspart status - The loading message.
 * @csspart error - The not-found, offline, invalid-data or error message.
 * @csspart config-error - The error shown when an attribute is invalid.
 * @fires zw-service-bundle-load - The bundle is shown; `detail.code`, `detail.layout`, `detail.materials` (merged count).
 * @fires zw-bundle-print - The print button was pressed; `window.print()` follows unless cancelled.
 * @fires zw-config-error - `bundle`, `layout` or `date` is invalid.
 */
export class ZwServiceBundle extends ZwElement {
  static override i18nNamespaces = [GUIDE_NS];
  static override styles = [baseStyles, loadStateStyles, serviceChecklistStyles, serviceBundleStyles];

  /** The bundle's code (`birth`), fetched from the hall server at `api-base`. Ignored when `data` is set. */
  @property({ reflect: true }) bundle?: string;

  /** The bundle with its items (a `BundleGuide`), shown without fetching. */
  @property({ attribute: false }) data?: BundleGuide;

  /** `a4` (default) or `receipt` (80 mm thermal paper). */
  @property({ reflect: true }) layout: ChecklistLayout = 'a4';

  /** The hall's name on the sheet; fetched from the hall server when not given. */
  @property({ attribute: 'hall-name' }) hallName?: string;

  /** The printed date, `YYYY-MM-DD`; today in the hall's time zone by default. */
  @property() date?: string;

  /** Where to fetch from; defaults to the hall API on `api-base`. */
  @property({ attribute: false }) client?: BundleSource;

  private readonly loader = new LoaderController<Shown>(this, { onLoad: (shown) => this.announce(shown) });
  private dataVersion = 0;
  private resizeObserver?: ResizeObserver;

  /** `loading`, `ready`, `not-found`, `offline`, `invalid` or `error` (`idle` with a config error). */
  get status(): LoadStatus {
    return this.loader.status;
  }

  /** The merged materials on the sheet, once shown. */
  get materials(): MergedMaterial[] {
    return this.loader.value?.materials ?? [];
  }

  /** Prints the merged sheet (what the print button does, unless its event is cancelled). */
  print(): void {
    this.updatePageSize();
    window.print();
  }

  reload(): Promise<void> {
    return this.loader.reload();
  }

  protected override resolveConfig(): ZwConfig {
    if (this.data == null && !v.is(Code, this.bundle ?? '')) {
      throw new ZwConfigError(
        'bundle',
        { text: 'a bundle code (letters, digits, - or _), or the data property', key: 'guide:bundle.expected' },
        this.bundle ?? '',
      );
    }
    if (!(LAYOUTS as readonly string[]).includes(this.layout)) throw new ZwConfigError('layout', LAYOUTS.join(' | '), String(this.layout));
    if (this.date != null && !(DAY.test(this.date) && !Number.isNaN(Date.parse(`${this.date}T00:00:00Z`)))) {
      throw new ZwConfigError('date', { text: 'a date YYYY-MM-DD', key: 'core:expected.date' }, this.date);
    }
    return super.resolveConfig();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.updatePageSize());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    releasePrintPage(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.configError) {
      this.loader.clear();
      return;
    }
    if (changed.has('data')) this.dataVersion += 1;
    const { apiBase } = this.config;
    const { client: given, data } = this;
    const code = this.bundle ?? '';
    const hallName = this.hallName?.trim();
    const key = [apiBase, data ? `data ${this.dataVersion}` : code, hallName ?? ''].join('\n');
    this.loader.request(
      key,
      async (signal) => {
        const client = given ?? apiBundleSource(apiBase);
        const guide = data ? parseBundleGuide(data) : await client.bundleGuide(code, signal);
        if (guide instanceof Error) throw guide;
        return { guide, materials: mergeMaterials(guide.items), hallName: hallName || (await client.hall(signal)).name };
      },
      changed.has('client'),
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const paper = this.renderRoot.querySelector('.paper');
    this.resizeObserver?.disconnect();
    if (paper) this.resizeObserver?.observe(paper);
    this.updatePageSize();
  }

  /** As the single-item checklist: A4 pages, or one receipt as long as the sheet. */
  private updatePageSize(): void {
    const paper = this.renderRoot.querySelector<HTMLElement>('.paper');
    if (!paper || !this.isConnected) {
      releasePrintPage(this);
      return;
    }
    if (this.layout === 'receipt') {
      claimPrintPage(this, `@page { size: 80mm ${Math.ceil(paper.getBoundingClientRect().height / MM) + 2}mm; margin: 0; }`);
    } else {
      claimPrintPage(this, '@page { size: A4; margin: 12mm 14mm; }');
    }
  }

  private announce(shown: Shown): void {
    void this.updateComplete.then(() => {
      if (this.loader.value !== shown) return;
      this.updatePageSize();
      this.dispatchEvent(new ZwServiceBundleLoadEvent(shown.guide.bundle.code, this.layout, shown.materials.length));
    });
  }

  private readonly onPrint = () => {
    const shown = this.loader.value;
    if (shown && this.dispatchEvent(new ZwBundlePrintEvent(shown.guide.bundle.code, this.layout))) this.print();
  };

  private readonly onRetry = () => void this.loader.reload();

  private view(): MaterialsView {
    return {
      t: (key, options) => this.t(key, options),
      number: (value) => this.localize.number(value),
      list: (items) => this.localize.list(items),
    };
  }

  // ---------------------------------------------------------------- rendering

  protected renderContent() {
    const shown = this.loader.value;
    const status = this.status;
    const busy = status === 'loading' || status === 'idle';
    return html`<div class="base ${this.layout}" part="base" aria-busy=${busy ? 'true' : 'false'}>
      ${shown ? this.renderBundle(shown) : this.renderState(status)}
    </div>`;
  }

  private renderState(status: LoadStatus) {
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    return renderLoadState({
      status,
      error: this.loader.error,
      t,
      loading: t('bundle.loading'),
      messages: {
        'not-found': t('bundle.failure.not-found', { code: this.bundle ?? '' }),
        offline: t('bundle.failure.offline'),
        error: t('bundle.failure.error'),
        invalid: t('bundle.failure.invalid'),
      },
      retry: status === 'not-found' || (status === 'invalid' && this.data != null) ? false : undefined,
      onRetry: this.onRetry,
    });
  }

  private renderBundle(shown: Shown) {
    const { bundle, items } = shown.guide;
    const view = this.view();
    const t = view.t;
    const groups = byDepartment(items);
    return html`<header class="heading">
        <h2 class="name" tabindex="-1" lang=${CONTENT_LANG}>${bundle.name}</h2>
        <p class="description" lang=${CONTENT_LANG}>${bundle.description}</p>
        <p class="summary">${t('bundle.guide.summary', { items: items.length, departments: groups.length })}</p>
      </header>
      <section class="order" part="order" aria-labelledby="order-title">
        <h3 id="order-title">${t('bundle.guide.order')}</h3>
        <ol class="departments">
          ${groups.map(
            (group, index) =>
              html`<li class="department">
                <p class="department-name">
                  ${t('bundle.guide.department', { number: view.number(index + 1) })}
                  <bdi lang=${CONTENT_LANG}>${group.department}</bdi>
                </p>
                ${group.items.map((item) => renderItemSteps(view, item, `item-${items.indexOf(item)}`))}
              </li>`,
          )}
        </ol>
      </section>
      <div class="toolbar" part="toolbar">
        <zw-button part="print" class="print" @click=${this.onPrint}>${t('bundle.print')}</zw-button>
      </div>
      <div class="stage">${this.renderPaper(shown, view)}</div>`;
  }

  private renderPaper({ guide, materials, hallName }: Shown, view: MaterialsView) {
    const t = view.t;
    const day = this.date ?? hallToday();
    const date = this.localize.date(Date.parse(`${day}T12:00:00+08:00`), { dateStyle: 'long' });
    const shared = materials.filter((merged) => merged.neededBy.length > 1).length;
    return html`<section class="paper ${this.layout}" part="paper" aria-label=${t(`checklist.preview.${this.layout}`)}>
      <header class="masthead">
        <p class="hall" lang=${CONTENT_LANG}>${hallName}</p>
        <h3 class="title">${t('checklist.title')}</h3>
      </header>
      <dl class="meta">
        <div class="row item">
          <dt>${t('bundle.sheet.bundle')}</dt>
          <dd lang=${CONTENT_LANG}>${guide.bundle.name}</dd>
        </div>
        <div class="row items">
          <dt>${t('bundle.sheet.items')}</dt>
          <dd lang=${CONTENT_LANG}>${view.list(guide.items.map((item) => item.name))}</dd>
        </div>
        <div class="row date">
          <dt>${t('checklist.field.date')}</dt>
          <dd>${date}</dd>
        </div>
      </dl>
      <p class="intro">${t('bundle.sheet.intro', { count: materials.length, shared })}</p>
      <h4 class="materials-title">${t('checklist.materials', { count: materials.length })}</h4>
      ${
        materials.length === 0
          ? html`<p>${t('checklist.none')}</p>`
          : this.layout === 'receipt'
            ? renderMergedList(view, materials)
            : renderMergedTable(view, materials)
      }
      <p class="footer">${t('checklist.footer')}</p>
    </section>`;
  }
}
