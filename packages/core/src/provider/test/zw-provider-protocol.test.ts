// Widgets answer and ask for their configuration by the @lit/context protocol, so other code
// that uses @lit/context (another copy of the toolkit on the page, a portal's own element)
// works with them both ways.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { configContext } from '../../config/context.js';
import { DEFAULT_CONFIG, type ZwConfig } from '../../config/config.js';
import '../zw-provider.define.js';
import type { ZwProvider } from '../zw-provider.js';
import type { TestWidget } from '../../test/test-widget.js';
import '../../test/test-widget.js';

class LitConsumer extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: configContext, subscribe: true });
}
customElements.define('zw-test-lit-consumer', LitConsumer);

describe('zw-provider and widgets speak @lit/context', () => {
  it('a ContextConsumer inside a provider gets its settings and their changes', async () => {
    const el = await fixture<ZwProvider>(html`<zw-provider lang="en"><zw-test-lit-consumer></zw-test-lit-consumer></zw-provider>`);
    await el.updateComplete;
    const consumer = el.querySelector<LitConsumer>('zw-test-lit-consumer')!.consumer;
    expect(consumer.value?.locale).to.equal('en');
    el.mode = 'elder';
    await el.updateComplete;
    expect(consumer.value?.mode).to.equal('elder');
  });

  it('a widget follows a ContextProvider around it, also one that connects after it', async () => {
    const el = await fixture<HTMLElement>(html`<div><zw-test-widget></zw-test-widget></div>`);
    const widget = el.querySelector<TestWidget>('zw-test-widget')!;
    await widget.updateComplete;
    expect(widget.config.locale).to.equal('zh-CN');

    const provider = new ContextProvider(el, { context: configContext, initialValue: { ...DEFAULT_CONFIG, locale: 'en' } as ZwConfig });
    provider.hostConnected();
    await widget.updateComplete;
    expect(widget.config.locale).to.equal('en');
    expect(widget.shadowRoot!.textContent).to.contain('Online');

    provider.setValue({ ...provider.value, mode: 'elder' });
    await widget.updateComplete;
    expect(widget.getAttribute('data-zw-mode')).to.equal('elder');
  });
});
