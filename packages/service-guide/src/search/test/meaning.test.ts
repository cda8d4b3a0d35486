import { expect } from '@open-wc/testing';
import { CatalogIndex, type SearchableItem } from '../catalog-index.js';
import { foldPinyin, foldedReading, withinOneEdit } from '../fuzzy-pinyin.js';
import { normaliseQuery } from '../pinyin-match.js';
import { segment } from '../segment.js';

/** An entry as the hall server sends it: lattices of the name, then of each alias and keyword. */
function entry(
  name: string,
  lattice: string,
  more: { aliases?: [string, string][]; keywords?: [string, string][]; popularity?: number } = {},
) {
  const aliases = more.aliases ?? [];
  const keywords = more.keywords ?? [];
  return {
    name,
    aliases: aliases.map(([text]) => text),
    keywords: keywords.map(([text]) => text),
    highFrequency: false,
    popularity: more.popularity ?? 0,
    pinyin: { full: [], initials: [], lattice, aliases: [...aliases, ...keywords].map(([, reading]) => reading) },
  } satisfies SearchableItem;
}

const ITEMS = [
  entry('居民身份证换领', 'ju min shen fen zheng huan ling', { popularity: 900, keywords: [['身分证', 'shen fen zheng']] }),
  entry('居民身份证补领', 'ju min shen fen zheng bu ling', {
    aliases: [['补办身份证', 'bu ban shen fen zheng']],
    keywords: [
      ['丢了', 'diu le'],
      ['补办', 'bu ban'],
    ],
  }),
  entry('社会保障卡申领', 'she hui bao zhang ka shen ling', { aliases: [['社保卡', 'she bao ka']] }),
  entry('机动车驾驶证期满换证', 'ji dong che jia shi zheng qi man huan zheng', {
    aliases: [['驾照', 'jia zhao']],
    keywords: [['驾驶本', 'jia shi ben']],
  }),
  entry('普通护照签发', 'pu tong hu zhao qian fa', { popularity: 50 }),
  entry('住房公积金提取（购买自住住房）', 'zhu fang gong ji jin ti qu gou mai zi zhu zhu fang', {
    keywords: [
      ['买房', 'mai fang'],
      ['公积金', 'gong ji jin'],
    ],
  }),
  // A 一件事 bundle is one more entry of the same shape.
  entry('出生一件事', 'chu sheng yi jian shi', { aliases: [['生孩子', 'sheng hai zi']] }),
];
const names = (index: CatalogIndex, query: string, count = 5) =>
  index
    .search(query)
    .slice(0, count)
    .map((position) => ITEMS[position].name);

describe('CatalogIndex: what visitors mean', () => {
  const index = CatalogIndex.buildSync(ITEMS);

  it('finds an item by its everyday name, exact alias first', () => {
    expect(names(index, '社保卡')[0]).to.equal('社会保障卡申领');
    expect(names(index, '驾照')[0]).to.equal('机动车驾驶证期满换证');
    expect(names(index, '生孩子')).to.deep.equal(['出生一件事']);
  });

  it('finds aliases by pinyin and initials, but a keyword does not count as the whole name', () => {
    expect(names(index, 'sbk')[0]).to.equal('社会保障卡申领');
    expect(names(index, 'jiazhao')[0]).to.equal('机动车驾驶证期满换证');
    // 驾驶本 is a keyword: found inside, not ranked as an exact name.
    expect(names(index, 'jsb')).to.deep.equal(['机动车驾驶证期满换证']);
  });

  it('splits a sentence into the catalog words and ranks by words matched', () => {
    expect(names(index, '身份证丢了')[0]).to.equal('居民身份证补领');
    expect(names(index, '身份证丢了怎么补办')[0]).to.equal('居民身份证补领');
    expect(names(index, '买房提取公积金')[0]).to.equal('住房公积金提取（购买自住住房）');
    expect(names(index, '完全无关的话')).to.deep.equal([]);
  });

  it('folds traditional characters to simplified', () => {
    expect(normaliseQuery('護照')).to.equal('护照');
    expect(names(index, '護照')).to.deep.equal(['普通护照签发']);
    expect(names(index, '駕駛證')[0]).to.equal('机动车驾驶证期满换证');
    expect(names(index, '身分證')[0]).to.equal('居民身份证换领');
  });

  it('forgives a southern accent and one wrong letter, below exact pinyin', () => {
    expect(names(index, 'senfenzheng')[0]).to.equal('居民身份证换领');
    expect(names(index, 'sehnfenzheng')[0]).to.equal('居民身份证换领');
    expect(names(index, 'gongjijing')).to.include('住房公积金提取（购买自住住房）');
    expect(names(index, 'huzhoa')).to.deep.equal(['普通护照签发']);
    // Exact first: hu zhao is 护照 itself; a fuzzy reading never outranks it.
    expect(names(index, 'huzhao')[0]).to.equal('普通护照签发');
    expect(names(index, 'xyzxyz')).to.deep.equal([]);
  });
});

describe('search helpers', () => {
  it('foldPinyin folds zh/ch/sh, l, h and final ng', () => {
    expect(foldPinyin('zhang cheng shi')).to.equal('zan cen si');
    expect(foldPinyin('liu hua')).to.equal('niu fua');
    // ng before a vowel starts the next syllable and stays.
    expect(foldPinyin('xinge')).to.equal('xinge');
  });

  it('withinOneEdit takes one wrong, missing, extra or swapped letter, not two', () => {
    const reading = foldedReading('zhi gong tui xiu|xu shen qing');
    expect(reading).to.equal('zigontuixiusenqin');
    expect(withinOneEdit(reading, foldPinyin('tuixu'))).to.equal(true);
    expect(withinOneEdit(reading, foldPinyin('tuiixiu'))).to.equal(true);
    expect(withinOneEdit(reading, foldPinyin('tiuxiu'))).to.equal(true);
    expect(withinOneEdit(reading, foldPinyin('tuoxiu'))).to.equal(true);
    expect(withinOneEdit(reading, foldPinyin('taxxiu'))).to.equal(false);
    expect(withinOneEdit(reading, foldPinyin('qqqqq'))).to.equal(false);
  });

  it('segment takes the longest catalog word and drops what the catalog does not hold', () => {
    const vocabulary = new Set(['身份证', '丢了', '补办', '身份']);
    expect(segment('身份证丢了怎么补办', vocabulary, () => false)).to.deep.equal(['身份证', '丢了', '补办']);
    expect(segment('身份证换领', vocabulary, (word) => word === '换领')).to.deep.equal(['身份证', '换领']);
  });
});
