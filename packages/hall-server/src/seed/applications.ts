import type { Application, CalendarYear, Pause, Stage } from '@zhengwu/core/contract';
import { addDays, addWorkingDays, countWorkingDays, isWorkingDay, type IsoDate } from '@zhengwu/core/date';
import { seedItems } from './items/index.js';
import type { SeedApplication } from './types.js';

/** Beijing time on a given day. */
const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

function item(name: string) {
  const found = seedItems.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`seed application refers to a missing item: ${name}`);
  return found;
}

type Draft = Omit<Application, 'applicant' | 'serviceItemCode' | 'serviceItemName' | 'department' | 'handling' | 'promisedLimit'>;

function application(itemName: string, draft: Draft): Omit<Application, 'applicant'> {
  const found = item(itemName);
  return {
    ...draft,
    serviceItemCode: found.code,
    serviceItemName: found.name,
    department: found.department,
    handling: found.caseType,
    promisedLimit: found.promisedLimit,
  };
}

/** The working day `n` working days before `day` (so that counting from it to `day` gives n). */
function workingDaysBefore(calendars: CalendarYear[], day: IsoDate, n: number): IsoDate {
  let date = addDays(day, -1);
  while (countWorkingDays(calendars, date, day).days < n || !isWorkingDay(calendars, date)) date = addDays(date, -1);
  return date;
}

/** The `n`-th working day after `day`. */
const after = (calendars: CalendarYear[], day: IsoDate, n: number) => addWorkingDays(calendars, day, n).date;

/**
 * The demo hall's applications, dated relative to `today` so that "on time", "due tomorrow" and
 * "overdue" read right on any day the server starts. Deadlines come from the same working-day
 * module the browser counts with. Names and ID numbers (region 9901xx, valid check digits) are
 * fictional; numbers stay the same from day to day, so a printed number keeps working.
 */
export function demoApplications(today: IsoDate, calendars: CalendarYear[]): SeedApplication[] {
  const back = (n: number) => workingDaysBefore(calendars, today, n);
  const fwd = (day: IsoDate, n: number) => after(calendars, day, n);

  // Passport, 7 working days: accepted 2 working days ago → on time, 5 left.
  const passport = back(2);
  // Property transfer, 5 working days: accepted 4 working days ago → due tomorrow.
  const transfer = back(4);
  // Household move, 10 working days: accepted 12 working days ago → 2 working days overdue.
  const household = back(12);
  // Food licence, 7 working days: expert review since yesterday's working day.
  const food = back(3);
  // Teacher certificate, 25 working days: returned for 补正 two working days ago.
  const teacher = back(6);
  // Housing fund withdrawal: finished last working day, not rated.
  const fund = back(1);
  // Business change (即办件): done on the spot a week ago.
  const change = back(5);
  // ID card, 20 natural days: 6 working days in, card being made.
  const idCard = back(6);

  return [
    {
      application: application('普通护照签发', {
        id: '990100000031',
        status: 'in-progress',
        submittedAt: at(passport, '14:20'),
        acceptedOn: passport,
        stages: [
          {
            name: '受理',
            department: '示例市公安局出入境管理支队',
            handler: '李静',
            result: 'approved',
            startedAt: at(passport, '14:20'),
            endedAt: at(passport, '14:32'),
            note: '已采集指纹和照片，已缴费',
          },
          { name: '审批', department: '示例省公安厅出入境管理局', startedAt: at(fwd(passport, 1), '09:30') },
        ],
        pauses: [],
      }),
      applicantName: '林雨桐',
      applicantIdNumber: '990102199406121020',
      secret: '482913',
    },
    {
      application: application('国有建设用地使用权及房屋所有权转移登记（存量房买卖）', {
        id: '990100000012',
        status: 'in-progress',
        submittedAt: at(transfer, '09:40'),
        acceptedOn: transfer,
        stages: [
          {
            name: '受理',
            department: '示例市不动产登记中心',
            handler: '杨帆',
            result: 'approved',
            startedAt: at(transfer, '09:40'),
            endedAt: at(transfer, '10:05'),
          },
          {
            name: '审核',
            department: '示例市不动产登记中心',
            handler: '郑国庆',
            result: 'approved',
            startedAt: at(transfer, '14:00'),
            endedAt: at(fwd(transfer, 1), '16:30'),
            note: '权属清晰，无查封、抵押',
          },
          {
            name: '缴税',
            department: '国家税务总局示例市税务局',
            handler: '何佳',
            result: 'approved',
            startedAt: at(fwd(transfer, 2), '09:10'),
            endedAt: at(fwd(transfer, 2), '11:00'),
          },
          { name: '登簿', department: '示例市不动产登记中心', handler: '孙丽华', startedAt: at(fwd(transfer, 3), '09:10') },
        ],
        pauses: [],
      }),
      applicantName: '周志强',
      applicantIdNumber: '990103197809231010',
      secret: '305716',
    },
    {
      application: application('户口迁移（市内迁移）', {
        id: '990100000015',
        status: 'in-progress',
        submittedAt: at(household, '11:00'),
        acceptedOn: household,
        stages: [
          {
            name: '受理',
            department: '示例市公安局',
            handler: '王建国',
            result: 'approved',
            startedAt: at(household, '11:00'),
            endedAt: at(household, '11:30'),
          },
          {
            name: '审核',
            department: '示例市公安局',
            handler: '蒋立新',
            startedAt: at(fwd(household, 1), '09:00'),
            note: '等待迁出地派出所核查回复',
          },
        ],
        pauses: [],
      }),
      applicantName: '吕文涛',
      applicantIdNumber: '990102198203111012',
      secret: '843105',
    },
    {
      application: application('食品经营许可', {
        id: '990100000019',
        status: 'paused',
        submittedAt: at(food, '09:20'),
        acceptedOn: food,
        stages: [
          {
            name: '受理',
            department: '示例市市场监督管理局',
            handler: '黄磊',
            result: 'approved',
            startedAt: at(food, '09:20'),
            endedAt: at(food, '09:45'),
          },
          { name: '现场核查', department: '示例市市场监督管理局', handler: '宋建平', startedAt: at(fwd(food, 1), '14:00') },
        ],
        pauses: [
          {
            procedure: 'expert-review',
            reason: '冷链食品贮存工艺需组织专家评审，评审期间不计入审批时限',
            startedAt: at(fwd(food, 2), '16:00'),
          } satisfies Pause,
        ],
      }),
      applicantName: '郭美玲',
      applicantIdNumber: '990101199008051024',
      secret: '128847',
    },
    {
      application: application('教师资格认定', {
        id: '990100000026',
        status: 'correction',
        submittedAt: at(teacher, '10:00'),
        acceptedOn: teacher,
        stages: [
          {
            name: '受理',
            department: '示例市教育局',
            handler: '钱文静',
            result: 'approved',
            startedAt: at(teacher, '10:00'),
            endedAt: at(teacher, '10:25'),
          },
          {
            name: '审核',
            department: '示例市教育局',
            handler: '邓海燕',
            result: 'correction',
            startedAt: at(fwd(teacher, 1), '09:00'),
            endedAt: at(fwd(teacher, 4), '16:20'),
            note: '体检结论已超过6个月有效期',
            missing: ['6个月内的教师资格申请人员体检表（二级以上医院）', '普通话水平测试等级证书原件'],
          } satisfies Stage,
        ],
        pauses: [],
      }),
      applicantName: '罗欣怡',
      applicantIdNumber: '990103199904281023',
      secret: '570392',
    },
    {
      application: application('住房公积金提取（购买自住住房）', {
        id: '990100000052',
        status: 'completed',
        submittedAt: at(fund, '10:00'),
        acceptedOn: fund,
        completedAt: at(fund, '16:00'),
        stages: [
          {
            name: '审核',
            department: '示例市住房公积金管理中心',
            handler: '周婷',
            result: 'approved',
            startedAt: at(fund, '10:00'),
            endedAt: at(fund, '14:10'),
          },
          {
            name: '办结',
            department: '示例市住房公积金管理中心',
            handler: '周婷',
            result: 'approved',
            startedAt: at(fund, '14:10'),
            endedAt: at(fund, '16:00'),
            note: '提取资金已转入本人银行账户',
          },
        ],
        pauses: [],
      }),
      applicantName: '徐佳琪',
      applicantIdNumber: '990105199302191023',
      secret: '219476',
    },
    {
      application: application('企业变更登记', {
        id: '990100000008',
        status: 'completed',
        submittedAt: at(change, '10:30'),
        acceptedOn: change,
        completedAt: at(change, '11:05'),
        stages: [
          {
            name: '受理',
            department: '示例市市场监督管理局',
            handler: '黄磊',
            result: 'approved',
            startedAt: at(change, '10:30'),
            endedAt: at(change, '10:40'),
          },
          {
            name: '核准发照',
            department: '示例市市场监督管理局',
            handler: '黄磊',
            result: 'approved',
            startedAt: at(change, '10:40'),
            endedAt: at(change, '11:05'),
            note: '当场办结，已换发营业执照',
          },
        ],
        pauses: [],
      }),
      applicantName: '韩立军',
      applicantIdNumber: '99010419850117169X',
      secret: '660381',
    },
    {
      application: application('居民身份证首次申领', {
        id: '990100000047',
        status: 'in-progress',
        submittedAt: at(idCard, '15:05'),
        acceptedOn: idCard,
        stages: [
          {
            name: '受理',
            department: '示例市公安局',
            handler: '陈晓雯',
            result: 'approved',
            startedAt: at(idCard, '15:05'),
            endedAt: at(idCard, '15:20'),
          },
          {
            name: '审核签发',
            department: '示例市公安局',
            handler: '刘振华',
            result: 'approved',
            startedAt: at(fwd(idCard, 1), '09:00'),
            endedAt: at(fwd(idCard, 2), '11:00'),
          },
          { name: '制证', department: '示例省公安厅制证中心', startedAt: at(fwd(idCard, 2), '16:00') },
        ],
        pauses: [],
      }),
      applicantName: '马思远',
      applicantIdNumber: '990102201003021017',
      secret: '917254',
    },
  ];
}
