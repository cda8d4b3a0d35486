import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { LOCALES, ZwElement, ZwPreferenceChangeEvent, baseStyles, type Locale } from '@zhengwu/core';
import '@zhengwu/ui/button/zw-button.define';
import '@zhengwu/ui/timeout-dialog/zw-timeout-dialog.define';
import { KIOSK_NS } from '../locales/namespace.js';
import { kioskShellStyles } from './zw-kiosk-shell.styles.js';

const SERVICES = ['guide', 'ticket', 'progress', 'rating'] as const;
const SCRIPT_TAGS: Record<Locale, string> = { 'zh-CN': 'zh-Hans', 'zh-TW': 'zh-Hant', en: 'en' };

/** Each language named in itself (简体中文, 繁體中文, English), so a visitor finds their own. */
const LANGUAGES = LOCALES.map((locale) => ({
  locale,
  label: new Intl.DisplayNames([locale], { type: 'language' }).of(SCRIPT_TAGS[locale]) ?? locale,
}));

/**
 * @tag zw-kiosk-shell
 * @summary The self-service kiosk: hall header with clock, language and 长辈模式 switches, the
 * service tiles, and the idle timeout that wipes a visit and returns home.
 *
 * @fires zw-preference-change - The visitor chose a language or elder mode.
 */
export class ZwKioskShell extends ZwElement {
  static override i18nNamespaces = [KIOSK_NS];
  static override styles = [baseStyles, kioskShellStyles];

  @state() private now = new Date();
  private clock?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => (this.now = new Date()), 15_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  private choose(change: ConstructorParameters<typeof ZwPreferenceChangeEvent>[0]) {
    this.dispatchEvent(new ZwPreferenceChangeEvent(change));
  }

  /** The visitor left: forget their choices and show the home screen to the next one. */
  private wipe() {
    this.choose({ reset: true });
    this.shadowRoot?.querySelector('main')?.scrollTo({ top: 0 });
    window.scrollTo({ top: 0 });
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
            ({ locale, label }) => html`<zw-button
              lang=${locale}
              pressed=${this.locale === locale ? 'true' : 'false'}
              @click=${() => this.choose({ locale })}
              >${label}</zw-button
            >`,
          )}
          <zw-button
            pressed=${elder ? 'true' : 'false'}
            @click=${() => this.choose({ mode: elder ? 'normal' : 'elder' })}
            >${this.t('elderMode')}</zw-button
          >
        </div>
      </header>
      <main>
        <h2>${this.t('welcome')}</h2>
        <ul class="tiles">
          ${SERVICES.map(
            (service) => html`<li class="tile">
              <strong>${this.t(`tiles.${service}.title`)}</strong>
              <span>${this.t(`tiles.${service}.hint`)}</span>
              <span class="badge">${this.t('comingSoon')}</span>
            </li>`,
          )}
        </ul>
      </main>
      <footer>${this.t('footer')}</footer>
      <zw-timeout-dialog @zw-timeout=${() => this.wipe()}></zw-timeout-dialog>
    `;
  }
}
