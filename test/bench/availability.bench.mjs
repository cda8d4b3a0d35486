// The hall under attack, in one run. A fresh hall server (child process, embedded SQLite) with
// 10,000 events in its log and a year of busy-hall rating roll-ups. 20 visitors (each: take a
// ticket at a kiosk, read /api/health, every 100 ms) run alone (idle: the baseline) and beside
// 5 attackers of each kind, in alternating phases (4 rounds), each attacker on its own
// 127.0.0.x address:
//   - stats over the widest allowed range (366 days);
//   - event streams replayed from Last-Event-ID: 0 and never read (up to 40 open each);
//   - progress lookups with wrong secrets, all at one application number;
//   - anonymous tickets in a loop.
// Last line: JSON with health_p99_idle_ms, health_p99_attack_ms, ratio (attack ÷ idle),
// tickets_p99_attack_ms, guesses_through (wrong secrets that reached the secret check, against a
// budget of 10), rss_growth_mb and the attack request counts. Goal: ratio ≤ 3, guesses within
// the budget, RSS growth ≤ 50 MB.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { endProcess, printedTokens, spawnProcess } from '../helpers/processes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 12000);
const VISITORS = 20;
const ROUNDS = 4;
// Each visitor takes a ticket and reads health every 100 ms at most: 200 tickets a second is a
// very busy hall, yet leaves the server room, so the ratio shows what the attack costs rather
// than a queue of visitors behind a saturated server.
const VISITOR_PERIOD_MS = Number(process.env.BENCH_VISITOR_PERIOD_MS ?? 100);
const ATTACKERS = 5;
const EVENTS = 10_000;
const GUESS_BUDGET = 10;
const PAD_SECRET = 'bench-pad-secret-0123456789';
const TARGET_APPLICATION = 'ZW990100202603190031';
const GOAL = { ratio: 3, rss_growth_mb: 50 };
// BENCH_ATTACKS=stats,streams to run some kinds only (to find which one costs).
const KINDS = new Set((process.env.BENCH_ATTACKS ?? 'stats,streams,guesses,tickets').split(','));

function startHall(dataDir) {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    HALL_DATA_DIR: dataDir,
    HALL_STAFF_TOKEN: 'bench',
    HALL_PAD_SECRET: PAD_SECRET,
    DATABASE_URL: '',
  };
  const { child, ready } = spawnProcess([...profile, '--conditions=source', '--import', 'tsx', 'packages/hall-server/src/main.ts'], {
    cwd: ROOT,
    env,
    timeoutMs: 60_000,
  });
  return ready.then((url) => ({ child, url }));
}

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** A busy day's log and a year of roll-ups, written straight into the hall's database file. */
function fillDatabase(dataDir) {
  const require = createRequire(join(ROOT, 'packages/hall-server/package.json'));
  const Database = require('better-sqlite3');
  const db = new Database(join(dataDir, 'hall.db'), { timeout: 5000 });
  const payload = JSON.stringify({ type: 'queue-changed', category: 'household', waiting: 1 });
  const now = new Date().toISOString();
  const insertEvent = db.prepare("insert into events (type, window_id, payload, created_at) values ('queue-changed', null, ?, ?)");
  const insertDay = db.prepare(`insert or ignore into rating_days (day, window_id, window_name, department, total, satisfied,
    very_satisfied, satisfied_level, basic, dissatisfied, very_dissatisfied) values (?, ?, ?, ?, 100, 90, 50, 30, 10, 6, 4)`);
  db.transaction(() => {
    for (let i = 0; i < EVENTS; i++) insertEvent.run(payload, now);
    const today = Date.now();
    for (let d = 0; d < 366; d++) {
      const day = new Date(today - d * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
      for (let w = 1; w <= 20; w++) insertDay.run(day, String(w), `${w}号窗口`, `部门${w % 8}`);
    }
  })();
  db.close();
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

function call(url, { method = 'GET', headers = {}, body, agent, localAddress } = {}) {
  const target = new URL(url);
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method,
        agent,
        localAddress,
        headers:
          body === undefined ? headers : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolvePromise({ status: res.statusCode, ms: performance.now() - started }));
        res.on('error', () => resolvePromise({ status: 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolvePromise({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

/** The visitors: ticket at a kiosk, then health, until `until`. */
async function visitors(url, until) {
  const health = [];
  const tickets = [];
  let errors = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: VISITORS });
  // Spread over categories, so that no category runs out of numbers in the run.
  const categories = ['household', 'exit-entry', 'appointment', 'business', 'housing-fund', 'civil-affairs'];
  const kiosks = Array.from({ length: VISITORS }, (_, i) => `kiosk-${i}`);
  const kioskTokens = printedTokens('queue/kiosk-token-cli.ts', PAD_SECRET, kiosks, { cwd: ROOT });
  await Promise.all(
    kiosks.map(async (kiosk, i) => {
      const auth = `Bearer ${kioskTokens.get(kiosk)}`;
      const body = JSON.stringify({ category: categories[i % categories.length] });
      while (performance.now() < until) {
        const next = performance.now() + VISITOR_PERIOD_MS;
        const ticket = await call(`${url}/api/tickets`, { method: 'POST', body, agent, headers: { authorization: auth } });
        if (ticket.status === 201) tickets.push(ticket.ms);
        else errors += 1;
        const h = await call(`${url}/api/health`, { agent });
        if (h.status === 200) health.push(h.ms);
        else errors += 1;
        const wait = next - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  agent.destroy();
  return { health, tickets, errors };
}

const address = (n) => `127.0.${Math.floor(n / 250)}.${(n % 250) + 1}`;

/** Each kind of attack, ATTACKERS clients each on its own address, until `until`. */
async function attack(url, until) {
  const counts = { stats: 0, streams: 0, guesses: 0, guesses_through: 0, guesses_refused: 0, anonymous_tickets: 0, anonymous_issued: 0 };
  const from = new Date(Date.now() - 365 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const port = Number(new URL(url).port);
  const sockets = [];
  let n = 10;
  const loops = [];
  for (let i = 0; i < ATTACKERS; i++) {
    const statsFrom = address(n++);
    if (KINDS.has('stats'))
      loops.push(
        (async () => {
          while (performance.now() < until) {
            await call(`${url}/api/ratings/stats?from=${from}&to=${to}`, { localAddress: statsFrom });
            counts.stats += 1;
          }
        })(),
      );
    const streamFrom = address(n++);
    if (KINDS.has('streams'))
      loops.push(
        (async () => {
          const open = [];
          while (performance.now() < until) {
            const socket = net.connect({ host: '127.0.0.1', port, localAddress: streamFrom }, () => {
              socket.write(`GET /api/events HTTP/1.1\r\nHost: hall\r\nAccept: text/event-stream\r\nLast-Event-ID: 0\r\n\r\n`);
              socket.pause();
            });
            socket.on('error', () => undefined);
            open.push(socket);
            sockets.push(socket);
            counts.streams += 1;
            if (open.length > 40) open.shift().destroy();
            await new Promise((r) => setTimeout(r, 50));
          }
        })(),
      );
    const guessFrom = address(n++);
    if (KINDS.has('guesses'))
      loops.push(
        (async () => {
          let k = 0;
          while (performance.now() < until) {
            const secret = String(100000 + i * 100000 + k++).slice(0, 6);
            const res = await call(`${url}/api/progress?id=${TARGET_APPLICATION}&secret=${secret}`, { localAddress: guessFrom });
            counts.guesses += 1;
            if (res.status === 404) counts.guesses_through += 1;
            else if (res.status === 429) counts.guesses_refused += 1;
          }
        })(),
      );
    const ticketFrom = address(n++);
    if (KINDS.has('tickets'))
      loops.push(
        (async () => {
          const body = JSON.stringify({ category: 'social-insurance' });
          while (performance.now() < until) {
            const res = await call(`${url}/api/tickets`, { method: 'POST', body, localAddress: ticketFrom });
            counts.anonymous_tickets += 1;
            if (res.status === 201) counts.anonymous_issued += 1;
          }
        })(),
      );
  }
  await Promise.all(loops);
  return { counts, sockets };
}

const round = (x) => Math.round(x * 100) / 100;

/** The hall's statistics over a year (uncached: a different window each time), median ms. */
async function statsYearMs(url) {
  const to = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const from = new Date(Date.now() - 365 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  const times = [];
  for (let w = 1; w <= 9; w++) times.push((await call(`${url}/api/ratings/stats?from=${from}&to=${to}&window=${w}`)).ms);
  times.push((await call(`${url}/api/ratings/stats?from=${from}&to=${to}`)).ms);
  return percentile(times, 50);
}

/** The alternative: one GROUP BY over 1,000,000 rating rows with a covering index (better-sqlite3). */
function groupByMillionMs(dir) {
  const require = createRequire(join(ROOT, 'packages/hall-server/package.json'));
  const Database = require('better-sqlite3');
  const db = new Database(join(dir, 'million.db'));
  db.exec('create table ratings (day text, window_id text, department text, level text)');
  const levels = ['very-satisfied', 'satisfied', 'basic', 'dissatisfied', 'very-dissatisfied'];
  const insert = db.prepare('insert into ratings values (?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 1_000_000; i++) {
      const day = new Date(Date.now() - (i % 366) * 86_400_000).toISOString().slice(0, 10);
      insert.run(day, String(i % 20), `部门${i % 8}`, levels[i % 5]);
    }
  })();
  db.exec('create index ratings_cover on ratings (day, window_id, department, level)');
  const query = db.prepare(
    'select level, window_id, department, day, count(*) from ratings where day >= ? and day <= ? group by level, window_id, department, day',
  );
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    query.all('0001-01-01', '9999-12-31');
    times.push(performance.now() - started);
  }
  db.close();
  return percentile(times, 50);
}
const dir = mkdtempSync(join(tmpdir(), 'hall-availability-'));
let hall;
try {
  hall = await startHall(dir);
  fillDatabase(dir);
  // Warm-up, not measured.
  await visitors(hall.url, performance.now() + 1500);
  const statsMs = await statsYearMs(hall.url);
  const millionMs = groupByMillionMs(dir);

  // Idle and attack phases alternate, so that the machine's other load falls on both alike.
  const idle = { health: [], tickets: [], errors: 0 };
  const busy = { health: [], tickets: [], errors: 0 };
  const counts = {};
  const rssBefore = rssMb(hall.child.pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(hall.child.pid))), 200);
  const add = (into, from) => {
    into.health.push(...from.health);
    into.tickets.push(...from.tickets);
    into.errors += from.errors;
  };
  for (let round = 0; round < ROUNDS; round++) {
    add(idle, await visitors(hall.url, performance.now() + PHASE_MS / ROUNDS));
    const until = performance.now() + PHASE_MS / ROUNDS;
    const [during, attacked] = await Promise.all([visitors(hall.url, until), attack(hall.url, until)]);
    add(busy, during);
    for (const socket of attacked.sockets) socket.destroy();
    for (const [key, value] of Object.entries(attacked.counts)) counts[key] = (counts[key] ?? 0) + value;
  }
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, rssMb(hall.child.pid));
  const attacked = { counts };

  const healthIdle = percentile(idle.health, 99);
  const healthAttack = percentile(busy.health, 99);
  const summary = {
    name: 'availability',
    phase_ms: PHASE_MS,
    rounds: ROUNDS,
    visitors: VISITORS,
    attackers_per_kind: ATTACKERS,
    health_p50_idle_ms: round(percentile(idle.health, 50)),
    health_p99_idle_ms: round(healthIdle),
    health_p50_attack_ms: round(percentile(busy.health, 50)),
    health_p99_attack_ms: round(healthAttack),
    ratio: round(healthAttack / healthIdle),
    tickets_p99_idle_ms: round(percentile(idle.tickets, 99)),
    tickets_p99_attack_ms: round(percentile(busy.tickets, 99)),
    visitor_requests: { idle: idle.health.length + idle.tickets.length, attack: busy.health.length + busy.tickets.length },
    visitor_errors: idle.errors + busy.errors,
    stats_year_ms: round(statsMs),
    stats_alternative_group_by_1m_ratings_ms: round(millionMs),
    guesses_through: attacked.counts.guesses_through,
    guess_budget: GUESS_BUDGET,
    rss_before_mb: round(rssBefore),
    rss_growth_mb: round(rssPeak - rssBefore),
    attack: attacked.counts,
    baseline: 'the same visitors on the same server without the attackers (idle phase)',
    goal: { ratio: GOAL.ratio, guesses_through: GUESS_BUDGET, rss_growth_mb: GOAL.rss_growth_mb },
  };
  summary.goal_met =
    summary.ratio <= GOAL.ratio &&
    summary.guesses_through <= GUESS_BUDGET &&
    summary.rss_growth_mb <= GOAL.rss_growth_mb &&
    summary.visitor_errors === 0;
  console.log(
    `health p99: idle ${summary.health_p99_idle_ms} ms, attack ${summary.health_p99_attack_ms} ms (×${summary.ratio}); guesses through ${summary.guesses_through}; RSS +${summary.rss_growth_mb} MB`,
  );
  console.log(JSON.stringify(summary));
  process.exitCode = summary.goal_met ? 0 : 1;
} finally {
  if (hall) await endProcess(hall.child);
  rmSync(dir, { recursive: true, force: true });
}
