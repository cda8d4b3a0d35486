import assert from 'node:assert/strict';
import net from 'node:net';
import { after, describe, test } from 'node:test';
import { connect } from '../src/db/connect.js';
import { createTestDatabase, DB_KIND, postJson, startTestServer, windowAction, type TestServer } from './helpers.js';

/** Sends `chunks` over a raw socket, `gapMs` apart; resolves with what came back and when the socket closed. */
function rawExchange(url: string, chunks: string[], gapMs = 0, waitMs = 5000): Promise<{ text: string; closedAfterMs: number }> {
  const port = Number(new URL(url).port);
  return new Promise((resolve) => {
    const started = Date.now();
    let text = '';
    const socket = net.connect(port, '127.0.0.1', async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) break;
        socket.write(chunk);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    });
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closedAfterMs: Date.now() - started });
    });
  });
}

const jsonBody = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));

describe(`the HTTP layer (${DB_KIND})`, () => {
  const servers: TestServer[] = [];
  after(async () => {
    for (const server of servers) await server.close();
  });
  const start = async (options: Parameters<typeof startTestServer>[0] = {}) => {
    const server = await startTestServer(options);
    servers.push(server);
    return server;
  };

  test('a request without Host, or with an expectation it cannot meet, gets a JSON error', async () => {
    const server = await start();
    const noHost = await rawExchange(server.url, ['GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n']);
    assert.match(noHost.text, /^HTTP\/1\.1 400/);
    assert.equal(jsonBody(noHost.text).error.code, 'bad_request');
    const expect = await rawExchange(server.url, ['POST /api/tickets HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n']);
    assert.match(expect.text, /^HTTP\/1\.1 417/);
    assert.equal(jsonBody(expect.text).error.code, 'expectation_failed');
  });

  test('slowly sent headers and bodies are cut off (408 JSON), not held for minutes', async () => {
    const server = await start({ http: { headersTimeoutMs: 600, requestTimeoutMs: 1500 } });
    const headers = await rawExchange(
      server.url,
      ['GET /api/health HTTP/1.1\r\n', 'Host: x\r\n', 'X-Slow: 1\r\n', 'X-Slow: 2\r\n', 'X-Slow: 3\r\n', 'X-Slow: 4\r\n'],
      300,
    );
    assert.match(headers.text, /^HTTP\/1\.1 408/);
    assert.ok(headers.closedAfterMs < 3000, `closed after ${headers.closedAfterMs} ms`);
    const body = '{"category":"general"}';
    const slowBody = await rawExchange(
      server.url,
      [
        `POST /api/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
        ...body.split(''),
      ],
      200,
    );
    assert.ok(slowBody.closedAfterMs < 4000, `closed after ${slowBody.closedAfterMs} ms`);
    assert.match(slowBody.text, /^HTTP\/1\.1 408/);
    assert.equal(jsonBody(slowBody.text).error.code, 'request_rejected');
  });

  test('connections beyond the cap are refused', async () => {
    const server = await start({ http: { maxConnections: 5 } });
    const port = Number(new URL(server.url).port);
    const held = await Promise.all(
      Array.from(
        { length: 5 },
        () =>
          new Promise<net.Socket>((resolve) => {
            const s = net.connect(port, '127.0.0.1', () => resolve(s));
          }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const extra = await rawExchange(server.url, ['GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n'], 0, 3000);
    assert.equal(extra.text, '', 'closed without an answer');
    assert.ok(extra.closedAfterMs < 2000);
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await rawExchange(server.url, ['GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']);
    assert.match(after.text, /^HTTP\/1\.1 200/);
  });

  test('one address cannot take every connection', async () => {
    const server = await start({ http: { maxConnectionsPerAddress: 3 } });
    const port = Number(new URL(server.url).port);
    const open = (localAddress: string) =>
      new Promise<net.Socket>((resolve) => {
        const socket = net.connect({ port, host: '127.0.0.1', localAddress }, () => resolve(socket));
      });
    const held = await Promise.all([1, 2, 3].map(() => open('127.0.0.7')));
    const fourth = await open('127.0.0.7');
    const closed = await new Promise<boolean>((resolve) => {
      fourth.on('close', () => resolve(true));
      fourth.on('error', () => undefined);
      setTimeout(() => resolve(false), 2000);
    });
    assert.ok(closed, 'the fourth connection from one address is closed');
    const other = await open('127.0.0.8');
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      other.on('data', (chunk) => (text += chunk));
      other.on('end', () => resolve(text));
      other.write('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    assert.match(answer, /^HTTP\/1\.1 200/);
    for (const socket of held) socket.destroy();
  });

  test('idempotency keys are forgotten after their retention', async () => {
    const place = await createTestDatabase();
    let now = new Date('2026-11-24T02:00:00Z');
    const first = await startTestServer({ clock: () => now }, place);
    try {
      const done = (await windowAction(first.url, '1', 'complete', {})).body;
      const rated = await postJson(
        first.url,
        '/api/ratings',
        { transactionId: done.rating.transactionId, token: done.ratingToken, level: 'satisfied', channel: 'window-pad' },
        { 'idempotency-key': 'retained-key-1' },
      );
      assert.equal(rated.status, 201);
    } finally {
      await first.close();
    }
    const keys = async () => {
      const database = connect({ dataDir: place.dataDir, databaseUrl: place.databaseUrl });
      try {
        return (await database.db.selectFrom('idempotency_keys').select('key').execute()).map((row) => row.key);
      } finally {
        await database.close();
      }
    };
    assert.ok((await keys()).includes('retained-key-1'));
    now = new Date(now.getTime() + 31 * 86_400_000);
    const later = await startTestServer({ clock: () => now }, place);
    try {
      assert.deepEqual(await keys(), []);
    } finally {
      await later.close();
      await place.drop();
    }
  });
});
