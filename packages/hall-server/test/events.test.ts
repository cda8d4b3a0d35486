import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { HallEvent } from '@zhengwu/core/contract';
import { DB_KIND, padAuth, postJson, request, SseClient, sleep, startTestServer, windowAction, type TestServer } from './helpers.js';

describe(`server-sent events (${DB_KIND})`, () => {
  let server: TestServer;
  const clients: SseClient[] = [];
  const open = async (path = '/api/events', headers: Record<string, string> = {}) => {
    const client = await SseClient.open(`${server.url}${path}`, headers);
    clients.push(client);
    return client;
  };
  before(async () => {
    server = await startTestServer({ heartbeatMs: 100 });
  });
  after(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await server.close();
  });

  test('a called ticket reaches the board', async () => {
    const board = await open();
    const taken = (await postJson(server.url, '/api/tickets', { category: 'general' })).body;
    await windowAction(server.url, '1', 'call-next');
    const message = await board.waitFor((m) => m.event === 'ticket-called');
    const event = v.parse(HallEvent, message.data);
    assert.equal(event.type, 'ticket-called');
    assert.ok(event.type === 'ticket-called' && event.ticket.id === taken.id && event.window === '1' && !event.recall);
    assert.match(message.id ?? '', /^\d+$/);
    await board.waitFor((m) => m.event === 'queue-changed' && m.data.waiting === 0);
    const queue = board.messages.filter((m) => m.event === 'queue-changed').map((m) => m.data);
    // Taking the ticket made one waiting (the next ticket waits for it); calling it, none.
    assert.deepEqual(queue, [
      { type: 'queue-changed', category: 'general', waiting: 1, estimatedWait: queue[0].estimatedWait },
      { type: 'queue-changed', category: 'general', waiting: 0, estimatedWait: { min: 0, max: 0 } },
    ]);
    assert.ok(queue[0].estimatedWait.max > 0);
    // The public stream never carries what proves holding a ticket.
    assert.equal(taken.secret.length, 22);
    assert.ok(board.messages.every((m) => !JSON.stringify(m.data).includes(taken.secret) && !('shortCode' in (m.data.ticket ?? {}))));
  });

  test("complete asks that window's pad for a rating; the rating is announced", async () => {
    const pad = await open('/api/events?window=2', padAuth('2'));
    await windowAction(server.url, '2', 'complete', { serviceItemCode: 'RS-002' });
    const requested = await pad.waitFor((m) => m.event === 'rating-requested');
    assert.equal(requested.data.window, '2');
    assert.equal(requested.data.target.staffId, 's002');
    const res = await postJson(
      server.url,
      '/api/ratings',
      { transactionId: requested.data.target.transactionId, token: requested.data.token, level: 'satisfied', channel: 'window-pad' },
      { 'idempotency-key': `events-${Date.now()}` },
    );
    assert.equal(res.status, 201);
    const received = await pad.waitFor((m) => m.event === 'rating-received');
    assert.deepEqual(received.data, { type: 'rating-received', window: '2', transactionId: requested.data.target.transactionId });
  });

  test('?window= drops events about other windows', async () => {
    const pad3 = await open('/api/events?window=3');
    await postJson(server.url, '/api/tickets', { category: 'general' });
    await postJson(server.url, '/api/tickets', { category: 'general' });
    await windowAction(server.url, '1', 'call-next');
    await windowAction(server.url, '3', 'call-next');
    const called = await pad3.waitFor((m) => m.event === 'ticket-called');
    assert.equal(called.data.window, '3');
    await sleep(100);
    assert.ok(pad3.messages.every((m) => m.data.window === undefined || m.data.window === '3'));
  });

  test('resumes after Last-Event-ID without gaps or repeats', async () => {
    const first = await open();
    await postJson(server.url, '/api/tickets', { category: 'priority' });
    await windowAction(server.url, '1', 'call-next');
    const seen = await first.waitFor((m) => m.event === 'ticket-called');
    await first.close();

    // While disconnected: three more calls.
    const missed: string[] = [];
    for (let i = 0; i < 3; i++) {
      await postJson(server.url, '/api/tickets', { category: 'general' });
      missed.push((await windowAction(server.url, '2', 'call-next')).body.ticket.number);
    }
    const resumed = await open('/api/events', { 'last-event-id': seen.id! });
    for (const number of missed) await resumed.waitFor((m) => m.event === 'ticket-called' && m.data.ticket.number === number);
    await windowAction(server.url, '2', 'recall');
    await resumed.waitFor((m) => m.event === 'ticket-called' && m.data.recall === true);
    const ids = resumed.messages.map((m) => Number(m.id));
    assert.ok(
      ids.every((id) => id > Number(seen.id)),
      'nothing at or before Last-Event-ID',
    );
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => a - b),
      'in order',
    );
    assert.equal(new Set(ids).size, ids.length, 'no repeats');
    assert.deepEqual(
      resumed.messages.filter((m) => m.event === 'ticket-called' && !m.data.recall).map((m) => m.data.ticket.number),
      missed,
    );

    const byQuery = await open(`/api/events?lastEventId=${seen.id}`);
    await byQuery.waitFor((m) => m.event === 'ticket-called' && m.data.recall === true);
    assert.deepEqual(
      byQuery.messages.map((m) => m.id),
      resumed.messages.map((m) => m.id),
    );
  });

  test('heartbeat comments keep the connection open', async () => {
    const idle = await open();
    await sleep(450);
    assert.ok(idle.comments >= 3, `heartbeats: ${idle.comments}`);
  });

  test('bad parameters are 400 JSON', async () => {
    for (const [path, headers] of [
      ['/api/events?window=%20', {}],
      ['/api/events?lastEventId=abc', {}],
      ['/api/events?colour=red', {}],
      ['/api/events', { 'last-event-id': '-5' }],
      ['/api/events', { 'last-event-id': '9'.repeat(30) }],
    ] as Array<[string, Record<string, string>]>) {
      const res = await request(server.url, path, { headers });
      assert.equal(res.status, 400, `${path} ${JSON.stringify(headers)}`);
      assert.equal(res.body.error.code, 'invalid_parameters');
    }
  });
});
