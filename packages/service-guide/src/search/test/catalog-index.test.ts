import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CatalogIndex, type SearchableItem } from '../catalog-index.js';
import { normaliseQuery, syllableSpans } from '../pinyin-match.js';

/** Readings as the hall server writes them: every reading of 多音字, syllables spaced. */
function item(name: string, full: string[], options: Partial<SearchableItem> = {}): SearchableItem {
  const initials = full.map((reading) =>
    reading
      .split(' ')
      .map((syllable) => syllable[0])
      .join(''),
  );
  return { name, highFrequency: false, popularity: 0, pinyin: { full, initials }, ...options };
}

const ITEMS = [
  item('居民身份证换领', ['ju min shen fen zheng huan ling'], { highFrequency: true, popularity: 900 }),
  item('普通护照签发', ['pu tong hu zhao qian fa']),
  item('户政档案查询', ['hu zheng dang an cha xun']),
  item('养老金发放银行账户变更', ['yang lao jin fa fang yin hang zhang hu bian geng', 'yang lao jin fa fang yin xing zhang hu bian geng']),
  item('烟花爆竹经营许可', ['yan hua bao zhu jing ying xu ke'], { popularity: 5000 }),
  item('临时居民身份证申领', ['lin shi ju min shen fen zheng shen ling']),
  item('护照', ['hu zhao']),
  item('ICP备案（Ａ类）', ['icp bei an a lei']),
  // As the server sends it now: every reading of every syllable in one lattice.
  {
    ...item('长期护理保险待遇申请', ['chang qi hu li bao xian dai yu shen qing']),
    pinyin: { full: [], initials: [], lattice: 'chang|zhang qi|ji hu li bao xian dai yu shen qing' },
  },
];
const names = (index: CatalogIndex, query: string) =>
  index
    .search(query)
    .all()
    .map((position) => ITEMS[position].name);

describe('CatalogIndex', () => {
  const index = CatalogIndex.buildSync(ITEMS);

  it('finds 身份证 items by initials, full pinyin, a mix and Chinese text', () => {
    for (const query of ['sfz', 'shenfenzheng', 'shenfz', 'shenfenzh', '身份证']) {
      expect(names(index, query), query).to.have.members(['居民身份证换领', '临时居民身份证申领']);
    }
  });

  it('hz finds 护照 and 户政, the whole name typed first', () => {
    const found = names(index, 'hz');
    expect(found).to.include.members(['普通护照签发', '户政档案查询', '护照']);
    expect(found[0]).to.equal('护照');
  });

  it('yh and yx both find 银行 (多音字)', () => {
    expect(names(index, 'yh')).to.include('养老金发放银行账户变更');
    expect(names(index, 'yx')).to.include('养老金发放银行账户变更');
    expect(names(index, 'yinxing')).to.deep.equal(['养老金发放银行账户变更']);
  });

  it('walks a lattice: any reading of any syllable, beyond the capped combinations', () => {
    for (const query of ['cqhl', 'zqhl', 'zjhl', 'changqihuli', 'zhangjihl']) {
      expect(names(index, query), query).to.deep.equal(['长期护理保险待遇申请']);
    }
    const at = ITEMS.findIndex((entry) => entry.name.startsWith('长期'));
    expect(index.highlight(at, 'zjhl')).to.deep.equal([[0, 4]]);
  });

  it('ranks a match at the start above one inside, then 高频 and popularity', () => {
    // 居 starts 居民身份证换领 (高频) and sits inside 临时居民身份证申领.
    expect(names(index, 'jm')).to.deep.equal(['居民身份证换领', '临时居民身份证申领']);
    expect(names(index, 'y')[0]).to.equal('烟花爆竹经营许可');
  });

  it('ranks by popularity given as any number, fractions included', () => {
    const shares = [
      item('户政档案查询', ['hu zheng dang an cha xun'], { popularity: 0.4 }),
      item('普通护照签发', ['pu tong hu zhao qian fa'], { popularity: 12.75 }),
    ];
    const ranked = CatalogIndex.buildSync(shares).search('hz').all();
    expect(ranked.map((position) => shares[position].name)).to.deep.equal(['户政档案查询', '普通护照签发']);
    expect(CatalogIndex.buildSync(shares).positionsByRank()).to.deep.equal([1, 0]);
  });

  it('does not match across the middle of a syllable', () => {
    // "enf" is inside shen fen, not at a syllable start.
    expect(names(index, 'enf')).to.deep.equal([]);
    expect(names(index, 'nonexistent')).to.deep.equal([]);
  });

  it('matches Latin text, full-width letters and ignores spaces and case', () => {
    expect(names(index, 'ICP')).to.deep.equal(['ICP备案（Ａ类）']);
    expect(names(index, 'a类')).to.deep.equal(['ICP备案（Ａ类）']);
    expect(normaliseQuery(' Shen Fen ')).to.equal('shenfen');
    expect(normaliseQuery('')).to.equal('');
    expect(index.search('   ').length).to.equal(0);
  });

  it('highlights the characters whose syllables were typed', () => {
    const at = ITEMS.findIndex((entry) => entry.name === '居民身份证换领');
    expect(index.highlight(at, 'sfz')).to.deep.equal([[2, 5]]);
    expect(index.highlight(at, '身份')).to.deep.equal([[2, 4]]);
    const bank = ITEMS.findIndex((entry) => entry.name.includes('银行'));
    expect(index.highlight(bank, 'yx')).to.deep.equal([[5, 7]]);
    expect(syllableSpans('ID卡２号')).to.deep.equal([
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
  });

  it('reads candidates only as far as asked', () => {
    const result = index.search('s');
    result.ensure(1);
    expect(result.length).to.equal(1);
    expect(result.complete).to.equal(false);
    expect(result.all().length).to.be.greaterThan(1);
    expect(result.complete).to.equal(true);
  });

  it('builds in slices: a key pressed while it builds is handled before it is done', async () => {
    // Long enough to outlast a key press's round trip through the test runner (~70 ms).
    const many = Array.from({ length: 250_000 }, (_, i) => ITEMS[i % ITEMS.length]);
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'typing while the index builds');
    document.body.append(input);
    input.focus();
    let typedAt = Number.POSITIVE_INFINITY;
    input.addEventListener('keydown', () => (typedAt = performance.now()), { once: true });
    try {
      const building = CatalogIndex.build(many, { sliceMs: 8 });
      // A real key press from the test runner, sent once the first slice has run: had the
      // build blocked the page, the browser would handle it only once the rest was done.
      const sent = performance.now();
      await sendKeys({ press: 'a' });
      const built = await building;
      const restMs = performance.now() - sent;
      const waited = typedAt - sent;
      expect(waited, `the key waited ${waited.toFixed(0)} ms of the build's last ${restMs.toFixed(0)} ms`).to.be.below(restMs / 2);
      expect(built.size).to.equal(250_000);
      expect(built.search('sfz').all().length).to.equal(many.filter((entry) => entry.name.includes('身份证')).length);
    } finally {
      input.remove();
    }
  });
});

describe('CatalogIndex.serialize / fromSerialized', () => {
  it('answers exactly as the index it was written from, and refuses bytes that are not one', () => {
    const built = CatalogIndex.buildSync(ITEMS);
    const bytes = built.serialize();
    const loaded = CatalogIndex.fromSerialized(ITEMS, bytes);
    for (const query of ['s', 'sfz', 'hz', 'yx', 'zjhl', 'shenfz', '身份证', '护照', 'icp', 'nothing']) {
      expect(loaded.search(query).all(), query).to.deep.equal(built.search(query).all());
    }
    const at = ITEMS.findIndex((entry) => entry.name === '居民身份证换领');
    expect(loaded.highlight(at, 'sfz')).to.deep.equal([[2, 5]]);
    expect(() => CatalogIndex.fromSerialized(ITEMS.slice(1), bytes)).to.throw(TypeError, /items/);
    expect(() => CatalogIndex.fromSerialized(ITEMS, new ArrayBuffer(64))).to.throw(TypeError);
    const damaged = new Int32Array(bytes.slice(0));
    damaged[4] = 999;
    expect(() => CatalogIndex.fromSerialized(ITEMS, damaged.buffer)).to.throw(TypeError, /damaged/);
  });
});
