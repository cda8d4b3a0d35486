import type { Application, CalendarYear } from '@zhengwu/core/contract';
import { calendar2026 } from '@zhengwu/core/date/published-calendars';

/** "Today" in the stories: a plain Wednesday in 2026, so every countdown reads the same on any day. */
export const STORY_TODAY = '2026-03-18';

/** The 2026 arrangement as the hall serves it (`GET /api/calendar/2026`). */
export const CALENDAR_2026: CalendarYear = { ...calendar2026, holidays: [...calendar2026.holidays], workdays: [...calendar2026.workdays] };
export const CALENDAR_2027: CalendarYear = { year: 2027, provisional: true, holidays: [], workdays: [] };
export const CALENDARS = [CALENDAR_2026, CALENDAR_2027];

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

const base = {
  serviceItemCode: '11990100MB0103001D4000117001',
  serviceItemName: '国有建设用地使用权及房屋所有权转移登记（存量房买卖）',
  department: '示例市不动产登记中心',
  applicant: '周*强',
  handling: 'promised',
  promisedLimit: { value: 5, unit: 'workday' },
  pauses: [],
} satisfies Partial<Application>;

/** Three stages in, due tomorrow. */
export const dueTomorrow: Application = {
  ...base,
  id: '990100000012',
  status: 'in-progress',
  submittedAt: at('2026-03-12', '09:40'),
  acceptedOn: '2026-03-12',
  stages: [
    {
      name: '受理',
      department: '示例市不动产登记中心',
      handler: '杨*',
      result: 'approved',
      startedAt: at('2026-03-12', '09:40'),
      endedAt: at('2026-03-12', '10:05'),
    },
    {
      name: '审核',
      department: '示例市不动产登记中心',
      handler: '郑*庆',
      result: 'approved',
      startedAt: at('2026-03-12', '14:00'),
      endedAt: at('2026-03-13', '16:30'),
      note: '权属清晰，无查封、抵押',
    },
    {
      name: '缴税',
      department: '国家税务总局示例市税务局',
      handler: '何*',
      result: 'approved',
      startedAt: at('2026-03-16', '09:10'),
      endedAt: at('2026-03-16', '11:00'),
    },
    { name: '登簿', department: '示例市不动产登记中心', handler: '孙*华', startedAt: at('2026-03-17', '09:10') },
  ],
};

/** 10 working days from 2026-03-02: due 2026-03-16, two working days late on the 18th. */
export const overdue: Application = {
  ...base,
  id: '990100000015',
  serviceItemCode: '11990100MB0101001P4000107001',
  serviceItemName: '户口迁移（市内迁移）',
  department: '示例市公安局',
  applicant: '吕*涛',
  status: 'in-progress',
  promisedLimit: { value: 10, unit: 'workday' },
  submittedAt: at('2026-03-02', '11:00'),
  acceptedOn: '2026-03-02',
  stages: [
    {
      name: '受理',
      department: '示例市公安局',
      handler: '王*国',
      result: 'approved',
      startedAt: at('2026-03-02', '11:00'),
      endedAt: at('2026-03-02', '11:30'),
    },
    { name: '审核', department: '示例市公安局', handler: '蒋*新', startedAt: at('2026-03-03', '09:00'), note: '等待迁出地派出所核查回复' },
  ],
};

/** Expert review since 2026-03-16: the clock stands. */
export const paused: Application = {
  ...base,
  id: '990100000019',
  serviceItemCode: '11990100MB0105001M4000105001',
  serviceItemName: '食品经营许可',
  department: '示例市市场监督管理局',
  applicant: '郭*玲',
  status: 'paused',
  promisedLimit: { value: 7, unit: 'workday' },
  submittedAt: at('2026-03-12', '09:20'),
  acceptedOn: '2026-03-12',
  stages: [
    {
      name: '受理',
      department: '示例市市场监督管理局',
      handler: '黄*',
      result: 'approved',
      startedAt: at('2026-03-12', '09:20'),
      endedAt: at('2026-03-12', '09:45'),
    },
    { name: '现场核查', department: '示例市市场监督管理局', handler: '宋*平', startedAt: at('2026-03-13', '14:00') },
  ],
  pauses: [
    { procedure: 'expert-review', reason: '冷链食品贮存工艺需组织专家评审，评审期间不计入审批时限', startedAt: at('2026-03-16', '16:00') },
  ],
};

/** Returned for 补正: the medical report has expired. */
export const correction: Application = {
  ...base,
  id: '990100000026',
  serviceItemCode: '11990100MB0107001H4000107001',
  serviceItemName: '教师资格认定',
  department: '示例市教育局',
  applicant: '罗*怡',
  status: 'correction',
  promisedLimit: { value: 25, unit: 'workday' },
  submittedAt: at('2026-03-10', '10:00'),
  acceptedOn: '2026-03-10',
  stages: [
    {
      name: '受理',
      department: '示例市教育局',
      handler: '钱*静',
      result: 'approved',
      startedAt: at('2026-03-10', '10:00'),
      endedAt: at('2026-03-10', '10:25'),
    },
    {
      name: '审核',
      department: '示例市教育局',
      handler: '邓*燕',
      result: 'correction',
      startedAt: at('2026-03-11', '09:00'),
      endedAt: at('2026-03-16', '16:20'),
      note: '体检结论已超过6个月有效期',
      missing: ['6个月内的教师资格申请人员体检表（二级以上医院）', '普通话水平测试等级证书原件'],
    },
  ],
};

/** Finished yesterday, not rated yet. */
export const finished: Application = {
  ...base,
  id: '990100000052',
  serviceItemCode: '12990100MB0106001R4000106001',
  serviceItemName: '住房公积金提取（购买自住住房）',
  department: '示例市住房公积金管理中心',
  applicant: '徐*琪',
  status: 'completed',
  promisedLimit: { value: 1, unit: 'day' },
  submittedAt: at('2026-03-17', '10:00'),
  acceptedOn: '2026-03-17',
  completedAt: at('2026-03-17', '16:00'),
  stages: [
    {
      name: '审核',
      department: '示例市住房公积金管理中心',
      handler: '周*',
      result: 'approved',
      startedAt: at('2026-03-17', '10:00'),
      endedAt: at('2026-03-17', '14:10'),
    },
    {
      name: '办结',
      department: '示例市住房公积金管理中心',
      handler: '周*',
      result: 'approved',
      startedAt: at('2026-03-17', '14:10'),
      endedAt: at('2026-03-17', '16:00'),
      note: '提取资金已转入本人银行账户',
    },
  ],
  rating: {
    state: 'open',
    token: 'eyJhIjoiOTkwMTAwMDAwMDUyIiwiZSI6MTc3Mzg4MDAwMH0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    expiresAt: at('2026-03-19', '16:00'),
  },
};

/** 即办件, done on the spot. */
export const immediate: Application = {
  ...base,
  id: '990100000008',
  serviceItemCode: '11990100MB0105001M4000105002',
  serviceItemName: '企业变更登记',
  department: '示例市市场监督管理局',
  applicant: '韩*军',
  status: 'completed',
  handling: 'immediate',
  promisedLimit: { value: 0, unit: 'workday' },
  submittedAt: at('2026-03-11', '10:30'),
  acceptedOn: '2026-03-11',
  completedAt: at('2026-03-11', '11:05'),
  stages: [
    {
      name: '受理',
      department: '示例市市场监督管理局',
      handler: '黄*',
      result: 'approved',
      startedAt: at('2026-03-11', '10:30'),
      endedAt: at('2026-03-11', '10:40'),
    },
    {
      name: '核准发照',
      department: '示例市市场监督管理局',
      handler: '黄*',
      result: 'approved',
      startedAt: at('2026-03-11', '10:40'),
      endedAt: at('2026-03-11', '11:05'),
      note: '当场办结，已换发营业执照',
    },
  ],
  rating: { state: 'rated' },
};

/** Accepted in late December: the count runs into 2027, whose holidays are not published. */
export const provisional: Application = {
  ...dueTomorrow,
  id: '990100000099',
  promisedLimit: { value: 10, unit: 'workday' },
  submittedAt: at('2026-12-24', '09:00'),
  acceptedOn: '2026-12-24',
  stages: [{ name: '受理', department: '示例市不动产登记中心', handler: '杨*', startedAt: at('2026-12-24', '09:00') }],
};
