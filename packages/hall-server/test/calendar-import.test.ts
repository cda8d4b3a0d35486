import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as v from 'valibot';
import { CalendarYear } from '@zhengwu/core/contract';
import { dateRange } from '@zhengwu/core/date';
import { DB_KIND, REPO_ROOT, STAFF_TOKEN, SseClient, request, staff, startTestServer, type TestServer } from './helpers.js';

const run = promisify(execFile);

/** A made-up 2027 in the public data sets' shape (the real one is published in November). */
const days2027 = {
  year: 2027,
  days: [
    ...dateRange('2027-01-01', '2027-01-03').map((date) => ({ name: '元旦', date, isOffDay: true })),
    ...dateRange('2027-02-05', '2027-02-13').map((date) => ({ name: '春节', date, isOffDay: true })),
    { name: '春节', date: '2027-02-14', isOffDay: false },
  ],
  source: '测试用安排',
};

const put = (server: TestServer, year: number | string, body: unknown, headers: Record<string, string> = staff) =>
  request(server.url, `/api/calendar/${year}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe(`calendar import (${DB_KIND})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  test('an unpublished year is provisional until imported', async () => {
    const year = v.parse(CalendarYear, (await request(server.url, '/api/calendar/2027')).body);
    assert.equal(year.provisional, true);
  });

  test('only staff import, and only checked days', async () => {
    assert.equal((await put(server, 2027, days2027, {})).status, 401);
    const cases: [unknown, string][] = [
      [{ ...days2027, days: [{ date: '2026-12-31', isOffDay: true }] }, 'every date in the year'],
      [{ ...days2027, days: [{ date: '2027-02-15', isOffDay: false }] }, 'Saturday or Sunday'],
      [{ ...days2027, days: [days2027.days[0], days2027.days[0]] }, 'no date twice'],
      [{ ...days2027, days: [{ date: '2027-02-30', isOffDay: true }] }, 'exists'],
      [{ year: 2027, days: [] }, 'at least one'],
    ];
    for (const [body, message] of cases) {
      const res = await put(server, 2027, body);
      assert.equal(res.status, 422, message);
      assert.match(JSON.stringify(res.body.error.issues), new RegExp(message), message);
    }
    assert.equal((await put(server, 2028, days2027)).status, 422, 'the path year and the days agree');
  });

  test('a published year becomes a new version and open widgets are told', async () => {
    const stream = await SseClient.open(`${server.url}/api/events`);
    try {
      const res = await put(server, 2027, days2027);
      assert.equal(res.status, 201, res.text);
      const year = v.parse(CalendarYear, res.body);
      assert.equal(year.provisional, false);
      assert.equal(year.version, 1);
      assert.deepEqual(year.workdays, ['2027-02-14']);
      assert.equal(year.holidays.length, 12);
      assert.deepEqual((await request(server.url, '/api/calendar/2027')).body, res.body);
      const event = await stream.waitFor((message) => message.event === 'calendar-changed');
      assert.deepEqual(event.data, { type: 'calendar-changed', year: 2027, version: 1 });

      assert.equal((await put(server, 2027, days2027)).status, 200, 'the same days: no new version');
      const changed = await put(server, 2027, { ...days2027, days: [...days2027.days, { date: '2027-10-01', isOffDay: true }] });
      assert.equal(changed.status, 201);
      assert.equal(changed.body.version, 2);
      // The seeded year was version 1; a correction of it is version 2.
      const seeded = await put(server, 2026, { year: 2026, days: [{ date: '2026-01-01', isOffDay: true }] });
      assert.equal(seeded.body.version, 2);
    } finally {
      await stream.close();
    }
  });

  test('the command checks a file and sends it with the staff token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'calendar-'));
    const good = join(dir, '2029.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify({ year: 2029, days: [{ date: '2029-01-01', isOffDay: true }] }));
    writeFileSync(bad, JSON.stringify({ year: 2029, days: [{ date: '2029-01-02', isOffDay: false }] }));
    const cli = ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/calendar/import-cli.ts'];
    const env = { ...process.env, HALL_STAFF_TOKEN: STAFF_TOKEN };
    const checked = await run('node', [...cli, good, '--check'], { cwd: REPO_ROOT, env });
    assert.match(checked.stdout, /valid, 2029: 1 days off/);
    await assert.rejects(run('node', [...cli, bad, '--check'], { cwd: REPO_ROOT, env }), (error: { stderr: string; code: number }) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /days: a day worked \(isOffDay false\) is a Saturday or Sunday/);
      return true;
    });
    const sent = await run('node', [...cli, good, '--server', server.url], { cwd: REPO_ROOT, env });
    assert.match(sent.stdout, /imported 2029: 1 days off, 0 weekend days worked as version 1/);
    assert.equal((await request(server.url, '/api/calendar/2029')).body.provisional, false);
  });
});
