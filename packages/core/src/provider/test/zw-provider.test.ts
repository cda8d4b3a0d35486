import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../zw-provider.define.js';
import '../../test/test-widget.js';
import type { ZwProvider } from '../zw-provider.js';
import type { TestWidget } from '../../test/test-widget.js';
import { ZwConfigErrorEvent } from '../../events/zw-config-error-event.js';

describe('zw-provider', () => {
  it('is accessible', async () => {
    const el = await fixture<ZwProvider>(html`<zw-provider><zw-test-widget></zw-test-widget></zw-provider>`);
    await expect(el).to.be.accessible();
  });

  it('hands its configuration to widgets inside it', async () => {
    const el = await fixture<ZwProvider>(
      html`<zw-provider
        api-base="https://hall.example.gov.cn/api/"
        lang="en"
        mode="elder"
        theme="dark"
        hall-id="H1"
        window-id="3"
        idle-timeout="90"
        idle-warning="25"
        request-timeout="20000"
        ><zw-test-widget></zw-test-widget
      ></zw-provider>`,
    );
    const widget = el.querySelector('zw-test-widget')!;
    await widget.updateComplete;
    expect(widget.config).to.deep.equal({
      apiBase: 'https://hall.example.gov.cn/api',
      locale: 'en',
      mode: 'elder',
      theme: 'dark',
      hallId: 'H1',
      windowId: '3',
      idleTimeout: 90,
      idleWarning: 25,
      requestTimeout: 20000,
    });
    expect(widget.getAttribute('data-zw-mode')).to.equal('elder');
    expect(widget.getAttribute('data-zw-theme')).to.equal('dark');
    expect(widget.shadowRoot!.textContent).to.contain('Online');
  });

  it('rejects a request timeout that is not a whole number of ms ≥ 1000, in the element’s language', async () => {
    const el = await fixture<ZwProvider>(
      html`<zw-provider><zw-test-widget lang="zh-CN" request-timeout="5s"></zw-test-widget></zw-provider>`,
    );
    const widget = el.querySelector('zw-test-widget')!;
    await widget.updateComplete;
    const text = widget.shadowRoot!.textContent ?? '';
    expect(text).to.contain('request-timeout').and.contain('不小于 1000 的整数毫秒数');
    expect(text).not.to.match(/milliseconds/);
  });

  it("lets a widget's own attribute win over the provider", async () => {
    const el = await fixture<ZwProvider>(
      html`<zw-provider lang="en" mode="elder">
        <zw-test-widget lang="zh-TW" mode="normal"></zw-test-widget>
      </zw-provider>`,
    );
    const widget = el.querySelector('zw-test-widget')!;
    await widget.updateComplete;
    expect(widget.config.locale).to.equal('zh-TW');
    expect(widget.config.mode).to.equal('normal');
    expect(widget.shadowRoot!.textContent).to.contain('網路已連線');
  });

  it('lets an inner provider win over an outer one', async () => {
    const el = await fixture<ZwProvider>(
      html`<zw-provider theme="dark" api-base="/outer">
        <zw-provider theme="high-contrast"><zw-test-widget></zw-test-widget></zw-provider>
      </zw-provider>`,
    );
    const widget = el.querySelector('zw-test-widget')!;
    await widget.updateComplete;
    expect(widget.config.theme).to.equal('high-contrast');
    expect(widget.config.apiBase).to.equal('/outer');
  });

  it('re-renders widgets when the locale changes', async () => {
    const el = await fixture<ZwProvider>(html`<zw-provider lang="zh-CN"><zw-test-widget></zw-test-widget></zw-provider>`);
    const widget = el.querySelector<TestWidget>('zw-test-widget')!;
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.contain('网络已连接');
    el.lang = 'en';
    await el.updateComplete;
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.contain('Online');
  });

  it('falls back to the page language, then zh-CN, for a standalone widget', async () => {
    const html_ = document.documentElement;
    const before = html_.lang;
    try {
      html_.lang = 'zh-Hant-HK';
      const widget = await fixture<TestWidget>(html`<zw-test-widget></zw-test-widget>`);
      expect(widget.config.locale).to.equal('zh-TW');
      html_.lang = 'fr';
      const other = await fixture<TestWidget>(html`<zw-test-widget></zw-test-widget>`);
      expect(other.config.locale).to.equal('zh-CN');
    } finally {
      html_.lang = before;
    }
  });

  it('shows a translated error naming a bad attribute and still renders its content', async () => {
    const el = document.createElement('zw-provider');
    el.setAttribute('lang', 'en');
    el.setAttribute('idle-warning', '5');
    el.innerHTML = '<zw-test-widget></zw-test-widget>';
    const event = oneEvent(el, 'zw-config-error');
    document.body.append(el);
    const { detail } = (await event) as ZwConfigErrorEvent;
    expect(detail.error.attribute).to.equal('idle-warning');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('idle-warning').and.contain('≥ 20').and.contain('misconfigured');
    const widget = el.querySelector('zw-test-widget')!;
    await widget.updateComplete;
    expect(widget.config.idleWarning).to.equal(30);
    el.remove();
  });
});

describe('zw-provider preferences', () => {
  it('applies a preference change from inside, and resets to what the page set', async () => {
    const { ZwPreferenceChangeEvent } = await import('../../events/zw-preference-change-event.js');
    const el = await fixture<ZwProvider>(html`<zw-provider lang="zh-CN" theme="dark"><zw-test-widget></zw-test-widget></zw-provider>`);
    const widget = el.querySelector('zw-test-widget')!;
    let escaped = 0;
    document.body.addEventListener('zw-preference-change', () => (escaped += 1), { once: true });
    widget.dispatchEvent(new ZwPreferenceChangeEvent({ locale: 'en', mode: 'elder' }));
    await el.updateComplete;
    await widget.updateComplete;
    expect(widget.config.locale).to.equal('en');
    expect(widget.config.mode).to.equal('elder');
    expect(escaped, 'the nearest provider answers').to.equal(0);
    widget.dispatchEvent(new ZwPreferenceChangeEvent({ reset: true }));
    await el.updateComplete;
    await widget.updateComplete;
    expect(widget.config).to.include({ locale: 'zh-CN', mode: 'normal', theme: 'dark' });
  });
});

describe('composite widgets', () => {
  it('hand their own resolved settings to the elements inside their shadow DOM', async () => {
    const { html: litHtml } = await import('lit');
    const { ZwElement } = await import('../../element/zw-element.js');
    class Outer extends ZwElement {
      protected renderContent() {
        return litHtml`<zw-test-widget></zw-test-widget>`;
      }
    }
    customElements.define('zw-test-outer', Outer);
    const el = await fixture<ZwProvider>(
      html`<zw-provider lang="zh-CN"><zw-test-outer lang="en" mode="elder"></zw-test-outer></zw-provider>`,
    );
    const outer = el.querySelector('zw-test-outer')! as InstanceType<typeof Outer>;
    await outer.updateComplete;
    const inner = outer.shadowRoot!.querySelector('zw-test-widget')!;
    await inner.updateComplete;
    expect(inner.config.locale).to.equal('en');
    expect(inner.config.mode).to.equal('elder');
  });
});
