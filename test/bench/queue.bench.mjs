// The queue over a day: one hall server (child process, embedded SQLite, the demo hall with its
// 10 windows) on a clock running BENCH_SPEED (120) times faster than real time, so 09:00–17:00
// passes in 4 minutes. 3,000 visitors arrive over the day (more in the morning and after
// lunch) at the kiosks; 10 counters call, serve for a simulated 0.5–4 minutes and complete; 20
// boards follow the public event stream; 100 phones each follow a visitor's ticket on its own
// stream, taking the next visitor's once theirs is done.
//
// Measured: call → board (from sending call-next to a board receiving its ticket-called, every
// board), calls a board missed or got twice, tickets called twice, call → phone, and the ETA
// error (every simulated 2 minutes while a followed ticket waits: the middle of the wait range
// the phone shows, against the time it really was called, in simulated minutes).
//
// Baseline, same arrivals and services (the same seeded random numbers), fresh server: phones
// poll GET /api/tickets/{id} every 5 s of real time instead of following a stream. In the
// compressed day 5 s are 10 simulated minutes, so the baseline's ETA error and missed calls
// say what polling costs at this speed, not at a real hall's.
//
// Last line: JSON with tickets, calls, call_to_board_p50_ms, call_to_board_p99_ms,
// missed_calls, duplicated_calls, eta_error_p50_min, and `baseline` with the same.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { endProcess, printedTokens, spawnProcess } from '../helpers/processes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SPEED = Number(process.env.BENCH_SPEED ?? 120);
const TICKETS = Number(process.env.BENCH_TICKETS ?? 3000);
const COUNTERS = 10;
const BOARDS = 20;
const PHONES = 100;
const DAY_MINUTES = 8 * 60;
const POLL_MS = 5000;
const SAMPLE_MINUTES = 2;
const PAD_SECRET = 'bench-pad-secret-0123456789';
const STAFF = 'bench-staff-token';
const KIOSK = `Bearer ${printedTokens('queue/kiosk-token-cli.ts', PAD_SECRET, ['bench-kiosk'], { cwd: ROOT }).get('bench-kiosk')}`;

/** Simulated minutes → real ms. */
const real = (minutes) => (minutes * 60_000) / SPEED;

/** A small seeded generator (mulberry32): both runs see the same day. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Visitors per category (not the appointment-only one) and their arrival minutes: peaks at 10:00 and 14:30. */
function day(seed) {
  const rand = random(seed);
  const weights = {
    household: 20,
    'exit-entry': 10,
    'social-insurance': 20,
    'real-estate': 9,
    business: 9,
    'housing-fund': 10,
    'civil-affairs': 10,
    priority: 5,
  };
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const pick = () => {
    let r = rand() * total;
    for (const [code, weight] of Object.entries(weights)) if ((r -= weight) < 0) return code;
    return 'household';
  };
  // Rejection sampling on a two-peaked density over the day.
  const density = (m) =>
    0.6 + Math.exp(-(((m - 60) / 70) ** 2)) + 0.8 * Math.exp(-(((m - 330) / 80) ** 2)) - (m > 180 && m < 270 ? 0.35 : 0);
  const arrivals = [];
  while (arrivals.length < TICKETS) {
    const minute = rand() * (DAY_MINUTES - 20);
    if (rand() * 1.7 < density(minute)) arrivals.push({ minute, category: pick() });
  }
  arrivals.sort((a, b) => a.minute - b.minute);
  // Service minutes for the counters, in call order: 0.5–4, mostly around 1.3.
  const services = Array.from({ length: TICKETS * 2 }, () => Math.min(4, 0.5 + -Math.log(1 - rand()) * 0.8));
  return { arrivals, services };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const round = (value, digits = 1) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** A server-sent event stream read with fetch; `onEvent(type, data, id)` for each event. */
function sse(url, headers, onEvent) {
  const controller = new AbortController();
  const done = (async () => {
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let type;
        let id;
        let data = '';
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) type = line.slice(7);
          else if (line.startsWith('id: ')) id = line.slice(4);
          else if (line.startsWith('data: ')) data += line.slice(6);
        }
        if (type && data) onEvent(type, JSON.parse(data), id);
      }
    }
  })().catch((error) => {
    if (error.name !== 'AbortError') throw error;
  });
  return { close: () => controller.abort(), done };
}

async function post(url, path, body, headers = {}) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** One simulated day against a fresh server; `phones` is 'stream' or 'poll'. */
async function runDay(mode, plan) {
  const dir = mkdtempSync(join(tmpdir(), 'hall-bench-queue-'));
  const started = spawnProcess(['--conditions=source', '--import', 'tsx', 'test/bench/queue-hall.mjs'], {
    cwd: ROOT,
    env: { HALL_DATA_DIR: dir, HALL_STAFF_TOKEN: STAFF, HALL_PAD_SECRET: PAD_SECRET, BENCH_SPEED: String(SPEED), DATABASE_URL: '' },
    timeoutMs: 60_000,
  });
  let line = '';
  started.child.stdout.on('data', (chunk) => (line += chunk));
  const url = await started.ready;
  try {
    const [, simulatedIso, realStartText] = /from (\S+), (\d+)\)/.exec(line) ?? [];
    const simulatedStart = Date.parse(simulatedIso);
    const realStart = Number(realStartText);
    /** Real epoch ms → simulated epoch ms (the server's clock). */
    const simAt = (ms) => simulatedStart + (ms - realStart) * SPEED;
    const hall = await (await fetch(`${url}/api/hall`)).json();

    const calls = new Map(); // ticket id → { t0, at, window }
    // When each counter sent its latest call-next (an event may arrive before the answer).
    const callStart = new Map();
    const startOf = (ticketId, window) => calls.get(ticketId)?.t0 ?? callStart.get(window);
    const boardSeen = Array.from({ length: BOARDS }, () => new Map()); // per board: ticket id → count
    const boardLatency = [];
    let calledTwice = 0;
    const boards = Array.from({ length: BOARDS }, (_, index) =>
      sse(`${url}/api/events`, {}, (type, data) => {
        if (type !== 'ticket-called' || data.recall) return;
        const seen = boardSeen[index];
        seen.set(data.ticket.id, (seen.get(data.ticket.id) ?? 0) + 1);
        const t0 = startOf(data.ticket.id, data.window);
        if (t0 !== undefined) boardLatency.push(performance.now() - t0);
      }),
    );
    await sleep(300);

    // Counters.
    const open = { arrivals: true };
    let serviceIndex = 0;
    const counter = async (window) => {
      for (;;) {
        const t0 = performance.now();
        callStart.set(window.id, t0);
        const res = await post(url, `/api/windows/${window.id}/call-next`, {}, { authorization: `Bearer ${STAFF}` });
        const ticket = res.body.ticket;
        if (!ticket) {
          if (!open.arrivals) return;
          await sleep(real(0.5));
          continue;
        }
        if (calls.has(ticket.id)) calledTwice += 1;
        calls.set(ticket.id, { t0, at: Date.parse(ticket.calledAt), window: window.id });
        await sleep(real(plan.services[serviceIndex++ % plan.services.length]));
        await post(url, `/api/windows/${window.id}/complete`, {}, { authorization: `Bearer ${STAFF}`, 'idempotency-key': `${ticket.id}` });
      }
    };

    // Phones: each follows one visitor's ticket until it is done, then takes the next one's.
    const followed = []; // { id, takenAt, updates: [{ t, mid }], calledSeenAt, status }
    let phoneRequests = 0;
    const freePhones = Array.from({ length: PHONES }, (_, i) => i);
    const follow = (receipt, phone) => {
      const record = { id: receipt.id, takenAt: Date.parse(receipt.takenAt), updates: [], sawCalled: false };
      followed.push(record);
      const seeTicket = (ticket) => {
        const t = performance.now();
        if (ticket.status === 'waiting')
          record.updates.push({ t: simAt(Date.now()), mid: (ticket.estimatedWait.min + ticket.estimatedWait.max) / 2 });
        if (ticket.status === 'called' && !record.sawCalled) {
          record.sawCalled = true;
          const t0 = startOf(ticket.id, ticket.window);
          record.callLatency = t0 === undefined ? undefined : t - t0;
        }
        return ticket.status === 'done' || ticket.status === 'skipped';
      };
      const release = () => freePhones.push(phone);
      if (mode === 'stream') {
        let finished = false;
        const stream = sse(`${url}/api/events?ticket=${receipt.id}`, { authorization: `Bearer ${receipt.secret}` }, (type, data) => {
          if (type !== 'ticket-changed' || finished) return;
          if (seeTicket(data.ticket)) {
            finished = true;
            stream.close();
            release();
          }
        });
        phoneRequests += 1;
      } else {
        seeTicket(receipt);
        const poll = async () => {
          for (;;) {
            await sleep(POLL_MS);
            phoneRequests += 1;
            const response = await fetch(`${url}/api/tickets/${receipt.id}`, { headers: { authorization: `Bearer ${receipt.secret}` } });
            if (seeTicket(await response.json())) return release();
          }
        };
        void poll();
      }
    };

    const counters = hall.windows.slice(0, COUNTERS).map((window) => counter(window));
    // Arrivals at their simulated minute.
    const began = performance.now();
    let tickets = 0;
    let refused = 0;
    for (const arrival of plan.arrivals) {
      const wait = real(arrival.minute) - (performance.now() - began);
      if (wait > 0) await sleep(wait);
      const phone = freePhones.shift();
      const res = await post(url, '/api/tickets', { category: arrival.category }, { authorization: KIOSK });
      if (res.status !== 201) {
        refused += 1;
        if (phone !== undefined) freePhones.push(phone);
        continue;
      }
      tickets += 1;
      if (phone !== undefined) follow(res.body, phone);
    }
    open.arrivals = false;
    await Promise.all(counters);
    await sleep(Math.max(2000, mode === 'poll' ? POLL_MS + 1000 : 0));
    for (const board of boards) board.close();

    // Calls against boards.
    let missed = 0;
    let duplicated = calledTwice;
    for (const id of calls.keys()) {
      let missedHere = false;
      for (const seen of boardSeen) {
        const count = seen.get(id) ?? 0;
        if (count === 0) missedHere = true;
        if (count > 1) duplicated += count - 1;
      }
      if (missedHere) missed += 1;
    }
    boardLatency.sort((a, b) => a - b);
    // ETA error: every 2 simulated minutes while a followed ticket waited.
    const errors = [];
    const phoneLatency = [];
    let phoneMissed = 0;
    for (const record of followed) {
      const call = calls.get(record.id);
      if (!call) continue;
      if (!record.sawCalled) phoneMissed += 1;
      else if (record.callLatency !== undefined) phoneLatency.push(record.callLatency);
      if (record.updates.length === 0) continue;
      for (let t = record.takenAt; t < call.at; t += SAMPLE_MINUTES * 60_000) {
        let shown;
        for (const update of record.updates) if (update.t <= t + 1) shown = update;
        shown ??= record.updates[0];
        errors.push(Math.abs(shown.mid - (call.at - t) / 60_000));
      }
    }
    errors.sort((a, b) => a - b);
    phoneLatency.sort((a, b) => a - b);
    return {
      tickets,
      refused,
      calls: calls.size,
      call_to_board_p50_ms: round(percentile(boardLatency, 50)),
      call_to_board_p99_ms: round(percentile(boardLatency, 99)),
      missed_calls: missed,
      duplicated_calls: duplicated,
      eta_error_p50_min: round(percentile(errors, 50)),
      eta_error_p90_min: round(percentile(errors, 90)),
      phones: PHONES,
      followed_tickets: followed.length,
      call_to_phone_p50_ms: round(percentile(phoneLatency, 50)),
      call_to_phone_p99_ms: round(percentile(phoneLatency, 99)),
      phone_missed_calls: phoneMissed,
      phone_requests: phoneRequests,
      real_seconds: Math.round((performance.now() - began) / 1000),
    };
  } finally {
    await endProcess(started.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

const plan = day(20261202);
const streams = await runDay('stream', plan);
console.log(`streams: ${JSON.stringify(streams)}`);
const polling = await runDay('poll', plan);
console.log(`polling: ${JSON.stringify(polling)}`);
const summary = {
  name: 'queue',
  speed: SPEED,
  counters: COUNTERS,
  boards: BOARDS,
  ...streams,
  baseline: { name: `phones poll GET /api/tickets/{id} every ${POLL_MS / 1000} s instead of a ticket stream`, ...polling },
};
console.log(JSON.stringify(summary));
process.exitCode = streams.missed_calls === 0 && streams.duplicated_calls === 0 ? 0 : 1;
