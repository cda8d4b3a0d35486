import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { addDays } from '@zhengwu/core/date';
import { connect } from '../src/db/connect.js';
import { beijingToday, DB_KIND, request, startTestServer, type TestServer } from './helpers.js';

const timed = async (server: TestServer, path: string) => {
  const started = performance.now();
  const res = await request(server.url, path);
  return { res, ms: performance.now() - started };
};

describe(`rating statistics under load (${DB_KIND})`, () => {
  let server: TestServer;
  const to = beijingToday();
  const from = addDays(to, -365);
  before(async () => {
    server = await startTestServer({ statsPerMinute: 1000 });
    // A busy hall's year: 20 windows rated every day, as roll-ups.
    const database = connect({ dataDir: server.place.dataDir, databaseUrl: server.place.databaseUrl });
    try {
      const values = [];
      for (let d = 0; d < 366; d++) {
        for (let w = 1; w <= 20; w++)
          values.push(sql`(${addDays(from, d)}, ${String(w)}, ${`${w}号窗口`}, ${`部门${w % 4}`}, 10, 8, 4, 3, 1, 1, 1)`);
      }
      await sql`insert into rating_days (day, window_id, window_name, department, total, satisfied,
        very_satisfied, satisfied_level, basic, dissatisfied, very_dissatisfied) values ${sql.join(values)}`.execute(database.db);
    } finally {
      await database.close();
    }
  });
  after(async () => {
    await server.close();
  });

  test('a year of a busy hall is counted from the roll-ups', async () => {
    const { res } = await timed(server, `/api/ratings/stats?from=${from}&to=${to}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 366 * 20 * 10);
    assert.equal(res.body.satisfied, 366 * 20 * 8);
    assert.deepEqual(res.body.byLevel, {
      'very-satisfied': 29280,
      satisfied: 21960,
      basic: 7320,
      dissatisfied: 7320,
      'very-dissatisfied': 7320,
    });
    assert.equal(res.body.byWindow.length, 20);
    assert.equal(res.body.byDepartment.length, 4);
    assert.equal(res.body.byDay.length, 366);
    const one = (await timed(server, `/api/ratings/stats?from=${from}&to=${to}&window=7`)).res.body;
    assert.equal(one.total, 366 * 10);
  });

  test('five loops of the widest range do not stall other requests', async () => {
    let running = true;
    let served = 0;
    const loops = Array.from({ length: 5 }, async (_, i) => {
      for (let k = 0; running; k++) {
        // Different ranges each time: the cache does not help.
        const res = await request(server.url, `/api/ratings/stats?from=${addDays(from, (i * 50 + k) % 200)}&to=${to}`);
        assert.ok(res.status === 200 || res.status === 503, String(res.status));
        served += 1;
      }
    });
    const health: number[] = [];
    for (let i = 0; i < 30; i++) health.push((await timed(server, '/api/health')).ms);
    running = false;
    await Promise.all(loops);
    health.sort((a, b) => a - b);
    assert.ok(served > 10, `${served} statistics answered`);
    assert.ok(health[Math.floor(health.length * 0.9)] < 100, `health ${health.map((ms) => ms.toFixed(0)).join(',')} ms`);
  });

  test('repeats of one range are answered from the cache', async () => {
    const path = `/api/ratings/stats?from=${from}&to=${to}&department=${encodeURIComponent('部门1')}`;
    const first = await timed(server, path);
    const again = await Promise.all(Array.from({ length: 20 }, () => timed(server, path)));
    for (const { res } of again) assert.equal(res.text, first.res.text);
  });
});
