import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { HallEvent, QueueState, WindowActionResult } from '@zhengwu/core/contract';
import { DB_KIND, kioskAuth, request, SseClient, startTestServer, type TestServer } from './helpers.js';
import { act, follow, queryRows, queueSeed, take } from './queue-helpers.js';

describe(`window actions (${DB_KIND})`, () => {
  let server: TestServer;
  let board: SseClient;
  let day = 10;
  // Each test on a day of its own: an empty queue.
  const nextDay = () => {
    day += 1;
    now = new Date(`2026-11-${day}T01:00:00Z`);
  };
  let now = new Date('2026-11-10T01:00:00Z');
  const kiosk = kioskAuth();
  // A second passes between two tickets, as at a real kiosk.
  const tick = () => (now = new Date(now.getTime() + 1000));
  const takeN = async (category: string, n: number, extra: Record<string, unknown> = {}) => {
    const list = [];
    for (let i = 0; i < n; i++) {
      list.push(await take(server.url, { category, ...extra }, kiosk));
      tick();
    }
    return list;
  };
  const numbers = (list: any[]) => list.map((ticket) => ticket.number);
  const callAll = async (window: string, n: number) => {
    const called = [];
    for (let i = 0; i < n; i++) called.push((await act(server.url, window, 'call-next')).body.ticket?.number ?? null);
    return called;
  };
  before(async () => {
    server = await startTestServer({ seed: queueSeed, clock: () => now });
    board = await SseClient.open(`${server.url}/api/events`);
  });
  after(async () => {
    await board.close();
    await server.close();
  });

  test('call-next: priority first, then checked-in appointments, then queue order; events and the window state', async () => {
    nextDay();
    const [a1, a2] = await takeN('general', 2);
    const [a3] = await takeN('general', 1, { priority: true });
    const [b1] = await takeN('priority', 1);
    assert.deepEqual([a1.ahead, a2.ahead, a3.ahead, b1.ahead], [0, 1, 0, 0]);
    const res = await act(server.url, '1', 'call-next');
    const result = v.parse(WindowActionResult, res.body);
    // Window 1 serves both categories: priority tickets by queue order (A003 before B001), then the rest.
    assert.equal(result.ticket?.number, a3.number);
    assert.deepEqual(result.state, {
      id: '1',
      paused: false,
      serving: { number: a3.number, category: 'general' },
      staff: { id: 's001', name: '李明', number: 'GA001' },
    });
    assert.deepEqual(await callAll('1', 4), [b1.number, a1.number, a2.number, null]);
    const called = await board.waitFor((m) => m.event === 'ticket-called' && m.data.ticket.id === a3.id);
    assert.equal(called.data.window, '1');
    assert.equal(called.data.recall, false);
    assert.equal(called.data.ticket.windowName, '1号窗口');
    const queue = await board.waitFor((m) => m.event === 'queue-changed' && m.data.category === 'general' && m.data.waiting === 0);
    assert.deepEqual(queue.data.estimatedWait, { min: 0, max: 0 });
    for (const message of board.messages) v.parse(HallEvent, message.data);
    // Every change is in ticket_events.
    const log = await queryRows(server, `select kind, window_id from ticket_events where ticket_id = '${a1.id}' order by id`);
    assert.deepEqual(
      log.map((row) => [row.kind, row.window_id]),
      [
        ['issued', null],
        ['called', '1'],
        ['skipped', '1'],
      ],
    );
  });

  test('recall calls the same ticket again and counts it', async () => {
    nextDay();
    const [ticket] = await takeN('general', 1);
    await act(server.url, '2', 'call-next');
    for (const times of [1, 2]) {
      const recalled = await act(server.url, '2', 'recall');
      assert.equal(recalled.body.ticket.id, ticket.id);
      assert.equal(recalled.body.ticket.recalls, times);
      assert.equal(recalled.body.ticket.lastChange, 'recalled');
    }
    const message = await board.waitFor((m) => m.event === 'ticket-called' && m.data.recall && m.data.ticket.recalls === 2);
    assert.equal(message.data.window, '2');
    const held = (await follow(server.url, ticket)).body;
    assert.equal(held.recalls, 2);
    assert.equal(held.status, 'called');
    await act(server.url, '2', 'complete', {});
    assert.equal((await act(server.url, '2', 'recall')).body.ticket, null);
  });

  test('no-show: back in the queue after the next 3 tickets, once; the second time it is void', async () => {
    nextDay();
    const tickets = await takeN('general', 6);
    const [a1] = tickets;
    assert.equal((await act(server.url, '2', 'call-next')).body.ticket.id, a1.id);
    const first = await act(server.url, '2', 'no-show');
    assert.equal(first.status, 200);
    assert.equal(first.body.ticket.status, 'waiting');
    assert.equal(first.body.ticket.requeues, 1);
    assert.equal(first.body.ticket.lastChange, 'requeued');
    assert.equal(first.body.state.serving, undefined);
    assert.equal((await follow(server.url, a1)).body.ahead, 3);
    await board.waitFor((m) => m.event === 'queue-changed' && m.data.category === 'general' && m.data.waiting === 6);
    // A002, A003, A004, then A001 again, then A005.
    const order = await callAll('2', 5);
    assert.deepEqual(order, [...numbers(tickets.slice(1, 4)), a1.number, tickets[4].number]);
    assert.equal((await act(server.url, '2', 'call-next')).body.ticket.number, tickets[5].number);
    // A001, called the second time and not completed before the next call, ended skipped.
    const rows = await queryRows(server, `select status, requeues from tickets where id = '${a1.id}'`);
    assert.deepEqual(
      rows.map((row) => [row.status, Number(row.requeues)]),
      [['skipped', 1]],
    );
  });

  test('a second no-show of a requeued ticket voids it', async () => {
    nextDay();
    const [a1, a2] = await takeN('general', 2);
    await act(server.url, '2', 'call-next');
    await act(server.url, '2', 'no-show');
    // Only one ticket behind: it goes to the end.
    assert.equal((await follow(server.url, a1)).body.ahead, 1);
    assert.equal((await act(server.url, '2', 'call-next')).body.ticket.id, a2.id);
    assert.equal((await act(server.url, '2', 'call-next')).body.ticket.id, a1.id);
    const second = await act(server.url, '2', 'no-show');
    assert.equal(second.body.ticket.status, 'skipped');
    assert.equal(second.body.ticket.lastChange, 'skipped');
    assert.equal((await follow(server.url, a1)).body.status, 'skipped');
    assert.equal((await act(server.url, '2', 'no-show')).body.ticket, null);
  });

  test('transfer to another category keeps the number and the place by time taken', async () => {
    nextDay();
    const [a1] = await takeN('general', 1);
    const property = await takeN('property', 2);
    await act(server.url, '2', 'call-next');
    const moved = await act(server.url, '2', 'transfer', { category: 'property' });
    assert.equal(moved.status, 200);
    assert.equal(moved.body.ticket.number, a1.number);
    assert.equal(moved.body.ticket.category, 'property');
    assert.equal(moved.body.ticket.transferredFrom, 'general');
    assert.equal(moved.body.ticket.status, 'waiting');
    assert.equal(moved.body.ticket.lastChange, 'transferred');
    // Taken before both property tickets: first in that queue.
    const held = (await follow(server.url, a1)).body;
    assert.equal(held.ahead, 0);
    assert.equal(held.categoryName, '不动产');
    assert.deepEqual(await callAll('4', 3), [a1.number, ...numbers(property)]);
    await board.waitFor((m) => m.event === 'queue-changed' && m.data.category === 'property' && m.data.waiting === 3);
  });

  test('transfer to a window: that window calls it first, no other does', async () => {
    nextDay();
    const [a1] = await takeN('general', 1);
    const b = await takeN('priority', 1);
    assert.equal((await act(server.url, '2', 'call-next')).body.ticket.id, a1.id);
    const moved = await act(server.url, '2', 'transfer', { window: '1' });
    assert.equal(moved.body.ticket.window, '1');
    assert.equal(moved.body.ticket.windowName, '1号窗口');
    assert.equal(moved.body.ticket.status, 'waiting');
    // Window 3 serves general too, but the transfer is window 1's: 3 gets the priority ticket.
    assert.equal((await act(server.url, '3', 'call-next')).body.ticket.id, b[0].id);
    assert.equal((await act(server.url, '3', 'call-next')).body.ticket, null);
    assert.equal((await act(server.url, '1', 'call-next')).body.ticket.id, a1.id);
  });

  test('transfer refusals', async () => {
    nextDay();
    assert.equal((await act(server.url, '2', 'transfer', { category: 'property' })).body.error.code, 'no_current_ticket');
    await takeN('general', 1);
    await act(server.url, '2', 'call-next');
    for (const [body, status, code] of [
      [{ category: 'nope' }, 422, 'unknown_category'],
      [{ category: 'general' }, 422, 'same_category'],
      [{ window: '99' }, 422, 'unknown_window'],
      [{ window: '2' }, 422, 'same_window'],
      [{}, 422, 'validation_failed'],
      [{ category: 'property', window: '1' }, 422, 'validation_failed'],
    ] as const) {
      const res = await act(server.url, '2', 'transfer', body);
      assert.equal(res.status, status, JSON.stringify(body));
      assert.equal(res.body.error.code, code, JSON.stringify(body));
    }
    assert.equal((await act(server.url, '2', 'transfer')).status, 400);
  });

  test('pause blocks call-next and closes categories without an open window; resume opens them', async () => {
    nextDay();
    await takeN('property', 1);
    const paused = await act(server.url, '4', 'pause');
    assert.equal(paused.status, 200);
    assert.equal(paused.body.state.paused, true);
    const changed = await board.waitFor((m) => m.event === 'window-changed' && m.data.window === '4' && m.data.state.paused);
    assert.equal(changed.data.state.staff.name, '赵敏');
    const refused = await act(server.url, '4', 'call-next');
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'window_paused');
    const state = v.parse(QueueState, (await request(server.url, '/api/queue')).body);
    const property = state.categories.find((category) => category.code === 'property')!;
    assert.equal(property.open, false);
    assert.equal(property.closedReason, 'no_open_window');
    assert.equal(state.windows.find((window) => window.id === '4')!.paused, true);
    // Pausing one of several windows leaves the category open.
    await act(server.url, '2', 'pause');
    const general = v.parse(QueueState, (await request(server.url, '/api/queue')).body).categories.find((c) => c.code === 'general')!;
    assert.equal(general.open, true);
    await act(server.url, '2', 'resume');

    const resumed = await act(server.url, '4', 'resume');
    assert.equal(resumed.body.state.paused, false);
    await board.waitFor((m) => m.event === 'window-changed' && m.data.window === '4' && !m.data.state.paused);
    assert.equal(
      v.parse(QueueState, (await request(server.url, '/api/queue')).body).categories.find((c) => c.code === 'property')!.open,
      true,
    );
    assert.equal((await act(server.url, '4', 'call-next')).status, 200);
    const log = await queryRows(server, `select kind from ticket_events where window_id = '4' and ticket_id is null order by id`);
    assert.deepEqual(log.map((row) => row.kind).slice(-2), ['paused', 'resumed']);
  });

  test('windows calling at once never get the same ticket', async () => {
    nextDay();
    await takeN('general', 25);
    const calls = await Promise.all(Array.from({ length: 30 }, (_, i) => act(server.url, String((i % 3) + 1), 'call-next')));
    assert.deepEqual(new Set(calls.map((call) => call.status)), new Set([200]));
    const ids = calls.map((call) => call.body.ticket?.id).filter(Boolean);
    assert.equal(ids.length, 25);
    assert.equal(new Set(ids).size, 25);
  });
});

describe(`the hall's no-show rule (${DB_KIND})`, () => {
  const servers: TestServer[] = [];
  let now = new Date('2026-11-20T01:00:00Z');
  after(async () => {
    for (const server of servers) await server.close();
  });
  const start = async (noShow: NonNullable<typeof queueSeed.hall.noShow>) => {
    const server = await startTestServer({ seed: { ...queueSeed, hall: { ...queueSeed.hall, noShow } }, clock: () => now });
    servers.push(server);
    const tickets = [];
    for (let i = 0; i < 4; i++) {
      tickets.push(await take(server.url, { category: 'property' }, kioskAuth()));
      now = new Date(now.getTime() + 1000);
    }
    return { server, tickets };
  };

  test('void: a no-show ends at once', async () => {
    const { server, tickets } = await start({ action: 'void' });
    await act(server.url, '4', 'call-next');
    const res = await act(server.url, '4', 'no-show');
    assert.equal(res.body.ticket.id, tickets[0].id);
    assert.equal(res.body.ticket.status, 'skipped');
    assert.equal((await act(server.url, '4', 'call-next')).body.ticket.id, tickets[1].id);
  });

  test('requeue one place back, twice, then void', async () => {
    const { server, tickets } = await start({ action: 'requeue', after: 1, times: 2 });
    const [d1, d2, d3, d4] = tickets;
    await act(server.url, '4', 'call-next');
    assert.equal((await act(server.url, '4', 'no-show')).body.ticket.requeues, 1);
    assert.equal((await follow(server.url, d1)).body.ahead, 1);
    assert.equal((await act(server.url, '4', 'call-next')).body.ticket.id, d2.id);
    assert.equal((await act(server.url, '4', 'call-next')).body.ticket.id, d1.id);
    assert.equal((await act(server.url, '4', 'no-show')).body.ticket.requeues, 2);
    assert.equal((await act(server.url, '4', 'call-next')).body.ticket.id, d3.id);
    assert.equal((await act(server.url, '4', 'call-next')).body.ticket.id, d1.id);
    assert.equal((await act(server.url, '4', 'no-show')).body.ticket.status, 'skipped');
    assert.equal((await act(server.url, '4', 'call-next')).body.ticket.id, d4.id);
  });
});
