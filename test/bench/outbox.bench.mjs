// No rating lost or counted twice: 1,000 visitors rate 1,000 finished transactions on a pad
// page in real Chromium while this script, at random (seeded, so runs are comparable), cuts
// and restores the network (context.setOffline), reloads the page mid-send and kills the
// hall server with SIGKILL, restarting it on the same data folder. Then everything is
// restored, the pad drains, and the server's database is counted against what was given.
//
// The pad (test/bench/pages/outbox-page.ts, served by a Vite dev server started here) sends
// through ratingOutbox(apiBase), the shared outbox zw-rating uses: a rating is "given" once
// `outbox.add` resolved, i.e. once it is stored on the device.
//
// Alternative, in the same run and under the same disruptions (a second tab with its own
// 1,000 transactions): plain fetch with a retry loop held in memory, a fresh
// Idempotency-Key per attempt, the visitor thanked at once. It is what a pad without an
// outbox typically does, and it isolates the two things the outbox adds: durability across
// a reload (IndexedDB) and one key per rating across retries. (Workbox background sync was
// not chosen: it also stores in IndexedDB, but needs a service worker, which a widget
// embedded on a portal page does not have.)
//
// Hall server: the real one, a child process on embedded SQLite in a temp folder, reached
// cross-origin (CORS) as a portal page would. Traffic goes to 127.0.0.1 only.
//
// Last line: JSON with ratings, lost, duplicated, rejected, reloads, offline_periods,
// server_restarts, duration_ms and the alternative's figures. Exit code 1 unless the outbox
// lost none, duplicated none, kept none aside and drained.
//
// Settings (environment): BENCH_RATINGS (1000), BENCH_SEED (20261122), BENCH_CHAOS_MS
// (100000, cap of the disrupted phase), CHROME_PATH (/usr/bin/chromium).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromium as browserSettings, servePages } from './pages/serve-pages.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RATINGS = Number(process.env.BENCH_RATINGS ?? 1000);
const SEED = Number(process.env.BENCH_SEED ?? 20261122);
const CHAOS_LIMIT_MS = Number(process.env.BENCH_CHAOS_MS ?? 100_000);
const MAX_EVENTS = 300;
const DRAIN_LIMIT_MS = 60_000;
/** Drained: nothing pending and no new POST for this long. */
const QUIET_MS = 2_000;
/** Mean pause between two visitors, in ms: 1,000 ratings in about a minute. */
const MEAN_PAUSE_MS = 50;
const STAFF_TOKEN = 'outbox-bench-staff-token';
// Fixed, so rating tokens stay valid when the server is killed and started again.
const PAD_SECRET = 'outbox-bench-pad-secret-0123456789';

const started = performance.now();
const elapsed = () => performance.now() - started;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const log = (line) => console.log(`[${(elapsed() / 1000).toFixed(1).padStart(5)}s] ${line}`);

/** mulberry32: small, fast, seeded. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real hall server as a child process; restarts keep its port and data folder. */
class HallServer {
  constructor(dataDir, corsOrigin) {
    this.dataDir = dataDir;
    this.corsOrigin = corsOrigin;
    this.port = 0;
    this.child = undefined;
    this.url = undefined;
    this.output = '';
  }

  get up() {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(timeoutMs = 30_000) {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        HALL_DATA_DIR: this.dataDir,
        HALL_STAFF_TOKEN: STAFF_TOKEN,
        HALL_PAD_SECRET: PAD_SECRET,
        HALL_CORS_ORIGINS: this.corsOrigin,
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    const keep = (chunk) => {
      output += chunk;
      this.output = (this.output + chunk).slice(-4000);
    };
    child.stderr.on('data', keep);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`hall server: no URL within ${timeoutMs} ms:\n${output}`)), timeoutMs);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`hall server exited (${code ?? signal}) before listening:\n${output}`));
      });
      child.stdout.on('data', (chunk) => {
        keep(chunk);
        const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
        if (match) {
          clearTimeout(timer);
          this.url = match[1];
          this.port = Number(match[2]); // restarts keep the same origin
          resolvePromise();
        }
      });
    });
  }

  stop(signal = 'SIGTERM') {
    const { child } = this;
    return new Promise((resolvePromise) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolvePromise();
      child.once('exit', () => resolvePromise());
      child.kill(signal);
      if (signal !== 'SIGKILL') setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      return undefined;
    });
  }
}

async function api(url, path, init = {}) {
  const response = await fetch(`${url}${path}`, init);
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * Transactions through the staff API, as clerks finishing them at their windows would; each
 * rating gets the rating token `complete` answered (what the pad hears on its stream).
 */
async function completeTransactions(url, windows, ratings, concurrency = 4) {
  let index = 0;
  const worker = async () => {
    while (index < ratings.length) {
      const i = index;
      index += 1;
      const done = await api(url, `/api/windows/${encodeURIComponent(windows[i % windows.length])}/complete`, {
        method: 'POST',
        headers: { authorization: `Bearer ${STAFF_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ transactionId: ratings[i].transactionId }),
      });
      ratings[i].token = done.ratingToken;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const LEVELS = [
  ['very-satisfied', 0.5],
  ['satisfied', 0.2],
  ['basic', 0.1],
  ['dissatisfied', 0.12],
  ['very-dissatisfied', 0.08],
];
const COMMENTS = ['等候时间较长', '窗口人员解释不够清楚', '材料要求与网上说明不一致', '系统故障，多跑了一趟'];

/** Levels, reasons and pauses: the same for both pads, only the transaction ids differ. */
function visitorsPlan(count, reasonCodes, random) {
  return Array.from({ length: count }, () => {
    let pick = random();
    const level = LEVELS.find(([, share]) => (pick -= share) < 0)?.[0] ?? 'very-satisfied';
    const bad = level === 'dissatisfied' || level === 'very-dissatisfied';
    const reasons = [];
    if (bad) {
      const wanted = 1 + Math.floor(random() * 2);
      while (reasons.length < Math.min(wanted, reasonCodes.length)) {
        const code = reasonCodes[Math.floor(random() * reasonCodes.length)];
        if (!reasons.includes(code)) reasons.push(code);
      }
    }
    const comment = bad && random() < 0.5 ? COMMENTS[Math.floor(random() * COMMENTS.length)] : undefined;
    return { level, reasons, comment, pause: Math.floor(random() * 2 * MEAN_PAUSE_MS) };
  });
}

function planFor(prefix, visitors, apiBase) {
  return {
    apiBase,
    ratings: visitors.map((visitor, i) => ({
      transactionId: `${prefix}-${String(i + 1).padStart(5, '0')}`,
      level: visitor.level,
      channel: 'window-pad',
      reasons: visitor.reasons,
      ...(visitor.comment ? { comment: visitor.comment } : {}),
    })),
    pauses: visitors.map((visitor) => visitor.pause),
  };
}

/** The pad's counters, or undefined while it (re)loads. */
async function padState(page) {
  try {
    return await Promise.race([page.evaluate(() => globalThis.zwBench?.state()), sleep(5000).then(() => undefined)]);
  } catch {
    return undefined;
  }
}

function beijingDay(offsetDays = 0) {
  const date = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Per transaction, from the database file: ratings, and acknowledged Idempotency-Keys. */
function countOnServer(dataDir) {
  const require = createRequire(join(ROOT, 'packages/hall-server/package.json'));
  const Database = require('better-sqlite3');
  const db = new Database(join(dataDir, 'hall.db'), { readonly: true, fileMustExist: true });
  try {
    const ratings = new Map();
    for (const row of db.prepare('select transaction_id as id, level, count(*) as n from ratings group by transaction_id, level').all()) {
      const entry = ratings.get(row.id) ?? { n: 0, levels: [] };
      entry.n += row.n;
      entry.levels.push(row.level);
      ratings.set(row.id, entry);
    }
    const acceptedKeys = new Map();
    const storedKeys = new Set();
    for (const row of db.prepare('select key, response from idempotency_keys where status_code between 200 and 299').all()) {
      const id = JSON.parse(row.response)?.target?.transactionId;
      acceptedKeys.set(id, (acceptedKeys.get(id) ?? 0) + 1);
      storedKeys.add(row.key);
    }
    const total = db.prepare('select count(*) as n from ratings').get().n;
    return { ratings, acceptedKeys, storedKeys, total };
  } finally {
    db.close();
  }
}

/** lost, duplicated and the rest for one pad, against the ratings it gave. */
function verdict(plan, state, server) {
  const given = plan.ratings.slice(0, state?.next ?? 0);
  const givenIds = new Set(given.map((rating) => rating.transactionId));
  const prefix = plan.ratings[0].transactionId.split('-')[0];
  let lost = 0;
  let wrongLevel = 0;
  for (const rating of given) {
    const found = server.ratings.get(rating.transactionId);
    if (!found) lost += 1;
    else if (!found.levels.every((level) => level === rating.level)) wrongLevel += 1;
  }
  let extraPerTransaction = 0;
  let notGiven = 0;
  let resentAfterStored = 0;
  for (const [id, { n }] of server.ratings) {
    if (!id.startsWith(`${prefix}-`)) continue;
    extraPerTransaction += Math.max(0, n - 1);
    if (!givenIds.has(id)) notGiven += n;
  }
  for (const [id, keys] of server.acceptedKeys) {
    if (id?.startsWith(`${prefix}-`)) resentAfterStored += Math.max(0, keys - 1);
  }
  // Meaningful with one key per attempt (naive) only: the outbox resends under the same
  // key, so its key is stored once any attempt got through.
  const unansweredButStored = (state?.unanswered ?? []).filter((key) => server.storedKeys.has(key)).length;
  return {
    ratings: given.length,
    on_server: [...server.ratings.keys()].filter((id) => id.startsWith(`${prefix}-`)).length,
    lost,
    duplicated: extraPerTransaction + notGiven,
    duplicated_same_transaction: extraPerTransaction,
    on_server_not_given: notGiven,
    wrong_level: wrongLevel,
    unansweredButStored,
    rejected: state?.rejected ?? null,
    pending_at_end: state?.pending ?? null,
    // Acknowledged POSTs beyond the first for a transaction: each would be a second rating
    // on a server without the 一次一评 rule (the outbox reuses its key, so its are replays).
    resent_after_stored: resentAfterStored,
    // POSTs the pad never got an answer to (network error, server killed or frozen, page
    // reloaded meanwhile).
    unanswered_posts: state?.unanswered?.length ?? null,
    // 2xx answers carrying a rating the server had stored before that POST was sent: an
    // earlier attempt was stored but its answer lost, and this resend did not store it again
    // (the outbox: same key, stored answer replayed; naive: new key, same content → 200).
    replayed_answers: state?.replays ?? null,
    posts: state?.posts ?? null,
    page_loads: state?.loads ?? null,
  };
}

const work = mkdtempSync(join(tmpdir(), 'zw-outbox-bench-'));
const dataDir = join(work, 'hall');
let plans = {};
let vite;
let hall;
let context;
let exitCode = 1;
try {
  // The pad page, on its own origin; /bench-plan hands it the visitors to play.
  vite = await servePages({
    work,
    entry: 'outbox.html',
    routes: {
      '/bench-plan': (request, response) => {
        const mode = new URL(request.url, 'http://x').searchParams.get('mode');
        const plan = plans[mode];
        response.statusCode = plan ? 200 : 404;
        response.setHeader('content-type', 'application/json');
        response.setHeader('cache-control', 'no-store');
        response.end(JSON.stringify(plan ?? null));
      },
    },
  });
  const pageOrigin = new URL(vite.resolvedUrls.local[0]).origin;

  hall = new HallServer(dataDir, pageOrigin);
  await hall.start();
  log(`hall server ${hall.url} (sqlite in ${dataDir}), pad page ${pageOrigin}`);

  const hallInfo = await api(hall.url, '/api/hall');
  const windows = hallInfo.windows.map((window) => window.id);
  const reasonCodes = hallInfo.ratingReasons.map((reason) => reason.code);
  const visitors = visitorsPlan(RATINGS, reasonCodes, prng(SEED));
  const apiBase = `${hall.url}/api`;
  plans = { outbox: planFor('BO', visitors, apiBase), naive: planFor('BN', visitors, apiBase) };
  const t0 = performance.now();
  await completeTransactions(hall.url, windows, [...plans.outbox.ratings, ...plans.naive.ratings]);
  const bad = visitors.filter((v) => v.level.includes('dissatisfied')).length;
  log(
    `${2 * RATINGS} transactions completed at ${windows.length} windows in ${Math.round(performance.now() - t0)} ms; ${bad} of each pad's ${RATINGS} ratings are 差评 with reasons`,
  );

  context = await chromium.launchPersistentContext(join(work, 'chromium-profile'), {
    ...browserSettings,
    headless: true,
  });
  const pads = { outbox: context.pages()[0] ?? (await context.newPage()), naive: await context.newPage() };
  for (const page of Object.values(pads)) {
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
  }
  await Promise.all(Object.entries(pads).map(([mode, page]) => page.goto(`${pageOrigin}/outbox.html?mode=${mode}`)));
  log('both pads loaded; disruptions start');

  // ---- disrupted phase ----
  const chaos = prng(SEED ^ 0x5bd1e995);
  const figures = {
    reloads: 0,
    reloads_mid_request: 0,
    alternative_reloads: 0,
    offline_periods: 0,
    offline_ms: 0,
    server_restarts: 0,
    kills_mid_request: 0,
    server_down_ms: 0,
    server_start_ms: [],
    server_freezes: 0,
  };
  let offlineSince = 0;
  let offlineUntil = 0;
  let killedAt = 0;
  let backAt = 0;
  let lastProgress = 0;
  const chaosStart = performance.now();
  const states = async () => ({ outbox: await padState(pads.outbox), naive: await padState(pads.naive) });
  const progress = (s, label) =>
    log(
      `${label} outbox ${s.outbox?.next ?? '?'}/${RATINGS} given, ${s.outbox?.pending ?? '?'} pending | naive ${s.naive?.next ?? '?'}/${RATINGS} given, ${s.naive?.pending ?? '?'} in memory | offline ${figures.offline_periods}, reloads ${figures.reloads}, server kills ${figures.server_restarts}`,
    );
  const restoreNetwork = async () => {
    await context.setOffline(false);
    figures.offline_ms += performance.now() - offlineSince;
    offlineSince = 0;
  };
  const restartServer = async () => {
    const t = performance.now();
    await hall.start();
    figures.server_start_ms.push(performance.now() - t);
    figures.server_down_ms += performance.now() - killedAt;
    killedAt = 0;
  };
  for (let events = 0; events < MAX_EVENTS && performance.now() - chaosStart < CHAOS_LIMIT_MS; events++) {
    // Every turn draws the same four numbers, so one seed gives one sequence of decisions.
    const [wait, kind, length, which] = [chaos(), chaos(), chaos(), chaos()];
    await sleep(500 + wait * 1500);
    const now = performance.now();
    if (offlineSince && now >= offlineUntil) await restoreNetwork();
    if (killedAt && now >= backAt) await restartServer();
    const s = await states();
    if (s.outbox?.done && s.naive?.done) break;
    if (now - lastProgress > 5000) {
      progress(s, 'disrupting:');
      lastProgress = now;
    }
    if (kind < 0.27) {
      if (offlineSince) continue;
      await context.setOffline(true);
      offlineSince = performance.now();
      offlineUntil = offlineSince + 400 + length * 2000;
      figures.offline_periods += 1;
    } else if (kind < 0.6) {
      // A reload while offline would show the browser's error page (no service worker here).
      if (offlineSince) continue;
      const targets = which < 0.6 ? ['outbox', 'naive'] : which < 0.8 ? ['outbox'] : ['naive'];
      const before = await padState(pads.outbox);
      if (targets.includes('outbox')) {
        figures.reloads += 1;
        if (before?.inflight > 0) figures.reloads_mid_request += 1;
      }
      if (targets.includes('naive')) figures.alternative_reloads += 1;
      await Promise.all(targets.map((mode) => pads[mode].reload({ waitUntil: 'load', timeout: 30_000 })));
    } else if (kind < 0.92 && which >= 0.5) {
      // The server stalls (SIGSTOP) with requests queued, the pads reload meanwhile, then it
      // resumes and serves requests whose senders have gone: stored, never answered.
      if (killedAt || offlineSince) continue;
      hall.child.kill('SIGSTOP');
      figures.server_freezes += 1;
      await sleep(300 + length * 700);
      const before = await padState(pads.outbox);
      figures.reloads += 1;
      figures.alternative_reloads += 1;
      if (before?.inflight > 0) figures.reloads_mid_request += 1;
      try {
        await Promise.all(Object.values(pads).map((page) => page.reload({ waitUntil: 'load', timeout: 30_000 })));
      } finally {
        hall.child.kill('SIGCONT');
      }
    } else if (kind < 0.92) {
      if (killedAt) continue;
      const before = await padState(pads.outbox);
      if (before?.inflight > 0) figures.kills_mid_request += 1;
      await hall.stop('SIGKILL');
      killedAt = performance.now();
      // Down for this long plus the restart itself (a few seconds: tsx, migrations check).
      backAt = killedAt + 200 + length * 1300;
      figures.server_restarts += 1;
    }
  }
  const chaosMs = Math.round(performance.now() - chaosStart);
  if (offlineSince) await restoreNetwork();
  if (killedAt) await restartServer();
  log(`disruptions over after ${chaosMs} ms; network on, server up; draining`);

  // ---- drain: everything given, nothing pending, no POST for QUIET_MS ----
  const drainStart = performance.now();
  let last;
  let lastPosts = -1;
  let quietSince = performance.now();
  let drained = false;
  while (performance.now() - drainStart < DRAIN_LIMIT_MS) {
    const s = await states();
    last = s;
    const posts = (s.outbox?.posts ?? 0) + (s.naive?.posts ?? 0);
    if (posts !== lastPosts) {
      lastPosts = posts;
      quietSince = performance.now();
    }
    const idle = (state) => state?.done && state.pending === 0 && state.inflight === 0;
    if (idle(s.outbox) && idle(s.naive) && performance.now() - quietSince >= QUIET_MS) {
      drained = true;
      break;
    }
    if (performance.now() - lastProgress > 5000) {
      progress(s, 'draining:  ');
      lastProgress = performance.now();
    }
    await sleep(250);
  }
  const drainMs = Math.round(performance.now() - drainStart);
  progress(last, drained ? 'drained:   ' : 'NOT drained:');

  // ---- count on the server: the database file, and the stats API ----
  const server = countOnServer(dataDir);
  const stats = await api(hall.url, `/api/ratings/stats?from=${beijingDay(-1)}&to=${beijingDay(0)}`);
  const outbox = verdict(plans.outbox, last.outbox, server);
  const naiveVerdict = verdict(plans.naive, last.naive, server);
  if (last.outbox?.rejectedItems?.length) log(`outbox kept aside: ${JSON.stringify(last.outbox.rejectedItems.slice(0, 5))}`);

  const { unansweredButStored: alternativeUnansweredButStored, ...naive } = naiveVerdict;
  delete outbox.unansweredButStored;
  const { alternative_reloads: alternativeReloads, server_start_ms: startMs, ...shared } = figures;
  const goalMet = drained && outbox.lost === 0 && outbox.duplicated === 0 && outbox.rejected === 0 && outbox.wrong_level === 0;
  const summary = {
    name: 'outbox',
    seed: SEED,
    ratings: outbox.ratings,
    lost: outbox.lost,
    duplicated: outbox.duplicated,
    rejected: outbox.rejected,
    pending_at_end: outbox.pending_at_end,
    wrong_level: outbox.wrong_level,
    resent_after_stored: outbox.resent_after_stored,
    unanswered_posts: outbox.unanswered_posts,
    replayed_answers: outbox.replayed_answers,
    resumed_from_outbox: last.outbox?.resumedFromOutbox ?? null,
    posts: outbox.posts,
    page_loads: outbox.page_loads,
    ...shared,
    server_start_ms: Math.round(startMs.reduce((sum, ms) => sum + ms, 0) / (startMs.length || 1)),
    offline_ms: Math.round(figures.offline_ms),
    server_down_ms: Math.round(figures.server_down_ms),
    disrupted_ms: chaosMs,
    drain_ms: drainMs,
    drained,
    duration_ms: Math.round(elapsed()),
    server: {
      ratings_in_sqlite: server.total,
      stats_api_total: stats.total,
      agree: server.total === stats.total,
    },
    alternative: {
      name: 'plain fetch + in-memory retry loop, fresh Idempotency-Key per attempt (same disruptions, second tab)',
      ...naive,
      reloads: alternativeReloads,
      // Attempts (each with its own key) stored by the server but never answered to the pad.
      unanswered_but_stored: alternativeUnansweredButStored,
    },
    goal: { lost: 0, duplicated: 0, rejected: 0 },
    goal_met: goalMet,
  };
  const line = (who, v, aside) =>
    log(
      `${who} ${v.ratings} given, ${v.lost} lost, ${v.duplicated} duplicated, ${v.rejected} ${aside}; ${v.unanswered_posts} POSTs unanswered, ${v.replayed_answers} answers were a replay of a rating stored earlier, ${v.resent_after_stored} resent under a new key after stored`,
    );
  line('outbox:     ', outbox, 'kept aside');
  line('alternative:', naive, 'dropped');
  log(`server: ${server.total} ratings in SQLite, ${stats.total} by GET /api/ratings/stats`);
  console.log(JSON.stringify(summary));
  exitCode = goalMet ? 0 : 1;
} catch (error) {
  console.error(error);
  if (hall?.output) console.error(`hall server output (tail):\n${hall.output}`);
} finally {
  await context?.close().catch(() => undefined);
  if (hall?.up) hall.child.kill('SIGCONT');
  await hall?.stop().catch(() => undefined);
  await vite?.close().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
