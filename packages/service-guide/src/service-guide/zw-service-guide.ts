import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ZwElement,
  ZwConfigError,
  ZwInvalidDataError,
  LoaderController,
  baseStyles,
  definedLater,
  loadStateStyles,
  renderLoadState,
  type LoadStatus,
  type ZwConfig,
} from '@zhengwu/core';
import type { ServiceItem } from '@zhengwu/core/contract';
import { GUIDE_NS } from '../locales/namespace.js';
import { ITEM_EXPECTED, apiItemSource, isItemCode, parseItem, type ItemSource } from '../item/item-loader.js';
import { CONTENT_LANG, limitText, safeHref, visitsText } from '../item/item-text.js';
import { sectionBody, type SectionContext } from './guide-sections.js';
import { sectionSpeech } from './guide-speech.js';
import {
  GUIDE_SECTIONS,
  ZwGuideLinkEvent,
  ZwServiceGuideLoadEvent,
  ZwGuidePrintEvent,
  ZwGuideToggleEvent,
  type GuideLinkKind,
  type GuideSection,
} from './zw-service-guide-events.js';
import { serviceGuideStyles } from './zw-service-guide.styles.js';

/** Only items with a 网办地址 show a QR code: its element loads with the first one. */
const defineQrCode = definedLater(() => import('@zhengwu/ui/qr-code/zw-qr-code.define'));

/** Sections that fold (long ones); the others are always open. */
export const FOLDING_SECTIONS: readonly GuideSection[] = ['basis', 'conditions', 'materials', 'process', 'faq'];
/** Folding sections open at first: what a visitor needs before coming to the hall. */
const OPEN_AT_FIRST: readonly GuideSection[] = ['conditions', 'materials', 'process'];

/**
 * With `.data` the element shows that item (checked against the contract) and fetches nothing
 * (the kiosk, stories). Otherwise it fetches `GET /catalog/{item}` from `api-base`. It is never
 * blank: a loading line; the guide; "not found" for an unknown code; an offline or error message
 * with a retry button; an invalid-data message naming the wrong fields.
 *
 * Catalog text stays in the language it is written in (marked `lang="zh-CN"`); labels follow
 * the element's locale. Section links move focus to the section's heading (unfolding it), and
 * text hidden in a folded section is still found by the browser's find-in-page, which unfolds it.
 *
 * @tag zw-service-guide
 * @summary One service item's full 办事指南 (GB/T 39046 Table 4): every field, in sections with
 * a section index, folding long sections, read-aloud per section, the 申请材料 as a table, the
 * 办理流程 as steps, and a QR code to continue online on a phone.
 *
 * @csspart base - The whole guide.
 * @csspart header - The item name, its key facts and the print action.
 * @csspart title - The item name (a heading).
 * @csspart facts - The key facts under the name: 办件类型, visits, online, appointment.
 * @csspart print - The "print checklist" button (a `zw-button`).
 * @csspart nav - The section index: in-page links to every section.
 * @csspart section - Each section.
 * @csspart materials - The 申请材料 table.
 * @csspart qr - The QR code of the 网办地址 with its caption.
 * @csspart status - The loading message.
 * @csspart error - The not-found, offline, invalid-data or error message (with a retry button where retrying helps).
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-service-guide-nav-width - Width of the section index beside the sections on wide screens.
 * @cssprop --zw-service-guide-accent - Colour of section rules and markers.
 * @fires zw-service-guide-load - An item is shown; `detail.item`.
 * @fires zw-guide-print - The visitor asked for the 一次性告知 checklist; `detail.code`, `detail.name`. The kiosk routes to its print page.
 * @fires zw-guide-link - A blank form, sample or 网办地址 link was activated; `detail.url`, `detail.kind`. Cancelable.
 * @fires zw-guide-toggle - A section folded or unfolded; `detail.section`, `detail.open`.
 * @fires zw-config-error - `item` is missing or not a code, and there is no `data`.
 */
export class ZwServiceGuide extends ZwElement {
  static override i18nNamespaces = [GUIDE_NS];
  static override styles = [baseStyles, loadStateStyles, serviceGuideStyles];

  /** The item's 实施编码, fetched from the hall server at `api-base`. Ignored when `data` is set. */
  @property({ reflect: true }) item?: string;

  /** The item itself (a `ServiceItem`), shown without fetching. */
  @property({ attribute: false }) data?: ServiceItem;

  /** Where to fetch from; defaults to a `HallClient` on `api-base`. */
  @property({ attribute: false }) client?: ItemSource;

  @state() private openSections = new Set<GuideSection>(OPEN_AT_FIRST);

  private readonly loader = new LoaderController<ServiceItem>(this, {
    onLoad: (item) => this.dispatchEvent(new ZwServiceGuideLoadEvent(item)),
  });
  private focusAfterRetry = false;
  private focusSection?: GuideSection;

  /** Where the element stands: `loading`, `ready`, `not-found`, `offline`, `invalid` or `error` (`idle` with a config error). */
  get status(): LoadStatus {
    return this.loader.status;
  }

  /** The item shown, once there is one. */
  get shown(): ServiceItem | undefined {
    return this.loader.value;
  }

  /** Whether a section is unfolded (sections that do not fold always are). */
  isOpen(section: GuideSection): boolean {
    return !FOLDING_SECTIONS.includes(section) || this.openSections.has(section);
  }

  /** Folds or unfolds a section (toggles without `open`). */
  toggleSection(section: GuideSection, open = !this.isOpen(section)): void {
    if (!FOLDING_SECTIONS.includes(section) || open === this.isOpen(section)) return;
    const next = new Set(this.openSections);
    if (open) next.add(section);
    else next.delete(section);
    this.openSections = next;
    this.dispatchEvent(new ZwGuideToggleEvent(section, open));
  }

  /** Unfolds a section, scrolls to it and moves focus to its heading (what the section index does). */
  async showSection(section: GuideSection): Promise<void> {
    this.toggleSection(section, true);
    this.focusSection = section;
    this.requestUpdate();
    await this.updateComplete;
  }

  /** Fetches the item again (what the retry button does). */
  reload(): Promise<void> {
    return this.loader.reload();
  }

  protected override resolveConfig(): ZwConfig {
    if (this.data == null && !isItemCode(this.item ?? '')) {
      throw new ZwConfigError('item', ITEM_EXPECTED, this.item ?? '');
    }
    return super.resolveConfig();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.configError) {
      this.loader.clear();
    } else if (this.data != null) {
      if (changed.has('data') || this.loader.status === 'idle') {
        const parsed = parseItem(this.data);
        if (parsed instanceof ZwInvalidDataError) this.loader.set('data', undefined, parsed);
        else this.loader.set('data', parsed);
      }
    } else {
      const code = this.item!;
      const { apiBase } = this.config;
      const client = this.client;
      this.loader.request(
        `${apiBase}\n${code}`,
        (signal) => (client ?? apiItemSource(apiBase)).catalogItem(code, signal),
        changed.has('client'),
      );
    }
    const item = this.shown;
    if (item?.online && safeHref(item.onlineUrl)) this.needs(defineQrCode());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRetry && this.status !== 'loading') {
      this.focusAfterRetry = false;
      // Failed again: stay on the button. Loaded: go to the item name.
      const target = this.renderRoot.querySelector<HTMLElement>('.failure zw-button') ?? this.renderRoot.querySelector<HTMLElement>('h2');
      // A new zw-button has no inner button to delegate focus to until it has rendered.
      if (target) void Promise.resolve((target as { updateComplete?: Promise<unknown> }).updateComplete).then(() => target.focus());
    }
    if (this.focusSection) {
      const heading = this.renderRoot.querySelector<HTMLElement>(`#head-${this.focusSection}`);
      this.focusSection = undefined;
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    }
  }

  private readonly onRetry = () => {
    this.focusAfterRetry = true;
    void this.loader.reload();
  };

  private readonly onPrint = () => {
    const item = this.shown;
    if (item) this.dispatchEvent(new ZwGuidePrintEvent(item.code, item.name));
  };

  private onLink(event: Event, url: string, kind: GuideLinkKind) {
    if (!this.dispatchEvent(new ZwGuideLinkEvent(url, kind))) event.preventDefault();
  }

  private onNav(event: Event, section: GuideSection) {
    // Fragment links do not reach into a shadow root: move focus here instead.
    event.preventDefault();
    void this.showSection(section);
  }

  // ---------------------------------------------------------------- rendering

  protected renderContent() {
    const item = this.shown;
    if (item) return this.renderGuide(item);
    const status = this.status;
    const busy = status === 'loading' || status === 'idle';
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    return html`<section class="base" part="base" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>
      <h2 id="title" part="title" tabindex="-1">${t('guide.title')}</h2>
      ${renderLoadState({
        status,
        error: this.loader.error,
        t,
        loading: t('guide.loading'),
        messages: {
          'not-found': t('guide.failure.not-found', { code: this.item ?? '' }),
          offline: t('guide.failure.offline'),
          error: t('guide.failure.error'),
          invalid: t('guide.failure.invalid'),
        },
        hints: { 'not-found': t('guide.failure.notFoundHint') },
        // Retrying the same `data` object cannot help.
        retry: status === 'not-found' || (status === 'invalid' && this.data != null) ? false : undefined,
        onRetry: this.onRetry,
      })}
    </section>`;
  }

  private renderGuide(item: ServiceItem) {
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    const list = (items: string[]) => this.localize.list(items);
    const ctx: SectionContext = {
      t,
      list,
      number: (value) => this.localize.number(value),
      onLink: (event, url, kind) => this.onLink(event, url, kind),
    };
    const facts = [
      t(`guide.value.caseType.${item.caseType}`),
      t('guide.facts.promised', { limit: limitText(t, item.promisedLimit) }),
      t('guide.facts.visits', { visits: visitsText(t, item.visits) }),
      t(`guide.value.online.${item.online ? 'yes' : 'no'}`),
      t(`guide.value.appointment.${item.appointment ? 'yes' : 'no'}`),
    ];
    return html`<article class="base" part="base" aria-labelledby="title" aria-busy="false">
      <header class="header" part="header">
        <h2 id="title" part="title" tabindex="-1" lang=${CONTENT_LANG}>${item.name}</h2>
        <ul class="facts" part="facts" aria-label=${t('guide.facts.label')}>
          ${facts.map((fact) => html`<li>${fact}</li>`)}
        </ul>
        <div class="actions">
          <zw-button part="print" class="print" @click=${this.onPrint}>${t('guide.print')}</zw-button>
          <p class="print-hint">${t('guide.printHint')}</p>
        </div>
      </header>
      <div class="layout">
        <nav class="toc" part="nav" aria-labelledby="toc-title">
          <p class="toc-title" id="toc-title">${t('guide.nav.label')}</p>
          <ol>
            ${GUIDE_SECTIONS.map(
              (section) =>
                html`<li>
                  <a class="target" href="#sec-${section}" @click=${(event: Event) => this.onNav(event, section)}
                    >${t(`guide.section.${section}`)}</a
                  >
                </li>`,
            )}
          </ol>
        </nav>
        <div class="sections">${GUIDE_SECTIONS.map((section) => this.renderSection(section, item, ctx))}</div>
      </div>
    </article>`;
  }

  private renderSection(section: GuideSection, item: ServiceItem, ctx: SectionContext) {
    const { t } = ctx;
    const title = t(`guide.section.${section}`);
    const folds = FOLDING_SECTIONS.includes(section);
    const open = this.isOpen(section);
    const heading = folds
      ? html`<h3 class="heading">
          <button
            type="button"
            class="fold target"
            id="head-${section}"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="body-${section}"
            @click=${() => this.toggleSection(section)}
          >
            <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M8.6 5.6 15 12l-6.4 6.4L7.2 17l5-5-5-5z"></path>
            </svg>
            <span class="title">${title}</span>
            <span class="fold-state" aria-hidden="true">${t(open ? 'guide.fold.collapse' : 'guide.fold.expand')}</span>
          </button>
        </h3>`
      : html`<h3 class="heading" id="head-${section}" tabindex="-1"><span class="title">${title}</span></h3>`;
    return html`<section
      class="section ${section}"
      id="sec-${section}"
      part="section"
      aria-labelledby="head-${section}"
      data-section=${section}
    >
      <div class="section-head">
        ${heading}
        <div class="speak" role="group" aria-label=${t('guide.readAloud', { section: title })}>
          <zw-read-aloud text=${sectionSpeech(section, item, t, ctx.list)}></zw-read-aloud>
        </div>
      </div>
      <div
        class="section-body"
        id="body-${section}"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.toggleSection(section, true)}
      >
        ${sectionBody(section, item, ctx)}
      </div>
    </section>`;
  }
}
