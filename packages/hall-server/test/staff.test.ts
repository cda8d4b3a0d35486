import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import * as v from 'valibot';
import { StaffSession } from '@zhengwu/core/contract';
import { connect, type HallDatabase } from '../src/db/connect.js';
import { issueCredential } from '../src/staff/credentials.js';
import { DB_KIND, kioskAuth, postJson, REPO_ROOT, request, SseClient, staff, startTestServer, type TestServer } from './helpers.js';

const credentialCli = (args: string[], env: Record<string, string>) =>
  spawnSync('npm', ['run', '-s', 'staff-credential', '-w', '@zhengwu/hall-server', '--', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
  });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe(`staff sign-in (${DB_KIND})`, () => {
  // 2026-11-24 (a Tuesday) 10:00 in Beijing; the service day ends at 2026-11-25T00:00+08:00.
  let now = new Date('2026-11-24T02:00:00Z');
  let server: TestServer;
  let database: HallDatabase;
  const credentials: Record<string, string> = {};

  const signIn = (window: string, staffId: string, credential = credentials[staffId]) =>
    postJson(server.url, `/api/windows/${window}/sign-in`, { staffId, credential });
  const action = (window: string, name: string, headers: Record<string, string>) =>
    request(server.url, `/api/windows/${window}/${name}`, { method: 'POST', headers });

  before(async () => {
    server = await startTestServer({ clock: () => now, tarpitMs: 0, signInLimit: { perStaff: 3 } });
    database = connect({ dataDir: server.place.dataDir, databaseUrl: server.place.databaseUrl });
    for (const id of ['s001', 's002', 's003']) credentials[id] = await issueCredential(database, id);
  });
  after(async () => {
    await database.close();
    await server.close();
  });

  test('staff-credential prints a new credential for a clerk of the hall, stored hashed, replacing the old', async () => {
    const env: Record<string, string> = server.place.databaseUrl
      ? { DATABASE_URL: server.place.databaseUrl }
      : { HALL_DATA_DIR: server.place.dataDir! };
    // The commands first: an idle keep-alive connection closing during them could fail a request.
    const unknown = credentialCli(['s999'], env);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /there is no staff s999/);
    assert.equal(credentialCli([], env).status, 2);
    const first = credentialCli(['s003'], env);
    assert.equal(first.status, 0, first.stderr);
    const credential = first.stdout.trim();
    assert.match(credential, /^[A-Za-z0-9_-]{43}$/);
    const row = await database.db.selectFrom('staff_credentials').selectAll().where('staff_id', '=', 's003').executeTakeFirstOrThrow();
    assert.equal(row.hash.length, 64);
    assert.ok(!row.hash.includes(credential));
    // The credential issued before no longer signs in; the new one does.
    assert.equal((await signIn('3', 's003')).status, 401);
    assert.equal((await signIn('3', 's003', credential)).status, 200);
    credentials.s003 = credential;
  });

  test('sign-in answers a session that ends with the service day in the hall’s zone', async () => {
    const response = await signIn('1', 's001');
    assert.equal(response.status, 200, response.text);
    const session = v.parse(StaffSession, response.body);
    assert.equal(session.window, '1');
    assert.deepEqual(session.staff, { id: 's001', name: '李明', number: 'GA001' });
    assert.equal(session.expiresAt, '2026-11-25T00:00:00.000+08:00');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const again = await request(server.url, '/api/windows/1/session', { headers: bearer(session.token) });
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, session);
  });

  test('a wrong credential or an unknown clerk is 401 alike; an unknown window 404; a bad body 422', async () => {
    const wrong = await signIn('2', 's002', 'x'.repeat(43));
    assert.equal(wrong.status, 401);
    const unknown = await signIn('2', 'nobody', 'x'.repeat(43));
    assert.equal(unknown.status, 401);
    assert.equal(unknown.body.error.message, wrong.body.error.message);
    assert.equal((await signIn('99', 's002')).status, 404);
    assert.equal((await postJson(server.url, '/api/windows/2/sign-in', { staffId: 's002' })).status, 422);
  });

  test('wrong credentials are limited per staff id: then even the right one waits (429)', async () => {
    // s001 has not failed yet: its budget is 3.
    for (let i = 0; i < 3; i += 1) assert.equal((await signIn('1', 's001', `wrong-credential-${i}-xxxxxxxx`)).status, 401);
    const locked = await signIn('1', 's001');
    assert.equal(locked.status, 429);
    assert.ok(Number(locked.headers.get('retry-after')) > 0);
    // Another clerk is not locked by it.
    assert.equal((await signIn('2', 's002')).status, 200);
    now = new Date(now.getTime() + 16 * 60_000);
    assert.equal((await signIn('1', 's001')).status, 200);
  });

  test('a session acts at its own window only; the staff token still acts anywhere', async () => {
    const { token } = (await signIn('1', 's001')).body as StaffSession;
    assert.equal((await action('1', 'call-next', bearer(token))).status, 200);
    assert.equal((await action('1', 'recall', bearer(token))).status, 200);
    const elsewhere = await action('2', 'call-next', bearer(token));
    assert.equal(elsewhere.status, 403);
    assert.equal(elsewhere.body.error.code, 'other_window');
    assert.equal((await request(server.url, '/api/windows/2/session', { headers: bearer(token) })).status, 403);
    assert.equal((await action('1', 'call-next', bearer('not-a-session-token-0000000000'))).status, 401);
    assert.equal((await action('2', 'call-next', staff)).status, 200);
  });

  test('signing in elsewhere ends the session before; a second clerk at a window replaces the first', async () => {
    const first = ((await signIn('1', 's001')).body as StaffSession).token;
    const moved = ((await signIn('3', 's001')).body as StaffSession).token;
    assert.equal((await action('1', 'call-next', bearer(first))).status, 401);
    assert.equal((await action('3', 'call-next', bearer(moved))).status, 200);
    const second = ((await signIn('3', 's003')).body as StaffSession).token;
    assert.equal((await request(server.url, '/api/windows/3/session', { headers: bearer(moved) })).status, 401);
    assert.equal((await action('3', 'call-next', bearer(second))).status, 200);
  });

  test('clerks signing in at once leave one session per window and one per clerk', async () => {
    const sameWindow = await Promise.all(['s001', 's002', 's003'].map((id) => signIn('2', id)));
    assert.deepEqual(
      sameWindow.map((response) => response.status),
      [200, 200, 200],
    );
    const live = await Promise.all(
      sameWindow.map(
        async (response) => (await request(server.url, '/api/windows/2/session', { headers: bearer(response.body.token) })).status,
      ),
    );
    assert.equal(live.filter((status) => status === 200).length, 1, `live: ${live.join(', ')}`);
    const sameClerk = await Promise.all(['1', '2', '3'].map((window) => signIn(window, 's001')));
    assert.deepEqual(
      sameClerk.map((response) => response.status),
      [200, 200, 200],
    );
    const rows = await database.db.selectFrom('staff_sessions').select('staff_id').where('staff_id', '=', 's001').execute();
    assert.equal(rows.length, 1);
  });

  test('the board hears who serves where: window-changed on sign-in, on moving and on sign-out', async () => {
    const events = await SseClient.open(`${server.url}/api/events`);
    try {
      const at3 = (await signIn('3', 's002')).body as StaffSession;
      const signedIn = await events.waitFor(
        (m) => m.event === 'window-changed' && m.data.window === '3' && m.data.state.staff?.id === 's002',
      );
      assert.deepEqual(signedIn.data.state, { id: '3', paused: false, staff: { id: 's002', name: '王芳', number: 'RS002' } });
      await signIn('1', 's002');
      await events.waitFor((m) => m.event === 'window-changed' && m.data.window === '3' && m.data.state.staff === undefined);
      await events.waitFor((m) => m.event === 'window-changed' && m.data.window === '1' && m.data.state.staff?.id === 's002');
      assert.equal((await request(server.url, '/api/windows/3/session', { headers: bearer(at3.token) })).status, 401);
      const at1 = ((await signIn('1', 's002')).body as StaffSession).token;
      const before = events.messages.length;
      await request(server.url, '/api/windows/1/sign-out', { method: 'POST', headers: bearer(at1) });
      const out = await events.waitFor(
        (m) =>
          events.messages.indexOf(m) >= before && m.event === 'window-changed' && m.data.window === '1' && m.data.state.staff === undefined,
      );
      assert.equal(out.data.state.id, '1');
    } finally {
      await events.close();
    }
  });

  test('sign-out ends the session (204), after which it acts nowhere', async () => {
    const { token } = (await signIn('2', 's002')).body as StaffSession;
    const out = await request(server.url, '/api/windows/2/sign-out', { method: 'POST', headers: bearer(token) });
    assert.equal(out.status, 204);
    assert.equal((await request(server.url, '/api/windows/2/session', { headers: bearer(token) })).status, 401);
    assert.equal((await action('2', 'call-next', bearer(token))).status, 401);
    assert.equal((await request(server.url, '/api/windows/2/sign-out', { method: 'POST', headers: bearer(token) })).status, 401);
    assert.equal((await request(server.url, '/api/windows/2/session')).status, 401);
  });

  test('complete rates the signed-in clerk; with nobody signed in, the window’s own staff', async () => {
    // s002 serves at window 1, whose configured staff is s001.
    const { token } = (await signIn('1', 's002')).body as StaffSession;
    const ticket = await postJson(server.url, '/api/tickets', { category: 'general' }, kioskAuth());
    assert.equal(ticket.status, 201, ticket.text);
    const called = await action('1', 'call-next', bearer(token));
    assert.equal(called.body.ticket?.number, ticket.body.number);
    const done = await postJson(server.url, '/api/windows/1/complete', { transactionId: 'T-SIGNED-IN-1' }, bearer(token));
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.rating.staffId, 's002');
    assert.equal(done.body.rating.staffName, '王芳');
    assert.equal(done.body.rating.staffNumber, 'RS002');
    assert.equal(done.body.rating.ticketNumber, ticket.body.number);
    const row = await database.db.selectFrom('transactions').selectAll().where('id', '=', 'T-SIGNED-IN-1').executeTakeFirstOrThrow();
    assert.deepEqual([row.staff_id, row.staff_name, row.staff_number], ['s002', '王芳', 'RS002']);

    // The back office completing at window 1 still records who is signed in there.
    const byOffice = await postJson(server.url, '/api/windows/1/complete', { transactionId: 'T-SIGNED-IN-2' }, staff);
    assert.equal(byOffice.body.rating.staffId, 's002');
    await request(server.url, '/api/windows/1/sign-out', { method: 'POST', headers: bearer(token) });
    const nobody = await postJson(server.url, '/api/windows/1/complete', { transactionId: 'T-SIGNED-IN-3' }, staff);
    assert.equal(nobody.body.rating.staffId, 's001');
  });

  test('a session ends at midnight in the hall’s zone', async () => {
    now = new Date('2026-11-24T15:59:00Z'); // 23:59 in Beijing
    const { token, expiresAt } = (await signIn('3', 's003')).body as StaffSession;
    assert.equal(expiresAt, '2026-11-25T00:00:00.000+08:00');
    assert.equal((await request(server.url, '/api/windows/3/session', { headers: bearer(token) })).status, 200);
    now = new Date('2026-11-24T16:00:00Z');
    assert.equal((await request(server.url, '/api/windows/3/session', { headers: bearer(token) })).status, 401);
    assert.equal((await action('3', 'call-next', bearer(token))).status, 401);
    const complete = await postJson(server.url, '/api/windows/3/complete', { transactionId: 'T-AFTER-MIDNIGHT' }, staff);
    assert.equal(complete.body.rating.staffId, 's003', 'the window’s own staff again');
    // The next day's session ends at the next midnight.
    assert.equal(((await signIn('3', 's003')).body as StaffSession).expiresAt, '2026-11-26T00:00:00.000+08:00');
  });
});

describe('service day', () => {
  test('ends at midnight of the zone the hall names', async () => {
    const { endOfServiceDay } = await import('../src/staff/service-day.js');
    const at = new Date('2026-11-24T02:00:00Z');
    assert.equal(new Date(endOfServiceDay(at, 'Asia/Shanghai')).toISOString(), '2026-11-24T16:00:00.000Z');
    assert.equal(new Date(endOfServiceDay(at, 'UTC')).toISOString(), '2026-11-25T00:00:00.000Z');
    assert.equal(new Date(endOfServiceDay(at, 'Asia/Urumqi')).toISOString(), '2026-11-24T18:00:00.000Z');
    // Across a clock change: Berlin leaves summer time in the night to 2026-10-25.
    assert.equal(new Date(endOfServiceDay(new Date('2026-10-24T12:00:00Z'), 'Europe/Berlin')).toISOString(), '2026-10-24T22:00:00.000Z');
    assert.equal(new Date(endOfServiceDay(new Date('2026-10-25T12:00:00Z'), 'Europe/Berlin')).toISOString(), '2026-10-25T23:00:00.000Z');
  });
});
