import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { Application, CalendarYear, Hall, ServiceItem, clockOf, type TimeLimit } from '@zhengwu/core/contract';
import { demoApplications, seedData } from '../src/seed/index.js';
import { withPinyin } from '../src/catalog/pinyin.js';

const ItemInput = v.omit(ServiceItem, ['pinyin']);
const { hall, items, calendars } = seedData;

/** Upper bound in calendar days, so limits in different units compare safely. */
function inDays(limit: TimeLimit): number {
  return limit.unit === 'day' ? limit.value : Math.ceil((limit.value * 7) / 5);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
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

describe('seed applications (dated from the day the server starts)', () => {
  const byId = new Map(items.map((item) => [item.code, item]));
  // A plain Wednesday, a Saturday, the Friday before 春节, a 调休 Saturday and the last day of a year.
  const days = ['2026-03-18', '2026-03-21', '2026-02-13', '2026-02-28', '2026-12-31'];
  const dated = (today: string) => demoApplications(today, calendars);
  const applications = dated('2026-03-18');

  it('validate against the Application contract once masked, on any day', () => {
    assert.ok(applications.length >= 6);
    for (const today of days) {
      for (const seed of dated(today)) {
        const masked = `${seed.applicantName[0]}*${seed.applicantName.slice(-1)}`;
        assert.doesNotThrow(() => v.parse(Application, { ...seed.application, applicant: masked }), `${today} ${seed.application.id}`);
      }
    }
  });

  it('keep their numbers from day to day', () => {
    assert.deepEqual(
      dated('2026-03-18').map((seed) => seed.application.id),
      dated('2026-11-02').map((seed) => seed.application.id),
    );
  });

  it('refer to seed items and take their promised limit and handling', () => {
    for (const { application } of applications) {
      const item = byId.get(application.serviceItemCode);
      assert.ok(item, `${application.id} refers to a seed item`);
      assert.equal(application.serviceItemName, item.name);
      assert.equal(application.department, item.department);
      assert.equal(application.handling, item.caseType);
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

  it('have stages in order and nothing after today', () => {
    for (const today of days) {
      const end = `${today}T23:59:59+08:00`;
      for (const { application } of dated(today)) {
        assert.ok(application.acceptedOn <= today, `${today} ${application.id}`);
        for (const stage of [...application.stages, ...application.pauses]) {
          assert.match(stage.startedAt, /\+08:00$/);
          assert.ok(stage.startedAt >= application.submittedAt && stage.startedAt <= end, `${today} ${application.id}`);
          if (stage.endedAt) assert.ok(stage.endedAt >= stage.startedAt && stage.endedAt <= end, `${today} ${application.id}`);
        }
        if (application.status === 'completed') assert.ok(application.completedAt && application.stages.every((stage) => stage.endedAt));
      }
    }
  });

  it('show on time, due tomorrow, overdue, paused, 补正, finished and 即办件 on any day', () => {
    for (const today of days) {
      const clocks = dated(today).map(({ application }) => ({ application, clock: clockOf(calendars, application, today) }));
      const kinds = clocks.map(({ clock }) => clock.kind);
      for (const kind of ['running', 'overdue', 'paused', 'correction', 'finished', 'immediate'])
        assert.ok(kinds.includes(kind as never), `${today}: ${kind}`);
      const running = clocks
        .filter(({ clock }) => clock.kind === 'running')
        .map(({ clock }) => (clock.kind === 'immediate' ? -1 : clock.remaining));
      assert.ok(running.includes(1), `${today}: one due on the next working day (${running.join(', ')})`);
      const overdue = clocks.find(({ clock }) => clock.kind === 'overdue');
      assert.equal(overdue?.application.serviceItemName, '户口迁移（市内迁移）');
      assert.deepEqual(overdue?.clock.kind === 'overdue' && overdue.clock.overdue, 2, today);
      const unrated = clocks.filter(({ application, clock }) => clock.kind === 'finished' && application.handling === 'promised');
      assert.ok(unrated.length >= 1, today);
    }
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
