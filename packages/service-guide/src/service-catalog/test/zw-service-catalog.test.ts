import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ServiceItemSummary } from '@zhengwu/core/contract';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../zw-service-catalog.define.js';
import type { ZwServiceCatalog } from '../zw-service-catalog.js';
import { clearSavedCatalogs } from '../catalog-source.js';
import * as stories from '../stories/zw-service-catalog.stories.js';
import { SAMPLE_CATALOG } from '../stories/sample-catalog.js';
import { failingClient } from '../stories/catalog-clients.js';
import { describeStoryMatrix, renderStory } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';
import { hallServer } from '@zhengwu/test-helpers/hall-server';
import { center, text, waitFor } from '@zhengwu/test-helpers/dom';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const rowNames = (el: ZwServiceCatalog) => $$(el, '.row .name').map((name) => text(name));

/** The list shows rows and the count is final. */
async function searched(el: ZwServiceCatalog) {
  await waitFor(() => el.searchReady && !/…/.test(text($(el, '.count'))), 'the count');
  await el.updateComplete;
  // The list renders the rows in view: bring it into view, as a visitor scrolling would.
  $(el, '.list')?.scrollIntoView({ block: 'start' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

async function catalogFrom(items: ServiceItemSummary[], extra = html``) {
  const el = await fixture<ZwServiceCatalog>(html`<zw-service-catalog .items=${items}>${extra}</zw-service-catalog>`);
  await searched(el);
  return el;
}

/** Presses letters on the on-screen keyboard with the mouse, as a visitor's finger would. */
async function tapLetters(el: ZwServiceCatalog, letters: string | string[]) {
  await waitFor(() => Boolean($(el, 'zw-letter-keyboard')?.shadowRoot?.querySelector('button[data-key="s"]')), 'the keyboard');
  const keyboard = $(el, 'zw-letter-keyboard')!;
  for (const letter of letters) {
    const key = keyboard.shadowRoot!.querySelector(`button[data-key="${letter}"]`)!;
    key.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: center(key) });
  }
}

// The virtualizer re-measures rows inside ResizeObserver callbacks; Chromium reports that as a
// benign window error, which the virtualizer's own helper keeps out of the test results.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

describe('zw-service-catalog', () => {
  it('is accessible', async () => {
    const el = await renderStory(stories.default.render(stories.default.args));
    const catalog = el.querySelector('zw-service-catalog')!;
    await searched(catalog);
    await expect(catalog).to.be.accessible();
  });

  describe('stories', () => {
    describeStoryMatrix(stories);
  });

  describe('against the real hall server', () => {
    let stopped = false;
    const stopServer = async () => {
      await hallServer('stop');
      stopped = true;
    };
    afterEach(async () => {
      if (stopped) await hallServer('start');
      stopped = false;
    });

    it('typing sfz on the on-screen keyboard finds the 身份证 items; hz finds 护照 and 户政', async () => {
      await clearSavedCatalogs();
      const { url } = await hallServer();
      const el = await fixture<ZwServiceCatalog>(html`<zw-service-catalog keyboard api-base=${`${url}/api`}></zw-service-catalog>`);
      const ready = await oneEvent(el, 'zw-service-catalog-load');
      // The server's prebuilt index for this catalog version: nothing to build on the kiosk.
      expect(ready.detail.prebuilt).to.equal(true);
      expect(ready.detail.fromCache).to.equal(false);
      await tapLetters(el, 'sfz');
      expect(el.query).to.equal('sfz');
      await searched(el);
      await tapLetters(el, ['submit']);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.row .choice'));
      const found = rowNames(el);
      expect(found.length).to.be.greaterThan(1);
      for (const name of found) expect(name).to.contain('身份证');
      expect(text($(el, 'mark'))).to.equal('身份证');
      expect(text($(el, '.count'))).to.match(/^找到 \d+ 项$/);

      await tapLetters(el, ['clear', 'h', 'z']);
      await searched(el);
      const hz = el.results.map((item) => item.name);
      expect(el.query).to.equal('hz');
      expect(
        hz.some((name) => name.includes('护照')),
        hz.join('、'),
      ).to.equal(true);
      expect(hz.some((name) => name.includes('户政'))).to.equal(true);
    });

    it('finds what visitors mean in the hall catalog: everyday names, a sentence, an accent, traditional characters', async function () {
      this.timeout(30_000);
      await clearSavedCatalogs();
      const { url } = await hallServer();
      const el = await fixture<ZwServiceCatalog>(html`<zw-service-catalog keyboard api-base=${`${url}/api`}></zw-service-catalog>`);
      await oneEvent(el, 'zw-service-catalog-load');
      // A southern speaker's shenfenzheng, on the on-screen keyboard.
      await tapLetters(el, 'senfenzheng');
      await searched(el);
      expect(
        rowNames(el)
          .slice(0, 5)
          .some((name) => name.includes('身份证')),
      ).to.equal(true);
      // Chinese comes from an input method or a physical keyboard.
      const expected: [string, string][] = [
        ['社保卡', '社会保障卡申领'],
        ['驾照', '机动车驾驶证期满换证'],
        ['身份证丢了', '居民身份证补领'],
        ['護照', '普通护照签发'],
      ];
      for (const [typed, meant] of expected) {
        el.query = '';
        await el.updateComplete;
        const input = $<HTMLInputElement>(el, 'input')!;
        input.focus();
        document.execCommand('insertText', false, typed);
        expect(el.query).to.equal(typed);
        await searched(el);
        expect(rowNames(el).slice(0, 5), typed).to.include(meant);
      }
    });

    it('keeps working offline from the saved copy, and says so', async () => {
      await clearSavedCatalogs();
      const { url } = await hallServer();
      const first = await fixture<ZwServiceCatalog>(html`<zw-service-catalog api-base=${`${url}/api`}></zw-service-catalog>`);
      await waitFor(() => first.searchReady, 'the catalog');
      expect(first.fromCache).to.equal(false);
      await stopServer();
      const offline = await fixture<ZwServiceCatalog>(html`<zw-service-catalog api-base=${`${url}/api`} query="hz"></zw-service-catalog>`);
      const ready = await oneEvent(offline, 'zw-service-catalog-load');
      expect(ready.detail.fromCache).to.equal(true);
      expect(ready.detail.prebuilt, 'the saved index is used offline').to.equal(true);
      expect(offline.fromCache).to.equal(true);
      await searched(offline);
      expect(text($(offline, '.notice'))).to.contain('网络未连接');
      expect(rowNames(offline).some((name) => name.includes('护照'))).to.equal(true);
      await expect(offline).to.be.accessible();
    });

    it('offline with nothing saved: a translated message and a retry that recovers', async () => {
      await clearSavedCatalogs();
      const { url } = await hallServer();
      await stopServer();
      const el = await fixture<ZwServiceCatalog>(html`<zw-service-catalog lang="en" api-base=${`${url}/api`}></zw-service-catalog>`);
      await waitFor(() => el.status === 'offline', 'the offline state');
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain('cannot be reached');
      await expect(el).to.be.accessible();
      await hallServer('start');
      stopped = false;
      const retry = $(el, '.failure zw-button')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => el.searchReady, 'the catalog after retry');
      expect(el.status).to.equal('ready');
    });
  });

  it('searches as a physical keyboard types: Chinese, full pinyin, mixed', async () => {
    const el = await catalogFrom(SAMPLE_CATALOG);
    $(el, 'input')!.focus();
    await sendKeys({ type: 'gongjij' });
    await searched(el);
    expect(rowNames(el).length).to.be.greaterThan(0);
    for (const name of rowNames(el)) expect(name).to.contain('公积金');
    // Enter (or the on-screen search key) takes the visitor to the first result.
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.row .choice'));
    el.query = '结婚';
    await searched(el);
    expect(rowNames(el).every((name) => name.includes('结婚'))).to.equal(true);
    el.query = 'zzqqxx';
    await searched(el);
    expect(rowNames(el)).to.deep.equal([]);
    expect(text($(el, '.count'))).to.equal('没有找到与“zzqqxx”相关的事项');
    expect(text($(el, '.message'))).to.contain('拼音首字母');
  });

  it('never leaves a bare empty list: the closest items, the 高频 tiles and the staff', async () => {
    const el = await catalogFrom(SAMPLE_CATALOG);
    el.query = 'jiehunqqqq';
    await searched(el);
    expect(rowNames(el)).to.deep.equal([]);
    const closest = $$(el, '.closest .tile').map((tile) => text(tile));
    expect(closest.length).to.be.greaterThan(0);
    for (const name of closest) expect(name).to.contain('结婚');
    expect($$(el, '.none .tiles .tile').length).to.be.greaterThan(0);
    expect(text($(el, '.ask'))).to.contain('工作人员');
    await expect(el).to.be.accessible();
  });

  it('searches a new catalog with its own index when .items changes', async () => {
    const el = await catalogFrom(SAMPLE_CATALOG);
    el.query = 'hz';
    await searched(el);
    expect(el.results.length).to.be.greaterThan(1);
    const passports = SAMPLE_CATALOG.filter((item) => item.name.includes('护照'));
    el.items = passports;
    await searched(el);
    expect(el.results.map((item) => item.name)).to.have.members(passports.map((item) => item.name));
  });

  it('shows 高频事项 tiles only without a query, most requested first', async () => {
    const el = await catalogFrom(SAMPLE_CATALOG);
    const tiles = $$(el, '.tile').map((tile) => text(tile));
    const expected = SAMPLE_CATALOG.filter((item) => item.highFrequency)
      .sort((a, b) => b.popularity - a.popularity)
      .slice(0, 8)
      .map((item) => item.name);
    expect(tiles).to.deep.equal(expected);
    el.query = 'sfz';
    await searched(el);
    expect($$(el, '.tile')).to.have.length(0);
  });

  it('fires zw-service-select from a row and a tile, by keyboard alone', async () => {
    const el = await catalogFrom(SAMPLE_CATALOG);
    $(el, '.tile')!.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const fromTile = await oneEvent(el, 'zw-service-select');
    expect(fromTile.detail.item.highFrequency).to.equal(true);
    el.query = 'hzqf';
    await searched(el);
    const row = $(el, '.row .choice')!;
    row.focus();
    setTimeout(() => void sendKeys({ press: 'Space' }));
    const fromRow = await oneEvent(el, 'zw-service-select');
    expect(fromRow.detail.item.name).to.equal('普通护照签发');
    expect(fromRow.detail.code).to.equal(fromRow.detail.item.code);
  });

  it('rows become links with item-href; preventDefault keeps the page', async () => {
    const el = await fixture<ZwServiceCatalog>(
      html`<zw-service-catalog item-href="#guide-{code}" .items=${SAMPLE_CATALOG} query="护照"></zw-service-catalog>`,
    );
    await searched(el);
    const link = $<HTMLAnchorElement>(el, '.row a')!;
    const item = SAMPLE_CATALOG.find((entry) => entry.name === text(link.querySelector('.name')))!;
    expect(link.getAttribute('href')).to.equal(`#guide-${encodeURIComponent(item.code)}`);
    el.addEventListener('zw-service-select', (event) => event.preventDefault(), { once: true });
    link.click();
    expect(location.hash).to.not.equal(`#guide-${item.code}`);
  });

  it('browses by 服务对象, 主题 and 部门, and narrows a search', async () => {
    const el = await catalogFrom(SAMPLE_CATALOG);
    const button = (label: string) => $$<HTMLButtonElement>(el, '.facets button').find((b) => text(b) === label)!;
    button('法人办事').click();
    await searched(el);
    const legal = SAMPLE_CATALOG.filter((item) => item.audiences.includes('legal')).length;
    expect(text($(el, '.count'))).to.equal(`共 ${legal} 项（法人办事）`);
    expect(button('法人办事').getAttribute('aria-pressed')).to.equal('true');
    button('按主题').click();
    await el.updateComplete;
    button('公积金').click();
    await searched(el);
    const theme = SAMPLE_CATALOG.filter((item) => item.themes.includes('公积金')).length;
    expect(text($(el, '.count'))).to.equal(`共 ${theme} 项（公积金）`);
    el.query = 'tq';
    await searched(el);
    // tq: 提取 (ti qu) and 提前 (ti qian).
    expect(rowNames(el).length).to.be.greaterThan(0);
    for (const name of rowNames(el)) expect(name).to.match(/提取|提前/);
  });

  it('renders only the visible rows of 10,000 items and reads more on scroll', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => {
      const item = SAMPLE_CATALOG[i % SAMPLE_CATALOG.length];
      return { ...item, code: `${item.code.slice(0, -6)}${String(i).padStart(6, '0')}` };
    });
    const el = await catalogFrom(many);
    expect(text($(el, '.count'))).to.equal('共 10000 项');
    const rendered = $$(el, '.row').length;
    expect(rendered).to.be.greaterThan(3);
    expect(rendered).to.be.lessThan(100);
    const scroller = $(el, 'lit-virtualizer')!;
    for (let i = 0; i < 5; i += 1) {
      scroller.scrollTop = scroller.scrollHeight;
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    const positions = $$(el, '.row').map((row) => Number(row.getAttribute('aria-posinset')));
    expect(Math.max(...positions)).to.be.greaterThan(80);
    expect($$(el, '.row').length).to.be.lessThan(100);
  });

  it('shows a translated error for a failing server, and config errors', async () => {
    const failing = await fixture<ZwServiceCatalog>(
      html`<zw-service-catalog lang="zh-TW" .client=${failingClient()}></zw-service-catalog>`,
    );
    await waitFor(() => failing.status === 'error', 'the error state');
    await failing.updateComplete;
    expect(text($(failing, '[role="alert"]'))).to.contain('事項目錄暫時無法取得');
    const tiles = await fixture<ZwServiceCatalog>(html`<zw-service-catalog tiles="99" .items=${SAMPLE_CATALOG}></zw-service-catalog>`);
    expect(text($(tiles, '[part="config-error"]'))).to.contain('tiles');
    const href = await fixture<ZwServiceCatalog>(
      html`<zw-service-catalog item-href="/guide" .items=${SAMPLE_CATALOG}></zw-service-catalog>`,
    );
    expect(text($(href, '[part="config-error"]'))).to.contain('item-href');
  });

  it('elder mode: large text, 60 px targets, 7:1 contrast', async () => {
    const el = await fixture<ZwServiceCatalog>(
      html`<zw-service-catalog mode="elder" query="sfz" .items=${SAMPLE_CATALOG}></zw-service-catalog>`,
    );
    await searched(el);
    for (const target of [$(el, 'input')!, $(el, '.row .choice')!, $(el, '.facets .kind')!]) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.className).to.be.at.least(60);
    }
    const name = $(el, '.row .name')!;
    expect(px(getComputedStyle(name).fontSize)).to.be.at.least(24);
    for (const node of [name, $(el, '.row .meta')!, $(el, '.count')!]) {
      const ratio = contrastRatio(getComputedStyle(node).color, effectiveBackground(node));
      expect(ratio, node.className).to.be.at.least(7);
    }
  });
});
