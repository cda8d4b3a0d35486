import * as v from 'valibot';
import { Code, Text, TimeLimit } from './common.js';

export const AUDIENCES = ['natural', 'legal'] as const; // 自然人, 法人
export const ITEM_TYPES = [
  'administrative-license', // 行政许可
  'administrative-confirmation', // 行政确认
  'administrative-payment', // 行政给付
  'administrative-ruling', // 行政裁决
  'administrative-reward', // 行政奖励
  'public-service', // 公共服务
  'other', // 其他行政权力
] as const;

/** 申请材料, told once (一次性告知). */
export const Material = v.object({
  name: Text(200),
  /** 原件份数 */
  originals: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** 复印件份数 */
  copies: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** 必要 / 非必要 / 容缺后补 */
  necessity: v.picklist(['required', 'optional', 'deferrable']),
  /** 纸质 and/or 电子 */
  forms: v.pipe(v.array(v.picklist(['paper', 'electronic'])), v.minLength(1)),
  /** 来源: who issues it (申请人自备, 公安机关, …). */
  source: Text(100),
  blankFormUrl: v.optional(v.string()),
  sampleUrl: v.optional(v.string()),
  note: v.optional(Text(500)),
});
export type Material = v.InferOutput<typeof Material>;

/** 办理流程: one step. */
export const ProcessStep = v.object({
  name: Text(60),
  description: v.optional(Text(500)),
  timeLimit: v.optional(TimeLimit),
});
export type ProcessStep = v.InferOutput<typeof ProcessStep>;

/** Pinyin computed by the server (full and initials, every reading of 多音字). */
export const Pinyin = v.object({
  /**
   * Full pinyin without tones, one entry per reading combination, syllables separated by one
   * space (`yin hang`); a run of Latin letters or digits counts as one syllable.
   */
  full: v.array(v.string()),
  /** Initials per reading combination, e.g. `yh`, `yx`. */
  initials: v.array(v.string()),
  /**
   * Every reading of every syllable, once: syllables separated by a space, a syllable's
   * readings by `|`, the reading from context first (`yin hang|xing|heng`). Not capped like
   * the combinations, and a third of their size: what a search index walks. Optional for
   * catalogs stored before it existed.
   */
  lattice: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  /** The lattice of each of the item's `aliases`, in order (keywords are matched as Chinese words only). */
  aliases: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(400))), v.maxLength(64))),
});
export type Pinyin = v.InferOutput<typeof Pinyin>;

/** What the catalog lists for each item. */
export const ServiceItemSummary = v.object({
  /** 实施编码 */
  code: Code,
  /** 基本编码 */
  basicCode: Code,
  name: Text(120),
  /** 俗称: what visitors call the item (驾照, 社保卡, 房产证), searched like its name. */
  aliases: v.optional(v.pipe(v.array(Text(40)), v.maxLength(32))),
  /** Words a visitor's sentence may use for it (补办, 丢了): matched word by word, never as a name. */
  keywords: v.optional(v.pipe(v.array(Text(20)), v.maxLength(32))),
  type: v.picklist(ITEM_TYPES),
  /** 服务对象 */
  audiences: v.pipe(v.array(v.picklist(AUDIENCES)), v.minLength(1)),
  /** 主题 (life events): 生育, 户籍, 就业, 社保, … */
  themes: v.array(Text(20)),
  /** 实施主体 */
  department: Text(80),
  /** 高频事项 */
  highFrequency: v.boolean(),
  /** Requests per month, for ranking. */
  popularity: v.pipe(v.number(), v.minValue(0)),
  /** 到办事现场次数 */
  visits: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** 是否网办 */
  online: v.boolean(),
  pinyin: Pinyin,
});
export type ServiceItemSummary = v.InferOutput<typeof ServiceItemSummary>;

/** The full 办事指南 of one item (GB/T 39046 Table 4 fields). */
export const ServiceItem = v.object({
  ...ServiceItemSummary.entries,
  /** 行使层级 */
  level: Text(40),
  /** 设定依据 */
  legalBasis: v.array(Text(500)),
  /** 受理条件 */
  conditions: v.array(Text(500)),
  materials: v.array(Material),
  steps: v.array(ProcessStep),
  /** 即办件 / 承诺件 */
  caseType: v.picklist(['immediate', 'promised']),
  /** 法定办结时限 */
  legalLimit: TimeLimit,
  /** 承诺办结时限 */
  promisedLimit: TimeLimit,
  /** 收费 */
  fee: v.object({
    charged: v.boolean(),
    basis: v.optional(Text(300)),
    amount: v.optional(Text(100)),
  }),
  /** 办理地点 */
  place: Text(200),
  /** 办理时间 */
  hours: Text(200),
  /** 咨询电话 */
  consultPhone: Text(40),
  /** 监督电话 */
  supervisePhone: Text(40),
  /** 网办地址 */
  onlineUrl: v.optional(v.string()),
  /** 是否可预约 */
  appointment: v.boolean(),
  /** 常见问题 */
  faq: v.array(v.object({ question: Text(200), answer: Text(1000) })),
});
export type ServiceItem = v.InferOutput<typeof ServiceItem>;

export const CatalogResponse = v.object({
  version: v.string(),
  items: v.array(ServiceItemSummary),
});
export type CatalogResponse = v.InferOutput<typeof CatalogResponse>;
