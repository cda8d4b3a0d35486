import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { HallEvent } from '@zhengwu/core/contract';
import { DB_KIND, kioskAuth, request, SseClient, sleep, startTestServer, type TestServer } from './helpers.js';
import { act, queueSeed, take } from './queue-helpers.js';

describe(`a ticket's own stream (${DB_KIND})`, () => {
  let server: TestServer;
  const clients: SseClient[] = [];
  let now = new Date('2026-11-23T01:00:00Z');
  const tick = () => (now = new Date(now.getTime() + 1000));
  const watch = async (ticket: { id: string; secret: string }) => {
    const client = await SseClient.open(`${server.url}/api/events?ticket=${ticket.id}`, { authorization: `Bearer ${ticket.secret}` });
    clients.push(client);
    return client;
  };
  const takeGeneral = async () => {
    const ticket = await take(server.url, { category: 'general' }, kioskAuth());
    tick();
    return ticket;
  };
  before(async () => {
    server = await startTestServer({ seed: queueSeed, clock: () => now, heartbeatMs: 200, tarpitMs: 0 });
  });
  after(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server.close();
  });

  test("delivers the ticket's place, estimate and status as they change, and nothing about others", async () => {
    const [a1, a2, a3] = [await takeGeneral(), await takeGeneral(), await takeGeneral()];
    const stream = await watch(a3);
    const first = await stream.waitFor((m) => m.event === 'ticket-changed');
    assert.equal(first.id, undefined, 'no event ids: a reconnect starts from the ticket as it is');
    assert.equal(first.data.ticket.id, a3.id);
    assert.equal(first.data.ticket.ahead, 2);
    assert.equal(first.data.change, undefined);

    // Others taking tickets behind it changes nothing for it: nothing is sent.
    await takeGeneral();
    await takeGeneral();
    await act(server.url, '2', 'call-next'); // a1
    const one = await stream.waitFor((m) => m.data.ticket.ahead === 1);
    assert.equal(one.data.change, undefined, 'only its place changed');
    assert.ok(one.data.ticket.estimatedWait.max <= first.data.ticket.estimatedWait.max);
    await act(server.url, '3', 'call-next'); // a2
    await stream.waitFor((m) => m.data.ticket.ahead === 0);
    await act(server.url, '1', 'call-next'); // a3
    const called = await stream.waitFor((m) => m.data.ticket.status === 'called');
    assert.equal(called.data.change, 'called');
    assert.equal(called.data.ticket.window, '1');
    await act(server.url, '1', 'recall');
    const recalled = await stream.waitFor((m) => m.data.change === 'recalled');
    assert.equal(recalled.data.ticket.recalls, 1);
    await act(server.url, '1', 'complete', {});
    await stream.waitFor((m) => m.data.change === 'done' && m.data.ticket.status === 'done');

    await sleep(150);
    for (const message of stream.messages) {
      assert.equal(message.event, 'ticket-changed');
      const event = v.parse(HallEvent, message.data);
      assert.ok(event.type === 'ticket-changed' && event.ticket.id === a3.id, 'only this ticket');
      assert.equal(JSON.stringify(message.data).includes(a3.secret), false);
      assert.equal('secret' in message.data.ticket || 'shortCode' in message.data.ticket, false);
    }
    // One message per change, not one per event.
    const places = stream.messages.map((m) => m.data.ticket.ahead);
    assert.deepEqual(places.slice(0, 3), [2, 1, 0]);
    assert.ok(stream.comments >= 1, 'heartbeats');
    void a1;
    void a2;
  });

  test('a no-show and a transfer reach the holder', async () => {
    now = new Date('2026-11-24T01:00:00Z');
    const tickets = [await takeGeneral(), await takeGeneral(), await takeGeneral(), await takeGeneral(), await takeGeneral()];
    const stream = await watch(tickets[0]);
    await stream.waitFor(() => true);
    await act(server.url, '2', 'call-next');
    await stream.waitFor((m) => m.data.change === 'called');
    await act(server.url, '2', 'no-show');
    const requeued = await stream.waitFor((m) => m.data.change === 'requeued');
    assert.equal(requeued.data.ticket.status, 'waiting');
    assert.equal(requeued.data.ticket.ahead, 3);
    await act(server.url, '2', 'call-next');
    await act(server.url, '2', 'call-next');
    await act(server.url, '2', 'call-next');
    await act(server.url, '2', 'call-next');
    await stream.waitFor((m) => m.data.change === 'called' && m.data.ticket.requeues === 1);
    await act(server.url, '2', 'transfer', { category: 'property' });
    const moved = await stream.waitFor((m) => m.data.change === 'transferred');
    assert.equal(moved.data.ticket.category, 'property');
    assert.equal(moved.data.ticket.ahead, 0);
  });

  test('a burst of events is answered once', async () => {
    now = new Date('2026-11-25T01:00:00Z');
    const queue = [];
    for (let i = 0; i < 30; i++) queue.push(await takeGeneral());
    const last = queue[queue.length - 1];
    const stream = await watch(last);
    await stream.waitFor(() => true);
    // Twenty calls at once: fewer messages than calls, and the last says where it is now.
    await Promise.all(Array.from({ length: 20 }, (_, i) => act(server.url, String((i % 3) + 1), 'call-next')));
    await stream.waitFor((m) => m.data.ticket.ahead === 9);
    await sleep(200);
    assert.ok(stream.messages.length - 1 < 20, `${stream.messages.length - 1} messages for 20 calls`);
    assert.equal(stream.messages.at(-1)!.data.ticket.ahead, 9);
  });

  test('a wrong secret is 401, and a ticket stream takes no other filter', async () => {
    const ticket = await takeGeneral();
    const other = await takeGeneral();
    for (const headers of [{}, { authorization: `Bearer ${other.secret}` }, { authorization: 'Bearer nope' }] as Record<string, string>[]) {
      const res = await request(server.url, `/api/events?ticket=${ticket.id}`, { headers: { accept: 'text/event-stream', ...headers } });
      assert.equal(res.status, 401);
      assert.match(res.headers.get('www-authenticate') ?? '', /Bearer/);
    }
    const unknown = await request(server.url, '/api/events?ticket=00000000-0000-4000-8000-000000000000', {
      headers: { authorization: `Bearer ${ticket.secret}` },
    });
    assert.equal(unknown.status, 401);
    assert.equal(
      (await request(server.url, `/api/events?ticket=${ticket.id}&window=1`, { headers: { authorization: `Bearer ${ticket.secret}` } }))
        .status,
      400,
    );
    assert.equal((await request(server.url, '/api/events?ticket=not-a-uuid')).status, 400);
  });

  test('the public stream carries calls, never a secret or a short code', async () => {
    now = new Date('2026-11-26T01:00:00Z');
    const board = await SseClient.open(`${server.url}/api/events`);
    clients.push(board);
    const ticket = await takeGeneral();
    await act(server.url, '2', 'call-next');
    await act(server.url, '2', 'recall');
    await board.waitFor((m) => m.event === 'ticket-called' && m.data.recall);
    const text = JSON.stringify(board.messages);
    assert.equal(text.includes(ticket.secret), false);
    assert.equal(text.includes('shortCode'), false);
    assert.equal(text.includes('"secret"'), false);
    assert.ok(board.messages.every((m) => m.event !== 'ticket-changed'));
  });
});
