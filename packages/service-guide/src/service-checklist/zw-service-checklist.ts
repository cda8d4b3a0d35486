import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ZwElement,
  ZwConfigError,
  LoaderController,
  definedLater,
  getHall,
  baseStyles,
  loadStateStyles,
  parseHttpUrl,
  renderLoadState,
  type LoadStatus,
  type ZwConfig,
} from '@zhengwu/core';
import type { Hall, ServiceItem } from '@zhengwu/core/contract';
import { GUIDE_NS } from '../locales/namespace.js';
import { ITEM_EXPECTED, apiItemSource, isItemCode, parseItem, type ItemSource } from '../item/item-loader.js';
import { CONTENT_LANG, limitText } from '../item/item-text.js';
import { renderMaterialList, renderMaterialTable, type MaterialsView } from './checklist-materials.js';
import { MM, claimPrintPage, releasePrintPage } from '@zhengwu/core/print/print-page';
import { ZwChecklistPrintEvent, ZwServiceChecklistLoadEvent, type ChecklistLayout } from './zw-service-checklist-events.js';
import { serviceChecklistStyles } from './zw-service-checklist.styles.js';

/** Only sheets with `guide-url` or `guide-base` carry a QR code: its element loads with the first one. */
const defineQrCode = definedLater(() => import('@zhengwu/ui/qr-code/zw-qr-code.define'));

export const CHECKLIST_LAYOUTS: readonly ChecklistLayout[] = ['a4', 'receipt'];

/** Where a checklist comes from: a `HallClient`, or anything with the same two calls. */
export interface ChecklistSource extends ItemSource {
  hall(signal?: AbortSignal): Promise<Hall>;
}

interface Sheet {
  item: ServiceItem;
  hallName: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Asia/Shanghai, `YYYY-MM-DD`: the hall's date, wherever the kiosk's clock is set. */
function hallToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * The item comes from `.data` or from `GET /catalog/{item}`; the hall name from `hall-name` or
 * `GET /hall`. The QR code holds `guide-url`, or `guide-base` with `?item={code}` added; with
 * neither, there is no code. The paper is black on white in every theme and says everything in
 * words (counts, 必要 / 非必要 / 容缺后补), so a thermal printer loses nothing. The element sets
 * the printed page size itself (`@page`: A4, or 80 mm wide and as long as the receipt).
 *
 * @tag zw-service-checklist
 * @summary The 一次性告知 checklist of one service item, to print and take home: item name and
 * code, hall, date, every material with a box to tick, and a QR code that opens the guide on a
 * phone. Laid out for A4 paper or an 80 mm receipt printer, and shown on screen as a preview.
 *
 * @csspart base - The whole element: toolbar and paper.
 * @csspart toolbar - The print button; not printed.
 * @csspart print - The print button (a `zw-button`).
 * @csspart paper - The sheet as it prints.
 * @csspart materials - The materials: a table on A4, a list with boxes on a receipt.
 * @csspart qr - The QR code with its caption.
 * @csspart status - The loading message.
 * @csspart error - The not-found, offline, invalid-data or error message (with a retry button where retrying helps).
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-service-checklist-stage - Background around the paper preview on screen.
 * @fires zw-service-checklist-load - The sheet is complete (QR code drawn) and can be printed; `detail.code`, `detail.layout`.
 * @fires zw-checklist-print - The print button was pressed; `window.print()` follows unless cancelled.
 * @fires zw-config-error - `item`, `layout`, `guide-url`, `guide-base` or `date` is invalid.
 */
export class ZwServiceChecklist extends ZwElement {
  static override i18nNamespaces = [GUIDE_NS];
  static override styles = [baseStyles, loadStateStyles, serviceChecklistStyles];

  /** The item's 实施编码, fetched from the hall server at `api-base`. Ignored when `data` is set. */
  @property({ reflect: true }) item?: string;

  /** The item itself (a `ServiceItem`), shown without fetching it. */
  @property({ attribute: false }) data?: ServiceItem;

  /** `a4` (default) or `receipt` (80 mm thermal paper, one narrow column). */
  @property({ reflect: true }) layout: ChecklistLayout = 'a4';

  /** The hall's name on the sheet; fetched from the hall server when not given. */
  @property({ attribute: 'hall-name' }) hallName?: string;

  /** The address the QR code opens: this item's guide on a phone. */
  @property({ attribute: 'guide-url' }) guideUrl?: string;

  /** The guide page's address without the item; `?item={code}` is added for the QR code. */
  @property({ attribute: 'guide-base' }) guideBase?: string;

  /** The printed date, `YYYY-MM-DD`; today in the hall's time zone by default. */
  @property() date?: string;

  /** Where to fetch from; defaults to a `HallClient` on `api-base`. */
  @property({ attribute: false }) client?: ChecklistSource;

  private readonly loader = new LoaderController<Sheet>(this, { onLoad: (sheet) => void this.announceReady(sheet) });
  private qrValue?: string;
  private dataVersion = 0;
  private focusAfterRetry = false;
  private resizeObserver?: ResizeObserver;

  /** `loading`, `ready`, `not-found`, `offline`, `invalid` or `error` (`idle` with a config error). */
  get status(): LoadStatus {
    return this.loader.status;
  }

  /** The item on the sheet, once there is one. */
  get shown(): ServiceItem | undefined {
    return this.loader.value?.item;
  }

  /** What the QR code holds, if there is one. */
  get qrUrl(): string | undefined {
    return this.qrValue;
  }

  /** Prints the sheet (what the print button does, unless its event is cancelled). */
  print(): void {
    this.updatePageSize();
    window.print();
  }

  /** Fetches again (what the retry button does). */
  reload(): Promise<void> {
    return this.loader.reload();
  }

  protected override resolveConfig(): ZwConfig {
    if (this.data == null && !isItemCode(this.item ?? '')) throw new ZwConfigError('item', ITEM_EXPECTED, this.item ?? '');
    if (!(CHECKLIST_LAYOUTS as readonly string[]).includes(this.layout)) {
      throw new ZwConfigError('layout', CHECKLIST_LAYOUTS.join(' | '), String(this.layout));
    }
    if (this.date != null && !(DAY.test(this.date) && !Number.isNaN(Date.parse(`${this.date}T00:00:00Z`)))) {
      throw new ZwConfigError('date', { text: 'a date YYYY-MM-DD', key: 'core:expected.date' }, this.date);
    }
    const config = super.resolveConfig();
    const code = this.data?.code ?? this.item ?? '';
    if (this.guideUrl != null) {
      this.qrValue = parseHttpUrl(this.guideUrl, 'guide-url', 'an http(s) URL').href;
    } else if (this.guideBase != null) {
      const url = parseHttpUrl(this.guideBase, 'guide-base', 'an http(s) URL');
      url.searchParams.set('item', code);
      this.qrValue = url.href;
    } else {
      this.qrValue = undefined;
    }
    return config;
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
    if (this.qrValue) this.needs(defineQrCode());
    if (changed.has('data')) this.dataVersion += 1;
    const { apiBase } = this.config;
    const given = this.client;
    const data = this.data;
    const code = this.item ?? '';
    const hallName = this.hallName?.trim();
    const key = [apiBase, data ? `data ${this.dataVersion}` : code, hallName ?? ''].join('\n');
    this.loader.request(
      key,
      async (signal) => {
        const client: ChecklistSource = given ?? {
          ...apiItemSource(apiBase),
          hall: (hallSignal) => getHall({ baseUrl: apiBase }, hallSignal),
        };
        const parsed = data ? parseItem(data) : await client.catalogItem(code, signal);
        if (parsed instanceof Error) throw parsed;
        return { item: parsed, hallName: hallName || (await client.hall(signal)).name };
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
    if (this.focusAfterRetry && this.status !== 'loading') {
      this.focusAfterRetry = false;
      const target =
        this.renderRoot.querySelector<HTMLElement>('.failure zw-button') ??
        this.renderRoot.querySelector<HTMLElement>('.toolbar zw-button');
      // A new zw-button has no inner button to delegate focus to until it has rendered.
      if (target) void Promise.resolve((target as { updateComplete?: Promise<unknown> }).updateComplete).then(() => target.focus());
    }
  }

  /** A4 pages, or one receipt exactly as long as the sheet (a roll has no page breaks). */
  private updatePageSize(): void {
    const paper = this.renderRoot.querySelector<HTMLElement>('.paper');
    if (!paper || !this.isConnected) {
      releasePrintPage(this);
      return;
    }
    if (this.layout === 'receipt') {
      const length = Math.ceil(paper.getBoundingClientRect().height / MM) + 2;
      claimPrintPage(this, `@page { size: 80mm ${length}mm; margin: 0; }`);
    } else {
      claimPrintPage(this, '@page { size: A4; margin: 12mm 14mm; }');
    }
  }

  private async announceReady(sheet: Sheet): Promise<void> {
    const qr = this.renderRoot.querySelector('zw-qr-code');
    if (qr && qr.status !== 'ready' && qr.status !== 'error') {
      await new Promise((resolve) => {
        qr.addEventListener('zw-qr-ready', resolve, { once: true });
      });
    }
    if (this.loader.value !== sheet) return;
    this.updatePageSize();
    this.dispatchEvent(new ZwServiceChecklistLoadEvent(sheet.item.code, this.layout as ChecklistLayout));
  }

  private readonly onPrint = () => {
    const item = this.shown;
    if (!item) return;
    if (this.dispatchEvent(new ZwChecklistPrintEvent(item.code, this.layout as ChecklistLayout))) this.print();
  };

  private readonly onRetry = () => {
    this.focusAfterRetry = true;
    void this.loader.reload();
  };

  // ---------------------------------------------------------------- rendering

  protected renderContent() {
    const sheet = this.loader.value;
    const status = this.status;
    const busy = status === 'loading' || status === 'idle';
    return html`<div class="base ${this.layout}" part="base" aria-busy=${busy ? 'true' : 'false'}>
      ${
        sheet
          ? html`<div class="toolbar" part="toolbar">
                <zw-button part="print" class="print" @click=${this.onPrint}>${this.t('checklist.print')}</zw-button>
              </div>
              <div class="stage">${this.renderPaper(sheet)}</div>`
          : this.renderState(status)
      }
    </div>`;
  }

  private renderState(status: LoadStatus) {
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    return renderLoadState({
      status,
      error: this.loader.error,
      t,
      loading: t('checklist.loading'),
      messages: {
        'not-found': t('checklist.failure.not-found', { code: this.item ?? '' }),
        offline: t('checklist.failure.offline'),
        error: t('checklist.failure.error'),
        invalid: t('checklist.failure.invalid'),
      },
      retry: status === 'not-found' || (status === 'invalid' && this.data != null) ? false : undefined,
      onRetry: this.onRetry,
    });
  }

  private materialsView(): MaterialsView {
    return {
      t: (key, options) => this.t(key, options),
      number: (value) => this.localize.number(value),
      list: (items) => this.localize.list(items),
    };
  }

  private renderPaper({ item, hallName }: Sheet) {
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    const day = this.date ?? hallToday();
    const date = this.localize.date(Date.parse(`${day}T12:00:00+08:00`), { dateStyle: 'long' });
    const row = (field: string, value: string, content = false) =>
      html`<div class="row ${field}">
        <dt>${t(`checklist.field.${field}`)}</dt>
        <dd lang=${content ? CONTENT_LANG : nothing}>${value}</dd>
      </div>`;
    return html`<section class="paper ${this.layout}" part="paper" aria-label=${t(`checklist.preview.${this.layout}`)}>
      <header class="masthead">
        <p class="hall" lang=${CONTENT_LANG}>${hallName}</p>
        <h2 class="title">${t('checklist.title')}</h2>
      </header>
      <dl class="meta">${row('item', item.name, true)} ${row('code', item.code)} ${row('date', date)}</dl>
      <p class="intro">${t('checklist.intro')}</p>
      <h3 class="materials-title">${t('checklist.materials', { count: item.materials.length })}</h3>
      ${
        item.materials.length === 0
          ? html`<p>${t('checklist.none')}</p>`
          : this.layout === 'receipt'
            ? renderMaterialList(this.materialsView(), item)
            : renderMaterialTable(this.materialsView(), item)
      }
      <dl class="where">
        ${row('place', item.place, true)} ${row('hours', item.hours, true)} ${row('phone', item.consultPhone)}
        ${row('promised', limitText(t, item.promisedLimit))}
      </dl>
      ${
        this.qrValue
          ? html`<figure class="qr" part="qr">
              <zw-qr-code value=${this.qrValue} size=${this.layout === 'receipt' ? 132 : 112} label=${t('checklist.qr.label')}></zw-qr-code>
              <figcaption>${t('checklist.qr.hint')}</figcaption>
            </figure>`
          : nothing
      }
      <p class="footer">${t('checklist.footer')}</p>
    </section>`;
  }
}
