import type { Hall, QueueCategory, RatingReason, ServiceWindow } from '@zhengwu/core/contract';
import { DEPARTMENTS, HALL_ADDRESS, HALL_NAME, REGION_CODE } from './items/common.js';

/**
 * Business categories: one letter prefix each, numbers restart daily (A001). The service
 * minutes are what such a window typically takes per visitor, for estimates until the hall has
 * its own measured times.
 */
export const queueCategories: QueueCategory[] = [
  {
    code: 'household',
    name: '户籍身份证',
    prefix: 'A',
    priority: false,
    description: '居民身份证、户口迁移、出生登记、户籍证明',
    defaultServiceMinutes: 8,
  },
  {
    code: 'exit-entry',
    name: '出入境证件',
    prefix: 'B',
    priority: false,
    description: '护照、往来港澳台通行证及签注',
    defaultServiceMinutes: 10,
  },
  {
    code: 'social-insurance',
    name: '社保医保',
    prefix: 'C',
    priority: false,
    description: '社会保险、社会保障卡、就业、医保、生育',
    defaultServiceMinutes: 10,
  },
  // 不动产登记 halls commonly cap the day's numbers (放号量).
  {
    code: 'real-estate',
    name: '不动产登记',
    prefix: 'D',
    priority: false,
    description: '转移、抵押、查询、补证',
    dailyQuota: 300,
    defaultServiceMinutes: 15,
  },
  {
    code: 'business',
    name: '企业开办',
    prefix: 'E',
    priority: false,
    description: '设立、变更、注销登记，公章刻制，涉税事项',
    defaultServiceMinutes: 20,
  },
  {
    code: 'housing-fund',
    name: '住房公积金',
    prefix: 'F',
    priority: false,
    description: '缴存、提取、贷款、还款',
    defaultServiceMinutes: 10,
  },
  {
    code: 'civil-affairs',
    name: '民政婚姻',
    prefix: 'G',
    priority: false,
    description: '婚姻登记、社会救助、残疾人服务、高龄津贴',
    defaultServiceMinutes: 12,
  },
  {
    code: 'priority',
    name: '绿色通道',
    prefix: 'L',
    priority: true,
    description: '老年人、残疾人、孕妇、现役军人及退役军人、消防救援人员优先办理',
    defaultServiceMinutes: 10,
  },
  {
    code: 'appointment',
    name: '预约签到',
    prefix: 'Y',
    priority: false,
    description: '已在网上或电话预约的办事群众签到取号',
    // Only with the code the booking gave; checked in, ahead of walk-ins.
    appointment: true,
    defaultServiceMinutes: 12,
  },
];

/** 不满意原因 offered with a 差评 (a common default list). */
export const ratingReasons: RatingReason[] = [
  { code: 'slow-processing', label: '办理时间长' },
  { code: 'long-wait', label: '等待时间长' },
  { code: 'poor-attitude', label: '服务态度差' },
  { code: 'complex-process', label: '流程太复杂' },
  { code: 'unclear-guide', label: '办事指南不清晰' },
  { code: 'poor-environment', label: '办理环境差' },
  { code: 'repeated-visits', label: '多次跑动' },
  { code: 'other', label: '其他' },
];

const window = (id: string, department: string, categories: string[], staffName: string): ServiceWindow => ({
  id,
  name: `${id}号窗口`,
  department,
  categories,
  // Fictional staff; 工号 is what the window's staff card shows.
  staff: { id: `S${1000 + Number(id)}`, name: staffName, number: `ZWZX${String(1000 + Number(id))}` },
});

export const windows: ServiceWindow[] = [
  window('1', DEPARTMENTS.police.name, ['household', 'priority'], '陈晓雯'),
  window('2', DEPARTMENTS.police.name, ['household', 'appointment'], '王建国'),
  window('3', DEPARTMENTS.exitEntry.name, ['exit-entry', 'priority', 'appointment'], '李静'),
  window('4', DEPARTMENTS.hrss.name, ['social-insurance', 'priority'], '张伟'),
  window('5', DEPARTMENTS.medical.name, ['social-insurance', 'appointment'], '刘芳'),
  window('6', DEPARTMENTS.realEstate.name, ['real-estate', 'priority'], '杨帆'),
  window('7', DEPARTMENTS.realEstate.name, ['real-estate', 'appointment'], '赵敏'),
  window('8', DEPARTMENTS.market.name, ['business', 'appointment'], '黄磊'),
  window('9', DEPARTMENTS.housingFund.name, ['housing-fund', 'priority'], '周婷'),
  window('10', DEPARTMENTS.civil.name, ['civil-affairs', 'priority', 'appointment'], '吴昊'),
];

/** The fictional demo hall (region code 990100 is not a real GB/T 2260 code). */
export const hall: Hall = {
  code: 'ZWZX-990100',
  name: HALL_NAME,
  regionCode: REGION_CODE,
  address: HALL_ADDRESS,
  hours: '周一至周五 9:00—12:00，13:30—17:30；周六 9:00—12:00（户政、出入境、不动产延时服务）；法定节假日除外',
  phone: '0999-55100000',
  windows,
  categories: queueCategories,
  ratingReasons,
  // The clerks who may sign in (each window names its usual one as well).
  staff: windows.flatMap((w) => (w.staff ? [w.staff] : [])),
  // The documented defaults, written out: 补正 restarts the clock, a pause's first and last day count.
  progressRules: { correction: 'restart', pauseEdges: 'count', naturalDayExtends: true },
  timeZone: 'Asia/Shanghai',
  // 过号: back in the queue three tickets later, once; the second time the ticket is void.
  noShow: { action: 'requeue', after: 3, times: 1 },
};
