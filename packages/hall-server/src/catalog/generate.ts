import type { Material, ProcessStep, TimeLimit } from '@zhengwu/core/contract';
import { PORTAL } from '../seed/items/common.js';
import type { ServiceItemInput } from '../seed/types.js';
import {
  ACTIONS,
  DEPARTMENT_WORDS,
  DISTRICTS,
  FLOORS,
  VARIANTS,
  type Action,
  type DepartmentWords,
  type District,
  type Subject,
} from './vocabulary.js';

/** mulberry32: small, fast, and the same sequence on every platform for a given seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const pad = (value: number, width: number) => String(value).padStart(width, '0');

const TYPE_CODES: Record<ServiceItemInput['type'], string> = {
  'administrative-license': '01',
  'administrative-payment': '05',
  'administrative-confirmation': '07',
  'administrative-reward': '08',
  'administrative-ruling': '09',
  other: '10',
  'public-service': '20',
};

/** One point in the space of items: which district, department, subject, action, variant. */
interface Combination {
  district: number;
  department: number;
  subject: number;
  action: number;
  variant: number;
}

function combinations(): Combination[] {
  const all: Combination[] = [];
  DISTRICTS.forEach((_, district) => {
    DEPARTMENT_WORDS.forEach((words, department) => {
      words.subjects.forEach((subject, subjectIndex) => {
        ACTIONS[subject.kind].forEach((_action, action) => {
          VARIANTS.forEach((variant, variantIndex) => {
            // 跨省通办 is a service for people, not for licensed businesses.
            if (variant === '（跨省通办）' && subject.audience === 'legal') return;
            all.push({ district, department, subject: subjectIndex, action, variant: variantIndex });
          });
        });
      });
    });
  });
  return all;
}

function departmentName(words: DepartmentWords, district: District): string {
  return words.template ? words.template.replace('{district}', district.name) : `${district.name}${words.name}`;
}

/** 统一社会信用代码-like: 11 + region + MC + department + district + serial + check (fictional). */
function creditCode(combination: Combination, district: District): string {
  const body = `11${district.code}MC${pad(combination.department, 2)}${pad(combination.district, 2)}001`;
  const check = '0123456789ABCDEFGHJKLMNPQRTUWXY'[[...body].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 31];
  return `${body}${check}`;
}

function identity(subject: Subject): Material[] {
  const id: Material = {
    name: '申请人居民身份证',
    originals: 1,
    copies: 0,
    necessity: 'required',
    forms: ['paper', 'electronic'],
    source: '公安机关',
    note: '可出示电子证照',
  };
  const licence: Material = {
    name: '营业执照或统一社会信用代码证书',
    originals: 1,
    copies: 0,
    necessity: 'required',
    forms: ['paper', 'electronic'],
    source: '市场监督管理部门或登记管理机关',
  };
  const representative: Material = { ...id, name: '法定代表人（负责人）居民身份证' };
  if (subject.audience === 'natural') return [id];
  if (subject.audience === 'legal') return [licence, representative];
  return [{ ...id, name: '申请人身份证明', note: '个人提交居民身份证，单位提交营业执照或统一社会信用代码证书' }];
}

function extraMaterial(random: Random, name: string, department: string): Material {
  const roll = random();
  const necessity: Material['necessity'] = roll < 0.7 ? 'required' : roll < 0.85 ? 'optional' : 'deferrable';
  const issued = name.startsWith('原');
  const material: Material = {
    name,
    originals: issued || random() < 0.6 ? 1 : 0,
    copies: random() < 0.4 ? 1 : 0,
    necessity,
    forms: random() < 0.5 ? ['paper', 'electronic'] : ['paper'],
    source: issued ? department : '申请人自备',
  };
  if (material.originals === 0 && material.copies === 0) material.copies = 1;
  if (necessity === 'deferrable') material.note = '可容缺受理，于5个工作日内补交';
  return material;
}

/** Name the document being renewed or returned after the subject: 原道路运输证. */
function materialName(extra: string, subject: Subject): string {
  if (extra === '原许可证' || extra === '原证件') return `原${subject.name}`;
  if (extra === '登记证书') return `${subject.name}登记证书`;
  return extra;
}

function limits(random: Random, immediate: boolean, kind: Subject['kind']): { legal: TimeLimit; promised: TimeLimit } {
  if (immediate) {
    return { legal: { value: pick(random, [1, 3, 5, 10]), unit: 'workday' }, promised: { value: 0, unit: 'workday' } };
  }
  const choices: TimeLimit[] =
    kind === 'permit' || kind === 'registration'
      ? [
          { value: 20, unit: 'workday' },
          { value: 30, unit: 'workday' },
          { value: 60, unit: 'day' },
          { value: 15, unit: 'workday' },
        ]
      : [
          { value: 5, unit: 'workday' },
          { value: 10, unit: 'workday' },
          { value: 15, unit: 'workday' },
          { value: 30, unit: 'day' },
        ];
  const legal = pick(random, choices);
  // Halls promise well under the statutory limit; never more.
  const promised = Math.max(1, Math.min(legal.value, Math.round(legal.value * (0.3 + random() * 0.5))));
  return { legal, promised: { value: promised, unit: legal.unit } };
}

function steps(random: Random, immediate: boolean, promised: TimeLimit, kind: Subject['kind']): ProcessStep[] {
  if (immediate) {
    return [
      { name: '申请', description: '申请人到窗口或通过网上办事大厅提交申请' },
      { name: '受理', description: '材料齐全、符合法定形式的当场受理' },
      { name: '办结', description: '当场办结并出具办理结果', timeLimit: { value: 0, unit: promised.unit } },
    ];
  }
  const inspect = kind === 'permit' && random() < 0.5;
  const available = Math.max(0, promised.value - 1);
  const decide = available > 2 ? 1 : 0;
  const inspection = inspect ? Math.floor((available - decide) / 2) : 0;
  const review = available - decide - inspection;
  const unit = promised.unit;
  return [
    { name: '申请', description: '申请人通过窗口或网上办事大厅提交申请材料' },
    {
      name: '受理',
      description: '材料齐全的予以受理；材料不全的一次性告知需补正的全部内容',
      timeLimit: { value: Math.min(1, promised.value), unit },
    },
    { name: '审查', description: '对申请材料进行审查', timeLimit: { value: review, unit } },
    ...(inspect ? [{ name: '现场核查', description: '对场所、设施进行现场核查', timeLimit: { value: inspection, unit } }] : []),
    { name: '决定', description: '作出准予或不予办理的决定', timeLimit: { value: decide, unit } },
    { name: '送达', description: pick(random, ['窗口领取', '免费邮寄送达', '电子证照推送，可自助打印']) },
  ];
}

function limitText(limit: TimeLimit): string {
  return `${limit.value}个${limit.unit === 'workday' ? '工作日' : '自然日'}`;
}

function faq(random: Random, name: string, item: Pick<ServiceItemInput, 'visits' | 'caseType' | 'legalLimit' | 'promisedLimit'>) {
  const all = [
    {
      question: `办理${name}需要到现场吗？`,
      answer:
        item.visits === 0
          ? '不需要。可通过网上办事大厅全程网办，办理结果电子推送或免费邮寄。'
          : `需要到现场${item.visits}次，建议提前在网上预约并对照材料清单准备齐全。`,
    },
    {
      question: '多久能办好？',
      answer:
        item.caseType === 'immediate'
          ? '即办件，材料齐全、符合法定形式的当场办结。'
          : `承诺${limitText(item.promisedLimit)}内办结（法定时限${limitText(item.legalLimit)}），自受理次日起计算。`,
    },
    { question: '可以委托他人代办吗？', answer: '可以。代办人须携带授权委托书和本人居民身份证原件。' },
    { question: '材料不齐全怎么办？', answer: '窗口将一次性告知需补正的全部材料；标注为容缺的材料可先行受理，在规定期限内补交。' },
  ];
  const count = 1 + Math.floor(random() * 3);
  const start = Math.floor(random() * all.length);
  return Array.from({ length: count }, (_, i) => all[(start + i) % all.length]);
}

function makeItem(random: Random, combination: Combination, round: number): ServiceItemInput {
  const district = DISTRICTS[combination.district];
  const words = DEPARTMENT_WORDS[combination.department];
  const subject = words.subjects[combination.subject];
  const action: Action = ACTIONS[subject.kind][combination.action];
  const variant = VARIANTS[combination.variant];
  const department = departmentName(words, district);
  const name = `${subject.name}${action.suffix}${variant}`;
  const basicCode = `${TYPE_CODES[action.type]}${pad(combination.department, 2)}${pad(combination.subject, 2)}${combination.action}${combination.variant}${pad(round, 4)}`;
  const code = `${creditCode(combination, district)}${basicCode}`;

  const immediate = random() < action.immediateShare;
  const online = variant === '（跨省通办）' || random() < 0.6;
  const visits = online ? (random() < 0.7 ? 0 : 1) : random() < 0.8 ? 1 : 2;
  const { legal, promised } = limits(random, immediate, subject.kind);
  const materials: Material[] = [
    ...identity(subject),
    {
      name: `${subject.name}${action.suffix}申请表`,
      originals: 1,
      copies: 0,
      necessity: 'required',
      forms: ['paper', 'electronic'],
      source: '政务服务中心窗口领取或网上下载',
      blankFormUrl: `${PORTAL}/forms/${basicCode}.docx`,
      sampleUrl: `${PORTAL}/forms/${basicCode}-sample.pdf`,
    },
    ...action.extra.map((extra) => extraMaterial(random, materialName(extra, subject), department)),
  ];
  if (random() < 0.3) {
    materials.push({
      name: '授权委托书及代理人居民身份证',
      originals: 1,
      copies: 0,
      necessity: 'optional',
      forms: ['paper'],
      source: '申请人自备',
      note: '委托他人代办时提供',
    });
  }
  const conditions = [action.condition];
  conditions.push(
    subject.audience === 'natural'
      ? '申请人具有完全民事行为能力，或由监护人代为申请'
      : '申请人依法设立并有效存续，或为具有完全民事行为能力的自然人',
  );
  if (variant === '（告知承诺制）') conditions.push('申请人书面承诺符合条件，并愿意承担不实承诺的法律责任');
  if (variant === '（跨省通办）') conditions.push('户籍地或登记地在外省的申请人可在本地提出申请，材料网上流转');
  if (variant === '（容缺受理）') conditions.push('核心材料齐全，次要材料可在承诺期限内补齐');

  const charged = (subject.kind === 'permit' || subject.kind === 'certificate') && random() < 0.15;
  const laws = [pick(random, words.laws)];
  if (random() < 0.5) laws.push(`《${district.name}政务服务事项管理办法》`);
  if (action.type === 'administrative-license') laws.push('《中华人民共和国行政许可法》');

  const item: ServiceItemInput = {
    code,
    basicCode,
    name,
    type: action.type,
    audiences: subject.audience === 'both' ? ['natural', 'legal'] : [subject.audience],
    themes: words.themes.slice(0, 1 + Math.floor(random() * Math.min(2, words.themes.length))),
    department,
    highFrequency: random() < 0.02,
    // Skewed like real demand: a few items get most of the requests.
    popularity: Math.round(Math.exp(random() * 8)),
    visits,
    online,
    level: district.level,
    legalBasis: laws,
    conditions,
    materials,
    steps: steps(random, immediate, promised, subject.kind),
    caseType: immediate ? 'immediate' : 'promised',
    legalLimit: legal,
    promisedLimit: promised,
    fee: charged ? { charged: true, basis: '按国家和省规定的行政事业性收费标准执行', amount: '工本费10元/证' } : { charged: false },
    place: `${district.name}政务服务中心${pick(random, FLOORS)} ${words.name}窗口`,
    hours: '周一至周五 9:00—12:00，13:30—17:30（法定节假日除外）',
    consultPhone: `0999-55${combination.district}${pad(combination.department, 2)}${pad(100 + combination.subject, 3)}`,
    supervisePhone: '12345',
    appointment: random() < 0.5,
    faq: [],
  };
  if (online) item.onlineUrl = `${PORTAL}/portal/item/${code}`;
  item.faq = faq(random, name, item);
  return item;
}

/**
 * A deterministic catalog of `count` realistic, fictional items (same `seed`, same items),
 * valid against the ServiceItem schema without pinyin, with unique codes. Beyond the
 * about 13,000 distinct combinations names repeat with new codes (a new serial in 基本编码).
 */
export function generateCatalog(count: number, seed = 1): ServiceItemInput[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const random = createRandom(seed);
  const all = combinations();
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  const items: ServiceItemInput[] = [];
  for (let i = 0; i < count; i += 1) {
    items.push(makeItem(random, all[i % all.length], Math.floor(i / all.length)));
  }
  return items;
}

/** JSON for a catalog file: one item per line keeps it small and makes a line number point at its item. */
export function serialiseCatalog(items: ServiceItemInput[], pretty = false): string {
  if (pretty) return `${JSON.stringify(items, null, 2)}\n`;
  return items.length === 0 ? '[]\n' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}
