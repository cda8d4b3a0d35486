import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { Rating, RatingStats } from '@zhengwu/core/contract';
import { HallKeys } from '../src/ratings/tokens.js';
import { DB_KIND, PAD_SECRET, postJson, request, startTestServer, windowAction, type TestServer } from './helpers.js';

describe(`好差评 ratings (${DB_KIND})`, () => {
  let server: TestServer;
  let now = new Date('2026-11-22T02:00:00Z');
  let keys = 0;
  const key = () => `key-${++keys}-${Date.now()}`;
  /** The rating token `complete` gave for each transaction. */
  const tokens = new Map<string, string>();
  const rate = (body: Record<string, unknown>, idempotencyKey = key()) =>
    postJson(
      server.url,
      '/api/ratings',
      { token: tokens.get(body.transactionId as string), ...body },
      { 'idempotency-key': idempotencyKey },
    );
  /** A visitor served at a window: ticket, call, complete → the transaction to rate. */
  async function serve(window: string, serviceItemCode?: string) {
    await postJson(server.url, '/api/tickets', { category: 'general' });
    await windowAction(server.url, window, 'call-next');
    const done = await windowAction(server.url, window, 'complete', serviceItemCode ? { serviceItemCode } : {});
    assert.equal(done.status, 200);
    tokens.set(done.body.rating.transactionId, done.body.ratingToken);
    return done.body.rating;
  }

  before(async () => {
    server = await startTestServer({ clock: () => now });
  });
  after(async () => {
    await server.close();
  });

  test("a rating is bound to the window's staff, department, item and ticket", async () => {
    const target = await serve('1', 'GA-001');
    assert.equal(target.staffId, 's001');
    assert.equal(target.staffName, '李明');
    assert.equal(target.department, '市公安局');
    const res = await rate({
      transactionId: target.transactionId,
      level: 'very-satisfied',
      channel: 'window-pad',
      comment: '  很快  ',
    });
    assert.equal(res.status, 201);
    const rating = v.parse(Rating, res.body);
    assert.deepEqual(rating.target, target);
    assert.equal('windowId' in rating.target && rating.target.windowId, '1');
    assert.equal(rating.target.serviceItemName, '居民身份证换领');
    assert.equal(rating.comment, '很快');
    assert.equal(rating.regionCode, '440106');
  });

  test('the client cannot choose what it rates', async () => {
    const target = await serve('2');
    const res = await rate({ transactionId: target.transactionId, level: 'satisfied', channel: 'kiosk', staffId: 's001' });
    assert.equal(res.status, 422);
    assert.ok(res.body.error.issues.some((i: { path: string }) => i.path === 'staffId'));
    const ok = await rate({ transactionId: target.transactionId, level: 'satisfied', channel: 'kiosk' });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.target.staffId, 's002');
    assert.equal(ok.body.target.department, '市人力资源和社会保障局');
  });

  test('same key and body replays the first response; another body is refused', async () => {
    const target = await serve('3');
    const body = { transactionId: target.transactionId, level: 'basic', channel: 'qr-code', phone: '13912345678' };
    const k = key();
    const first = await rate(body, k);
    assert.equal(first.status, 201);
    assert.equal(first.body.phone, '139****5678');
    // Key order and spacing do not matter, only content.
    const replay = await postJson(
      server.url,
      '/api/ratings',
      {
        phone: '13912345678',
        channel: 'qr-code',
        level: 'basic',
        token: tokens.get(target.transactionId),
        transactionId: target.transactionId,
      },
      { 'idempotency-key': k },
    );
    assert.equal(replay.status, 201);
    assert.deepEqual(replay.body, first.body);
    const concurrent = await Promise.all([rate(body, k), rate(body, k), rate(body, k)]);
    for (const res of concurrent) {
      assert.equal(res.status, 201);
      assert.deepEqual(res.body, first.body);
    }
    const changed = await rate({ ...body, level: 'satisfied' }, k);
    assert.equal(changed.status, 422);
    assert.equal(changed.body.error.code, 'idempotency_key_reused');
  });

  test("a 差评 needs a reason from the hall's list", async () => {
    const target = await serve('1');
    for (const level of ['dissatisfied', 'very-dissatisfied']) {
      const none = await rate({ transactionId: target.transactionId, level, channel: 'window-pad' });
      assert.equal(none.status, 422, level);
      assert.equal(none.body.error.code, 'validation_failed');
      assert.equal(none.body.error.issues[0].path, 'reasons');
      const empty = await rate({ transactionId: target.transactionId, level, channel: 'window-pad', reasons: [] });
      assert.equal(empty.status, 422);
    }
    const unknown = await rate({
      transactionId: target.transactionId,
      level: 'dissatisfied',
      channel: 'window-pad',
      reasons: ['long-wait', 'made-up'],
    });
    assert.equal(unknown.status, 422);
    assert.deepEqual(unknown.body.error.issues, [{ path: 'reasons.1', message: 'not a reason code of this hall' }]);
    const ok = await rate({
      transactionId: target.transactionId,
      level: 'very-dissatisfied',
      channel: 'window-pad',
      reasons: ['long-wait', 'attitude'],
      comment: '排队一小时',
      phone: '020-87654321',
    });
    assert.equal(ok.status, 201);
    assert.deepEqual(ok.body.reasons, ['long-wait', 'attitude']);
    assert.equal(ok.body.phone, '020*****4321');
  });

  test('一次一评: a second, different rating of one transaction is 409', async () => {
    const target = await serve('2');
    const body = { transactionId: target.transactionId, level: 'satisfied', channel: 'window-pad' };
    const first = await rate(body);
    assert.equal(first.status, 201);
    const again = await rate({ ...body, level: 'very-dissatisfied', reasons: ['other'] });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_rated');
    // The same rating resent under a new key is not a second rating.
    const resent = await rate(body);
    assert.equal(resent.status, 200);
    assert.equal(resent.body.id, first.body.id);
    // Racing different ratings of one transaction: exactly one wins.
    const raced = await serve('3');
    const results = await Promise.all(
      (['very-satisfied', 'satisfied', 'basic', 'dissatisfied'] as const).map((level) =>
        rate({ transactionId: raced.transactionId, level, channel: 'window-pad', reasons: level === 'dissatisfied' ? ['other'] : [] }),
      ),
    );
    assert.equal(results.filter((r) => r.status === 201).length, 1);
    assert.equal(results.filter((r) => r.status === 409).length, 3);
  });

  test('unknown transactions and missing keys are refused', async () => {
    // A genuine token for a transaction the server never recorded (it cannot issue one).
    tokens.set('NO-SUCH-1', new HallKeys(PAD_SECRET).ratingToken('NO-SUCH-1', '1', now.getTime() + 60_000));
    const unknown = await rate({ transactionId: 'NO-SUCH-1', level: 'satisfied', channel: 'window-pad' });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.error.code, 'unknown_transaction');
    const body = JSON.stringify({ transactionId: 'NO-SUCH-1', token: tokens.get('NO-SUCH-1'), level: 'satisfied', channel: 'window-pad' });
    const noKey = await request(server.url, '/api/ratings', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(noKey.status, 400);
    assert.equal(noKey.body.error.code, 'idempotency_key_required');
    for (const bad of ['', 'x'.repeat(101), 'has space']) {
      const res = await request(server.url, '/api/ratings', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': bad },
        body,
      });
      assert.equal(res.status, 400, JSON.stringify(bad));
    }
    const longest = await rate({ transactionId: 'NO-SUCH-1', level: 'satisfied', channel: 'window-pad' }, 'k'.repeat(100));
    assert.equal(longest.status, 422);
  });

  test('ratedAt from a wrong clock is kept between completion and receipt', async () => {
    const target = await serve('1');
    const future = await rate({
      transactionId: target.transactionId,
      level: 'satisfied',
      channel: 'kiosk',
      ratedAt: '2030-01-01T00:00:00Z',
    });
    assert.equal(future.status, 201);
    assert.equal(future.body.ratedAt, future.body.receivedAt);
    const past = await serve('2');
    const old = await rate({ transactionId: past.transactionId, level: 'satisfied', channel: 'kiosk', ratedAt: '2001-01-01T00:00:00Z' });
    assert.equal(old.body.ratedAt, past.completedAt);
  });

  test('stats: 满意率 = levels 1–3 ÷ total, by window, department and day', async () => {
    now = new Date('2026-12-01T02:00:00Z');
    const levels = ['very-satisfied', 'satisfied', 'basic', 'dissatisfied', 'very-dissatisfied'] as const;
    for (const [i, level] of levels.entries()) {
      const target = await serve(i < 3 ? '1' : '2');
      const res = await rate({ transactionId: target.transactionId, level, channel: 'window-pad', reasons: i >= 3 ? ['long-wait'] : [] });
      assert.equal(res.status, 201);
    }
    now = new Date('2026-12-02T02:00:00Z');
    const next = await serve('3');
    await rate({ transactionId: next.transactionId, level: 'satisfied', channel: 'app' });

    const res = await request(server.url, '/api/ratings/stats?from=2026-12-01&to=2026-12-02');
    assert.equal(res.status, 200);
    const stats = v.parse(RatingStats, res.body);
    assert.equal(stats.total, 6);
    assert.equal(stats.satisfied, 4);
    assert.equal(stats.rate, 4 / 6);
    assert.deepEqual(stats.byLevel, { 'very-satisfied': 1, satisfied: 2, basic: 1, dissatisfied: 1, 'very-dissatisfied': 1 });
    assert.deepEqual(
      stats.byWindow.map((b) => [b.key, b.label, b.total, b.satisfied]),
      [
        ['1', '1号窗口', 3, 3],
        ['2', '2号窗口', 2, 0],
        ['3', '3号窗口', 1, 1],
      ],
    );
    assert.deepEqual(
      stats.byDay.map((b) => [b.key, b.total]),
      [
        ['2026-12-01', 5],
        ['2026-12-02', 1],
      ],
    );
    const one = v.parse(RatingStats, (await request(server.url, '/api/ratings/stats?from=2026-12-01&to=2026-12-02&window=2')).body);
    assert.equal(one.total, 2);
    assert.equal(one.rate, 0);
    const dept = v.parse(
      RatingStats,
      (await request(server.url, `/api/ratings/stats?from=2026-12-01&to=2026-12-01&department=${encodeURIComponent('市公安局')}`)).body,
    );
    assert.equal(dept.total, 3);
    const none = v.parse(RatingStats, (await request(server.url, '/api/ratings/stats?from=2020-01-01&to=2020-01-02')).body);
    assert.equal(none.total, 0);
    assert.equal(none.rate, null);
    assert.equal(none.byDay[0].rate, null);

    for (const query of ['from=2026-12-02&to=2026-12-01', 'from=2020-01-01&to=2026-12-01', 'from=yesterday', 'to=2026-13', 'colour=red']) {
      const bad = await request(server.url, `/api/ratings/stats?${query}`);
      assert.equal(bad.status, 400, query);
      assert.equal(bad.body.error.code, 'invalid_parameters');
    }
  });

  test('stats: dates that do not exist are a 400 naming the field, and the range is checked before any work', async () => {
    for (const [query, field] of [
      ['to=2026-13-01', 'to'],
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2025-02-29', 'from'],
      ['from=0000-01-01&to=2026-01-02', 'from'],
      ['from=2026-01-01&to=2026-04-31', 'to'],
    ]) {
      const res = await request(server.url, `/api/ratings/stats?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(res.body.error.code, 'invalid_parameters', query);
      assert.deepEqual(
        res.body.error.issues.map((issue: { path: string }) => issue.path),
        [field],
        query,
      );
      assert.match(res.body.error.issues[0].message, /exists/, query);
    }
    // The widest range there is: refused by arithmetic, without building ~3.6 million days.
    const started = performance.now();
    const wide = await request(server.url, '/api/ratings/stats?from=0001-01-01&to=9999-12-31');
    assert.equal(wide.status, 400);
    assert.deepEqual(wide.body.error.issues, [{ path: 'from', message: 'range too long' }]);
    assert.ok(performance.now() - started < 250, `answered in ${Math.round(performance.now() - started)} ms`);
    // 366 days is the limit, 367 is one too many.
    assert.equal((await request(server.url, '/api/ratings/stats?from=2024-01-01&to=2024-12-31')).status, 200);
    assert.equal((await request(server.url, '/api/ratings/stats?from=2024-01-01&to=2025-01-01')).status, 400);
    const leap = v.parse(RatingStats, (await request(server.url, '/api/ratings/stats?from=2024-02-28&to=2024-03-01')).body);
    assert.deepEqual(
      leap.byDay.map((b) => b.key),
      ['2024-02-28', '2024-02-29', '2024-03-01'],
    );
    // Without from, the 30 days up to to; never before the first date there is.
    const month = v.parse(RatingStats, (await request(server.url, '/api/ratings/stats?to=2026-03-01')).body);
    assert.equal(month.from, '2026-01-31');
    assert.equal(month.byDay.length, 30);
    const first = await request(server.url, '/api/ratings/stats?to=0001-01-05');
    assert.equal(first.status, 200);
    assert.equal(first.body.from, '0001-01-01');
  });
});
