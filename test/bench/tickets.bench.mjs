// Queue tickets under load: 50 keep-alive clients (with a kiosk token) take 5,000 tickets from the hall server
// (child process, embedded SQLite with synchronous=FULL, fresh temp folder).
//
// Baseline, in the same run and under the same load: a bare node:http server in its own
// process that parses the JSON body and answers a counter. It is the floor for "one HTTP
// round trip on this machine with this client", so the ratio is what the hall server's own
// work costs (routing, validation, a durable database commit per ticket, ticket JSON).
// Also printed, for context: the same 5,000 tickets as one-commit-per-insert into a plain
// better-sqlite3 table from one process, which shows what a durable commit costs here.
//
// Last line: JSON with tickets, clients, duplicates, p50_ms, p99_ms, baseline and ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { endProcess, printedTokens, spawnHall, spawnProcess } from '../helpers/processes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TICKETS = Number(process.env.BENCH_TICKETS ?? 5000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const WARMUP = 200;
const GOAL_P99_MS = 25;
const PAD_SECRET = 'bench-pad-secret-0123456789';
// Kiosks issue at full speed with their token (as `npm run kiosk-token` prints it).
const KIOSK_AUTH = `Bearer ${printedTokens('queue/kiosk-token-cli.ts', PAD_SECRET, ['bench-kiosk'], { cwd: ROOT }).get('bench-kiosk')}`;
/** A started process with the URL it printed. */
const up = async ({ child, ready }) => ({ child, url: await ready });

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `clients` loops share one counter; every request is timed on its own. */
async function load(url, body, total, clients, headers = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const target = new URL(url);
  const post = () =>
    new Promise((resolvePromise, reject) => {
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolvePromise({ status: res.statusCode, json: JSON.parse(text) }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const latencies = [];
  const numbers = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const client = async () => {
    while (issued < total) {
      issued += 1;
      const t0 = performance.now();
      try {
        const { status, json } = await post();
        latencies.push(performance.now() - t0);
        if (status === 201) numbers.push(`${json.day}/${json.number}`);
        else errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  agent.destroy();
  const duration = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 100) / 100;
  return {
    numbers,
    errors,
    duration_ms: Math.round(duration),
    throughput_per_s: Math.round((latencies.length / duration) * 1000),
    p50_ms: round(percentile(latencies, 50)),
    p90_ms: round(percentile(latencies, 90)),
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(latencies[latencies.length - 1]),
  };
}

const BARE_SERVER = `
import http from 'node:http';
let counter = 0;
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const request = JSON.parse(body);
    counter += 1;
    const json = JSON.stringify({ day: 'baseline', number: request.category + counter });
    res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  });
});
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

/** One durable commit per insert, one process: what fsync costs on this disk. */
function sqliteSerialCommits(dir, total) {
  const require = createRequire(join(ROOT, 'packages/hall-server/package.json'));
  const Database = require('better-sqlite3');
  const db = new Database(join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('create table tickets (id integer primary key, prefix text not null, number integer not null)');
  const insert = db.prepare('insert into tickets (prefix, number) values (?, ?)');
  const started = performance.now();
  for (let i = 1; i <= total; i++) insert.run('A', i);
  const duration = performance.now() - started;
  db.close();
  return { duration_ms: Math.round(duration), per_commit_ms: Math.round((duration / total) * 1000) / 1000 };
}

const dir = mkdtempSync(join(tmpdir(), 'hall-bench-'));
let hall;
let bare;
try {
  hall = await up(
    spawnHall(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        HALL_DATA_DIR: join(dir, 'hall'),
        HALL_STAFF_TOKEN: 'bench',
        HALL_PAD_SECRET: PAD_SECRET,
        DATABASE_URL: '',
      },
      { cwd: ROOT, timeoutMs: 60_000 },
    ),
  );
  const hallInfo = await (await fetch(`${hall.url}/api/hall`)).json();
  const category = hallInfo.categories.find((c) => !c.priority) ?? hallInfo.categories[0];
  const body = JSON.stringify({ category: category.code });

  // JIT warm-up for both servers, not measured.
  const kiosk = { authorization: KIOSK_AUTH };
  await load(`${hall.url}/api/tickets`, body, WARMUP, CLIENTS, kiosk);
  const result = await load(`${hall.url}/api/tickets`, body, TICKETS, CLIENTS, kiosk);
  const duplicates = result.numbers.length - new Set(result.numbers).size;

  bare = await up(spawnProcess(['--input-type=module', '-e', BARE_SERVER], { cwd: ROOT, timeoutMs: 60_000 }));
  await load(bare.url, body, WARMUP, CLIENTS);
  const baseline = await load(bare.url, body, TICKETS, CLIENTS);
  const serial = sqliteSerialCommits(dir, TICKETS);

  const tickets = result.numbers.length;
  delete result.numbers;
  delete baseline.numbers;
  const figures = result;
  const baselineFigures = baseline;
  const summary = {
    name: 'tickets',
    tickets,
    clients: CLIENTS,
    duplicates,
    ...figures,
    baseline: { name: 'bare node:http JSON counter (same clients, same load)', ...baselineFigures },
    ratio: {
      p50: Math.round((result.p50_ms / baseline.p50_ms) * 100) / 100,
      p99: Math.round((result.p99_ms / baseline.p99_ms) * 100) / 100,
      throughput: Math.round((result.throughput_per_s / baseline.throughput_per_s) * 100) / 100,
    },
    sqlite_one_commit_per_insert: serial,
    goal: { duplicates: 0, p99_ms: GOAL_P99_MS },
    goal_met: duplicates === 0 && result.errors === 0 && result.p99_ms <= GOAL_P99_MS,
  };
  console.log(`hall server: ${summary.tickets} tickets, ${summary.throughput_per_s}/s, p50 ${summary.p50_ms} ms, p99 ${summary.p99_ms} ms`);
  console.log(`baseline:    ${baseline.throughput_per_s}/s, p50 ${baseline.p50_ms} ms, p99 ${baseline.p99_ms} ms`);
  console.log(JSON.stringify(summary));
  process.exitCode = duplicates === 0 && result.errors === 0 ? 0 : 1;
} finally {
  if (hall) await endProcess(hall.child);
  if (bare) await endProcess(bare.child);
  rmSync(dir, { recursive: true, force: true });
}
