import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import {
  createTestDatabase,
  DATABASE_URL,
  DB_KIND,
  padAuth,
  postJson,
  request,
  SseClient,
  spawnServer,
  windowAction,
  type ChildServer,
  type TestDatabase,
} from './helpers.js';

const placeEnv = (place: TestDatabase): Record<string, string> =>
  place.databaseUrl ? { DATABASE_URL: place.databaseUrl } : { HALL_DATA_DIR: place.dataDir!, DATABASE_URL: '' };

describe(`separate server processes (${DB_KIND})`, () => {
  const children: ChildServer[] = [];
  const places: TestDatabase[] = [];
  const spawn = async (place: TestDatabase) => {
    const child = await spawnServer(placeEnv(place));
    children.push(child);
    return child;
  };
  after(async () => {
    await Promise.all(children.map((child) => child.stop('SIGKILL')));
    for (const place of places) await place.drop();
  });

  test('two processes on one database never hand out the same number', async () => {
    const place = await createTestDatabase();
    places.push(place);
    const [a, b] = [await spawn(place), await spawn(place)];
    const responses = await Promise.all(
      Array.from({ length: 300 }, (_, i) => postJson((i % 2 ? a : b).url, '/api/tickets', { category: i % 5 ? 'general' : 'priority' })),
    );
    assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([201]));
    const numbers = responses.map((r) => r.body.number as string);
    assert.equal(new Set(numbers).size, 300, 'all distinct');
    const count = (prefix: string) => numbers.filter((n) => n.startsWith(prefix)).length;
    for (const prefix of ['A', 'B']) {
      const sorted = numbers
        .filter((n) => n.startsWith(prefix))
        .map((n) => Number(n.slice(1)))
        .sort((x, y) => x - y);
      assert.deepEqual(
        sorted,
        Array.from({ length: count(prefix) }, (_, i) => i + 1),
        `${prefix} has no gaps`,
      );
    }
    // Both processes call from the same queue: no ticket is called twice.
    const called = await Promise.all(
      Array.from({ length: 40 }, (_, i) => windowAction((i % 2 ? a : b).url, String((i % 3) + 1), 'call-next')),
    );
    const ids = called.map((r) => r.body.ticket?.id).filter(Boolean);
    assert.equal(new Set(ids).size, ids.length);
  });

  if (DATABASE_URL) {
    test('an event emitted by one process reaches the event stream of the other', async () => {
      const place = await createTestDatabase();
      places.push(place);
      const [a, b] = [await spawn(place), await spawn(place)];
      const board = await SseClient.open(`${b.url}/api/events?window=3`, padAuth('3'));
      try {
        const taken = (await postJson(a.url, '/api/tickets', { category: 'general' })).body;
        await windowAction(a.url, '3', 'call-next');
        const called = await board.waitFor((m) => m.event === 'ticket-called');
        assert.equal(called.data.ticket.id, taken.id);
        assert.equal(called.data.window, '3');
        const done = (await windowAction(a.url, '3', 'complete', {})).body;
        const requested = await board.waitFor((m) => m.event === 'rating-requested');
        assert.equal(requested.data.target.transactionId, done.rating.transactionId);
        assert.equal(requested.data.token, done.ratingToken, 'both processes sign alike');
        // Resume on the other process from the shared log.
        const resumed = await SseClient.open(`${a.url}/api/events?window=3`, { ...padAuth('3'), 'last-event-id': called.id! });
        try {
          await resumed.waitFor((m) => m.event === 'rating-requested');
          assert.ok(resumed.messages.every((m) => Number(m.id) > Number(called.id)));
        } finally {
          await resumed.close();
        }
      } finally {
        await board.close();
      }
    });
  }

  test('every acknowledged rating survives SIGKILL', async () => {
    const place = await createTestDatabase();
    places.push(place);
    const first = await spawn(place);
    const transactions: { transactionId: string; token: string }[] = [];
    for (let i = 0; i < 80; i++) {
      const done = (await windowAction(first.url, String((i % 3) + 1), 'complete', {})).body;
      transactions.push({ transactionId: done.rating.transactionId, token: done.ratingToken });
    }
    const acked = new Map<string, { key: string; body: Record<string, unknown>; id: string }>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < transactions.length) {
        const { transactionId, token } = transactions[next++];
        const key = `durable-${transactionId}`;
        const body = { transactionId, token, level: 'satisfied', channel: 'window-pad' };
        try {
          const res = await postJson(first.url, '/api/ratings', body, { 'idempotency-key': key });
          if (res.status === 201) acked.set(transactionId, { key, body, id: res.body.id });
          if (acked.size >= 30 && !killed) {
            killed = true;
            first.process.kill('SIGKILL');
          }
        } catch {
          // The connection died with the process: this one was not acknowledged.
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    assert.ok(killed, 'the server was killed while rating');
    await first.exited;
    assert.ok(acked.size >= 30);

    const second = await spawn(place);
    for (const { key, body, id } of acked.values()) {
      const replay = await postJson(second.url, '/api/ratings', body, { 'idempotency-key': key });
      assert.equal(replay.status, 201, `rating of ${body.transactionId} replays`);
      assert.equal(replay.body.id, id, `rating of ${body.transactionId} is the acknowledged one`);
    }
    const stats = (await request(second.url, '/api/ratings/stats')).body;
    assert.ok(stats.total >= acked.size, `${stats.total} stored, ${acked.size} acknowledged`);
  });

  test('SIGTERM stops the server cleanly, open event streams included', async () => {
    const place = await createTestDatabase();
    places.push(place);
    const child = await spawn(place);
    const board = await SseClient.open(`${child.url}/api/events`);
    const code = await child.stop('SIGTERM');
    await board.close();
    assert.equal(code, 0, child.output());
    assert.match(child.output(), /SIGTERM: shutting down/);
  });
});
