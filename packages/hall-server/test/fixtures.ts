import type { Pinyin, ServiceItem } from '@zhengwu/core/contract';
import type { SeedData, ServiceItemInput } from '../src/seed/types.js';

/** A small hall for tests: 3 windows, a normal (A) and a priority (B) queue. */
export const fixtureSeed: SeedData = {
  hall: {
    code: 'test-hall',
    name: '测试市政务服务中心',
    regionCode: '440106',
    address: '测试市天河区政务路1号',
    hours: '周一至周五 9:00-17:00',
    phone: '020-12345678',
    windows: [
      {
        id: '1',
        name: '1号窗口',
        department: '市公安局',
        categories: ['general', 'priority'],
        staff: { id: 's001', name: '李明', number: 'GA001' },
      },
      {
        id: '2',
        name: '2号窗口',
        department: '市人力资源和社会保障局',
        categories: ['general'],
        staff: { id: 's002', name: '王芳', number: 'RS002' },
      },
      {
        id: '3',
        name: '3号窗口',
        department: '市不动产登记中心',
        categories: ['general', 'priority'],
        staff: { id: 's003', name: '陈刚', number: 'BDC003' },
      },
    ],
    categories: [
      { code: 'general', name: '综合业务', prefix: 'A', priority: false },
      { code: 'priority', name: '绿色通道', prefix: 'B', priority: true, description: '老年人、残疾人优先' },
    ],
    ratingReasons: [
      { code: 'long-processing', label: '办理时间长' },
      { code: 'long-wait', label: '等待时间长' },
      { code: 'attitude', label: '服务态度差' },
      { code: 'complex', label: '流程太复杂' },
      { code: 'other', label: '其他' },
    ],
  },
  items: [
    item('GA-001', '居民身份证换领', '市公安局', ['户籍']),
    item('RS-002', '失业保险金申领', '市人力资源和社会保障局', ['就业', '社保']),
    item('BDC-003', '不动产登记资料查询', '市不动产登记中心', ['不动产']),
  ],
  applications: [
    {
      application: {
        id: 'SQ2026112200001',
        serviceItemCode: 'GA-001',
        serviceItemName: '居民身份证换领',
        department: '市公安局',
        status: 'in-progress',
        handling: 'promised',
        submittedAt: '2026-11-16T09:30:00+08:00',
        acceptedOn: '2026-11-16',
        promisedLimit: { value: 15, unit: 'workday' },
        stages: [
          {
            name: '受理',
            handler: '王五六',
            result: 'approved',
            startedAt: '2026-11-16T09:30:00+08:00',
            endedAt: '2026-11-16T10:00:00+08:00',
          },
          { name: '审核', handler: '赵敏', startedAt: '2026-11-16T10:00:00+08:00' },
        ],
        pauses: [],
      },
      applicantName: '张小三',
      applicantIdNumber: '110101199001011234',
      secret: '8273',
    },
    {
      application: {
        id: 'SQ2026112200002',
        serviceItemCode: 'RS-002',
        serviceItemName: '失业保险金申领',
        department: '市人力资源和社会保障局',
        status: 'completed',
        handling: 'promised',
        submittedAt: '2026-11-02T14:00:00+08:00',
        acceptedOn: '2026-11-02',
        completedAt: '2026-11-03T14:00:00+08:00',
        promisedLimit: { value: 5, unit: 'workday' },
        stages: [{ name: '受理', startedAt: '2026-11-02T14:00:00+08:00', endedAt: '2026-11-03T14:00:00+08:00', result: 'approved' }],
        pauses: [],
      },
      applicantName: '欧阳娜娜',
      applicantIdNumber: '440106198805052345',
      secret: 'ab12cd',
    },
  ],
  calendars: [
    {
      year: 2026,
      provisional: false,
      holidays: ['2026-01-01', '2026-10-01', '2026-10-02'],
      workdays: ['2026-01-04', '2026-10-10'],
      source: '国务院办公厅关于2026年部分节假日安排的通知',
    },
  ],
};

/** Hand-written readings, so that these tests do not depend on a pinyin dictionary. */
const PINYIN: Record<string, Pinyin> = {
  'GA-001': { full: ['ju min shen fen zheng huan ling'], initials: ['jmsfzhl'] },
  'RS-002': { full: ['shi ye bao xian jin shen ling'], initials: ['sybxjsl'] },
  'BDC-003': { full: ['bu dong chan deng ji zi liao cha xun'], initials: ['bdcdjzlcx'] },
};

export function fixturePinyin(input: ServiceItemInput): ServiceItem {
  return { ...input, pinyin: PINYIN[input.code] ?? { full: [], initials: [] } };
}

function item(code: string, name: string, department: string, themes: string[]): ServiceItemInput {
  return {
    code,
    basicCode: `${code}-B`,
    name,
    type: 'public-service',
    audiences: ['natural'],
    themes,
    department,
    highFrequency: code !== 'BDC-003',
    popularity: code.length * 100,
    visits: 1,
    online: false,
    level: '市级',
    legalBasis: ['《中华人民共和国居民身份证法》'],
    conditions: ['本市户籍居民'],
    materials: [{ name: '居民身份证', originals: 1, copies: 1, necessity: 'required', forms: ['paper'], source: '申请人自备' }],
    steps: [{ name: '受理' }, { name: '审核', timeLimit: { value: 1, unit: 'workday' } }, { name: '办结' }],
    caseType: 'promised',
    legalLimit: { value: 60, unit: 'day' },
    promisedLimit: { value: 15, unit: 'workday' },
    fee: { charged: false },
    place: '测试市政务服务中心一楼',
    hours: '周一至周五 9:00-17:00',
    consultPhone: '020-12345678',
    supervisePhone: '12345',
    appointment: true,
    faq: [{ question: '可以代办吗？', answer: '需本人到场。' }],
  };
}
