import type { Application, Pause, Stage } from '@zhengwu/core/contract';
import { seedItems } from './items/index.js';
import type { SeedApplication } from './types.js';

/**
 * Demo applications are written as of this moment (a Friday with no holiday nearby), so
 * that "in progress", "due", and "overdue" read right and tests stay stable. A server that
 * runs later shows the open ones as overdue unless it shifts them.
 */
export const SEED_REFERENCE_DATE = '2026-03-20';
export const SEED_REFERENCE_TIME = '2026-03-20T10:00:00+08:00';

/** Beijing time on a given day. */
const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

function item(name: string) {
  const found = seedItems.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`seed application refers to a missing item: ${name}`);
  return found;
}

function application(
  id: string,
  itemName: string,
  status: Application['status'],
  submittedAt: string,
  stages: Stage[],
  pauses: Pause[] = [],
): Omit<Application, 'applicant'> {
  const found = item(itemName);
  return {
    id,
    serviceItemCode: found.code,
    serviceItemName: found.name,
    status,
    submittedAt,
    promisedLimit: found.promisedLimit,
    stages,
    pauses,
  };
}

/*
 * ID numbers use the fictional region 9901xx with valid check digits; none is a real
 * person's. Due dates below count working days on the 2026 calendar.
 */
export const seedApplications: SeedApplication[] = [
  {
    // Accepted yesterday; 7 working days → due 2026-03-30.
    application: application('ZW990100202603190031', '普通护照签发', 'accepted', at('2026-03-19', '14:20'), [
      {
        name: '受理',
        handler: '李静',
        result: 'approved',
        startedAt: at('2026-03-19', '14:20'),
        endedAt: at('2026-03-19', '14:32'),
        note: '已采集指纹和照片，已缴费',
      },
    ]),
    applicantName: '林雨桐',
    applicantIdNumber: '990102199406121020',
    secret: '482913',
  },
  {
    // Three stages in; 5 working days from 2026-03-16 → due 2026-03-23.
    application: application(
      'ZW990100202603160012',
      '国有建设用地使用权及房屋所有权转移登记（存量房买卖）',
      'in-progress',
      at('2026-03-16', '09:40'),
      [
        { name: '受理', handler: '杨帆', result: 'approved', startedAt: at('2026-03-16', '09:40'), endedAt: at('2026-03-16', '10:05') },
        {
          name: '审核',
          handler: '郑国庆',
          result: 'approved',
          startedAt: at('2026-03-16', '14:00'),
          endedAt: at('2026-03-17', '16:30'),
          note: '权属清晰，无查封、抵押',
        },
        { name: '登簿', handler: '孙丽华', startedAt: at('2026-03-18', '09:10') },
      ],
    ),
    applicantName: '周志强',
    applicantIdNumber: '990103197809231010',
    secret: '305716',
  },
  {
    // Card being made; 20 natural days from 2026-03-09 → due 2026-03-29.
    application: application('ZW990100202603090047', '居民身份证首次申领', 'in-progress', at('2026-03-09', '15:05'), [
      { name: '受理', handler: '陈晓雯', result: 'approved', startedAt: at('2026-03-09', '15:05'), endedAt: at('2026-03-09', '15:20') },
      { name: '审核签发', handler: '刘振华', result: 'approved', startedAt: at('2026-03-10', '09:00'), endedAt: at('2026-03-11', '11:00') },
      { name: '制证', handler: '省级制证中心', startedAt: at('2026-03-11', '16:00') },
    ]),
    applicantName: '马思远',
    applicantIdNumber: '990102201003021017',
    secret: '917254',
  },
  {
    // 特别程序: the work-injury clock stops while the traffic police's finding is awaited.
    application: application(
      'ZW990100202602020008',
      '工伤认定申请',
      'paused',
      at('2026-02-02', '10:30'),
      [
        { name: '受理', handler: '张伟', result: 'approved', startedAt: at('2026-02-02', '10:30'), endedAt: at('2026-02-05', '15:00') },
        { name: '调查核实', handler: '许文博', startedAt: at('2026-02-05', '15:00') },
      ],
      [
        {
          reason: '需以公安机关交通管理部门出具的《道路交通事故认定书》为依据，依《工伤保险条例》第二十条中止认定时限',
          startedAt: at('2026-02-12', '16:00'),
        },
      ],
    ),
    applicantName: '韩立军',
    applicantIdNumber: '99010419850117169X',
    secret: '660381',
  },
  {
    // Approved within 7 working days, with one finished pause for rectification.
    application: application(
      'ZW990100202603020019',
      '食品经营许可',
      'completed',
      at('2026-03-02', '09:20'),
      [
        { name: '受理', handler: '黄磊', result: 'approved', startedAt: at('2026-03-02', '09:20'), endedAt: at('2026-03-02', '09:45') },
        {
          name: '现场核查',
          handler: '宋建平',
          result: 'approved',
          startedAt: at('2026-03-03', '14:00'),
          endedAt: at('2026-03-05', '11:30'),
          note: '冷藏设备整改后复查合格',
        },
        { name: '决定', handler: '唐晓东', result: 'approved', startedAt: at('2026-03-06', '09:00'), endedAt: at('2026-03-06', '15:00') },
        {
          name: '发证',
          handler: '黄磊',
          result: 'approved',
          startedAt: at('2026-03-09', '09:30'),
          endedAt: at('2026-03-09', '10:00'),
          note: '电子证书已推送，纸质证书已邮寄',
        },
      ],
      [{ reason: '申请人整改冷藏设备，整改期间中止计时', startedAt: at('2026-03-03', '17:00'), endedAt: at('2026-03-04', '17:00') }],
    ),
    applicantName: '郭美玲',
    applicantIdNumber: '990101199008051024',
    secret: '128847',
  },
  {
    // Returned at review: the medical certificate had expired.
    application: application('ZW990100202603100026', '教师资格认定', 'returned', at('2026-03-10', '10:00'), [
      { name: '受理', handler: '钱文静', result: 'approved', startedAt: at('2026-03-10', '10:00'), endedAt: at('2026-03-10', '10:25') },
      {
        name: '审核',
        handler: '邓海燕',
        result: 'returned',
        startedAt: at('2026-03-12', '09:00'),
        endedAt: at('2026-03-13', '16:20'),
        note: '体检结论已超过6个月有效期，请重新体检后再次提交申请',
      },
    ]),
    applicantName: '罗欣怡',
    applicantIdNumber: '990103199904281023',
    secret: '570392',
  },
  {
    // Overdue: 10 working days from 2026-02-26 (2-28 is a 调休 workday) → due 2026-03-11.
    application: application('ZW990100202602260015', '户口迁移（市内迁移）', 'in-progress', at('2026-02-26', '11:00'), [
      { name: '受理', handler: '王建国', result: 'approved', startedAt: at('2026-02-26', '11:00'), endedAt: at('2026-02-26', '11:30') },
      { name: '审核', handler: '蒋立新', startedAt: at('2026-02-27', '09:00'), note: '等待迁出地派出所核查回复' },
    ]),
    applicantName: '吕文涛',
    applicantIdNumber: '990102198203111012',
    secret: '843105',
  },
  {
    // Done the same day.
    application: application('ZW990100202603180052', '住房公积金提取（购买自住住房）', 'completed', at('2026-03-18', '10:00'), [
      { name: '审核', handler: '周婷', result: 'approved', startedAt: at('2026-03-18', '10:00'), endedAt: at('2026-03-18', '14:10') },
      {
        name: '办结',
        handler: '周婷',
        result: 'approved',
        startedAt: at('2026-03-18', '14:10'),
        endedAt: at('2026-03-18', '16:00'),
        note: '提取资金已转入本人银行账户',
      },
    ]),
    applicantName: '徐佳琪',
    applicantIdNumber: '990105199302191023',
    secret: '219476',
  },
  {
    // Across 春节: 17 working days from 2026-02-10 (2-14 and 2-28 worked, 2-15…2-23 off) → due 2026-03-11, met.
    application: application('ZW990100202602100033', '不动产权证书补证', 'completed', at('2026-02-10', '15:30'), [
      { name: '受理', handler: '赵敏', result: 'approved', startedAt: at('2026-02-10', '15:30'), endedAt: at('2026-02-10', '15:50') },
      {
        name: '公告',
        handler: '赵敏',
        result: 'approved',
        startedAt: at('2026-02-11', '09:00'),
        endedAt: at('2026-03-10', '17:00'),
        note: '遗失声明公告15个工作日期满，无异议',
      },
      {
        name: '补发',
        handler: '孙丽华',
        result: 'approved',
        startedAt: at('2026-03-11', '09:00'),
        endedAt: at('2026-03-11', '11:00'),
        note: '已补发不动产权证书',
      },
    ]),
    applicantName: '沈宏斌',
    applicantIdNumber: '990104197210301015',
    secret: '395028',
  },
];
