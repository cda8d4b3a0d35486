import { readFileSync } from 'node:fs';
import type { ServiceItemSummary } from '@zhengwu/core/contract';
import { computePinyin } from './pinyin.js';

/**
 * The hall-wide synonym table: each group is a word catalog names use, then the words visitors
 * say for it. Applied when the catalog is loaded (before the search index is built): an item
 * whose name or aliases hold the first word gets the others as keywords. One way only, so a
 * 社保卡 item does not become a 养老保险 one. A hall extends it without a
 * release with a JSON file of more groups (`SYNONYMS_FILE`: `[["驾照", "驾驶证"], …]`).
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['驾驶证', '驾照', '驾驶本', '驾证'],
  ['医疗保险', '医保'],
  ['社会保险', '社保'],
  ['养老保险', '社保', '养老'],
  ['社会保障卡', '社保卡'],
  ['户籍', '户口', '户口本'],
  ['转移登记', '过户'],
  ['补领', '补办', '补发', '丢了', '丢失', '遗失', '掉了', '补证'],
  ['补发', '补办', '丢了', '丢失', '遗失'],
  ['补证', '补办', '丢了', '丢失', '遗失'],
  ['换领', '换证', '换发', '到期', '过期', '期满'],
  ['换证', '到期', '过期'],
  ['身份证', '身分证'],
  ['不动产权证书', '房产证', '房本', '房产本', '产权证'],
  ['不动产', '房产', '房子', '房屋'],
  ['存量房', '二手房'],
  ['房屋所有权', '房产', '房子', '房屋'],
  ['婚姻登记', '领证'],
  ['结婚', '结婚证', '领证'],
  ['离婚', '离婚证'],
  ['最低生活保障', '低保'],
  ['住房公积金', '公积金'],
  ['提取', '取钱', '取出'],
  ['购买', '买房'],
  ['营业执照', '执照'],
  ['企业设立', '开公司', '注册公司', '开办企业', '办执照', '开个公司'],
  ['注销', '销户', '关闭'],
  ['个体工商户', '个体户', '开店', '网店', '办执照'],
  ['个人所得税', '个税'],
  ['汇算清缴', '退税', '补税'],
  ['义务教育', '上学', '入学', '小学', '初中'],
  ['入学', '上学', '报名'],
  ['新生儿', '孩子', '小孩', '宝宝', '婴儿'],
  ['出生', '生孩子', '生娃', '生小孩', '出生证'],
  ['生育', '生孩子', '生娃', '怀孕'],
  ['港澳', '香港', '澳门'],
  ['台湾', '赴台', '台胞', '去台湾'],
  ['机动车', '汽车', '车辆'],
  ['注册登记', '上牌'],
  ['检验', '年检', '年审'],
  ['残疾人证', '残疾证'],
  ['失业保险金', '失业金', '失业'],
  ['工伤', '受伤'],
  ['退休', '养老金'],
  ['异地就医', '外地看病', '异地看病', '外地'],
  ['报销', '报账'],
  ['贷款', '房贷'],
  ['提前还款', '还房贷', '提前还贷', '还贷'],
  ['抵押权注销', '解押', '解抵押'],
  ['抵押', '按揭'],
  ['居住证', '暂住证'],
  ['死亡', '去世', '过世'],
  ['救助', '困难'],
  ['津贴', '补贴'],
  ['高龄', '老人'],
  ['慢特病', '慢性病', '慢病', '特病'],
  ['刻制', '刻章'],
  ['公章', '印章'],
  ['纳税证明', '完税证明'],
  ['食品经营', '开饭店', '餐饮', '饭店'],
  ['迁移', '迁户口', '落户'],
  ['投靠', '投靠子女', '落户'],
];

/** The default table and the hall's own groups, if it has a file of them. */
export function hallSynonyms(file = process.env.SYNONYMS_FILE): readonly (readonly string[])[] {
  if (!file) return SYNONYMS;
  const extra: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(extra) || !extra.every((group) => Array.isArray(group) && group.every((word) => typeof word === 'string'))) {
    throw new TypeError(`${file}: expected a JSON array of arrays of words`);
  }
  return [...SYNONYMS, ...(extra as string[][])];
}

/** At most this many keywords per item (the contract's limit). */
const MAX_KEYWORDS = 32;

/** What the search needs of an entry: a catalog item, or anything else listed with it (a bundle). */
export type Searchable = Pick<ServiceItemSummary, 'name' | 'aliases' | 'keywords' | 'pinyin'>;

/** An entry with the synonyms of the words it holds as keywords, and the pinyin of its aliases. */
export function withSearchTerms<T extends Searchable>(entry: T, synonyms: readonly (readonly string[])[] = SYNONYMS): T {
  const text = [entry.name, ...(entry.aliases ?? [])].join('\n');
  const keywords = new Set(entry.keywords ?? []);
  for (const group of synonyms) {
    if (!text.includes(group[0])) continue;
    for (const word of group.slice(1)) if (!text.includes(word)) keywords.add(word);
  }
  const kept = [...keywords].slice(0, MAX_KEYWORDS);
  const aliases = entry.aliases ?? [];
  // Pinyin for aliases only: keywords are many, and would slow every letter query down.
  const lattices = aliases.map((word) => computePinyin(word).lattice ?? '');
  return { ...entry, keywords: kept, pinyin: { ...entry.pinyin, aliases: lattices } };
}
