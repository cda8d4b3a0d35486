import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { Application, Rating, clockOf, type CalendarYear } from '@zhengwu/core/contract';
import { dateAt } from '@zhengwu/core/date';
import { seedData } from '../src/seed/index.js';
import { fixturePinyin } from './fixtures.js';
import { DB_KIND, createTestDatabase, postJson, request, startTestServer, windowAction, type TestServer } from './helpers.js';

const lookup = (server: TestServer, id: string, secret: string) =>
  request(server.url, `/api/progress?id=${encodeURIComponent(id)}&secret=${encodeURIComponent(secret)}`);

const rate = (server: TestServer, body: Record<string, unknown>, key: string = randomUUID()) =>
  postJson(server.url, '/api/ratings', { level: 'satisfied', channel: 'website', ...body }, { 'idempotency-key': key });

describe(`一事一评 of an application found by the progress lookup (${DB_KIND})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ progressRateLimit: { limit: 1000, windowMs: 60_000 } });
  });
  after(async () => {
    await server.close();
  });

  test('a finished application offers a token; an open one does not', async () => {
    const open = v.parse(Application, (await lookup(server, 'SQ2026112200001', '8273')).body);
    assert.equal(open.rating, undefined);
    const done = v.parse(Application, (await lookup(server, 'SQ2026112200002', 'ab12cd')).body);
    assert.equal(done.rating?.state, 'open');
  });

  test('the token rates that application once, and the lookup then says rated', async () => {
    const done = v.parse(Application, (await lookup(server, 'SQ2026112200002', 'ab12cd')).body);
    assert.ok(done.rating?.state === 'open');
    const token = done.rating.token;
    // Not for another application.
    const other = await rate(server, { transactionId: 'SQ2026112200001', token });
    assert.equal(other.status, 401);

    const key = randomUUID();
    const first = await rate(server, { transactionId: done.id, token }, key);
    assert.equal(first.status, 201, first.text);
    const rating = v.parse(Rating, first.body);
    assert.deepEqual(rating.target, {
      kind: 'application',
      transactionId: 'SQ2026112200002',
      department: '市人力资源和社会保障局',
      serviceItemCode: 'RS-002',
      serviceItemName: '失业保险金申领',
      completedAt: '2026-11-03T14:00:00+08:00',
    });
    // The outbox's resend under the same key gets the same answer.
    const again = await rate(server, { transactionId: done.id, token }, key);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    // A second, different rating is refused (一事一评).
    const second = await rate(server, { transactionId: done.id, token, level: 'basic' });
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'already_rated');

    const rated = v.parse(Application, (await lookup(server, 'SQ2026112200002', 'ab12cd')).body);
    assert.deepEqual(rated.rating, { state: 'rated' });
  });

  test('an application rating counts in the totals and its department, not at a window', async () => {
    const today = dateAt(new Date());
    const stats = (await request(server.url, `/api/ratings/stats?from=${today}&to=${today}`)).body;
    assert.equal(stats.total, 1);
    assert.equal(stats.byDepartment.find((bucket: { key: string }) => bucket.key === '市人力资源和社会保障局')?.total, 1);
    assert.equal(
      stats.byWindow.reduce((sum: number, bucket: { total: number }) => sum + bucket.total, 0),
      0,
    );
    const atWindow = (await request(server.url, `/api/ratings/stats?from=${today}&to=${today}&window=1`)).body;
    assert.equal(atWindow.total, 0);
  });

  test('a window transaction token cannot rate an application, nor the other way round', async () => {
    await windowAction(server.url, '1', 'call-next');
    const done = await windowAction(server.url, '1', 'complete', { transactionId: 'SQ2026112200001', serviceItemCode: 'GA-001' });
    assert.equal(done.status, 200, done.text);
    // The transaction shares the application's number; its token is bound to the window record.
    const asTransaction = await rate(server, { transactionId: 'SQ2026112200001', token: done.body.ratingToken, channel: 'window-pad' });
    assert.equal(asTransaction.status, 201, asTransaction.text);
    const target = v.parse(Rating, asTransaction.body).target;
    assert.equal('windowId' in target && target.windowId, '1');
    const open = v.parse(Application, (await lookup(server, 'SQ2026112200001', '8273')).body);
    assert.equal(open.rating, undefined, 'an unfinished application is not rated, whatever a window did');
  });
});

describe(`demo applications re-dated at each start (${DB_KIND})`, () => {
  test('a kept database shows the demo relative to the new day, with the same numbers and secrets', async () => {
    const place = await createTestDatabase();
    try {
      const start = async (iso: string) => {
        const now = new Date(iso);
        return startTestServer(
          { seed: seedData, withPinyin: fixturePinyin, clock: () => now, progressRateLimit: { limit: 1000, windowMs: 60_000 } },
          place,
        );
      };
      const answer = async (server: TestServer) => v.parse(Application, (await lookup(server, '990100000012', '305716')).body);
      const calendars = seedData.calendars as CalendarYear[];

      const march = await start('2026-03-18T02:00:00Z');
      const first = await answer(march);
      await march.close();
      const june = await start('2026-06-10T02:00:00Z');
      const later = await answer(june);
      const all = await Promise.all(
        ['990100000031', '990100000015', '990100000019', '990100000026', '990100000052'].map(async (id, index) => {
          const secrets = ['482913', '843105', '128847', '570392', '219476'];
          return v.parse(Application, (await lookup(june, id, secrets[index])).body);
        }),
      );
      await june.close();

      assert.ok(first.acceptedOn < '2026-03-18' && later.acceptedOn > '2026-06-01', `${first.acceptedOn} → ${later.acceptedOn}`);
      // Due tomorrow on both days, counted with the same module as the browser.
      for (const [application, today] of [
        [first, '2026-03-18'],
        [later, '2026-06-10'],
      ] as const) {
        assert.deepEqual(clockOf(calendars, application, today), {
          kind: 'running',
          unit: 'workday',
          limit: 5,
          due: today === '2026-03-18' ? '2026-03-19' : '2026-06-11',
          remaining: 1,
          overdue: 0,
          provisional: false,
        });
      }
      const kinds = all.map((application) => clockOf(calendars, application, '2026-06-10').kind);
      assert.deepEqual(kinds, ['running', 'overdue', 'paused', 'correction', 'finished']);
      assert.equal(all[4].rating?.state, 'open');
    } finally {
      await place.drop();
    }
  });
});

describe(`applications stored before stages had departments (${DB_KIND})`, () => {
  test("are answered in today's contract shape", async () => {
    const server = await startTestServer();
    try {
      const { connect } = await import('../src/db/connect.js');
      const database = connect({ dataDir: server.place.dataDir, databaseUrl: server.place.databaseUrl });
      try {
        const row = await database.db
          .selectFrom('applications')
          .select('json')
          .where('id', '=', 'SQ2026112200001')
          .executeTakeFirstOrThrow();
        const old = JSON.parse(row.json) as Record<string, unknown>;
        delete old.department;
        delete old.handling;
        delete old.acceptedOn;
        await database.db
          .updateTable('applications')
          .set({ json: JSON.stringify(old) })
          .where('id', '=', 'SQ2026112200001')
          .execute();
      } finally {
        await database.close();
      }
      const application = v.parse(Application, (await lookup(server, 'SQ2026112200001', '8273')).body);
      assert.equal(application.department, '市公安局');
      assert.equal(application.handling, 'promised');
      assert.equal(application.acceptedOn, '2026-11-16');
    } finally {
      await server.close();
    }
  });
});
