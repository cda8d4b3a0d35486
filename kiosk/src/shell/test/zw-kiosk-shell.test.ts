import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../zw-kiosk-shell.define.js';
import { ZwTimeoutEvent } from '@zhengwu/ui';
import { renderStory, settle, deepText } from '../../../../test/helpers/stories.js';
import { contrastRatio, effectiveBackground, px } from '../../../../test/helpers/a11y.js';

async function kiosk(mode: 'normal' | 'elder' = 'normal', locale: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN') {
  const provider = await renderStory(html`<zw-kiosk-shell></zw-kiosk-shell>`, locale, mode);
  const shell = provider.querySelector('zw-kiosk-shell')!;
  return { provider, shell, root: shell.shadowRoot! };
}

function center(el: Element) {
  const box = el.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] as [number, number];
}

describe('zw-kiosk-shell', () => {
  it('is accessible', async () => {
    const { provider } = await kiosk();
    await expect(provider).to.be.accessible();
  });

  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    for (const mode of ['normal', 'elder'] as const) {
      it(`is accessible and fully translated in ${locale} / ${mode}`, async () => {
        const { provider } = await kiosk(mode, locale);
        await expect(provider).to.be.accessible();
        expect(deepText(provider)).not.to.match(/\b(kiosk|tiles|ui|core)[.:]\w/);
      });
    }
  }

  it('switches language by touch through the provider', async () => {
    const { provider, shell, root } = await kiosk();
    expect(root.querySelector('h2')!.textContent).to.contain('您好');
    const english = [...root.querySelectorAll('zw-button')].find((b) => b.textContent!.trim() === 'English')!;
    await sendMouse({ type: 'click', position: center(english) });
    await settle(provider);
    expect(provider.lang).to.equal('en');
    expect(root.querySelector('h2')!.textContent).to.contain('Welcome');
    expect(english.getAttribute('pressed')).to.equal('true');
    expect(shell.config.locale).to.equal('en');
  });

  it('turns elder mode on from the keyboard alone', async () => {
    const { provider, shell, root } = await kiosk();
    const elder = [...root.querySelectorAll('zw-button')].at(-1)!;
    elder.focus();
    await sendKeys({ press: 'Enter' });
    await settle(provider);
    expect(shell.config.mode).to.equal('elder');
    expect(px(getComputedStyle(root.querySelector('h2')!).fontSize)).to.be.at.least(40);
  });

  it('forgets the visitor\'s choices when the session times out', async () => {
    const { provider, shell, root } = await kiosk();
    const [, traditional] = root.querySelectorAll('zw-button');
    traditional.click();
    root.querySelectorAll('zw-button')[3].click();
    await settle(provider);
    expect(shell.config).to.include({ locale: 'zh-TW', mode: 'elder' });
    root.querySelector('zw-timeout-dialog')!.dispatchEvent(new ZwTimeoutEvent('expired'));
    await settle(provider);
    expect(shell.config).to.include({ locale: 'zh-CN', mode: 'normal' });
  });

  it('meets the elder sizes', async () => {
    const { root } = await kiosk('elder');
    expect(px(getComputedStyle(root.querySelector('h2')!).fontSize)).to.be.at.least(40);
    for (const text of root.querySelectorAll<HTMLElement>('.tile span, footer')) {
      const style = getComputedStyle(text);
      expect(px(style.fontSize)).to.be.at.least(24);
      expect(contrastRatio(style.color, effectiveBackground(text))).to.be.at.least(7);
    }
    for (const button of root.querySelectorAll('zw-button')) {
      const box = button.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      expect(box.height).to.be.at.least(60);
      expect(box.width).to.be.at.least(60);
    }
  });
});
