import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { CatalogIndex } from '@zhengwu/service-guide/search/catalog-index';
import {
  ApiErrorBody,
  Application,
  CalendarYear,
  CatalogResponse,
  Hall,
  Health,
  Rating,
  RatingStats,
  ServiceItem,
  Ticket,
  TicketReceipt,
  WindowActionResult,
} from '@zhengwu/core/contract';
import { DB_KIND, postJson, request, startTestServer, windowAction, type TestServer } from './helpers.js';

/** Fails with the valibot issues when a response breaks the contract. */
function assertShape<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  assert.ok(
    result.success,
    `contract broken: ${JSON.stringify(result.issues?.map((i) => [i.path?.map((p) => p.key).join('.'), i.message]))}`,
  );
  return result.output;
}

describe(`API contract (${DB_KIND})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  test('GET /api/health', async () => {
    const res = await request(server.url, '/api/health');
    assert.equal(res.status, 200);
    const health = assertShape(Health, res.body);
    assert.equal(health.database, DB_KIND);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  });

  test('GET /api/hall', async () => {
    const res = await request(server.url, '/api/hall');
    assert.equal(res.status, 200);
    const hall = assertShape(Hall, res.body);
    assert.equal(hall.windows.length, 3);
    assert.deepEqual(
      hall.categories.map((c) => [c.prefix, c.priority]),
      [
        ['A', false],
        ['B', true],
      ],
    );
  });

  test('GET /api/catalog with ETag and 304', async () => {
    const res = await request(server.url, '/api/catalog');
    assert.equal(res.status, 200);
    const catalog = assertShape(CatalogResponse, res.body);
    assert.equal(catalog.items.length, 3);
    assert.deepEqual(catalog.items[0].pinyin.initials, ['jmsfzhl']);
    // Summaries only: the full guide is fetched per item.
    assert.equal('materials' in (res.body.items[0] as object), false);
    const etag = res.headers.get('etag');
    assert.ok(etag);
    assert.equal(etag, `"${catalog.version}"`);

    const cached = await request(server.url, '/api/catalog', { headers: { 'if-none-match': etag } });
    assert.equal(cached.status, 304);
    assert.equal(cached.text, '');
    const weak = await request(server.url, '/api/catalog', { headers: { 'if-none-match': `"other", W/${etag}` } });
    assert.equal(weak.status, 304);
    const stale = await request(server.url, '/api/catalog', { headers: { 'if-none-match': '"stale"' } });
    assert.equal(stale.status, 200);
  });

  test('GET /api/catalog/search-index: the prebuilt index of that catalog version, with 304', async () => {
    const catalog = await request(server.url, '/api/catalog');
    const response = await fetch(`${server.url}/api/catalog/search-index`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/octet-stream');
    assert.equal(response.headers.get('etag'), catalog.headers.get('etag'));
    const bytes = await response.arrayBuffer();
    // The same code the browser runs reads it and finds what a freshly built index finds.
    const items = (catalog.body as CatalogResponse).items;
    const loaded = CatalogIndex.fromSerialized(items, bytes);
    const built = CatalogIndex.buildSync(items);
    for (const query of ['jmsfz', 'sfz', '身份证', 'b']) assert.deepEqual(loaded.search(query).all(), built.search(query).all(), query);
    assert.ok(loaded.search('sfz').all().length > 0);
    const cached = await fetch(`${server.url}/api/catalog/search-index`, { headers: { 'if-none-match': catalog.headers.get('etag')! } });
    assert.equal(cached.status, 304);
  });

  test('GET /api/catalog/search-index is sent compressed to a client that takes it, raw to one that does not', async () => {
    const raw = await fetch(`${server.url}/api/catalog/search-index`, { headers: { 'accept-encoding': 'identity' } });
    const rawBytes = await raw.arrayBuffer();
    assert.equal(raw.headers.get('content-encoding'), null);
    for (const encoding of ['br', 'gzip']) {
      const response = await fetch(`${server.url}/api/catalog/search-index`, { headers: { 'accept-encoding': encoding } });
      assert.equal(response.headers.get('content-encoding'), encoding);
      assert.equal(response.headers.get('vary'), 'Accept-Encoding');
      // fetch decodes it: the same bytes as the raw index.
      assert.deepEqual(new Uint8Array(await response.arrayBuffer()), new Uint8Array(rawBytes));
    }
  });

  test('GET /api/catalog/{code}: the full guide, 404 JSON when unknown', async () => {
    const res = await request(server.url, '/api/catalog/GA-001');
    assert.equal(res.status, 200);
    const item = assertShape(ServiceItem, res.body);
    assert.equal(item.name, '居民身份证换领');
    assert.equal(item.materials.length, 1);
    assert.deepEqual(item.pinyin.full, ['ju min shen fen zheng huan ling']);

    for (const code of ['NOPE-404', '%E4%B8%AD', 'a'.repeat(300)]) {
      const missing = await request(server.url, `/api/catalog/${code}`);
      assert.equal(missing.status, 404);
      assertShape(ApiErrorBody, missing.body);
    }
  });

  test('GET /api/calendar/{year}: stored, provisional, or 400', async () => {
    const stored = assertShape(CalendarYear, (await request(server.url, '/api/calendar/2026')).body);
    assert.equal(stored.provisional, false);
    assert.ok(stored.holidays.includes('2026-10-01'));

    const unknown = await request(server.url, '/api/calendar/2031');
    assert.equal(unknown.status, 200);
    assert.deepEqual(assertShape(CalendarYear, unknown.body), { year: 2031, provisional: true, holidays: [], workdays: [] });

    for (const year of ['1999', '2101', 'abcd', '20266', '-1']) {
      const bad = await request(server.url, `/api/calendar/${year}`);
      assert.equal(bad.status, 400, year);
      assertShape(ApiErrorBody, bad.body);
    }
  });

  test('POST /api/tickets and GET /api/tickets/{id}', async () => {
    const res = await postJson(server.url, '/api/tickets', { category: 'general' });
    assert.equal(res.status, 201);
    const ticket = assertShape(TicketReceipt, res.body);
    assert.match(ticket.number, /^A\d{3}$/);
    assert.equal(ticket.status, 'waiting');
    assert.equal(ticket.hallName, '测试市政务服务中心');
    assert.equal(res.headers.get('location'), `/api/tickets/${ticket.id}`);

    // Only with the secret from the receipt.
    const again = await request(server.url, `/api/tickets/${ticket.id}`, { headers: { authorization: `Bearer ${ticket.secret}` } });
    assert.equal(again.status, 200);
    assert.deepEqual(assertShape(Ticket, again.body).number, ticket.number);
    assert.equal(again.body.secret, undefined);

    for (const headers of [{}, { authorization: `Bearer ${'x'.repeat(22)}` }] as Record<string, string>[]) {
      const refused = await request(server.url, `/api/tickets/${ticket.id}`, { headers });
      assert.equal(refused.status, 404);
    }
    const missing = await request(server.url, '/api/tickets/00000000-0000-0000-0000-000000000000', {
      headers: { authorization: `Bearer ${ticket.secret}` },
    });
    assert.equal(missing.status, 404);
    assertShape(ApiErrorBody, missing.body);

    const unknown = await postJson(server.url, '/api/tickets', { category: 'nope' });
    assert.equal(unknown.status, 422);
    assert.equal(assertShape(ApiErrorBody, unknown.body).error.issues?.[0].path, 'category');
  });

  test('window actions: call-next, recall, complete', async () => {
    const unauthorized = await request(server.url, '/api/windows/2/call-next', { method: 'POST' });
    assert.equal(unauthorized.status, 401);
    assertShape(ApiErrorBody, unauthorized.body);
    assert.match(unauthorized.headers.get('www-authenticate') ?? '', /Bearer/);
    const wrong = await request(server.url, '/api/windows/2/call-next', {
      method: 'POST',
      headers: { authorization: 'Bearer wrong' },
    });
    assert.equal(wrong.status, 401);

    await postJson(server.url, '/api/tickets', { category: 'general' });
    const called = await windowAction(server.url, '2', 'call-next');
    assert.equal(called.status, 200);
    const result = assertShape(WindowActionResult, called.body);
    assert.equal(result.ticket?.status, 'called');
    assert.equal(result.ticket?.window, '2');

    const recalled = assertShape(WindowActionResult, (await windowAction(server.url, '2', 'recall')).body);
    assert.equal(recalled.ticket?.id, result.ticket?.id);

    const completed = await windowAction(server.url, '2', 'complete', { serviceItemCode: 'RS-002' });
    assert.equal(completed.status, 200);
    const done = assertShape(WindowActionResult, completed.body);
    assert.equal(done.ticket?.status, 'done');
    assert.equal(done.rating?.ticketNumber, result.ticket?.number);

    const unknownWindow = await windowAction(server.url, '99', 'call-next');
    assert.equal(unknownWindow.status, 404);
    assertShape(ApiErrorBody, unknownWindow.body);
  });

  test('POST /api/ratings and GET /api/ratings/stats', async () => {
    const completed = await windowAction(server.url, '3', 'complete', {});
    const done = assertShape(WindowActionResult, completed.body);
    const target = done.rating!;
    const res = await postJson(
      server.url,
      '/api/ratings',
      { transactionId: target.transactionId, token: done.ratingToken, level: 'satisfied', channel: 'window-pad' },
      { 'idempotency-key': 'api-contract-1' },
    );
    assert.equal(res.status, 201);
    const rating = assertShape(Rating, res.body);
    assert.deepEqual(rating.target, target);

    const stats = await request(server.url, '/api/ratings/stats');
    assert.equal(stats.status, 200);
    const body = assertShape(RatingStats, stats.body);
    assert.ok(body.total >= 1);
    assert.equal(body.byDay.length, 30);
  });

  test('GET /api/progress', async () => {
    const res = await request(server.url, '/api/progress?id=SQ2026112200001&secret=8273');
    assert.equal(res.status, 200);
    const application = assertShape(Application, res.body);
    assert.equal(application.applicant, '张*三');
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  test('GET /api/openapi.json', async () => {
    const res = await request(server.url, '/api/openapi.json');
    assert.equal(res.status, 200);
    assert.equal(res.body.openapi, '3.1.0');
  });

  test('unknown routes and methods answer 404 JSON', async () => {
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['GET', '/'],
      ['POST', '/api/hall'],
      ['GET', '/api/windows/1/call-next'],
      ['DELETE', '/api/tickets'],
    ]) {
      const res = await request(server.url, path, { method });
      assert.equal(res.status, 404, `${method} ${path}`);
      assertShape(ApiErrorBody, res.body);
    }
  });
});
