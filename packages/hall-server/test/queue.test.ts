import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DB_KIND, kioskAuth, postJson, request, startTestServer, windowAction, type TestServer } from './helpers.js';

describe(`queue (${DB_KIND})`, () => {
  let server: TestServer;
  let now = new Date('2026-11-22T01:00:00Z'); // 09:00 in Beijing
  before(async () => {
    server = await startTestServer({ clock: () => now });
  });
  after(async () => {
    await server.close();
  });

  test('300 concurrent tickets get 300 distinct, consecutive numbers', async () => {
    now = new Date('2026-11-23T01:00:00Z');
    const responses = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        postJson(server.url, '/api/tickets', { category: i % 3 === 0 ? 'priority' : 'general' }, kioskAuth()),
      ),
    );
    assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([201]));
    const numbers = responses.map((r) => r.body.number as string);
    assert.equal(new Set(numbers).size, 300);
    const a = numbers
      .filter((n) => n.startsWith('A'))
      .map((n) => Number(n.slice(1)))
      .sort((x, y) => x - y);
    const b = numbers
      .filter((n) => n.startsWith('B'))
      .map((n) => Number(n.slice(1)))
      .sort((x, y) => x - y);
    assert.deepEqual(
      a,
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
    assert.deepEqual(
      b,
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
    assert.ok(numbers.includes('A001') && numbers.includes('A200') && numbers.includes('B100'));
  });

  test('numbers restart each day in Asia/Shanghai', async () => {
    now = new Date('2026-11-24T15:59:00Z'); // 23:59 on the 24th in Beijing
    const late = await postJson(server.url, '/api/tickets', { category: 'general' });
    assert.equal(late.body.number, 'A001');
    assert.equal(late.body.day, '2026-11-24');
    const later = await postJson(server.url, '/api/tickets', { category: 'general' });
    assert.equal(later.body.number, 'A002');
    now = new Date('2026-11-24T16:01:00Z'); // 00:01 on the 25th in Beijing
    const next = await postJson(server.url, '/api/tickets', { category: 'general' });
    assert.equal(next.body.number, 'A001');
    assert.equal(next.body.day, '2026-11-25');
    assert.match(next.body.takenAt, /^2026-11-25T00:01:00\.000\+08:00$/);
  });

  test('ahead and estimated wait; priority first, then oldest', async () => {
    now = new Date('2026-11-26T01:00:00Z');
    const a1 = (await postJson(server.url, '/api/tickets', { category: 'general' })).body;
    const a2 = (await postJson(server.url, '/api/tickets', { category: 'general' })).body;
    const a3 = (await postJson(server.url, '/api/tickets', { category: 'general', priority: true })).body;
    const b1 = (await postJson(server.url, '/api/tickets', { category: 'priority' })).body;
    assert.deepEqual([a1.number, a2.number, a3.number, b1.number], ['A001', 'A002', 'A003', 'B001']);
    assert.deepEqual([a1.ahead, a2.ahead, a3.ahead, b1.ahead], [0, 1, 0, 0]);
    assert.equal(a3.priority, true);
    assert.equal(b1.priority, true);
    // Default 5 minutes per visitor ±50 % (nothing measured yet), shared by the 3 windows serving "general".
    assert.deepEqual(a2.estimatedWait, { min: Math.round(2.5 / 3), max: Math.ceil(7.5 / 3) });
    assert.deepEqual(a1.estimatedWait, { min: 0, max: 0 });
    const follow = (ticket: { id: string; secret: string }) =>
      request(server.url, `/api/tickets/${ticket.id}`, { headers: { authorization: `Bearer ${ticket.secret}` } });

    // A priority ticket overtakes: A002 now has A001 and A003 in front.
    const a2Now = (await follow(a2)).body;
    assert.equal(a2Now.ahead, 2);

    // Window 2 serves only "general": priority A003 first, then A001, A002.
    const order: string[] = [];
    for (let i = 0; i < 3; i++) order.push((await windowAction(server.url, '2', 'call-next')).body.ticket.number);
    assert.deepEqual(order, ['A003', 'A001', 'A002']);
    // Window 1 serves both: B001 is left.
    assert.equal((await windowAction(server.url, '1', 'call-next')).body.ticket.number, 'B001');
    const empty = await windowAction(server.url, '1', 'call-next');
    assert.equal(empty.status, 200);
    assert.equal(empty.body.ticket, null);

    // A002 was called: nobody ahead any more.
    const a2Called = (await follow(a2)).body;
    assert.equal(a2Called.status, 'called');
    assert.equal(a2Called.ahead, 0);
    assert.equal(a2Called.window, '2');
    // A001 was not completed before the next call: a no-show.
    assert.equal((await follow(a1)).body.status, 'skipped');
  });

  test('recall repeats the current ticket; complete closes it', async () => {
    now = new Date('2026-11-27T01:00:00Z');
    const taken = (await postJson(server.url, '/api/tickets', { category: 'general' })).body;
    const called = (await windowAction(server.url, '3', 'call-next')).body;
    assert.equal(called.ticket.id, taken.id);
    assert.equal((await windowAction(server.url, '3', 'recall')).body.ticket.id, taken.id);
    now = new Date('2026-11-27T01:12:00Z');
    const done = (await windowAction(server.url, '3', 'complete', { serviceItemCode: 'BDC-003' })).body;
    assert.equal(done.ticket.status, 'done');
    assert.equal(done.rating.ticketNumber, taken.number);
    const recalled = await windowAction(server.url, '3', 'recall');
    assert.equal(recalled.body.ticket, null);
    const unknownItem = await windowAction(server.url, '3', 'complete', { serviceItemCode: 'NOPE' });
    assert.equal(unknownItem.status, 422);
    assert.equal(unknownItem.body.error.issues[0].path, 'serviceItemCode');
  });

  test('a given transaction id is recorded once', async () => {
    const first = await windowAction(server.url, '1', 'complete', { transactionId: 'BJ-2026-000123' });
    assert.equal(first.status, 200);
    assert.equal(first.body.rating.transactionId, 'BJ-2026-000123');
    const second = await windowAction(server.url, '2', 'complete', { transactionId: 'BJ-2026-000123' });
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'transaction_exists');
  });

  test('tickets need a JSON body of the right shape', async () => {
    const cases: Array<[unknown, number]> = [
      [{}, 422],
      [{ category: 'general', extra: 1 }, 422],
      [{ category: 'general', priority: 'yes' }, 422],
      [{ category: 'general', appointmentCode: '!!' }, 422],
      [{ category: 'general', appointmentCode: 'AB12CD' }, 404],
    ];
    for (const [body, status] of cases) {
      const res = await postJson(server.url, '/api/tickets', body);
      assert.equal(res.status, status, JSON.stringify(body));
      if (status === 422) assert.ok(res.body.error.issues.length > 0);
      if (status === 404) assert.equal(res.body.error.code, 'unknown_appointment');
    }
  });
});
