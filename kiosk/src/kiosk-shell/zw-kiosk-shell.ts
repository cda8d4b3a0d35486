import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { LOCALES, ZwElement, ZwPreferenceChangeEvent, baseStyles, type Locale } from '@zhengwu/core';
import '@zhengwu/ui/button/zw-button.define';
import '@zhengwu/ui/timeout-dialog/zw-timeout-dialog.define';
import '@zhengwu/service-guide/service-catalog/zw-service-catalog.define';
import '@zhengwu/service-guide/service-guide/zw-service-guide.define';
import '@zhengwu/service-guide/service-checklist/zw-service-checklist.define';
import '@zhengwu/progress/progress-lookup/zw-progress-lookup.define';
import '@zhengwu/queue/queue-ticket/zw-queue-ticket.define';
import type { ZwServiceSelectEvent } from '@zhengwu/service-guide/service-catalog/zw-service-catalog-events';
import type { ZwGuidePrintEvent } from '@zhengwu/service-guide/service-guide/zw-service-guide-events';
import { KIOSK_NS } from '../locales/namespace.js';
import { kioskCredential } from './kiosk-credential.js';
import { parseRoute, routeHash, type KioskRoute } from './kiosk-route.js';
import { kioskShellStyles } from './zw-kiosk-shell.styles.js';

const SERVICES = ['guide', 'ticket', 'progress', 'rating'] as const;
/** Services whose widgets have landed; the others say 即将开通. */
const OPEN: ReadonlySet<string> = new Set(['guide', 'ticket', 'progress']);
/** Where an open tile leads. */
const TILE_ROUTES: Partial<Record<(typeof SERVICES)[number], KioskRoute>> = {
  guide: { view: 'catalog' },
  ticket: { view: 'ticket' },
  progress: { view: 'progress' },
};
const SCRIPT_TAGS: Record<Locale, string> = { 'zh-CN': 'zh-Hans', 'zh-TW': 'zh-Hant', en: 'en' };

/** Each language named in itself (简体中文, 繁體中文, English), so a visitor finds their own. */
const LANGUAGES = LOCALES.map((locale) => ({
  locale,
  label: new Intl.DisplayNames([locale], { type: 'language' }).of(SCRIPT_TAGS[locale]) ?? locale,
}));

/**
 * @tag zw-kiosk-shell
 * @summary The self-service kiosk: hall header with clock, language and 长辈模式 switches, the
 * service tiles, the 办事指南 (catalog → guide → printed 一次性告知单), and the idle timeout
 * that wipes a visit and returns home.
 *
 * Views live in the address's hash (`#/guide`, `#/guide/<实施编码>`, `#/ticket`, `#/progress`), so the browser's back
 * button and a reload keep the visitor where they were.
 *
 * @fires zw-preference-change - The visitor chose a language or elder mode.
 */
export class ZwKioskShell extends ZwElement {
  static override i18nNamespaces = [KIOSK_NS];
  static override styles = [baseStyles, kioskShellStyles];

  @state() private now = new Date();
  @state() private route: KioskRoute = parseRoute(location.hash);
  /** The item whose checklist is being printed. */
  @state() private printing?: string;
  /** Issues tickets as this kiosk, not as an anonymous client. */
  private readonly kioskToken = kioskCredential();
  private clock?: ReturnType<typeof setInterval>;
  private readonly onHashChange = () => {
    this.route = parseRoute(location.hash);
    this.printing = undefined;
    // Focus follows the view, so a keyboard or screen-reader user starts at its top.
    void this.updateComplete.then(() =>
      this.shadowRoot
        ?.querySelector<HTMLElement>('zw-service-catalog, zw-service-guide, zw-progress-lookup, zw-queue-ticket, main h2')
        ?.focus(),
    );
  };
  private readonly onAfterPrint = () => (this.printing = undefined);

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => (this.now = new Date()), 15_000);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** Goes to a view: a new hash renders through `hashchange`; home (no hash) and the view already shown render now. */
  go(route: KioskRoute) {
    const hash = routeHash(route);
    if (hash && hash !== location.hash) {
      location.hash = hash;
      return;
    }
    if (!hash && location.hash) history.pushState(null, '', location.pathname + location.search);
    this.onHashChange();
  }

  private choose(change: ConstructorParameters<typeof ZwPreferenceChangeEvent>[0]) {
    this.dispatchEvent(new ZwPreferenceChangeEvent(change));
  }

  /** The visitor left: forget their choices and show the home screen to the next one. */
  private wipe() {
    this.choose({ reset: true });
    this.go({ view: 'home' });
    this.shadowRoot?.querySelector('main')?.scrollTo({ top: 0 });
    window.scrollTo({ top: 0 });
  }

  private renderView() {
    const route = this.route;
    if (route.view === 'catalog') {
      return html`
        <nav class="back"><zw-button variant="secondary" @click=${() => this.go({ view: 'home' })}>${this.t('backHome')}</zw-button></nav>
        <zw-service-catalog
          keyboard
          @zw-service-select=${(event: ZwServiceSelectEvent) => this.go({ view: 'guide', code: event.detail.code })}
        ></zw-service-catalog>
      `;
    }
    if (route.view === 'progress') {
      return html`
        <nav class="back"><zw-button variant="secondary" @click=${() => this.go({ view: 'home' })}>${this.t('backHome')}</zw-button></nav>
        <zw-progress-lookup keyboard="on-screen" channel="kiosk"></zw-progress-lookup>
      `;
    }
    if (route.view === 'ticket') {
      return html`
        <nav class="back"><zw-button variant="secondary" @click=${() => this.go({ view: 'home' })}>${this.t('backHome')}</zw-button></nav>
        <zw-queue-ticket .kioskToken=${this.kioskToken} paper="80mm"></zw-queue-ticket>
      `;
    }
    if (route.view === 'guide') {
      return html`
        <nav class="back">
          <zw-button variant="secondary" @click=${() => this.go({ view: 'catalog' })}>${this.t('backCatalog')}</zw-button>
          <zw-button variant="secondary" @click=${() => this.go({ view: 'home' })}>${this.t('backHome')}</zw-button>
        </nav>
        <p class="printing" role="status">${this.printing ? this.t('printing') : nothing}</p>
        <zw-service-guide
          item=${route.code}
          @zw-guide-print=${(event: ZwGuidePrintEvent) => (this.printing = event.detail.code)}
        ></zw-service-guide>
        ${
          this.printing
            ? html`<div class="paper">
                <zw-service-checklist
                  item=${this.printing}
                  layout="receipt"
                  @zw-service-checklist-load=${() => window.print()}
                ></zw-service-checklist>
              </div>`
            : nothing
        }
      `;
    }
    return html`
      <h2 tabindex="-1">${this.t('welcome')}</h2>
      <ul class="tiles">
        ${SERVICES.map((service) => html`<li>${OPEN.has(service) ? this.renderOpenTile(service) : this.renderSoonTile(service)}</li>`)}
      </ul>
    `;
  }

  private renderOpenTile(service: (typeof SERVICES)[number]) {
    return html`<a class="tile open" href=${routeHash(TILE_ROUTES[service] ?? { view: 'home' })}>
      <strong>${this.t(`tiles.${service}.title`)}</strong>
      <span>${this.t(`tiles.${service}.hint`)}</span>
    </a>`;
  }

  private renderSoonTile(service: (typeof SERVICES)[number]) {
    return html`<div class="tile">
      <strong>${this.t(`tiles.${service}.title`)}</strong>
      <span>${this.t(`tiles.${service}.hint`)}</span>
      <span class="badge">${this.t('comingSoon')}</span>
    </div>`;
  }

  protected renderContent() {
    const elder = this.config.mode === 'elder';
    return html`
      <header>
        <h1 class="hall">${this.t('hallName')}<span class="zone">${this.t('zone')}</span></h1>
        <time class="clock" datetime=${this.now.toISOString()}>
          ${this.localize.date(this.now, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        <div class="controls" role="group" aria-label=${this.t('language')}>
          ${LANGUAGES.map(
            ({ locale, label }) =>
              html`<zw-button lang=${locale} pressed=${this.locale === locale ? 'true' : 'false'} @click=${() => this.choose({ locale })}
                >${label}</zw-button
              >`,
          )}
          <zw-button pressed=${elder ? 'true' : 'false'} @click=${() => this.choose({ mode: elder ? 'normal' : 'elder' })}
            >${this.t('elderMode')}</zw-button
          >
        </div>
      </header>
      <main>${this.renderView()}</main>
      <footer>${this.t('footer')}</footer>
      <zw-timeout-dialog @zw-timeout=${() => this.wipe()}></zw-timeout-dialog>
    `;
  }
}
