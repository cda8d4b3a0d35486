import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { PendingRatingRequest, RatingRequest, ratingTokenClaims } from '@zhengwu/core/contract';
import { HallKeys, padToken } from '../src/ratings/tokens.js';
import { optionsFromEnv } from '../src/cli.js';
import {
  DB_KIND,
  PAD_SECRET,
  REPO_ROOT,
  padAuth,
  postJson,
  request,
  SseClient,
  staff,
  startTestServer,
  windowAction,
  type TestServer,
} from './helpers.js';

describe(`rating credentials: pad tokens and signed rating tokens (${DB_KIND})`, () => {
  let server: TestServer;
  let now = new Date('2026-11-23T02:00:00Z');
  const clients: SseClient[] = [];
  let keys = 0;
  const rate = (body: Record<string, unknown>, key = `tok-${++keys}`) =>
    postJson(server.url, '/api/ratings', body, { 'idempotency-key': key });
  const complete = async (window: string) => {
    const done = await windowAction(server.url, window, 'complete', {});
    assert.equal(done.status, 200);
    return { transactionId: done.body.rating.transactionId as string, token: done.body.ratingToken as string };
  };
  const pending = (window: string, headers: Record<string, string> = padAuth(window)) =>
    request(server.url, `/api/windows/${window}/rating-request`, { headers });
  const open = async (path: string, headers: Record<string, string> = {}) => {
    const client = await SseClient.open(`${server.url}${path}`, headers);
    clients.push(client);
    return client;
  };

  before(async () => {
    server = await startTestServer({ clock: () => now, heartbeatMs: 100 });
  });
  after(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server.close();
  });

  test('the public stream never carries rating events or transaction ids', async () => {
    const board = await open('/api/events');
    const boardOfWindow = await open('/api/events?window=1');
    const pad = await open('/api/events?window=1', padAuth('1'));
    const { transactionId, token } = await complete('1');
    await pad.waitFor((m) => m.event === 'rating-requested');
    assert.equal((await rate({ transactionId, token, level: 'satisfied', channel: 'window-pad' })).status, 201);
    await pad.waitFor((m) => m.event === 'rating-received');
    // Something after the rating, so that anything before it has surely arrived.
    await postJson(server.url, '/api/tickets', { category: 'general' });
    for (const listener of [board, boardOfWindow]) {
      await listener.waitFor((m) => m.event === 'queue-changed');
      assert.ok(listener.messages.every((m) => !m.event.startsWith('rating-')));
      assert.ok(!JSON.stringify(listener.messages).includes(transactionId));
    }
  });

  test('the pad stream and the pending read need the pad token of that window (401)', async () => {
    const wrongToken = { authorization: 'Bearer not-a-pad-token' };
    for (const [headers, what] of [
      [{}, 'no token'],
      [wrongToken, 'a made-up token'],
      [padAuth('2'), "window 2's token"],
      [{ authorization: `Bearer ${padToken('another-secret-0123456789', '1')}` }, 'a token of another hall'],
      [staff, 'the staff token'],
    ] as Array<[Record<string, string>, string]>) {
      const res = await pending('1', headers);
      assert.equal(res.status, 401, what);
      assert.equal(res.body.error.code, 'unauthorized');
      assert.match(res.headers.get('www-authenticate') ?? '', /Bearer/);
    }
    for (const [path, headers] of [
      ['/api/events?window=1', wrongToken],
      ['/api/events?window=1', padAuth('2')],
      ['/api/events', padAuth('1')],
    ] as Array<[string, Record<string, string>]>) {
      const res = await request(server.url, path, { headers });
      assert.equal(res.status, 401, `${path} ${JSON.stringify(headers)}`);
      assert.equal(res.body.error.code, 'unauthorized');
    }
    assert.equal((await pending('99', padAuth('99'))).status, 404);
  });

  test('the pad gets each request with a token bound to that transaction and window', async () => {
    const pad = await open('/api/events?window=2', padAuth('2'));
    const { transactionId, token } = await complete('2');
    const requested = await pad.waitFor((m) => m.event === 'rating-requested' && m.data.target.transactionId === transactionId);
    assert.equal(requested.data.token, token);
    const claims = ratingTokenClaims(token)!;
    assert.equal(claims.transactionId, transactionId);
    assert.equal(claims.windowId, '2');
    assert.equal(claims.expiresAt, Math.floor((now.getTime() + 24 * 3_600_000) / 1000) * 1000);
  });

  test('a forged, altered or misused token is 401, and nothing is recorded', async () => {
    const victim = await complete('1');
    const other = await complete('3');
    const [payload, signature] = victim.token.split('.');
    const otherPayload = other.token.split('.')[0];
    const claims = ratingTokenClaims(victim.token)!;
    const forged = new HallKeys('guessed-secret-0123456789').ratingToken(victim.transactionId, '1', claims.expiresAt);
    const flipped = `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BA' : 'AA'}`;
    for (const [token, what] of [
      [forged, 'signed with another secret'],
      [`${otherPayload}.${signature}`, 'payload of another transaction'],
      [flipped, 'signature altered'],
      [other.token, "another transaction's genuine token"],
    ]) {
      const res = await rate({
        transactionId: victim.transactionId,
        token,
        level: 'very-dissatisfied',
        reasons: ['other'],
        channel: 'qr-code',
      });
      assert.equal(res.status, 401, what);
      assert.equal(res.body.error.code, 'invalid_rating_token');
      assert.equal(res.body.error.issues[0].path, 'token');
    }
    const missing = await rate({ transactionId: victim.transactionId, level: 'satisfied', channel: 'website' });
    assert.equal(missing.status, 422, 'no channel goes without a token');
    assert.equal(missing.body.error.issues[0].path, 'token');
    // Still unrated: its own token works.
    assert.equal((await rate({ ...victim, level: 'satisfied', channel: 'qr-code' })).status, 201);
  });

  test('a token used twice is 409 (一次一评); the same rating resent is the same rating', async () => {
    const link = await complete('3');
    const first = await rate({ ...link, level: 'basic', channel: 'qr-code' });
    assert.equal(first.status, 201);
    const second = await rate({ ...link, level: 'very-satisfied', channel: 'qr-code' });
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'already_rated');
    const asPad = await rate({ ...link, level: 'satisfied', channel: 'window-pad' });
    assert.equal(asPad.status, 409);
    const resent = await rate({ ...link, level: 'basic', channel: 'qr-code' });
    assert.equal(resent.status, 200);
    assert.equal(resent.body.id, first.body.id);
  });

  test('an expired token is 410; an acknowledged rating still replays after expiry', async () => {
    const late = await complete('1');
    const early = await complete('2');
    const key = `tok-early-${Date.now()}`;
    const body = { ...early, level: 'satisfied', channel: 'window-pad' };
    assert.equal((await rate(body, key)).status, 201);
    const started = now;
    now = new Date(started.getTime() + 24 * 3_600_000);
    try {
      const expired = await rate({ ...late, level: 'satisfied', channel: 'qr-code' });
      assert.equal(expired.status, 410);
      assert.equal(expired.body.error.code, 'rating_token_expired');
      assert.equal((await rate(body, key)).status, 201, 'the outbox retry of a stored rating');
      // The hall's systems can issue a fresh token for a late 一事一评 (staff only).
      const path = `/api/transactions/${late.transactionId}/rating-token`;
      assert.equal((await request(server.url, path, { method: 'POST' })).status, 401);
      assert.equal((await request(server.url, path, { method: 'POST', headers: padAuth('1') })).status, 401);
      const issued = await request(server.url, path, { method: 'POST', headers: staff });
      assert.equal(issued.status, 200);
      const fresh = v.parse(RatingRequest, issued.body);
      assert.equal(fresh.target.transactionId, late.transactionId);
      assert.equal(
        (await rate({ transactionId: late.transactionId, token: fresh.token, level: 'satisfied', channel: 'website' })).status,
        201,
      );
      const again = await request(server.url, path, { method: 'POST', headers: staff });
      assert.equal(again.status, 409);
      const unknown = await request(server.url, '/api/transactions/NO-SUCH-9/rating-token', { method: 'POST', headers: staff });
      assert.equal(unknown.status, 404);
    } finally {
      now = started;
    }
  });

  test('pending read: a pad that connects after complete gets the request, until rated or moved on', async () => {
    now = new Date('2026-11-23T05:00:00Z'); // earlier requests at window 3 are long past
    const empty = v.parse(PendingRatingRequest, (await pending('3')).body);
    assert.deepEqual(empty, { window: '3', request: null });

    await complete('3');
    const second = await complete('3');
    const res = await pending('3');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const found = v.parse(PendingRatingRequest, res.body).request!;
    assert.equal(found.target.transactionId, second.transactionId, 'the newest request only');
    assert.equal(found.token, second.token);
    assert.equal(found.target.windowId, '3');

    assert.equal((await rate({ ...second, level: 'satisfied', channel: 'window-pad' })).status, 201);
    assert.equal((await pending('3')).body.request, null, 'rated');

    await complete('3');
    assert.notEqual((await pending('3')).body.request, null);
    await postJson(server.url, '/api/tickets', { category: 'general' });
    await windowAction(server.url, '3', 'call-next');
    assert.equal((await pending('3')).body.request, null, 'the clerk called the next visitor');

    await windowAction(server.url, '3', 'complete', {});
    const started = now;
    now = new Date(started.getTime() + 11 * 60_000);
    try {
      assert.equal((await pending('3')).body.request, null, 'too long ago');
    } finally {
      now = started;
    }
  });

  test('pad tokens: one per window and secret; a short secret is refused', () => {
    const keysOfHall = new HallKeys(PAD_SECRET);
    assert.notEqual(keysOfHall.padToken('1'), keysOfHall.padToken('2'));
    assert.notEqual(keysOfHall.padToken('1'), new HallKeys(`${PAD_SECRET}x`).padToken('1'));
    assert.ok(keysOfHall.isPadToken('1', keysOfHall.padToken('1')));
    assert.ok(!keysOfHall.isPadToken('1', keysOfHall.padToken('1').slice(1)));
    assert.throws(() => new HallKeys('too-short'), /at least 16/);
    assert.throws(() => optionsFromEnv({ HALL_PAD_SECRET: 'too-short' }), /HALL_PAD_SECRET/);
    assert.throws(() => optionsFromEnv({ HALL_RATING_TOKEN_HOURS: '0' }), /HALL_RATING_TOKEN_HOURS/);
    assert.equal(optionsFromEnv({ HALL_PAD_SECRET: PAD_SECRET, HALL_RATING_TOKEN_HOURS: '2' }).ratingTokenHours, 2);
  });

  test('the pad-token command prints the token the server accepts', () => {
    const run = (env: Record<string, string>, ...args: string[]) =>
      spawnSync(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/ratings/pad-token-cli.ts', ...args],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, ...env },
          encoding: 'utf8',
        },
      );
    const printed = run({ HALL_PAD_SECRET: PAD_SECRET }, '3');
    assert.equal(printed.status, 0, printed.stderr);
    assert.ok(printed.stdout.includes(`window 3: ${padToken(PAD_SECRET, '3')}`), printed.stdout);
    assert.ok(printed.stdout.includes(`/pad?window=3&token=${padToken(PAD_SECRET, '3')}`));
    const refused = run({ HALL_PAD_SECRET: 'short' }, '3');
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /HALL_PAD_SECRET/);
  });
});
