import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ZwConfigError } from '@zhengwu/core';
import { SAMPLE_CATALOG } from '../stories/sample-catalog.js';
import { CatalogSearchController, PAGE, type IndexReady } from '../catalog-search.js';
import { itemLink, parseItemHref } from '../item-link.js';
import { splitMatches } from '../catalog-highlight.js';
import { countText } from '../catalog-browse.js';

class SearchHost extends LitElement {}
customElements.define('zw-catalog-search-host', SearchHost);

describe('item-link', () => {
  it('accepts http(s) URLs and paths that hold {code}', () => {
    for (const template of ['/guide.html?item={code}', 'guide/{code}', 'https://zwfw.example.gov.cn/guide?item={code}', '?item={code}']) {
      expect(parseItemHref(template)).to.equal(template);
    }
  });

  it('refuses templates without {code}, and script, data and vbscript addresses, naming the attribute', () => {
    for (const template of [
      '/guide',
      "javascript:alert('{code}')",
      'JAVASCRIPT:{code}',
      'data:text/html,{code}',
      'vbscript:{code}',
      '  javascript:{code}',
    ]) {
      const error = (() => {
        try {
          parseItemHref(template);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error, template).to.be.instanceOf(ZwConfigError);
      expect((error as ZwConfigError).attribute).to.equal('item-href');
      expect((error as ZwConfigError).expectedKey).to.equal('guide:expected.itemHref');
    }
  });

  it('encodes the code into the link, and a code cannot change the scheme', () => {
    expect(itemLink('/guide.html?item={code}', 'A-1_2')).to.equal('/guide.html?item=A-1_2');
    expect(itemLink('{code}', 'javascript:alert(1)')).to.equal('javascript%3Aalert(1)');
  });
});

describe('splitMatches', () => {
  it('cuts a name at its matched ranges', () => {
    expect(splitMatches('居民身份证换领', [[2, 5]])).to.deep.equal(['居民', { mark: '身份证' }, '换领']);
    expect(splitMatches('身份证', [[0, 3]])).to.deep.equal([{ mark: '身份证' }]);
    expect(splitMatches('身份证', [])).to.deep.equal(['身份证']);
  });
});

describe('countText', () => {
  const t = (key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`;
  it('says still counting, all, found or none, with the facet', () => {
    expect(countText(t, { query: 'sfz', facet: null, rows: 40, total: null })).to.equal('catalog.counting{"count":40}');
    expect(countText(t, { query: '', facet: null, rows: 40, total: 120 })).to.equal('catalog.all{"count":120}');
    expect(countText(t, { query: '', facet: { kind: 'theme', value: '户籍' }, rows: 9, total: 9 })).to.equal(
      'catalog.all{"count":9}catalog.within{"facet":"户籍"}',
    );
    expect(countText(t, { query: 'zzz', facet: null, rows: 0, total: 0 })).to.equal('catalog.none{"query":"zzz"}');
  });
});

describe('CatalogSearchController', () => {
  it('builds the index, pages the rows, filters by facet and drops old rows for a new catalog', async () => {
    const host = document.createElement('zw-catalog-search-host') as SearchHost;
    document.body.append(host);
    const ready: IndexReady[] = [];
    const search = new CatalogSearchController(host, (detail) => ready.push(detail));
    const big = Array.from({ length: 3 }, () => SAMPLE_CATALOG).flat();
    await search.setCatalog(big, false);
    expect(ready).to.have.length(1);
    expect(ready[0]).to.include({ items: big.length, fromCache: false, prebuilt: false });
    search.search('', null);
    expect(search.rows).to.have.length(PAGE);
    expect(search.total).to.equal(big.length);
    expect(search.isShort).to.equal(false);
    search.more(PAGE - 5);
    expect(search.rows).to.have.length(Math.min(2 * PAGE, big.length));
    search.search('', { kind: 'audience', value: 'legal' });
    const legal = big.filter((item) => item.audiences.includes('legal')).length;
    expect(search.total).to.equal(legal);
    search.search('sfz', null);
    expect(search.total, 'counted in the background').to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(search.total).to.be.greaterThan(0);
    const building = search.setCatalog(SAMPLE_CATALOG.slice(0, 5), true);
    expect(search.rows, 'old rows go at once').to.deep.equal([]);
    expect(search.index).to.equal(undefined);
    await building;
    expect(search.catalog).to.have.length(5);
    expect(ready[1]).to.include({ items: 5, fromCache: true });
    host.remove();
  });
});
