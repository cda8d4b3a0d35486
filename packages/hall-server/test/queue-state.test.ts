import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { QueueState, type Staff } from '@zhengwu/core/contract';
import type { WindowStaffSource } from '../src/queue/window-states.js';
import { DB_KIND, kioskAuth, postJson, request, SseClient, startTestServer, type TestServer } from './helpers.js';
import { act, follow, queueSeed, take } from './queue-helpers.js';

const seed = {
  ...queueSeed,
  hall: {
    ...queueSeed.hall,
    categories: [
      ...queueSeed.hall.categories,
      { code: 'morning', name: '上午', prefix: 'M', priority: false, issuingHours: { from: '08:30', to: '12:00' } },
      { code: 'quota', name: '限量', prefix: 'Q', priority: false, dailyQuota: 2 },
      { code: 'small', name: '小号段', prefix: 'S', priority: false, numberWidth: 2 },
      // No window calls it.
      { code: 'orphan', name: '无窗口', prefix: 'O', priority: false },
    ],
    windows: queueSeed.hall.windows.map((window) =>
      window.id === '1' ? { ...window, categories: [...window.categories, 'morning', 'quota', 'small'] } : window,
    ),
  },
};

/** A clerk signed in at window 2 (as the staff-session store will say). */
class SignedIn implements WindowStaffSource {
  async staffAt(windowId: string): Promise<Staff | undefined> {
    if (windowId === '2') return { id: 's900', name: '钱多多', number: 'RS900', photoUrl: '/staff/s900.jpg', department: '人社' };
    return seed.hall.windows.find((window) => window.id === windowId)?.staff;
  }
}

const queue = async (server: TestServer) => {
  const res = await request(server.url, '/api/queue');
  assert.equal(res.status, 200);
  return v.parse(QueueState, res.body);
};

describe(`GET /api/queue (${DB_KIND})`, () => {
  let server: TestServer;
  let now = new Date('2026-11-23T02:00:00Z'); // 10:00 in Beijing
  before(async () => {
    server = await startTestServer({ seed, clock: () => now, staffSource: new SignedIn() });
  });
  after(async () => {
    await server.close();
  });

  test('per category waiting, estimated wait, open or why closed, and what is left under a quota', async () => {
    const empty = await queue(server);
    assert.equal(empty.day, '2026-11-23');
    assert.match(empty.at, /^2026-11-23T10:00:00\.000\+08:00$/);
    assert.deepEqual(
      empty.categories.map((category) => category.code),
      seed.hall.categories.map((category) => category.code),
    );
    const byCode = (state: QueueState, code: string) => state.categories.find((category) => category.code === code)!;
    assert.deepEqual(byCode(empty, 'general'), { code: 'general', waiting: 0, estimatedWait: { min: 0, max: 0 }, open: true });
    assert.deepEqual(byCode(empty, 'quota'), { code: 'quota', waiting: 0, estimatedWait: { min: 0, max: 0 }, open: true, left: 2 });
    assert.equal(byCode(empty, 'orphan').closedReason, 'no_open_window');

    for (let i = 0; i < 3; i++) await take(server.url, { category: 'general' }, kioskAuth());
    await take(server.url, { category: 'quota' }, kioskAuth());
    await take(server.url, { category: 'quota' }, kioskAuth());
    await Promise.all(Array.from({ length: 99 }, () => postJson(server.url, '/api/tickets', { category: 'small' }, kioskAuth())));
    const busy = await queue(server);
    // 6 minutes a visitor ±50 %, three windows: a ticket taken now waits for three people, one round.
    assert.deepEqual(byCode(busy, 'general'), { code: 'general', waiting: 3, estimatedWait: { min: 3, max: 9 }, open: true });
    assert.deepEqual(byCode(busy, 'quota').closedReason, 'daily_quota_reached');
    assert.equal(byCode(busy, 'quota').left, 0);
    assert.equal(byCode(busy, 'small').closedReason, 'numbers_exhausted');
    assert.equal(byCode(busy, 'morning').open, true);

    now = new Date('2026-11-23T05:00:00Z'); // 13:00
    const afternoon = await queue(server);
    assert.equal(byCode(afternoon, 'morning').closedReason, 'outside_issuing_hours');
    assert.equal(byCode(afternoon, 'morning').open, false);
  });

  test('windows: paused, serving, the signed-in clerk; the last calls, newest first', async () => {
    now = new Date('2026-11-24T02:00:00Z');
    const tickets = [];
    for (let i = 0; i < 12; i++) {
      tickets.push(await take(server.url, { category: 'general' }, kioskAuth()));
      now = new Date(now.getTime() + 1000);
    }
    for (let i = 0; i < 11; i++) await act(server.url, String((i % 3) + 1), 'call-next');
    await act(server.url, '2', 'recall');
    await act(server.url, '3', 'pause');
    const state = await queue(server);
    assert.equal(state.recentCalls.length, 10);
    assert.deepEqual(state.recentCalls[0], {
      ...state.recentCalls[0],
      window: '2',
      recall: true,
      windowName: '2号窗口',
      category: 'general',
    });
    assert.deepEqual(
      state.recentCalls.slice(1).map((call) => call.number),
      tickets
        .slice(2, 11)
        .map((ticket) => ticket.number)
        .reverse(),
    );
    const windows = new Map(state.windows.map((window) => [window.id, window]));
    assert.deepEqual(windows.get('2'), {
      id: '2',
      paused: false,
      serving: { number: tickets[10].number, category: 'general' },
      staff: { id: 's900', name: '钱多多', number: 'RS900', photoUrl: '/staff/s900.jpg' },
    });
    assert.equal(windows.get('3')!.paused, true);
    assert.equal(windows.get('4')!.serving, undefined);
    assert.equal(windows.get('1')!.staff!.name, '李明');
    await act(server.url, '3', 'resume');
    assert.equal((await queue(server)).windows.find((window) => window.id === '3')!.paused, false);
  });

  test('answered from memory until an event changes it', async () => {
    now = new Date('2026-11-25T02:00:00Z');
    const first = await request(server.url, '/api/queue');
    const second = await request(server.url, '/api/queue');
    assert.equal(second.text, first.text, 'the same text, not built again');
    await take(server.url, { category: 'general' }, kioskAuth());
    const third = await queue(server);
    assert.equal(third.categories.find((category) => category.code === 'general')!.waiting, 1);
  });
});

describe(`estimated waits (${DB_KIND})`, () => {
  let server: TestServer;
  let board: SseClient;
  let now = new Date('2026-11-23T01:00:00Z');
  const minutes = (n: number) => (now = new Date(now.getTime() + n * 60_000));
  before(async () => {
    server = await startTestServer({ seed: queueSeed, clock: () => now });
    board = await SseClient.open(`${server.url}/api/events`);
  });
  after(async () => {
    await board.close();
    await server.close();
  });

  test('cold start: the category’s default minutes ±50 %, shared by its open windows', async () => {
    const [d1, d2, d3] = [
      await take(server.url, { category: 'property' }, kioskAuth()),
      await take(server.url, { category: 'property' }, kioskAuth()),
      await take(server.url, { category: 'property' }, kioskAuth()),
    ];
    assert.deepEqual(d1.estimatedWait, { min: 0, max: 0 });
    // 15 minutes a visitor, one window: 7.5 to 22.5 minutes a person ahead.
    assert.deepEqual(d2.estimatedWait, { min: 8, max: 23 });
    assert.deepEqual(d3.estimatedWait, { min: 15, max: 45 });
    const event = await board.waitFor((m) => m.event === 'queue-changed' && m.data.category === 'property' && m.data.waiting === 3);
    assert.deepEqual(event.data.estimatedWait, { min: 23, max: 68 });
    // General: 6 minutes, three windows; a paused one no longer shares the queue.
    for (let i = 0; i < 3; i++) await take(server.url, { category: 'general' }, kioskAuth());
    const general = async () =>
      v.parse(QueueState, (await request(server.url, '/api/queue')).body).categories.find((c) => c.code === 'general')!;
    assert.deepEqual((await general()).estimatedWait, { min: 3, max: 9 });
    await act(server.url, '2', 'pause');
    assert.deepEqual((await general()).estimatedWait, { min: 5, max: 14 });
    await act(server.url, '2', 'resume');
  });

  test('warm: the median and the 90th percentile of the last services', async () => {
    now = new Date('2026-11-24T01:00:00Z');
    const durations = [10, 10, 10, 20, 20, 30];
    for (const duration of durations) {
      await take(server.url, { category: 'property' }, kioskAuth());
      minutes(1);
      await act(server.url, '4', 'call-next');
      minutes(duration);
      await act(server.url, '4', 'complete', {});
    }
    const first = await take(server.url, { category: 'property' }, kioskAuth());
    const second = await take(server.url, { category: 'property' }, kioskAuth());
    assert.deepEqual(first.estimatedWait, { min: 0, max: 0 });
    assert.deepEqual(second.estimatedWait, { min: 10, max: 30 });
    const third = await take(server.url, { category: 'property' }, kioskAuth());
    assert.deepEqual(third.estimatedWait, { min: 20, max: 60 });
    // The holder's view agrees, and moves as the queue does.
    assert.deepEqual((await follow(server.url, third)).body.estimatedWait, { min: 20, max: 60 });
    await act(server.url, '4', 'call-next');
    assert.deepEqual((await follow(server.url, third)).body.estimatedWait, { min: 10, max: 30 });
  });

  test('a priority ticket waits only for the priority tickets ahead', async () => {
    now = new Date('2026-11-25T01:00:00Z');
    for (let i = 0; i < 6; i++) await take(server.url, { category: 'general' }, kioskAuth());
    const priority = await take(server.url, { category: 'general', priority: true }, kioskAuth());
    assert.equal(priority.ahead, 0);
    assert.deepEqual(priority.estimatedWait, { min: 0, max: 0 });
    const second = await take(server.url, { category: 'general', priority: true }, kioskAuth());
    assert.equal(second.ahead, 1);
    assert.deepEqual(second.estimatedWait, { min: 1, max: 3 });
    const walkIn = await take(server.url, { category: 'general' }, kioskAuth());
    assert.equal(walkIn.ahead, 8);
  });
});
