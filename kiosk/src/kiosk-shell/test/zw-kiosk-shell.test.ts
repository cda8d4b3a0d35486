import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../zw-kiosk-shell.define.js';
import { parseRoute, routeHash } from '../kiosk-route.js';
import { hallServer } from '@zhengwu/test-helpers/hall-server';
import { ZwTimeoutEvent } from '@zhengwu/ui';
import { renderStory, settle, deepText } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';
import { center, waitFor } from '@zhengwu/test-helpers/dom';

async function kiosk(mode: 'normal' | 'elder' = 'normal', locale: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN', apiBase?: string) {
  const provider = await renderStory(html`<zw-kiosk-shell></zw-kiosk-shell>`, locale, mode);
  if (apiBase) provider.setAttribute('api-base', apiBase);
  const shell = provider.querySelector('zw-kiosk-shell')!;
  return { provider, shell, root: shell.shadowRoot! };
}

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

describe('zw-kiosk-shell', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('is accessible', async () => {
    const { provider } = await kiosk();
    await expect(provider).to.be.accessible();
  });

  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    for (const mode of ['normal', 'elder'] as const) {
      it(`is accessible and fully translated in ${locale} / ${mode}`, async () => {
        const { provider } = await kiosk(mode, locale);
        await expect(provider).to.be.accessible();
        // every string it rendered exists in this locale, or the missing-key handler fails it
        expect(deepText(provider).trim()).not.to.equal('');
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

  it("forgets the visitor's choices when the session times out", async () => {
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

  it('routes by the hash: #/guide is the catalog, #/guide/<code> a guide, anything else home', () => {
    expect(parseRoute('')).to.deep.equal({ view: 'home' });
    expect(parseRoute('#/guide')).to.deep.equal({ view: 'catalog' });
    expect(parseRoute('#/progress')).to.deep.equal({ view: 'progress' });
    expect(routeHash({ view: 'progress' })).to.equal('#/progress');
    expect(parseRoute('#/ticket')).to.deep.equal({ view: 'ticket' });
    expect(routeHash({ view: 'ticket' })).to.equal('#/ticket');
    expect(parseRoute('#/ticket/A001')).to.deep.equal({ view: 'home' });
    expect(parseRoute('#/guide/GA-001')).to.deep.equal({ view: 'guide', code: 'GA-001' });
    expect(parseRoute('#/guide/<script>')).to.deep.equal({ view: 'home' });
    expect(parseRoute('#/elsewhere')).to.deep.equal({ view: 'home' });
    expect(routeHash({ view: 'guide', code: 'GA-001' })).to.equal('#/guide/GA-001');
  });

  it('办事指南 on the real hall server: tile → on-screen sfz → a 身份证 guide → back home on timeout', async function () {
    this.timeout(40_000);
    const { url } = await hallServer();
    const { provider, shell, root } = await kiosk('normal', 'zh-CN', `${url}/api`);
    const tiles = [...root.querySelectorAll<HTMLElement>('.tile')];
    expect(tiles.filter((tile) => tile.textContent!.includes('即将开通'))).to.have.length(1);
    const guideTile = root.querySelector<HTMLAnchorElement>('a.tile')!;
    expect(guideTile.textContent).to.contain('办事指南');
    guideTile.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean(root.querySelector('zw-service-catalog')), 'the catalog view');
    expect(location.hash).to.equal('#/guide');
    const catalog = root.querySelector('zw-service-catalog')!;
    await waitFor(() => catalog.searchReady, 'the catalog from the server');
    await settle(provider);
    const keyboard = catalog.shadowRoot!.querySelector('zw-letter-keyboard')!;
    for (const letter of 'sfz') {
      const key = keyboard.shadowRoot!.querySelector(`button[data-key="${letter}"]`)!;
      key.scrollIntoView({ block: 'center' });
      await sendMouse({ type: 'click', position: center(key) });
    }
    await waitFor(() => catalog.results.length > 0, 'results for sfz');
    expect(catalog.results.every((item) => item.name.includes('身份证'))).to.equal(true);
    const chosen = catalog.results[0];
    const list = catalog.shadowRoot!.querySelector('.list')!;
    list.scrollIntoView({ block: 'start' });
    await waitFor(() => Boolean(catalog.shadowRoot!.querySelector('.row .choice')), 'a rendered row');
    const row = catalog.shadowRoot!.querySelector<HTMLElement>('.row .choice')!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean(root.querySelector('zw-service-guide')), 'the guide view');
    expect(location.hash).to.equal(`#/guide/${encodeURIComponent(chosen.code)}`);
    const guide = root.querySelector('zw-service-guide')!;
    expect(guide.getAttribute('item')).to.equal(chosen.code);
    await waitFor(() => deepText(guide.shadowRoot!).includes(chosen.name), 'the guide text');
    await expect(provider).to.be.accessible();

    root.querySelector('zw-timeout-dialog')!.dispatchEvent(new ZwTimeoutEvent('expired'));
    await settle(provider);
    expect(location.hash).to.equal('');
    expect(root.querySelector('zw-service-guide')).to.equal(null);
    expect(root.querySelector('h2')!.textContent).to.contain('您好');
    expect(shell.config.locale).to.equal('zh-CN');
  });

  it('排队取号 on the real hall server: the tile opens the categories, issuing as this kiosk; the token leaves the address', async function () {
    this.timeout(40_000);
    const { url } = await hallServer();
    localStorage.removeItem('zw-kiosk-token');
    const token = 'kiosk-token-for-this-test-0123456789';
    history.replaceState(null, '', `${location.pathname}?kiosk-token=${token}`);
    const { provider, root } = await kiosk('normal', 'zh-CN', `${url}/api`);
    expect(location.search).to.equal('');
    expect(localStorage.getItem('zw-kiosk-token')).to.equal(token);
    const tile = [...root.querySelectorAll<HTMLAnchorElement>('a.tile')].find((link) => link.textContent!.includes('排队取号'))!;
    tile.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => Boolean(root.querySelector('zw-queue-ticket')), 'the ticket view');
    expect(location.hash).to.equal('#/ticket');
    const ticket = root.querySelector('zw-queue-ticket')!;
    expect(ticket.kioskToken).to.equal(token);
    await waitFor(() => deepText(ticket.shadowRoot!).includes('出入境证件'), 'the categories from the server');
    await expect(provider).to.be.accessible();
    root.querySelector('zw-timeout-dialog')!.dispatchEvent(new ZwTimeoutEvent('expired'));
    await settle(provider);
    expect(root.querySelector('zw-queue-ticket')).to.equal(null);
    expect(localStorage.getItem('zw-kiosk-token')).to.equal(token, 'a visit’s wipe keeps the kiosk’s own credential');
    localStorage.removeItem('zw-kiosk-token');
  });
});
