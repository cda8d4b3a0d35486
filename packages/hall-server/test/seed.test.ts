import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { Application, CalendarYear, Hall, ServiceItem, type TimeLimit } from '@zhengwu/core/contract';
import { SEED_REFERENCE_DATE, SEED_REFERENCE_TIME, seedData } from '../src/seed/index.js';
import { withPinyin } from '../src/catalog/pinyin.js';

const ItemInput = v.omit(ServiceItem, ['pinyin']);
const { hall, items, applications, calendars } = seedData;

/** Upper bound in calendar days, so limits in different units compare safely. */
function inDays(limit: TimeLimit): number {
  return limit.unit === 'day' ? limit.value : Math.ceil((limit.value * 7) / 5);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function isWorkday(date: string): boolean {
  const year = calendars.find((calendar) => calendar.year === Number(date.slice(0, 4)));
  if (year?.workdays.includes(date)) return true;
  if (year?.holidays.includes(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/** The n-th working day after `date` (the day of acceptance does not count). */
function addWorkdays(date: string, n: number): string {
  let t = Date.parse(`${date}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    t += 86_400_000;
    if (isWorkday(new Date(t).toISOString().slice(0, 10))) left -= 1;
  }
  return new Date(t).toISOString().slice(0, 10);
}

describe('seed hall', () => {
  it('validates against the Hall contract', () => {
    assert.doesNotThrow(() => v.parse(Hall, hall));
    assert.equal(hall.name, '示例市政务服务中心');
    assert.match(hall.regionCode, /^99\d{4}$/, 'a fictional region code (no province 99)');
  });

  it('has windows 1 to 10 with staff, calling only known categories', () => {
    assert.deepEqual(
      hall.windows.map((window) => window.id),
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    );
    const categories = new Set(hall.categories.map((category) => category.code));
    for (const window of hall.windows) {
      assert.equal(window.name, `${window.id}号窗口`);
      assert.ok(window.staff?.name && window.staff.number, `window ${window.id} has staff with 工号`);
      assert.ok(window.categories.length > 0);
      for (const code of window.categories) assert.ok(categories.has(code), `window ${window.id} calls unknown ${code}`);
    }
    const staffIds = hall.windows.map((window) => window.staff?.id);
    assert.equal(new Set(staffIds).size, staffIds.length);
  });

  it('has categories with unique prefixes, one priority lane and appointment check-in', () => {
    const prefixes = hall.categories.map((category) => category.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    assert.deepEqual(prefixes.slice(0, 4), ['A', 'B', 'C', 'D']);
    const priority = hall.categories.filter((category) => category.priority);
    assert.equal(priority.length, 1);
    assert.match(priority[0].name + (priority[0].description ?? ''), /绿色通道/);
    assert.ok(hall.categories.some((category) => category.code === 'appointment' && category.name.includes('预约')));
    // Every category is called at some window.
    for (const category of hall.categories) {
      assert.ok(
        hall.windows.some((window) => window.categories.includes(category.code)),
        category.code,
      );
    }
  });

  it('offers the common list of 不满意原因', () => {
    assert.deepEqual(
      hall.ratingReasons.map((reason) => reason.label),
      ['办理时间长', '等待时间长', '服务态度差', '流程太复杂', '办事指南不清晰', '办理环境差', '多次跑动', '其他'],
    );
    const codes = hall.ratingReasons.map((reason) => reason.code);
    assert.equal(new Set(codes).size, codes.length);
  });
});

describe('seed items', () => {
  it('every item validates against ServiceItem without pinyin, and with it', () => {
    for (const item of items) {
      const result = v.safeParse(ItemInput, item);
      assert.ok(result.success, `${item.name}: ${result.issues?.map((issue) => issue.message).join('; ')}`);
      assert.doesNotThrow(() => v.parse(ServiceItem, withPinyin(item)), item.name);
    }
  });

  it('covers enough of a real catalog', () => {
    assert.ok(items.length >= 60, `${items.length} items`);
    const audiences = new Set(items.flatMap((item) => item.audiences));
    assert.ok(audiences.has('natural') && audiences.has('legal'));
    const themes = new Set(items.flatMap((item) => item.themes));
    assert.ok(themes.size >= 10, `${themes.size} themes`);
    for (const theme of [
      '生育',
      '户籍',
      '就业',
      '社保',
      '医保',
      '不动产',
      '婚姻',
      '退休',
      '教育',
      '出入境',
      '交通',
      '公积金',
      '企业开办',
      '税务',
      '民政',
      '残疾人',
    ]) {
      assert.ok(themes.has(theme), `theme ${theme}`);
    }
    const departments = new Set(items.map((item) => item.department));
    assert.ok(departments.size >= 8, `${departments.size} departments`);
    const highFrequency = items.filter((item) => item.highFrequency).length;
    assert.ok(highFrequency >= 10 && highFrequency <= 16, `${highFrequency} high-frequency items`);
    assert.ok(items.some((item) => item.level === '市级'));
    assert.ok(new Set(items.map((item) => item.type)).size >= 5, 'several item types');
  });

  it('has unique codes and basic codes within each department', () => {
    const codes = items.map((item) => item.code);
    assert.equal(new Set(codes).size, codes.length);
    const basic = items.map((item) => `${item.department}/${item.basicCode}`);
    assert.equal(new Set(basic).size, basic.length);
    for (const item of items) assert.ok(item.code.endsWith(item.basicCode), item.name);
  });

  it('promises no more than the law allows, and immediate items finish on the spot', () => {
    for (const item of items) {
      assert.ok(inDays(item.promisedLimit) <= inDays(item.legalLimit), `${item.name}: promised over legal limit`);
      if (item.caseType === 'immediate') assert.equal(item.promisedLimit.value, 0, item.name);
      else assert.ok(item.legalLimit.value > 0, item.name);
    }
  });

  it('fills the guide fields sensibly', () => {
    for (const item of items) {
      assert.equal(item.online, item.onlineUrl !== undefined, `${item.name}: onlineUrl iff online`);
      if (item.onlineUrl) assert.match(item.onlineUrl, /^https:\/\/zwfw\.example\.gov\.cn\//);
      if (item.visits === 0) assert.ok(item.online, `${item.name}: zero visits needs online`);
      assert.ok(item.visits <= 2);
      assert.ok(item.faq.length >= 1 && item.faq.length <= 3, `${item.name}: 1–3 FAQ`);
      assert.ok(item.materials.length >= 1 && item.steps.length >= 2 && item.conditions.length >= 1, item.name);
      assert.ok(item.legalBasis.length >= 1, item.name);
      assert.equal(item.supervisePhone, '12345');
      if (item.fee.charged) assert.ok(item.fee.amount, `${item.name}: charged items say how much`);
    }
    const materials = items.flatMap((item) => item.materials);
    assert.ok(materials.some((material) => material.blankFormUrl && material.sampleUrl));
    for (const necessity of ['required', 'optional', 'deferrable'] as const) {
      assert.ok(
        materials.some((material) => material.necessity === necessity),
        necessity,
      );
    }
    assert.ok(materials.some((material) => material.forms.includes('electronic')));
    assert.ok(items.some((item) => item.legalLimit.unit === 'workday') && items.some((item) => item.legalLimit.unit === 'day'));
  });

  it('includes the items kiosk users search for, and names with 多音字', () => {
    const named = (text: string) => items.filter((item) => item.name.includes(text));
    assert.ok(named('身份证').length >= 3);
    for (const name of ['居民身份证首次申领', '居民身份证换领', '临时居民身份证申领', '普通护照签发', '户政档案查询']) {
      assert.ok(
        items.some((item) => item.name === name),
        name,
      );
    }
    assert.ok(named('户口').length >= 2);
    for (const text of ['银行', '重新', '还款', '单位', '长期']) assert.ok(named(text).length >= 1, text);
  });

  it('is found by pinyin initials: sfz, hz, yh and yx', () => {
    const withPy = items.map(withPinyin);
    for (const item of withPy.filter((candidate) => candidate.name.includes('身份证'))) {
      assert.ok(
        item.pinyin.initials.some((initials) => initials.includes('sfz')),
        `${item.name}: ${item.pinyin.initials.join(',')}`,
      );
    }
    const hz = withPy.filter((item) => item.pinyin.initials.some((initials) => initials.includes('hz')));
    assert.ok(
      hz.some((item) => item.name.includes('护照')),
      'hz finds 护照',
    );
    assert.ok(
      hz.some((item) => item.name.includes('户政')),
      'hz finds 户政',
    );
    assert.ok(
      withPy.some((item) => item.pinyin.initials[0].startsWith('hz')),
      'some item starts with hz (户政…)',
    );
    const bank = withPy.filter((item) => item.name.includes('银行'));
    assert.ok(bank.length >= 1);
    for (const item of bank) {
      assert.ok(
        item.pinyin.initials.some((initials) => initials.includes('yh')),
        item.name,
      );
      assert.ok(
        item.pinyin.initials.some((initials) => initials.includes('yx')),
        item.name,
      );
    }
  });
});

describe('seed applications', () => {
  const byId = new Map(items.map((item) => [item.code, item]));

  it('validate against the Application contract once masked', () => {
    assert.ok(applications.length >= 6);
    for (const seed of applications) {
      const masked = `${seed.applicantName[0]}*${seed.applicantName.slice(-1)}`;
      assert.doesNotThrow(() => v.parse(Application, { ...seed.application, applicant: masked }), seed.application.id);
      assert.doesNotThrow(() => v.parse(v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,50}$/)), seed.application.id));
    }
  });

  it('refer to seed items and take their promised limit', () => {
    for (const { application } of applications) {
      const item = byId.get(application.serviceItemCode);
      assert.ok(item, `${application.id} refers to a seed item`);
      assert.equal(application.serviceItemName, item.name);
      assert.deepEqual(application.promisedLimit, item.promisedLimit);
    }
  });

  it('carry a 6-digit 查询码, a Chinese name and a fictional ID number with a valid check digit', () => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const checks = '10X98765432';
    for (const seed of applications) {
      assert.match(seed.secret, /^\d{6}$/);
      assert.match(seed.applicantName, /^[\u4e00-\u9fff]{2,4}$/);
      assert.match(seed.applicantIdNumber, /^99\d{15}[\dX]$/, 'region 99xxxx is fictional');
      const sum = weights.reduce((total, weight, i) => total + weight * Number(seed.applicantIdNumber[i]), 0);
      assert.equal(seed.applicantIdNumber[17], checks[sum % 11], seed.applicantIdNumber);
    }
    assert.equal(new Set(applications.map((seed) => seed.secret)).size, applications.length);
    assert.equal(new Set(applications.map((seed) => seed.application.id)).size, applications.length);
    assert.ok(applications.some((seed) => seed.applicantIdNumber.endsWith('X')));
  });

  it('cover every status, with consistent stages and pauses', () => {
    const statuses = new Set(applications.map((seed) => seed.application.status));
    for (const status of ['accepted', 'in-progress', 'paused', 'completed', 'returned'] as const) assert.ok(statuses.has(status), status);
    assert.ok(applications.filter((seed) => seed.application.status === 'in-progress').length >= 2);
    for (const { application } of applications) {
      assert.match(application.submittedAt, /\+08:00$/);
      assert.ok(application.submittedAt <= SEED_REFERENCE_TIME, `${application.id} submitted before the reference time`);
      assert.ok(application.stages.length >= 1);
      for (const stage of [...application.stages, ...application.pauses]) {
        assert.match(stage.startedAt, /\+08:00$/);
        assert.ok(stage.startedAt >= application.submittedAt, application.id);
        if (stage.endedAt) assert.ok(stage.endedAt >= stage.startedAt && stage.endedAt <= SEED_REFERENCE_TIME, application.id);
      }
      const last = application.stages[application.stages.length - 1];
      if (application.status === 'completed') {
        assert.ok(
          application.stages.every((stage) => stage.result === 'approved' && stage.endedAt),
          application.id,
        );
      }
      if (application.status === 'returned') assert.equal(last.result, 'returned');
      if (application.status === 'in-progress' || application.status === 'paused') assert.equal(last.endedAt, undefined);
      if (application.status === 'paused') {
        assert.ok(application.pauses.some((pause) => pause.endedAt === undefined && pause.reason.length > 0));
      }
    }
    assert.ok(applications.some(({ application }) => application.stages.length >= 3 && application.stages.every((stage) => stage.handler)));
  });

  it('have exactly one open application past its promised date on the reference day', () => {
    const overdue = applications.filter(({ application }) => {
      if (application.status !== 'in-progress' && application.status !== 'accepted') return false;
      const submitted = application.submittedAt.slice(0, 10);
      const limit = application.promisedLimit;
      const due =
        limit.unit === 'workday'
          ? addWorkdays(submitted, limit.value)
          : new Date(Date.parse(`${submitted}T00:00:00Z`) + limit.value * 86_400_000).toISOString().slice(0, 10);
      return due < SEED_REFERENCE_DATE;
    });
    assert.equal(overdue.length, 1);
    assert.equal(overdue[0].application.serviceItemName, '户口迁移（市内迁移）');
    assert.equal(addWorkdays('2026-02-26', 10), '2026-03-11', '2-28 is a 调休 workday');
  });
});

describe('seed calendars', () => {
  it('validate and are published', () => {
    assert.deepEqual(
      calendars.map((calendar) => calendar.year),
      [2025, 2026],
    );
    for (const calendar of calendars) {
      assert.doesNotThrow(() => v.parse(CalendarYear, calendar));
      assert.equal(calendar.provisional, false);
      assert.match(calendar.source ?? '', /国务院办公厅关于\d{4}年部分节假日安排的通知/);
      assert.deepEqual([...calendar.holidays].sort(), calendar.holidays, 'sorted');
      assert.equal(new Set(calendar.holidays).size, calendar.holidays.length, 'no duplicates');
      for (const date of [...calendar.holidays, ...calendar.workdays]) assert.equal(date.slice(0, 4), String(calendar.year));
      for (const date of calendar.workdays) assert.ok([0, 6].includes(weekday(date)), `${date} make-up day falls on a weekend`);
      for (const date of calendar.workdays) assert.ok(!calendar.holidays.includes(date));
    }
  });

  it('2025 follows 国办发明电〔2024〕12号', () => {
    const [c2025] = calendars;
    assert.equal(c2025.holidays.length, 28, '1 + 8 + 3 + 5 + 3 + 8 days off');
    assert.deepEqual(c2025.workdays, ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    for (const date of [
      '2025-01-01',
      '2025-01-28',
      '2025-02-04',
      '2025-04-04',
      '2025-05-05',
      '2025-05-31',
      '2025-06-02',
      '2025-10-01',
      '2025-10-08',
    ]) {
      assert.ok(c2025.holidays.includes(date), date);
    }
    assert.ok(!c2025.holidays.includes('2025-02-05'));
    // Weekdays off: 13 statutory days plus the ones moved by 调休.
    const weekdaysOff = c2025.holidays.filter((date) => ![0, 6].includes(weekday(date)));
    assert.equal(weekdaysOff.length, 13 + c2025.workdays.length);
  });

  it('2026 follows the notice of 2025-11-04', () => {
    const c2026 = calendars[1];
    assert.equal(c2026.holidays.length, 33, '3 + 9 + 3 + 5 + 3 + 3 + 7 days off');
    assert.deepEqual(c2026.workdays, ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    const weekdaysOff = c2026.holidays.filter((date) => ![0, 6].includes(weekday(date)));
    assert.equal(weekdaysOff.length, 13 + c2026.workdays.length);
  });
});
