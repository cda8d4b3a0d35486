import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DB_KIND, kioskAuth, postJson, startTestServer, staff, windowAction, type TestServer } from './helpers.js';

const complete = (server: TestServer, window: string, body: unknown, headers: Record<string, string> = {}) =>
  postJson(server.url, `/api/windows/${window}/complete`, body, { ...staff, ...headers });

describe(`a retried complete (${DB_KIND})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  test('without a transactionId or an Idempotency-Key it is refused, not a second transaction', async () => {
    const res = await complete(server, '1', {});
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'transaction_id_required');
    assert.equal(res.body.error.issues[0].path, 'transactionId');
  });

  test('the same transactionId at the same window gets the first answer, token included', async () => {
    await postJson(server.url, '/api/tickets', { category: 'general' }, kioskAuth());
    await windowAction(server.url, '2', 'call-next');
    const first = await complete(server, '2', { transactionId: 'T-RETRY-0001', serviceItemCode: 'RS-002' });
    assert.equal(first.status, 200);
    assert.ok(first.body.ratingToken);
    // The answer was lost; the clerk's system sends it again, several times at once.
    const retries = await Promise.all(
      [1, 2, 3].map(() => complete(server, '2', { transactionId: 'T-RETRY-0001', serviceItemCode: 'RS-002' })),
    );
    for (const retry of retries) {
      assert.equal(retry.status, 200);
      assert.deepEqual(retry.body, first.body);
    }
    // The visitor can rate with the replayed token.
    const rated = await postJson(
      server.url,
      '/api/ratings',
      { transactionId: 'T-RETRY-0001', token: retries[0].body.ratingToken, level: 'satisfied', channel: 'window-pad' },
      { 'idempotency-key': 'rate-retry-0001' },
    );
    assert.equal(rated.status, 201);
  });

  test('another window or other content under the same transactionId is 409', async () => {
    await complete(server, '1', { transactionId: 'T-RETRY-0002' });
    const elsewhere = await complete(server, '3', { transactionId: 'T-RETRY-0002' });
    assert.equal(elsewhere.status, 409);
    assert.equal(elsewhere.body.error.code, 'transaction_exists');
    const otherItem = await complete(server, '1', { transactionId: 'T-RETRY-0002', serviceItemCode: 'GA-001' });
    assert.equal(otherItem.status, 409);
  });

  test('an Idempotency-Key replays the first answer; with another body or at another window it is not the same', async () => {
    const key = { 'idempotency-key': 'complete-key-0001' };
    const first = await complete(server, '3', {}, key);
    assert.equal(first.status, 200);
    const again = await Promise.all([1, 2].map(() => complete(server, '3', {}, key)));
    for (const retry of again) assert.deepEqual(retry.body, first.body);
    const otherBody = await complete(server, '3', { serviceItemCode: 'BDC-003' }, key);
    assert.equal(otherBody.status, 409);
    assert.equal(otherBody.body.error.code, 'idempotency_key_reused');
    // Keys are per window: the same key at another window is that window's own first call.
    const otherWindow = await complete(server, '1', {}, key);
    assert.equal(otherWindow.status, 200);
    assert.notEqual(otherWindow.body.rating.transactionId, first.body.rating.transactionId);
  });
});
