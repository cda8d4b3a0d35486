import assert from 'node:assert/strict';
import net from 'node:net';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { connect } from '../src/db/connect.js';
import { DEFAULT_STREAM_LIMITS, StreamLimits } from '../src/events/stream-limits.js';
import { pipeEvents } from '../src/events/stream.js';
import { MemoryEventBus } from '../src/events/bus.js';
import type { AppServices } from '../src/services.js';
import { loopbackAddresses } from './addresses.js';
import { DB_KIND, request, SseClient, startTestServer, type TestServer } from './helpers.js';

/** Writes `count` events straight into the server's log, as a busy day would leave it. */
async function fillLog(server: TestServer, count: number): Promise<void> {
  const database = connect({ dataDir: server.place.dataDir, databaseUrl: server.place.databaseUrl });
  try {
    const payload = JSON.stringify({ type: 'queue-changed', category: 'general', waiting: 1 });
    const createdAt = new Date().toISOString();
    if (database.kind === 'postgres') {
      await sql`insert into events (type, window_id, payload, created_at)
        select 'queue-changed', null, ${payload}, ${createdAt} from generate_series(1, ${count})`.execute(database.db);
    } else {
      await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${count})
        insert into events (type, window_id, payload, created_at)
        select 'queue-changed', null, ${payload}, ${createdAt} from n`.execute(database.db);
    }
  } finally {
    await database.close();
  }
}

/** An event-stream request from `localAddress` whose answer is never read. */
function neverReading(url: string, localAddress: string, lastEventId: string): Promise<net.Socket> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: target.hostname, port: Number(target.port), localAddress }, () => {
      socket.write(
        `GET /api/events HTTP/1.1\r\nHost: ${target.host}\r\nAccept: text/event-stream\r\nLast-Event-ID: ${lastEventId}\r\n\r\n`,
      );
      socket.pause();
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

async function healthMs(url: string): Promise<number> {
  const started = performance.now();
  const res = await request(url, '/api/health');
  assert.equal(res.status, 200);
  return performance.now() - started;
}

describe(`event streams under abuse (${DB_KIND})`, () => {
  const servers: TestServer[] = [];
  const sockets: net.Socket[] = [];
  after(async () => {
    for (const socket of sockets) socket.destroy();
    for (const server of servers) await server.close();
  });

  test('200 never-reading clients replaying from 0 over 10,000 events get a reset, and health stays fast', async () => {
    const server = await startTestServer();
    servers.push(server);
    await fillLog(server, 10_000);
    const idle = await healthMs(server.url);
    const opened = await Promise.all(loopbackAddresses(200).map((address) => neverReading(server.url, address, '0')));
    sockets.push(...opened);
    // The 200 requests themselves take a moment to answer; then they must cost nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const during: number[] = [];
    for (let i = 0; i < 20; i++) during.push(await healthMs(server.url));
    during.sort((a, b) => a - b);
    assert.ok(during[during.length - 1] < 100, `health ${during.map((ms) => ms.toFixed(0)).join(',')} ms (idle ${idle.toFixed(0)})`);

    // A reading client that is too far behind is told to start over, at the log's end.
    const reader = await SseClient.open(`${server.url}/api/events`, { 'last-event-id': '0' });
    try {
      const reset = await reader.waitFor((m) => m.event === 'reset');
      assert.equal(reset.id, '10000');
      assert.deepEqual(reset.data, { type: 'reset' });
      assert.equal(reader.messages.filter((m) => m.event === 'queue-changed').length, 0);
    } finally {
      await reader.close();
    }
    // One just behind is replayed in full, in order.
    const near = await SseClient.open(`${server.url}/api/events`, { 'last-event-id': '9700' });
    try {
      await near.waitFor((m) => m.id === '10000');
      const ids = near.messages.map((m) => Number(m.id));
      assert.deepEqual(
        ids,
        Array.from({ length: 300 }, (_, i) => 9701 + i),
      );
    } finally {
      await near.close();
    }
    // An id the log never had (ahead of it) is a reset too.
    const ahead = await SseClient.open(`${server.url}/api/events`, { 'last-event-id': '999999' });
    try {
      assert.equal((await ahead.waitFor((m) => m.event === 'reset')).id, '10000');
    } finally {
      await ahead.close();
    }
  });

  test('streams are capped per client address and in total', async () => {
    const server = await startTestServer({ streamLimits: { perAddress: 3, total: 5 } });
    servers.push(server);
    const mine = await Promise.all([1, 2, 3].map(() => SseClient.open(`${server.url}/api/events`)));
    const fourth = await request(server.url, '/api/events');
    assert.equal(fourth.status, 429);
    assert.equal(fourth.body.error.code, 'too_many_streams');
    const [a, b] = loopbackAddresses(3, 50);
    const others = await Promise.all([a, b].map((address) => neverReading(server.url, address, '')));
    sockets.push(...others);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const full = await new Promise<string>((resolve) => {
      const socket = net.connect(
        { host: '127.0.0.1', port: Number(new URL(server.url).port), localAddress: loopbackAddresses(1, 60)[0] },
        () => socket.write('GET /api/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => resolve(text));
    });
    assert.match(full, /^HTTP\/1\.1 503/);
    assert.match(full, /too_many_streams/);
    // A closed stream gives its slot back.
    await mine[0].close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await SseClient.open(`${server.url}/api/events`);
    await again.close();
    for (const client of mine.slice(1)) await client.close();
  });
});

describe('a client that stops reading', () => {
  /** Services enough for pipeEvents, with a stream whose writes never complete. */
  const setup = (limits: Partial<typeof DEFAULT_STREAM_LIMITS>) => {
    const bus = new MemoryEventBus();
    const finishers = new Set<() => void>();
    const s = {
      store: { bus, db: undefined, clock: () => new Date() },
      heartbeatMs: 20,
      streams: finishers,
      streamLimits: new StreamLimits({ ...DEFAULT_STREAM_LIMITS, ...limits }),
    } as unknown as AppServices;
    let writes = 0;
    const stream = {
      write: () => {
        writes += 1;
        return new Promise(() => undefined);
      },
      onAbort: () => undefined,
    };
    return { s, bus, stream: stream as never, writes: () => writes };
  };

  test('is dropped when its unsent bytes pass the buffer limit, and nothing more is queued', async () => {
    const { s, bus, stream, writes } = setup({ bufferBytes: 4096, stallMs: 60_000 });
    let dropped = 0;
    const done = pipeEvents(s, stream, { pad: false, drop: () => (dropped += 1) });
    for (let id = 1; id <= 1000; id++) bus.afterCommit([{ id, event: { type: 'queue-changed', category: 'general', waiting: id } }]);
    await done;
    assert.ok(dropped >= 1, 'the connection is cut');
    assert.ok(writes() <= 1, `writes wait for the client: ${writes()} started`);
  });

  test('is dropped when a write has waited longer than the stall limit', async () => {
    const { s, stream } = setup({ stallMs: 50 });
    let dropped = 0;
    const started = Date.now();
    await pipeEvents(s, stream, { pad: false, drop: () => (dropped += 1) });
    assert.equal(dropped, 1);
    assert.ok(Date.now() - started < 2000);
  });
});
