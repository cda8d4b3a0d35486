import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { RatingRequest } from '@zhengwu/core/contract';
import { loopbackAddresses, requestFrom } from './addresses.js';
import { DB_KIND, kioskAuth, postJson, startTestServer, type TestServer } from './helpers.js';
import { act, queueSeed, take } from './queue-helpers.js';

describe(`rating by ticket (${DB_KIND})`, () => {
  let server: TestServer;
  let now = new Date('2026-11-23T01:00:00Z');
  const claim = (body: unknown) => postJson(server.url, '/api/tickets/rating-token', body);
  /** A ticket taken, called at window 4 and (unless told otherwise) completed there. */
  const served = async (complete = true) => {
    const ticket = await take(server.url, { category: 'property' }, kioskAuth());
    await act(server.url, '4', 'call-next');
    const done = complete ? (await act(server.url, '4', 'complete', { serviceItemCode: 'BDC-003' })).body : undefined;
    return { ticket, done };
  };
  before(async () => {
    server = await startTestServer({
      seed: queueSeed,
      clock: () => now,
      tarpitMs: 0,
      ticketGuessLimit: { perTarget: 3, perAddress: 6, addressWindowMs: 60_000, targetLockMs: 60_000 },
    });
  });
  after(async () => {
    await server.close();
  });

  test('by the phone link: not before the business is completed, then once', async () => {
    const ticket = await take(server.url, { category: 'property' }, kioskAuth());
    const early = await claim({ id: ticket.id, secret: ticket.secret });
    assert.equal(early.status, 409);
    assert.equal(early.body.error.code, 'not_completed');
    await act(server.url, '4', 'call-next');
    assert.equal((await claim({ id: ticket.id, secret: ticket.secret })).body.error.code, 'not_completed');
    const done = (await act(server.url, '4', 'complete', { serviceItemCode: 'BDC-003' })).body;

    const res = await claim({ id: ticket.id, secret: ticket.secret });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const request = v.parse(RatingRequest, res.body);
    assert.deepEqual(request.target, done.rating);
    assert.equal(request.target.ticketNumber, ticket.number);
    assert.equal(request.token, done.ratingToken, "the pad's token, signed the same way");

    const wrong = await claim({ id: ticket.id, secret: 'A'.repeat(22) });
    assert.equal(wrong.status, 404);
    assert.equal(wrong.body.error.code, 'unknown_ticket');

    const rated = await postJson(
      server.url,
      '/api/ratings',
      { transactionId: request.target.transactionId, token: request.token, level: 'very-satisfied', channel: 'qr-code' },
      { 'idempotency-key': `ticket-rating-${ticket.id}` },
    );
    assert.equal(rated.status, 201);
    const again = await claim({ id: ticket.id, secret: ticket.secret });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_rated');
  });

  test('by number and short code: today’s tickets only', async () => {
    const { ticket, done } = await served();
    const res = await claim({ number: ticket.number, shortCode: ticket.shortCode });
    assert.equal(res.status, 200);
    assert.equal(res.body.target.transactionId, done!.rating.transactionId);
    const wrong = await claim({ number: ticket.number, shortCode: ticket.shortCode === '000000' ? '000001' : '000000' });
    assert.equal(wrong.status, 404);
    const bad = await claim({ number: ticket.number, shortCode: '12345' });
    assert.equal(bad.status, 422);
    assert.equal((await claim({ number: ticket.number })).status, 422);

    now = new Date('2026-11-24T01:00:00Z');
    const yesterday = await claim({ number: ticket.number, shortCode: ticket.shortCode });
    assert.equal(yesterday.status, 404, 'numbers restart daily: yesterday’s is not today’s');
  });

  test('wrong short codes are limited per number and per address (429)', async () => {
    now = new Date('2026-11-25T01:00:00Z');
    const { ticket } = await served();
    const [guesser, other, third] = loopbackAddresses(3, 80);
    const from = (address: string, body: unknown) =>
      requestFrom(address, `${server.url}/api/tickets/rating-token`, { method: 'POST', body: JSON.stringify(body) });
    const wrongCode = ticket.shortCode === '999999' ? '999998' : '999999';
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await from(guesser, { number: ticket.number, shortCode: wrongCode })).status);
    assert.deepEqual(statuses, [404, 404, 404, 429, 429]);
    // The number is locked for a while, whoever asks, even with the right code.
    const locked = await from(other, { number: ticket.number, shortCode: ticket.shortCode });
    assert.equal(locked.status, 429);
    assert.ok(Number(locked.headers['retry-after']) > 0);
    // Per address: guessing across numbers runs out too.
    const numbers = [];
    for (let i = 0; i < 3; i++) numbers.push((await served()).ticket);
    const spread = [];
    for (const [index, target] of [...numbers, ...numbers].entries()) {
      spread.push((await from(third, { number: target.number, shortCode: target.shortCode === '111111' ? '111112' : '111111' })).status);
      void index;
    }
    assert.deepEqual(spread, [404, 404, 404, 404, 404, 404]);
    assert.equal((await from(third, { number: numbers[0].number, shortCode: numbers[0].shortCode })).status, 429);
    // A right code elsewhere works and costs nothing.
    assert.equal((await from(other, { number: numbers[1].number, shortCode: numbers[1].shortCode })).status, 200);
  });
});
