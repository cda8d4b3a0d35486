import { expect, fixture, html } from '@open-wc/testing';
import { i18n, loadNamespaces, overrideTranslations, translator } from '../i18n/i18n.js';
import { formatDate, formatList, formatNumber } from '../i18n/format.js';
import { CORE_NS } from '../locales/namespace.js';
import en from '../locales/en.js';
import { takeMissingKeys } from '@zhengwu/test-helpers/missing-keys';
import './test-widget.js';
import type { TestWidget } from './test-widget.js';

describe('i18n', () => {
  it('loads a locale only when something asks for it', async () => {
    // nothing in this file has rendered in zh-TW before this point
    expect(i18n.hasResourceBundle('zh-TW', CORE_NS)).to.equal(false);
    await loadNamespaces('zh-TW', [CORE_NS]);
    expect(i18n.hasResourceBundle('zh-TW', CORE_NS)).to.equal(true);
  });

  it('lets a hall override any string, and re-renders widgets that show it', async () => {
    const el = await fixture<TestWidget>(html`<zw-test-widget lang="en"></zw-test-widget>`);
    expect(el.shadowRoot!.textContent).to.contain('Online');
    overrideTranslations('en', CORE_NS, { status: { online: 'Connected to the hall' } });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Connected to the hall');
    overrideTranslations('en', CORE_NS, { status: { online: en.status.online } });
  });

  it('keeps an override given before the bundle loaded', async () => {
    overrideTranslations('zh-TW', 'core', { status: { loading: '請稍候' } });
    await loadNamespaces('zh-TW', ['core']);
    expect(i18n.getFixedT('zh-TW', 'core')('status.loading')).to.equal('請稍候');
    expect(i18n.getFixedT('zh-TW', 'core')('status.online')).to.equal('網路已連線');
  });

  it('formats numbers, dates and lists with Intl', () => {
    expect(formatNumber('en', 12345.5)).to.equal('12,345.5');
    expect(formatDate('zh-CN', Date.UTC(2026, 0, 1, 0, 0))).to.equal('2026年1月1日');
    expect(formatDate('en', Date.UTC(2026, 0, 1, 0, 0))).to.equal('January 1, 2026');
    expect(formatList('zh-CN', ['身份证', '户口簿', '照片'])).to.equal('身份证、户口簿和照片');
  });
});

describe('missing keys (in the test environment)', () => {
  it('are recorded for the locale asked, even when zh-CN has the key', async () => {
    await loadNamespaces('zh-TW', [CORE_NS]);
    await loadNamespaces('en', [CORE_NS]);
    overrideTranslations('zh-CN', CORE_NS, { test: { onlyInZhCN: '只有简体' } });
    takeMissingKeys();
    expect(translator('zh-CN', CORE_NS)('test.onlyInZhCN')).to.equal('只有简体');
    translator('zh-TW', CORE_NS)('test.onlyInZhCN');
    translator('en', CORE_NS)('test.onlyInZhCN');
    translator('zh-CN', CORE_NS)('test.nowhere');
    translator('en', CORE_NS)('test.nowhere', { count: 1 });
    translator('zh-TW', CORE_NS)('test.nowhere', { count: 1 });
    expect(takeMissingKeys()).to.deep.equal([
      { locale: 'zh-TW', namespace: 'core', key: 'test.onlyInZhCN' },
      { locale: 'en', namespace: 'core', key: 'test.onlyInZhCN' },
      { locale: 'zh-CN', namespace: 'core', key: 'test.nowhere' },
      { locale: 'en', namespace: 'core', key: 'test.nowhere_one' },
      { locale: 'zh-TW', namespace: 'core', key: 'test.nowhere_other' },
    ]);
  });

  it('are recorded when a widget renders one', async () => {
    const { ZwElement } = await import('../element/zw-element.js');
    const { html: litHtml } = await import('lit');
    class Careless extends ZwElement {
      protected renderContent() {
        return litHtml`<p>${this.t('core:status.nope')}</p>`;
      }
    }
    customElements.define('zw-test-careless', Careless);
    await fixture(html`<zw-test-careless lang="en"></zw-test-careless>`);
    expect(takeMissingKeys()).to.deep.include({ locale: 'en', namespace: 'core', key: 'status.nope' });
  });
});
