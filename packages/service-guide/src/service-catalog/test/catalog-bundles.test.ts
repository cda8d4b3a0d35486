import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../zw-service-catalog.define.js';
import type { ZwServiceCatalog } from '../zw-service-catalog.js';
import { ZwBundleSelectEvent, matchBundles } from '../catalog-bundles.js';
import { SAMPLE_CATALOG } from '../stories/sample-catalog.js';
import { SAMPLE_BUNDLES } from '../stories/sample-bundles.js';
import { hallServer } from '@zhengwu/test-helpers/hall-server';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const bundleNames = (el: ZwServiceCatalog) => $$(el, '.bundle-tile .bundle-name').map(text);

async function catalog(query = '', extra: { href?: string } = {}) {
  const el = await fixture<ZwServiceCatalog>(
    html`<zw-service-catalog
      .items=${SAMPLE_CATALOG}
      .bundles=${SAMPLE_BUNDLES}
      .query=${query}
      bundle-href=${ifDefined(extra.href)}
    ></zw-service-catalog>`,
  );
  await el.updateComplete;
  return el;
}

describe('catalog bundles: matchBundles', () => {
  it('finds a bundle by its name, by an alias, and by an alias inside a longer phrase', () => {
    const codes = (query: string) => matchBundles(SAMPLE_BUNDLES, query).map((bundle) => bundle.code);
    expect(codes('生孩子')).to.deep.equal(['birth']);
    expect(codes('出生一件事')).to.deep.equal(['birth']);
    expect(codes('新生儿')).to.deep.equal(['birth']);
    expect(codes('我要生孩子')).to.deep.equal(['birth']);
    expect(codes('过户')).to.deep.equal(['resale-transfer']);
    expect(codes('一件事')).to.deep.equal(['birth', 'resale-transfer']);
  });

  it('finds nothing for an empty query, an unrelated one, or one character inside a phrase', () => {
    expect(matchBundles(SAMPLE_BUNDLES, '  ')).to.deep.equal([]);
    expect(matchBundles(SAMPLE_BUNDLES, '护照')).to.deep.equal([]);
    expect(matchBundles(SAMPLE_BUNDLES, '办')).to.deep.equal([]);
  });
});

describe('zw-service-catalog: 一件事 tiles', () => {
  it('shows every bundle as its own tile above the 高频事项, and stays accessible', async () => {
    const el = await catalog();
    expect(bundleNames(el)).to.deep.equal(['出生一件事', '二手房过户一件事']);
    expect(text(el.shadowRoot!.querySelector('.bundles h3'))).to.equal('一件事 · 一次办');
    expect(text(el.shadowRoot!.querySelector('.bundle-count'))).to.equal('3 个事项');
    const sections = $$(el, 'section.bundles, section.tiles');
    expect(sections.map((section) => section.className)).to.deep.equal(['bundles', 'tiles']);
    await expect(el).to.be.accessible();
  });

  it('shows only the bundles a query finds: 生孩子 finds 出生一件事', async () => {
    const el = await catalog('生孩子');
    expect(bundleNames(el)).to.deep.equal(['出生一件事']);
    el.query = '护照';
    await el.updateComplete;
    expect($$(el, '.bundles')).to.have.length(0);
  });

  it('gives the nothing-found hint only when neither an item nor a bundle matches', async () => {
    const settled = async (el: ZwServiceCatalog) => {
      await el.updateComplete;
      await waitFor(() => el.searchReady && !/…/.test(text(el.shadowRoot!.querySelector('.count'))), 'the count');
      await el.updateComplete;
    };
    const el = await catalog('我要生孩子');
    await settled(el);
    expect(bundleNames(el)).to.deep.equal(['出生一件事']);
    expect($$(el, 'p.message')).to.have.length(0);
    el.query = 'xyzxyz';
    await settled(el);
    expect($$(el, 'p.message')).to.have.length(1);
  });

  it('fires zw-bundle-select from a tile, by keyboard', async () => {
    const el = await catalog();
    const tile = $$(el, '.bundle-tile')[1];
    tile.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'zw-bundle-select');
    expect(event).to.be.instanceOf(ZwBundleSelectEvent);
    expect(event.detail.code).to.equal('resale-transfer');
  });

  it('makes tiles links with bundle-href, and refuses a template without {code}', async () => {
    const el = await catalog('', { href: '/bundle.html?bundle={code}' });
    expect($$<HTMLAnchorElement>(el, 'a.bundle-tile').map((link) => link.getAttribute('href'))).to.deep.equal([
      '/bundle.html?bundle=birth',
      '/bundle.html?bundle=resale-transfer',
    ]);
    const reported = oneEvent(el, 'zw-config-error');
    el.setAttribute('bundle-href', 'javascript:alert(1)');
    expect((await reported).detail.error.attribute).to.equal('bundle-href');
  });

  it('shows no bundle tiles for a client that has no bundles call', async () => {
    const el = await fixture<ZwServiceCatalog>(
      html`<zw-service-catalog
        .client=${{ catalog: async () => ({ items: SAMPLE_CATALOG, version: '1', etag: null }) }}
      ></zw-service-catalog>`,
    );
    await waitFor(() => el.status === 'ready', 'the catalog');
    await el.updateComplete;
    expect($$(el, '.bundles')).to.have.length(0);
  });

  describe('against the real hall server', function () {
    this.timeout(60_000);

    it('fetches the bundles with the catalog; 生孩子 finds 出生一件事', async () => {
      const { url } = await hallServer();
      const el = await fixture<ZwServiceCatalog>(html`<zw-service-catalog api-base=${`${url}/api`}></zw-service-catalog>`);
      await waitFor(() => bundleNames(el).length >= 5, 'the bundle tiles');
      expect(bundleNames(el)).to.include.members(['出生一件事', '结婚一件事', '退休一件事', '开办企业一件事', '二手房过户一件事']);
      el.query = '生孩子';
      await el.updateComplete;
      expect(bundleNames(el)).to.deep.equal(['出生一件事']);
    });

    it('still shows the bundles it saved when the hall cannot be reached', async () => {
      const { url } = await hallServer();
      const online = await fixture<ZwServiceCatalog>(html`<zw-service-catalog api-base=${`${url}/api`}></zw-service-catalog>`);
      await waitFor(() => bundleNames(online).length >= 5, 'the bundle tiles');
      online.remove();
      await hallServer('stop');
      try {
        const offline = await fixture<ZwServiceCatalog>(html`<zw-service-catalog api-base=${`${url}/api`}></zw-service-catalog>`);
        await waitFor(() => offline.fromCache, 'the saved catalog');
        await waitFor(() => bundleNames(offline).length >= 5, 'the saved bundle tiles');
      } finally {
        await hallServer('start');
      }
    });
  });
});
