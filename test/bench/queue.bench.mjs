// A hall's queue day under load: one hall server (child process, embedded SQLite, a clock that
// runs BENCH_SPEEDUP× faster), 10 counters calling and completing, 20 boards on the public event
// stream, 3,000 tickets taken at kiosks over a simulated day compressed into a few minutes, and
// 200 phones following tickets: 100 on their ticket's own event stream, and — the baseline, in
// the same run and under the same load — 100 polling `GET /tickets/{id}` every 5 s, as Qmatic's
// mobile ticket does (1–5 s).
//
// Figures: call → board latency (from the clerk's call-next request to each board receiving the
// call), missed and duplicated calls (every board must hear every call exactly once), how long a
// phone takes to learn it was called, the requests each way costs, and the estimated wait's
// error (the middle of the range given at issue against the wait that followed, in the
// simulated day's minutes).
//
// Last line: JSON. Exit code 1 when a call was missed or duplicated, or call → board p99 > 100 ms.
// Settings: BENCH_TICKETS (3000), BENCH_DAY_SECONDS (180, real seconds for 8 simulated hours).
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { endProcess, printedTokens, spawnProcess } from '../helpers/processes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TICKETS = Number(process.env.BENCH_TICKETS ?? 3000);
const DAY_SECONDS = Number(process.env.BENCH_DAY_SECONDS ?? 180);
const SIM_DAY_MINUTES = 8 * 60;
const SPEEDUP = (SIM_DAY_MINUTES * 60) / DAY_SECONDS;
const BOARDS = 20;
const STREAM_PHONES = 100;
const POLL_PHONES = 100;
const POLL_MS = 5000;
const GOAL_P99_MS = 100;
const STAFF_TOKEN = 'bench-staff-token';
const PAD_SECRET = 'bench-pad-secret-0123456789';
const KIOSK_AUTH = `Bearer ${printedTokens('queue/kiosk-token-cli.ts', PAD_SECRET, ['bench-kiosk'], { cwd: ROOT }).get('bench-kiosk')}`;

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
};

function request(base, method, path, { body, headers = {} } = {}) {
  const target = new URL(`${base}${path}`);
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((done, fail) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        headers: { ...(text ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } : {}), ...headers },
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => done({ status: res.statusCode, json: raw ? JSON.parse(raw) : undefined }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(text);
  });
}

/** A server-sent event stream on its own connection; `onEvent(type, data)` per event. */
function follow(base, path, headers, onEvent) {
  const target = new URL(`${base}${path}`);
  let response;
  const req = http.get(
    {
      host: target.hostname,
      port: target.port,
      path: target.pathname + target.search,
      headers: { accept: 'text/event-stream', ...headers },
    },
    (res) => {
      response = res;
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let type = 'message';
          const data = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) type = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
          }
          if (data.length) onEvent(type, JSON.parse(data.join('\n')));
        }
      });
    },
  );
  req.on('error', () => {});
  const opened = new Promise((done) => req.once('response', done));
  return { opened, close: () => (response?.destroy(), req.destroy()) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'zw-bench-queue-'));
// The simulated day starts at 08:30 in the hall's zone, today.
const hallToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const server = spawnProcess(['--conditions=source', '--import', 'tsx', 'test/bench/queue-hall.ts'], {
  cwd: ROOT,
  env: {
    HALL_DATA_DIR: dataDir,
    HALL_STAFF_TOKEN: STAFF_TOKEN,
    HALL_PAD_SECRET: PAD_SECRET,
    BENCH_SPEEDUP: String(SPEEDUP),
    BENCH_DAY_START: `${hallToday}T08:30:00+08:00`,
  },
  timeoutMs: 60_000,
});

try {
  const api = `${await server.ready}/api`;
  const hall = (await request(api, 'GET', '/hall')).json;
  // Walk-in categories, weighted by the windows that serve them (so no queue grows without end),
  // and kept under a category's daily quota.
  const walkIn = hall.categories.filter((category) => !category.appointment);
  const weights = walkIn.map((category) => hall.windows.filter((window) => window.categories.includes(category.code)).length);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const pick = (random) => {
    let left = random * totalWeight;
    for (const [index, category] of walkIn.entries()) if ((left -= weights[index]) < 0) return category;
    return walkIn.at(-1);
  };

  // Every call as a counter made it: ticket id → when the request left, and when each board heard it.
  const calls = new Map();
  const heard = Array.from({ length: BOARDS }, () => new Map());
  const boards = [];
  for (let board = 0; board < BOARDS; board += 1) {
    boards.push(
      follow(api, '/events', {}, (type, data) => {
        if (type !== 'ticket-called' || data.recall) return;
        const seen = heard[board];
        const entry = seen.get(data.ticket.id) ?? { count: 0, at: 0 };
        entry.count += 1;
        entry.at ||= performance.now();
        seen.set(data.ticket.id, entry);
      }),
    );
  }
  await Promise.all(boards.map((board) => board.opened));

  const receipts = [];
  const phoneNotice = { stream: [], poll: [] };
  const phones = [];
  let pollRequests = 0;
  let streamEvents = 0;
  const follows = (index) =>
    index % 15 === 0 && phones.length < STREAM_PHONES + POLL_PHONES ? (index % 30 === 0 ? 'stream' : 'poll') : null;

  const watchCalled = (kind, ticketId) => (ticket) => {
    const call = calls.get(ticketId);
    if (ticket.status !== 'waiting' && call && call.noticed[kind] === undefined) {
      call.noticed[kind] = performance.now();
      phoneNotice[kind].push(performance.now() - call.sentAt);
    }
  };

  // Kiosks: TICKETS over 7.5 simulated hours, arrivals at random (Poisson) instants.
  const issueSpanMs = ((7.5 * 60) / SIM_DAY_MINUTES) * DAY_SECONDS * 1000;
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const started = performance.now();
  let issuingDone = false;
  const issuing = (async () => {
    let due = started;
    for (let index = 0; index < TICKETS; index += 1) {
      due += -Math.log(1 - random()) * (issueSpanMs / TICKETS);
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const category = pick(random());
      const answer = await request(api, 'POST', '/tickets', {
        body: { category: category.code },
        headers: { authorization: KIOSK_AUTH, 'idempotency-key': `bench-${index}` },
      });
      if (answer.status !== 201) throw new Error(`POST /tickets answered ${answer.status}: ${JSON.stringify(answer.json)}`);
      const receipt = answer.json;
      receipts.push({ id: receipt.id, estimate: (receipt.estimatedWait.min + receipt.estimatedWait.max) / 2, takenAt: receipt.takenAt });
      const kind = follows(index);
      if (kind === 'stream') {
        const seen = watchCalled('stream', receipt.id);
        phones.push(
          follow(api, `/events?ticket=${receipt.id}`, { authorization: `Bearer ${receipt.secret}` }, (type, data) => {
            streamEvents += 1;
            if (type === 'ticket-changed') seen(data.ticket);
          }),
        );
      } else if (kind === 'poll') {
        const seen = watchCalled('poll', receipt.id);
        let stopped = false;
        const loop = (async () => {
          await sleep(random() * POLL_MS);
          while (!stopped) {
            pollRequests += 1;
            const answer = await request(api, 'GET', `/tickets/${receipt.id}`, { headers: { authorization: `Bearer ${receipt.secret}` } });
            if (answer.status === 200) seen(answer.json);
            if (answer.json?.status !== 'waiting') break;
            await sleep(POLL_MS);
          }
        })();
        phones.push({ close: () => (stopped = true), done: loop });
      }
    }
    issuingDone = true;
  })();

  // Counters: call, serve for a simulated service time, complete; a short pause when nobody waits.
  const serviceMs = () => (Math.max(0.4, -Math.log(1 - random()) * 1.3) * 60_000) / SPEEDUP;
  const waits = new Map();
  let callCount = 0;
  const counters = hall.windows.slice(0, 10).map(async (window) => {
    const staff = { authorization: `Bearer ${STAFF_TOKEN}` };
    for (;;) {
      const sentAt = performance.now();
      const answer = await request(api, 'POST', `/windows/${window.id}/call-next`, { body: {}, headers: staff });
      if (answer.status !== 200) throw new Error(`call-next answered ${answer.status}: ${JSON.stringify(answer.json)}`);
      const ticket = answer.json.ticket;
      if (!ticket) {
        if (issuingDone) return;
        await sleep(200);
        continue;
      }
      callCount += 1;
      calls.set(ticket.id, { sentAt, noticed: {} });
      waits.set(ticket.id, (Date.parse(ticket.calledAt) - Date.parse(ticket.takenAt)) / 60_000);
      await sleep(serviceMs());
      const done = await request(api, 'POST', `/windows/${window.id}/complete`, {
        body: {},
        headers: { ...staff, 'idempotency-key': `bench-${ticket.id}` },
      });
      if (done.status !== 200) throw new Error(`complete answered ${done.status}`);
    }
  });
  await issuing;
  await Promise.all(counters);
  await sleep(1000);
  for (const stream of [...boards, ...phones]) stream.close();

  const latencies = [];
  let missed = 0;
  let duplicated = 0;
  for (const [id, call] of calls) {
    for (const seen of heard) {
      const entry = seen.get(id);
      if (!entry) missed += 1;
      else {
        if (entry.count > 1) duplicated += 1;
        latencies.push(entry.at - call.sentAt);
      }
    }
  }
  const etaErrors = receipts
    .filter((receipt) => waits.has(receipt.id))
    .map((receipt) => Math.abs(receipt.estimate - waits.get(receipt.id)));
  const noticedCount = (kind) => [...calls.values()].filter((call) => kind in call.noticed).length;
  const result = {
    tickets: receipts.length,
    calls: callCount,
    boards: BOARDS,
    simulated_day_minutes: SIM_DAY_MINUTES,
    real_seconds: Math.round((performance.now() - started) / 1000),
    call_to_board_p50_ms: percentile(latencies, 50),
    call_to_board_p99_ms: percentile(latencies, 99),
    missed_calls: missed,
    duplicated_calls: duplicated,
    eta_error_p50_min: percentile(etaErrors, 50),
    eta_error_p90_min: percentile(etaErrors, 90),
    phones_stream: {
      phones: STREAM_PHONES,
      noticed: noticedCount('stream'),
      call_to_phone_p50_ms: percentile(phoneNotice.stream, 50),
      call_to_phone_p99_ms: percentile(phoneNotice.stream, 99),
      events_received: streamEvents,
    },
    baseline_phones_poll_5s: {
      phones: POLL_PHONES,
      noticed: noticedCount('poll'),
      call_to_phone_p50_ms: percentile(phoneNotice.poll, 50),
      call_to_phone_p99_ms: percentile(phoneNotice.poll, 99),
      requests: pollRequests,
    },
  };
  result.goal_met = missed === 0 && duplicated === 0 && (result.call_to_board_p99_ms ?? Infinity) <= GOAL_P99_MS;
  console.log(JSON.stringify(result));
  process.exitCode = result.goal_met ? 0 : 1;
} finally {
  agent.destroy();
  await endProcess(server.child);
  rmSync(dataDir, { recursive: true, force: true });
}
