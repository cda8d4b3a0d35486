import { expect, fixture, html } from '@open-wc/testing';
import './test-widget.js';
import type { TestWidget } from './test-widget.js';
import { define } from '../define.js';

describe('ZwElement (the base of every widget)', () => {
  it('is accessible in its error state', async () => {
    const el = await fixture<TestWidget>(html`<zw-test-widget mode="huge"></zw-test-widget>`);
    await expect(el).to.be.accessible();
  });

  for (const [attribute, value] of [
    ['mode', 'huge'],
    ['theme', 'purple'],
    ['api-base', 'javascript:alert(1)'],
  ]) {
    it(`shows a visible, translated error for ${attribute}="${value}" instead of a blank widget`, async () => {
      const el = await fixture<TestWidget>(html`<zw-test-widget lang="zh-CN"></zw-test-widget>`);
      el.setAttribute(attribute, value);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert, 'error state').to.exist;
      expect(alert.textContent).to.contain('组件配置有误').and.contain(attribute).and.contain(value);
      expect(alert.getBoundingClientRect().height).to.be.greaterThan(20);
      el.removeAttribute(attribute);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('网络已连接');
    });
  }

  it('fires zw-config-error once per distinct problem', async () => {
    const el = await fixture<TestWidget>(html`<zw-test-widget></zw-test-widget>`);
    const seen: string[] = [];
    el.addEventListener('zw-config-error', (event) => seen.push(event.detail.error.received));
    el.mode = 'big';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    el.mode = 'bigger';
    await el.updateComplete;
    expect(seen).to.deep.equal(['big', 'bigger']);
  });

  it('tolerates a tag being defined twice', () => {
    class Other extends HTMLElement {}
    expect(() => define('zw-test-widget', Other)).not.to.throw();
    expect(customElements.get('zw-test-widget')).not.to.equal(Other);
  });

  it('matches Chinese and English tags best-fit', async () => {
    const cases: [string, string][] = [
      ['zh', 'zh-CN'],
      ['zh-Hans-CN', 'zh-CN'],
      ['zh-HK', 'zh-TW'],
      ['zh-Hant', 'zh-TW'],
      ['en-GB', 'en'],
    ];
    for (const [tag, locale] of cases) {
      const el = await fixture<TestWidget>(html`<zw-test-widget lang=${tag}></zw-test-widget>`);
      expect(el.config.locale, tag).to.equal(locale);
    }
  });
});
