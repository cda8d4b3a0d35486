import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as v from 'valibot';
import { ApiErrorBody } from '@zhengwu/core/contract';
import { DB_KIND, STAFF_TOKEN, postJson, request, startTestServer, windowAction, type TestServer } from './helpers.js';

/** Breaks the database under a running server: the tickets table disappears. */
async function dropTickets(server: TestServer): Promise<void> {
  if (server.place.databaseUrl) {
    const client = new pg.Client({ connectionString: server.place.databaseUrl });
    await client.connect();
    await client.query('drop table tickets cascade');
    await client.end();
  } else {
    const db = new Database(`${server.place.dataDir}/hall.db`);
    db.exec('drop table tickets');
    db.close();
  }
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** Raw HTTP, so that any method may carry any body, chunked or with a length. */
function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
  chunked = false,
): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        agent: false,
        headers:
          body === undefined
            ? headers
            : chunked
              ? { ...headers, 'transfer-encoding': 'chunked' }
              : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const isStream = (res.headers['content-type'] ?? '').includes('text/event-stream');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
        res.on('error', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
        // An event stream never ends by itself: its status is enough.
        if (isStream) {
          resolve({ status: res.statusCode!, headers: res.headers, text: '' });
          req.destroy();
        }
      },
    );
    req.on('error', reject);
    if (body !== undefined) {
      if (chunked) {
        const buffer = Buffer.from(body);
        for (let i = 0; i < buffer.length; i += 4096) req.write(buffer.subarray(i, i + 4096));
      } else {
        req.write(body);
      }
    }
    req.end();
  });
}

const ENDPOINTS: Array<[string, string]> = [
  ['GET', '/api/health'],
  ['GET', '/api/hall'],
  ['GET', '/api/catalog'],
  ['GET', '/api/catalog/GA-001'],
  ['GET', '/api/calendar/2026'],
  ['GET', '/api/tickets/00000000-0000-0000-0000-000000000000'],
  ['GET', '/api/events?window=1'],
  ['GET', '/api/progress?id=SQ2026112200001&secret=0000'],
  ['GET', '/api/ratings/stats'],
  ['GET', '/api/openapi.json'],
  ['POST', '/api/tickets'],
  ['POST', '/api/windows/1/call-next'],
  ['POST', '/api/windows/1/recall'],
  ['POST', '/api/windows/1/complete'],
  ['POST', '/api/ratings'],
];

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const BODIES: string[] = [
  '{',
  '{"category":',
  'nul',
  '[1,2',
  '{"a":1}}',
  '\u0000',
  '\ufeff{}',
  '"\\ud800"',
  'null',
  '1',
  '-1e400',
  '"text"',
  'true',
  '[]',
  '[{}]',
  '{}',
  '{"category":1}',
  '{"category":null}',
  '{"category":{}}',
  '{"category":["general"]}',
  '{"category":"general","priority":"true"}',
  '{"category":"general","appointmentCode":12345}',
  '{"transactionId":123,"level":5,"channel":null}',
  '{"transactionId":"T-1","level":"satisfied","channel":"window-pad","reasons":"x"}',
  '{"transactionId":"T-1","level":"satisfied","channel":"window-pad","reasons":[1,2]}',
  '{"transactionId":"T-1","level":"satisfied","channel":"window-pad","ratedAt":"yesterday"}',
  '{"transactionId":"T-1","level":"satisfied","channel":"window-pad","phone":13812345678}',
  '{"transactionId":"T-1","level":"dissatisfied","channel":"window-pad","reasons":[' + Array(25).fill('"other"').join(',') + ']}',
  '{"__proto__":{"polluted":true},"category":"general"}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"transactionId":"' + 'x'.repeat(60) + '"}',
  '{"serviceItemCode":"../../etc/passwd"}',
  '{"serviceItemCode":"GA-001","transactionId":"\'; drop table tickets; --"}',
  deep(3000),
  JSON.stringify({ comment: '好'.repeat(600) }),
];

describe(`malformed requests never cause a 5xx (${DB_KIND})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ progressRateLimit: { limit: 100_000, windowMs: 60_000 } });
  });
  after(async () => {
    await server.close();
  });

  const auth = (path: string) => ({
    ...(path.startsWith('/api/windows') ? { authorization: `Bearer ${STAFF_TOKEN}` } : {}),
    ...(path === '/api/ratings' ? { 'idempotency-key': `robust-${Math.random()}` } : {}),
  });

  function assertClientError(res: RawResponse, what: string): void {
    assert.ok(res.status < 500, `${what} → ${res.status} ${res.text.slice(0, 200)}`);
    if (res.status >= 400) {
      const body = JSON.parse(res.text);
      assert.ok(v.is(ApiErrorBody, body), `${what}: error body ${res.text.slice(0, 200)}`);
      assert.doesNotMatch(res.text, /\bat .*\.ts:\d+|node_modules|SQLITE|syntax error at/i, `${what} leaks internals`);
    }
  }

  test('malformed and wrong-typed JSON bodies to every endpoint', async () => {
    for (const [method, path] of ENDPOINTS) {
      for (const body of BODIES) {
        const res = await send(server.url, method, path, { 'content-type': 'application/json', ...auth(path) }, body);
        assertClientError(res, `${method} ${path} ${body.slice(0, 40)}`);
        if (method === 'POST' && body === '{') assert.equal(res.status, 400, `${path} invalid JSON`);
      }
    }
  });

  test('oversized bodies are 413, with or without a length', async () => {
    const big = JSON.stringify({ category: 'general', pad: 'x'.repeat(20_000) });
    for (const [method, path] of ENDPOINTS) {
      for (const chunked of [false, true]) {
        const res = await send(server.url, method, path, { 'content-type': 'application/json', ...auth(path) }, big, chunked);
        assertClientError(res, `${method} ${path} ${chunked ? 'chunked' : 'sized'} 20 KB`);
        if (method === 'POST') assert.equal(res.status, 413, `${method} ${path}`);
      }
    }
    // The server is still there.
    assert.equal((await request(server.url, '/api/health')).status, 200);
  });

  test('bodies that are not JSON are 415', async () => {
    for (const [method, path] of ENDPOINTS.filter(([m]) => m === 'POST')) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
        const headers: Record<string, string> = { ...auth(path) };
        if (type) headers['content-type'] = type;
        const res = await send(server.url, method, path, headers, 'category=general');
        assertClientError(res, `${path} as ${type || 'no type'}`);
        assert.equal(res.status, 415, `${path} as ${type || 'no type'}`);
      }
    }
  });

  test('odd paths, queries and headers', async () => {
    const paths = [
      '/api/catalog/%zz',
      '/api/catalog/%00',
      '/api/catalog/..%2F..%2Fetc',
      '/api/tickets/%E4%B8%AD%E6%96%87',
      `/api/tickets/${'9'.repeat(5000)}`,
      '/api/calendar/%zz',
      '/api/windows/%zz/call-next',
      `/api/progress?id=SQ2026112200001&secret=8273&${'x=1&'.repeat(500)}`,
      '/api/progress?id=SQ2026112200001&id=SQ2&secret=8273',
      '/api/progress?id[]=1&secret=1234',
      '/api/progress?id=%zz&secret=1234',
      '/api/ratings/stats?from=2026-02-30&to=2026-03-01',
      '/api/ratings/stats?window=%00',
      '/api/events?window=1&window=2',
      '/api/events?lastEventId=1e3',
      '/api//hall',
      '/api/hall/',
      '/api/hall?x=%zz',
    ];
    for (const path of paths) {
      for (const method of ['GET', 'POST']) {
        const res = await send(
          server.url,
          method,
          path,
          { 'content-type': 'application/json', authorization: `Bearer ${STAFF_TOKEN}`, 'idempotency-key': 'odd' },
          '{}',
        );
        assertClientError(res, `${method} ${path.slice(0, 80)}`);
      }
    }
    for (const authorization of ['Bearer', 'Basic abc', `Bearer ${STAFF_TOKEN} extra`, 'Bearer ' + 'x'.repeat(4000)]) {
      const res = await send(server.url, 'POST', '/api/windows/1/call-next', { authorization });
      assert.equal(res.status, 401, authorization.slice(0, 30));
    }
  });

  test('an error inside the server is a generic 500 without details', async () => {
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await dropTickets(server);
      const res = await postJson(server.url, '/api/tickets', { category: 'general' });
      assert.equal(res.status, 500);
      assert.deepEqual(res.body, { error: { code: 'internal_error', message: 'Something went wrong on the server.' } });
      assert.doesNotMatch(res.text, /tickets|stack|\.ts/);
      const call = await windowAction(server.url, '1', 'call-next');
      assert.equal(call.status, 500);
      assert.ok(logged.length >= 2, 'the server logged what happened');
    } finally {
      console.error = original;
    }
  });
});

describe(`CORS (${DB_KIND})`, () => {
  let closed: TestServer;
  let open: TestServer;
  before(async () => {
    closed = await startTestServer();
    open = await startTestServer({ corsOrigins: ['https://portal.example.gov.cn'] });
  });
  after(async () => {
    await closed.close();
    await open.close();
  });

  test('no cross-origin access unless configured', async () => {
    const res = await request(closed.url, '/api/hall', { headers: { origin: 'https://portal.example.gov.cn' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test('configured origins may send Idempotency-Key and Last-Event-ID', async () => {
    const preflight = await request(open.url, '/api/ratings', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal.example.gov.cn',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    assert.ok(preflight.status === 204 || preflight.status === 200);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://portal.example.gov.cn');
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['idempotency-key', 'last-event-id', 'content-type']) assert.ok(allowed.includes(header), header);

    const other = await request(open.url, '/api/hall', { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const mine = await request(open.url, '/api/catalog', { headers: { origin: 'https://portal.example.gov.cn' } });
    assert.equal(mine.headers.get('access-control-allow-origin'), 'https://portal.example.gov.cn');
    assert.match(mine.headers.get('access-control-expose-headers') ?? '', /ETag/i);
    // Errors carry the CORS headers too, or the page could not read why it failed.
    const refused = await postJson(open.url, '/api/tickets', { category: 'nope' }, { origin: 'https://portal.example.gov.cn' });
    assert.equal(refused.status, 422);
    assert.equal(refused.headers.get('access-control-allow-origin'), 'https://portal.example.gov.cn');
    const unauthorized = await request(open.url, '/api/windows/1/call-next', {
      method: 'POST',
      headers: { origin: 'https://portal.example.gov.cn' },
    });
    assert.equal(unauthorized.status, 401);
    assert.equal(unauthorized.headers.get('access-control-allow-origin'), 'https://portal.example.gov.cn');
    assert.equal(unauthorized.headers.get('x-content-type-options'), 'nosniff');
  });

  test('every path answers an allowed origin with CORS headers, so a page can tell a wrong address from a refusal', async () => {
    const origin = 'https://portal.example.gov.cn';
    // A 404 inside /api, one outside (an api-base missing /api), health and a bad query.
    for (const [path, status] of [
      ['/api/no-such-thing', 404],
      ['/hall', 404],
      ['/', 404],
      ['/api/health', 200],
      ['/api/ratings/stats?from=x', 400],
    ] as const) {
      const res = await request(open.url, path, { headers: { origin } });
      assert.equal(res.status, status, path);
      assert.equal(res.headers.get('access-control-allow-origin'), origin, path);
      assert.match(res.headers.get('vary') ?? '', /Origin/, path);
      if (status === 404) assert.equal(res.body.error.code, 'not_found', path);
      const foreign = await request(open.url, path, { headers: { origin: 'https://evil.example' } });
      assert.equal(foreign.headers.get('access-control-allow-origin'), null, path);
    }
    const preflight = await request(open.url, '/hall', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), origin);
  });

  // Last in this group: it breaks the database under the open server.
  test('a 500 from a failure inside the server carries the CORS headers too', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      await dropTickets(open);
      const res = await postJson(open.url, '/api/tickets', { category: 'general' }, { origin: 'https://portal.example.gov.cn' });
      assert.equal(res.status, 500);
      assert.equal(res.body.error.code, 'internal_error');
      assert.equal(res.headers.get('access-control-allow-origin'), 'https://portal.example.gov.cn');
    } finally {
      console.error = original;
    }
  });
});
