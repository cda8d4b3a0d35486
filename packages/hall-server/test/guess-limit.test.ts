import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { loopbackAddresses, requestFrom } from './addresses.js';
import {
  createTestDatabase,
  DB_KIND,
  request,
  spawnServer,
  startTestServer,
  type ChildServer,
  type TestDatabase,
  type TestServer,
} from './helpers.js';

const ID = 'SQ2026112200001';
const SECRET = '8273';
const path = (id: string, secret: string) => `/api/progress?id=${encodeURIComponent(id)}&secret=${encodeURIComponent(secret)}`;
const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe(`progress secrets cannot be guessed (${DB_KIND})`, () => {
  const servers: TestServer[] = [];
  const children: ChildServer[] = [];
  const places: TestDatabase[] = [];
  after(async () => {
    await Promise.all(children.map((child) => child.stop('SIGKILL')));
    for (const server of servers) await server.close();
    for (const place of places) await place.drop();
  });
  const start = async (options: Parameters<typeof startTestServer>[0] = {}) => {
    const server = await startTestServer(options);
    servers.push(server);
    return server;
  };

  test('100 source addresses get no more than the number’s budget of wrong guesses', async () => {
    const server = await start();
    const addresses = loopbackAddresses(100);
    const statuses = await Promise.all(
      addresses.flatMap((address, i) => [0, 1, 2].map((k) => requestFrom(address, `${server.url}${path(ID, String(1000 + i * 3 + k))}`))),
    ).then((answers) => answers.map((a) => a.status));
    assert.equal(count(statuses, 404), 10, 'exactly the budget was checked');
    assert.equal(count(statuses, 429), 290);
    // The number stays locked for everyone for a while, the right secret included; others are not.
    const locked = await request(server.url, path(ID, SECRET));
    assert.equal(locked.status, 429);
    assert.ok(Number(locked.headers.get('retry-after')) > 60);
    assert.equal((await request(server.url, path('SQ2026112200002', 'ab12cd'))).status, 200);
  });

  test('behind one NAT address, wrong guesses at other numbers do not lock out the right secret', async () => {
    const server = await start();
    for (let i = 0; i < 40; i++) assert.equal((await request(server.url, path(`SQ20990000${i}`, '1234'))).status, 404);
    // Right secrets give their reservation back: a busy hall's lookups never add up.
    for (let i = 0; i < 30; i++) assert.equal((await request(server.url, path(ID, SECRET))).status, 200);
  });

  test('the per-address budget holds, and wrong guesses past it never reach the secret check', async () => {
    const server = await start({ guessLimit: { perAddress: 5 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await request(server.url, path(`SQ20990001${i}`, '1234'))).status);
    assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429, 429, 429]);
    // Another address is not affected.
    assert.equal((await requestFrom('127.0.0.9', `${server.url}${path(ID, SECRET)}`)).status, 200);
  });

  test('X-Forwarded-For counts only from a trusted proxy', async () => {
    const forged = await start({ guessLimit: { perAddress: 3 } });
    const viaForged = [];
    for (let i = 0; i < 5; i++) {
      viaForged.push((await request(forged.url, path(`SQ20990002${i}`, '1234'), { headers: { 'x-forwarded-for': `10.0.0.${i}` } })).status);
    }
    assert.deepEqual(viaForged, [404, 404, 404, 429, 429], 'a forged header gains nothing');

    const proxied = await start({ guessLimit: { perAddress: 3 }, trustedProxies: ['127.0.0.0/8'] });
    const viaProxy = [];
    for (let i = 0; i < 5; i++) {
      viaProxy.push(
        (await request(proxied.url, path(`SQ20990003${i}`, '1234'), { headers: { 'x-forwarded-for': `203.0.113.9, 10.0.0.${i}` } })).status,
      );
    }
    assert.deepEqual(viaProxy, [404, 404, 404, 404, 404], 'each visitor behind the proxy has a budget');
    const sameVisitor = [];
    for (let i = 0; i < 4; i++) {
      sameVisitor.push((await request(proxied.url, path(`SQ20990004${i}`, '1234'), { headers: { 'x-forwarded-for': '10.9.9.9' } })).status);
    }
    assert.deepEqual(sameVisitor, [404, 404, 404, 429]);
  });

  test('two processes on one database share one budget per number', async () => {
    const place = await createTestDatabase();
    places.push(place);
    const env: Record<string, string> = place.databaseUrl
      ? { DATABASE_URL: place.databaseUrl }
      : { HALL_DATA_DIR: place.dataDir!, DATABASE_URL: '' };
    const a = await spawnServer(env);
    children.push(a);
    const b = await spawnServer(env);
    children.push(b);
    const addresses = loopbackAddresses(40, 120);
    const statuses = await Promise.all(
      addresses.map((address, i) => requestFrom(address, `${(i % 2 ? a : b).url}${path(ID, String(2000 + i))}`)),
    ).then((answers) => answers.map((r) => r.status));
    assert.equal(count(statuses, 404), 10, `statuses: ${statuses.join(',')}`);
    assert.equal(count(statuses, 429), 30);
  });
});
