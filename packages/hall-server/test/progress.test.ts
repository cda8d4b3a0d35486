import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { Application } from '@zhengwu/core/contract';
import { DB_KIND, request, startTestServer, type TestServer } from './helpers.js';

const lookup = (server: TestServer, id: string, secret: string) =>
  request(server.url, `/api/progress?id=${encodeURIComponent(id)}&secret=${encodeURIComponent(secret)}`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe(`办件进度 lookup (${DB_KIND})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ progressRateLimit: { limit: 1000, windowMs: 60_000 } });
  });
  after(async () => {
    await server.close();
  });

  test('answers the application with personal data masked', async () => {
    const res = await lookup(server, 'SQ2026112200001', '8273');
    assert.equal(res.status, 200);
    const application = v.parse(Application, res.body);
    assert.equal(application.applicant, '张*三');
    assert.deepEqual(
      application.stages.map((s) => s.handler),
      ['王*六', '赵*'],
    );
    assert.equal(application.promisedLimit.value, 15);
    // Neither the ID number nor the secret appears anywhere in the answer.
    assert.doesNotMatch(res.text, /110101199001011234|8273|张小三/);

    const other = v.parse(Application, (await lookup(server, 'SQ2026112200002', 'ab12cd')).body);
    assert.equal(other.applicant, '欧**娜');
    // The secret is checked as given, after trimming.
    assert.equal((await lookup(server, 'SQ2026112200002', ' ab12cd ')).status, 200);
  });

  test('an unknown number and a wrong secret get the same answer', async () => {
    const wrongSecret = await lookup(server, 'SQ2026112200001', '0000');
    const unknownId = await lookup(server, 'SQ2099000000000', '8273');
    assert.equal(wrongSecret.status, 404);
    assert.equal(unknownId.status, 404);
    assert.equal(wrongSecret.text, unknownId.text);
    assert.deepEqual([...wrongSecret.headers.keys()].sort(), [...unknownId.headers.keys()].sort());
    // Another application's secret opens nothing.
    assert.equal((await lookup(server, 'SQ2026112200001', 'ab12cd')).text, unknownId.text);
  });

  test('and take about the same time', async () => {
    const time = async (id: string, secret: string) => {
      const start = performance.now();
      await lookup(server, id, secret);
      return performance.now() - start;
    };
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 12; i++) {
      wrong.push(await time('SQ2026112200001', `99${i}9`));
      unknown.push(await time(`SQ20990000${i}`, '8273'));
    }
    const ratio = median(unknown) / median(wrong);
    // A lookup without the key derivation would be an order of magnitude faster.
    assert.ok(ratio > 0.5 && ratio < 2, `unknown ${median(unknown).toFixed(1)} ms vs wrong ${median(wrong).toFixed(1)} ms`);
  });

  test('rejects malformed queries with 400', async () => {
    for (const query of [
      '',
      'id=SQ1',
      'secret=1234',
      'id=SQ1&secret=12',
      'id=SQ1&secret=1234&extra=1',
      'id=%E4%B8%AD&secret=1234',
      `id=${'1'.repeat(51)}&secret=1234`,
    ]) {
      const res = await request(server.url, `/api/progress?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(res.body.error.code, 'invalid_parameters');
    }
  });
});

describe(`办件进度 rate limit (${DB_KIND})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ progressRateLimit: { limit: 10, windowMs: 60_000 } });
  });
  after(async () => {
    await server.close();
  });

  test('the 11th lookup within a minute from one address is 429 with Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push((await lookup(server, 'SQ2026112200001', `${1000 + i}`)).status);
    assert.deepEqual(new Set(answers), new Set([404]));
    const limited = await lookup(server, 'SQ2026112200001', '8273');
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'too_many_requests');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    // The limit is on progress lookups only.
    assert.equal((await request(server.url, '/api/hall')).status, 200);
  });
});
