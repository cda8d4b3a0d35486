// Script order on a portal page is not ours to choose: a widget's script may run before the
// provider's. This file must not import zw-provider.define, so the first test sees the tag
// undefined, as such a page does.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { ZwElement } from '../../element/zw-element.js';
import { ZwProvider } from '../zw-provider.js';
import { TestWidget } from '../../test/test-widget.js';

const settled = async (...elements: Element[]) => {
  for (const element of elements) await (element as ZwElement).updateComplete;
};

/** What a widget shows and applies. */
const seen = (widget: TestWidget) => ({
  locale: widget.config.locale,
  mode: widget.getAttribute('data-zw-mode'),
  text: widget.shadowRoot!.textContent!.trim(),
});

class Composite extends ZwElement {
  protected renderContent() {
    return litHtml`<zw-test-widget></zw-test-widget>`;
  }
}
customElements.define('zw-test-composite', Composite);

describe('zw-provider in any order of script loading', () => {
  it('widgets rendered before <zw-provider> is defined switch to its settings when it is', async () => {
    expect(customElements.get('zw-provider'), 'the provider is not defined yet').to.equal(undefined);
    const el = await fixture(
      html`<zw-provider lang="en" mode="elder">
        <zw-test-widget></zw-test-widget>
        <zw-test-composite></zw-test-composite>
      </zw-provider>`,
    );
    const widget = el.querySelector('zw-test-widget')!;
    const composite = el.querySelector('zw-test-composite')!;
    await settled(widget, composite);
    expect(seen(widget)).to.deep.equal({ locale: 'zh-CN', mode: 'normal', text: '网络已连接' });

    await import('../zw-provider.define.js');
    const provider = el as ZwProvider;
    expect(provider).to.be.instanceOf(ZwProvider);
    await settled(provider, widget, composite);
    const inner = composite.shadowRoot!.querySelector('zw-test-widget')!;
    await settled(inner);
    expect(seen(widget)).to.deep.equal({ locale: 'en', mode: 'elder', text: 'Online' });
    expect(seen(inner), 'the parts of a composite widget follow').to.deep.equal({
      locale: 'en',
      mode: 'elder',
      text: 'Online',
    });

    // still subscribed: the late provider's later changes reach the widgets
    provider.lang = 'zh-TW';
    await settled(provider, widget, composite);
    // a composite draws its parts anew once the strings of a new locale have loaded
    const redrawn = composite.shadowRoot!.querySelector('zw-test-widget')!;
    await settled(redrawn);
    expect(seen(widget).text).to.equal('網路已連線');
    expect(seen(redrawn).text).to.equal('網路已連線');
  });

  it('a provider defined first hands its settings to widgets defined after it', async () => {
    await import('../zw-provider.define.js');
    const el = await fixture(html`<zw-provider lang="en" mode="elder"><zw-test-later></zw-test-later></zw-provider>`);
    const pending = el.querySelector('zw-test-later')!;
    expect(pending).not.to.be.instanceOf(TestWidget);
    customElements.define('zw-test-later', class extends TestWidget {});
    const widget = pending as TestWidget;
    await settled(widget);
    expect(seen(widget)).to.deep.equal({ locale: 'en', mode: 'elder', text: 'Online' });
  });

  it('an inner provider defined late takes over from the outer one', async () => {
    await import('../zw-provider.define.js');
    const el = await fixture(
      html`<zw-provider lang="zh-TW">
        <zw-test-late-provider lang="en" mode="elder"><zw-test-widget></zw-test-widget></zw-test-late-provider>
      </zw-provider>`,
    );
    const widget = el.querySelector('zw-test-widget')!;
    await settled(el, widget);
    expect(seen(widget)).to.deep.equal({ locale: 'zh-TW', mode: 'normal', text: '網路已連線' });

    customElements.define('zw-test-late-provider', class extends ZwProvider {});
    const inner = el.querySelector('zw-test-late-provider')!;
    await settled(inner, widget);
    expect(seen(widget)).to.deep.equal({ locale: 'en', mode: 'elder', text: 'Online' });
  });

  it('a widget moved between providers follows the one it is in, and the defaults outside any', async () => {
    await import('../zw-provider.define.js');
    const el = await fixture(
      html`<div>
        <zw-provider id="a" lang="en" mode="elder"><zw-test-widget></zw-test-widget></zw-provider>
        <zw-provider id="b" lang="zh-TW" mode="normal"></zw-provider>
      </div>`,
    );
    const a = el.querySelector<ZwProvider>('#a')!;
    const b = el.querySelector<ZwProvider>('#b')!;
    const widget = el.querySelector('zw-test-widget')!;
    await settled(a, b, widget);
    expect(seen(widget)).to.deep.equal({ locale: 'en', mode: 'elder', text: 'Online' });

    b.append(widget);
    await settled(widget);
    expect(seen(widget)).to.deep.equal({ locale: 'zh-TW', mode: 'normal', text: '網路已連線' });
    // the old provider's changes no longer reach it; the new one's do
    a.lang = 'zh-CN';
    b.mode = 'elder';
    await settled(a, b, widget);
    expect(seen(widget)).to.deep.equal({ locale: 'zh-TW', mode: 'elder', text: '網路已連線' });

    el.append(widget);
    await settled(widget);
    expect(seen(widget), 'outside every provider').to.deep.equal({ locale: 'zh-CN', mode: 'normal', text: '网络已连接' });

    a.append(widget);
    await settled(widget);
    expect(seen(widget)).to.deep.equal({ locale: 'zh-CN', mode: 'elder', text: '网络已连接' });
  });
});
