import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import * as v from 'valibot';
import { Ticket } from '@zhengwu/core/contract';
import { loopbackAddresses, requestFrom } from './addresses.js';
import { fixtureSeed } from './fixtures.js';
import { DB_KIND, kioskAuth, postJson, startTestServer, type TestServer } from './helpers.js';
import type { SeedData } from '../src/seed/types.js';

/** The fixture hall with small categories, so that running out takes few tickets. */
const seed: SeedData = {
  ...fixtureSeed,
  hall: {
    ...fixtureSeed.hall,
    categories: [
      ...fixtureSeed.hall.categories,
      { code: 'small', name: '小号段', prefix: 'S', priority: false, numberWidth: 2 },
      { code: 'quota', name: '限量', prefix: 'Q', priority: false, dailyQuota: 5 },
      { code: 'morning', name: '上午', prefix: 'M', priority: false, issuingHours: { from: '08:30', to: '12:00' } },
    ],
  },
};
const codes = (answers: { status: number; body: any }[]) => answers.map((a) => (a.status === 201 ? 201 : a.body.error.code));
const tally = (list: (string | number)[]) => list.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {});

describe(`ticket issuing under abuse (${DB_KIND})`, () => {
  const servers: TestServer[] = [];
  let now = new Date('2026-11-23T02:00:00Z'); // 10:00 in Beijing
  after(async () => {
    for (const server of servers) await server.close();
  });
  const start = async (options: Parameters<typeof startTestServer>[0] = {}) => {
    const server = await startTestServer({ seed, clock: () => now, ...options });
    servers.push(server);
    return server;
  };

  test('one address looping anonymously is stopped per category; a kiosk is not', async () => {
    const server = await start();
    const loop = await Promise.all(Array.from({ length: 50 }, () => postJson(server.url, '/api/tickets', { category: 'general' })));
    assert.deepEqual(tally(codes(loop)), { 201: 30, too_many_tickets: 20 });
    const limited = loop.find((a) => a.status === 429)!;
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    // Another category, and the kiosk, still issue.
    assert.equal((await postJson(server.url, '/api/tickets', { category: 'priority' })).status, 201);
    const kiosk = await Promise.all(
      Array.from({ length: 60 }, () => postJson(server.url, '/api/tickets', { category: 'general' }, kioskAuth())),
    );
    assert.deepEqual(tally(codes(kiosk)), { 201: 60 });
  });

  test('many addresses cannot use up a category: anonymous issuing takes half, the kiosks keep the rest', async () => {
    const server = await start();
    const addresses = loopbackAddresses(60);
    const body = JSON.stringify({ category: 'small' });
    const anonymous = await Promise.all(
      addresses.map((address) => requestFrom(address, `${server.url}/api/tickets`, { method: 'POST', body })),
    );
    assert.deepEqual(tally(codes(anonymous)), { 201: 49, anonymous_quota_reached: 11 });
    // A kiosk issues what remains, crossing the last number: the batch issues up to it, refuses the rest.
    const [kiosk, others] = await Promise.all([
      Promise.all(Array.from({ length: 60 }, () => postJson(server.url, '/api/tickets', { category: 'small' }, kioskAuth()))),
      Promise.all(Array.from({ length: 10 }, () => postJson(server.url, '/api/tickets', { category: 'general' }, kioskAuth()))),
    ]);
    assert.deepEqual(tally(codes(kiosk)), { 201: 50, numbers_exhausted: 10 });
    assert.deepEqual(tally(codes(others)), { 201: 10 }, 'a category out of numbers refuses nobody else');
    const numbers = [...anonymous, ...kiosk].filter((a) => a.status === 201).map((a) => v.parse(Ticket, a.body).number);
    assert.equal(new Set(numbers).size, 99);
    assert.ok(numbers.includes('S01') && numbers.includes('S99'), 'two digits, as the category says');
    const refused = kiosk.find((a) => a.status === 409)!;
    assert.match(refused.body.error.message, /last number/);
  });

  test('the daily quota and the issuing hours have their own refusals', async () => {
    const server = await start();
    const quota = [];
    for (let i = 0; i < 7; i++) quota.push(await postJson(server.url, '/api/tickets', { category: 'quota' }, kioskAuth()));
    assert.deepEqual(codes(quota), [201, 201, 201, 201, 201, 'daily_quota_reached', 'daily_quota_reached']);
    assert.equal((await postJson(server.url, '/api/tickets', { category: 'morning' })).status, 201);
    now = new Date('2026-11-23T05:30:00Z'); // 13:30
    const late = await postJson(server.url, '/api/tickets', { category: 'morning' }, kioskAuth());
    assert.equal(late.status, 409);
    assert.equal(late.body.error.code, 'outside_issuing_hours');
    assert.match(late.body.error.message, /08:30 to 12:00/);
    now = new Date('2026-11-23T02:00:00Z');
  });

  test('anonymous issuing can be switched off; a wrong kiosk token is refused', async () => {
    const server = await start({ anonymousTickets: { enabled: false } });
    const anonymous = await postJson(server.url, '/api/tickets', { category: 'general' });
    assert.equal(anonymous.status, 403);
    assert.equal(anonymous.body.error.code, 'anonymous_tickets_disabled');
    assert.equal((await postJson(server.url, '/api/tickets', { category: 'general' }, kioskAuth('lobby-2'))).status, 201);
    for (const token of ['nonsense', 'lobby-2.AAAA', `${kioskAuth('lobby-2').authorization.slice(7)}x`]) {
      const forged = await postJson(server.url, '/api/tickets', { category: 'general' }, { authorization: `Bearer ${token}` });
      assert.equal(forged.status, 401, token);
    }
  });
});
