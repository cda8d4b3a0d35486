import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { Ticket, TicketReceipt } from '@zhengwu/core/contract';
import { loopbackAddresses, requestFrom } from './addresses.js';
import { DB_KIND, kioskAuth, postJson, request, startTestServer, type TestServer } from './helpers.js';
import { act, follow, queryRows, queueSeed, take } from './queue-helpers.js';

describe(`ticket receipts, idempotent issuing and appointments (${DB_KIND})`, () => {
  let server: TestServer;
  let now = new Date('2026-11-23T01:00:00Z'); // 09:00 in Beijing
  before(async () => {
    server = await startTestServer({
      seed: queueSeed,
      clock: () => now,
      tarpitMs: 0,
      ticketGuessLimit: { perAddress: 5, addressWindowMs: 60_000 },
    });
  });
  after(async () => {
    await server.close();
  });

  test('the receipt has the secret and the short code; following the ticket needs the secret', async () => {
    const res = await postJson(server.url, '/api/tickets', { category: 'general' });
    assert.equal(res.status, 201);
    const receipt = v.parse(TicketReceipt, res.body);
    assert.match(receipt.secret, /^[A-Za-z0-9_-]{22}$/);
    assert.equal(Buffer.from(receipt.secret, 'base64url').length, 16);
    assert.match(receipt.shortCode, /^\d{6}$/);
    assert.equal(res.headers.get('cache-control'), 'no-store');

    const followed = await follow(server.url, receipt);
    assert.equal(followed.status, 200);
    const ticket = v.parse(Ticket, followed.body);
    assert.equal(ticket.number, receipt.number);
    assert.equal(followed.body.secret, undefined);
    assert.equal(followed.body.shortCode, undefined);

    // Without it, with another ticket's, or with a wrong one: 404, as for an unknown id.
    const other = await take(server.url, { category: 'general' });
    for (const authorization of [
      undefined,
      `Bearer ${other.secret}`,
      `Bearer ${receipt.secret.slice(0, 21)}${receipt.secret.endsWith('A') ? 'B' : 'A'}`,
      'Bearer',
      `Basic ${receipt.secret}`,
    ]) {
      const refused = await request(server.url, `/api/tickets/${receipt.id}`, { headers: authorization ? { authorization } : {} });
      assert.equal(refused.status, 404, authorization);
      assert.equal(refused.body.error.code, 'unknown_ticket');
    }
    const unknown = await request(server.url, '/api/tickets/00000000-0000-4000-8000-000000000000', {
      headers: { authorization: `Bearer ${receipt.secret}` },
    });
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.body, (await request(server.url, `/api/tickets/${receipt.id}`)).body, 'the same answer');

    // The database keeps hashes only.
    const secrets = new Set([receipt.secret, receipt.shortCode]);
    const rows = await queryRows(server, 'select * from tickets');
    assert.ok(rows.some((row) => row.id === receipt.id && typeof row.secret_hash === 'string'));
    for (const row of rows) for (const value of Object.values(row)) assert.ok(!secrets.has(String(value)));
  });

  test('the same Idempotency-Key answers the same receipt and never a second number', async () => {
    const first = await postJson(server.url, '/api/tickets', { category: 'property' }, { 'idempotency-key': 'tap-1' });
    assert.equal(first.status, 201);
    const again = await postJson(server.url, '/api/tickets', { category: 'property' }, { 'idempotency-key': 'tap-1' });
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body, 'the same receipt, secret and short code included');
    // Another body under that key is a conflict; another key is another ticket.
    const otherBody = await postJson(server.url, '/api/tickets', { category: 'general' }, { 'idempotency-key': 'tap-1' });
    assert.equal(otherBody.status, 409);
    assert.equal(otherBody.body.error.code, 'idempotency_key_reused');
    const second = await take(server.url, { category: 'property' }, { 'idempotency-key': 'tap-2' });
    assert.notEqual(second.number, first.body.number);
    // A key is scoped to its kiosk (or client address): the same key from a kiosk is its own ticket.
    const kiosk = await take(server.url, { category: 'property' }, { 'idempotency-key': 'tap-1', ...kioskAuth('lobby-1') });
    assert.notEqual(kiosk.id, first.body.id);
    const kioskAgain = await take(server.url, { category: 'property' }, { 'idempotency-key': 'tap-1', ...kioskAuth('lobby-1') });
    assert.equal(kioskAgain.id, kiosk.id);
    const [elsewhere] = loopbackAddresses(1, 40);
    const fromElsewhere = await requestFrom(elsewhere, `${server.url}/api/tickets`, {
      method: 'POST',
      headers: { 'idempotency-key': 'tap-1' },
      body: JSON.stringify({ category: 'property' }),
    });
    assert.equal(fromElsewhere.status, 201);
    assert.notEqual(fromElsewhere.body.id, first.body.id);
  });

  test('20 parallel identical requests (a double tap, a retry storm) take one number', async () => {
    for (const headers of [{}, kioskAuth('lobby-2')]) {
      const key = `storm-${Object.keys(headers).length}`;
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          postJson(server.url, '/api/tickets', { category: 'general' }, { ...headers, 'idempotency-key': key }),
        ),
      );
      assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
      assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
      assert.equal(new Set(answers.map((a) => a.body.secret)).size, 1);
    }
    // The numbers went on without a gap: exactly two were taken.
    const before = await take(server.url, { category: 'priority' }, kioskAuth());
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postJson(server.url, '/api/tickets', { category: 'priority' }, { ...kioskAuth(), 'idempotency-key': `k${i % 2}` }),
      ),
    );
    assert.equal(new Set(burst.map((a) => a.body.number)).size, 2);
    const afterwards = await take(server.url, { category: 'priority' }, kioskAuth());
    assert.equal(Number(afterwards.number.slice(1)) - Number(before.number.slice(1)), 3);
  });

  test('appointment check-in: only with a code of today in an appointment category; once; ahead of walk-ins', async () => {
    const missing = await postJson(server.url, '/api/tickets', { category: 'booked' });
    assert.equal(missing.status, 422);
    assert.equal(missing.body.error.code, 'appointment_code_required');
    const unknown = await postJson(server.url, '/api/tickets', { category: 'booked', appointmentCode: 'NOPE0000' });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'unknown_appointment');
    const wrongCategory = await postJson(server.url, '/api/tickets', { category: 'booked', appointmentCode: 'GEN00001' });
    assert.equal(wrongCategory.status, 404);

    const booked = await take(server.url, { category: 'booked', appointmentCode: 'BOOK0001' }, kioskAuth());
    assert.equal(booked.appointment, true);
    assert.match(booked.number, /^Y\d{3}$/);
    const used = await postJson(server.url, '/api/tickets', { category: 'booked', appointmentCode: 'BOOK0001' }, kioskAuth());
    assert.equal(used.status, 409);
    assert.equal(used.body.error.code, 'appointment_used');

    // The same code at ten kiosks at once: one ticket.
    const race = await Promise.all(
      loopbackAddresses(10, 100).map((address, i) =>
        requestFrom(address, `${server.url}/api/tickets`, {
          method: 'POST',
          headers: kioskAuth(`kiosk-${i}`),
          body: JSON.stringify({ category: 'booked', appointmentCode: 'BOOK0002' }),
        }),
      ),
    );
    assert.deepEqual(race.map((answer) => answer.status).sort(), [201, ...Array(9).fill(409)]);

    // In a category with walk-ins, the checked-in visitor goes ahead of them.
    const walkIn = await take(server.url, { category: 'general' });
    const checkedIn = await take(server.url, { category: 'general', appointmentCode: 'GEN00002' });
    assert.equal(checkedIn.appointment, true);
    assert.equal(checkedIn.ahead, 0);
    assert.equal((await follow(server.url, walkIn)).body.ahead, walkIn.ahead + 1);
    const called = await act(server.url, '2', 'call-next');
    assert.equal(called.body.ticket.id, checkedIn.id);
    assert.equal(called.body.ticket.appointment, true);
  });

  test('yesterday’s codes are not today’s; wrong codes are limited per address (429)', async () => {
    // The seed dates the demo codes on the day the server started.
    now = new Date('2026-11-24T01:00:00Z');
    const stale = await postJson(server.url, '/api/tickets', { category: 'booked', appointmentCode: 'BOOK0002' });
    assert.equal(stale.status, 404);
    const [guesser, owner] = loopbackAddresses(2, 60);
    const guess = (code: string, from = guesser) =>
      requestFrom(from, `${server.url}/api/tickets`, {
        method: 'POST',
        body: JSON.stringify({ category: 'booked', appointmentCode: code }),
      });
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push((await guess(`GUESS00${i}`)).status);
    assert.deepEqual(answers, [404, 404, 404, 404, 404, 429, 429]);
    const limited = await guess('GUESS009');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    // Another address is not affected.
    assert.equal((await guess('GUESS010', owner)).status, 404);
  });
});
