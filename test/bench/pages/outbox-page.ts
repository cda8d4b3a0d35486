// The page test/bench/outbox.bench.mjs drives in Chromium. It plays a rating pad that a
// stream of visitors uses: rating i of the plan is "given" when it is saved on the device,
// then the next visitor comes after a pause. The benchmark cuts the network, reloads this
// page and kills the hall server meanwhile.
//
//   ?mode=outbox  ratings go through ratingOutbox(apiBase), the module zw-rating uses, with a
//                 new key per rating as zw-rating makes; given = `outbox.add` resolved.
//   ?mode=naive   the alternative: plain fetch with a retry loop held in memory (see
//                 sendNaively); given = the visitor pressed submit and was thanked.
//
// How many ratings were given survives reloads in localStorage (`zw-bench:<mode>:next`):
// ratings are given in plan order, so the first `next` ratings of the plan are the given
// ones, and a reloaded page resumes with the others. Only counters live here; the
// benchmark reads them with `window.zwBench.state()`.
import { newKey } from '@zhengwu/core';
import type { RatingSubmission } from '@zhengwu/core/contract';
import { RATING_KIND, ratingOutbox } from '@zhengwu/rating/outbox/rating-outbox';

type Mode = 'outbox' | 'naive';

interface Plan {
  apiBase: string;
  /** One per transaction, in the order visitors give them (without ratedAt). */
  ratings: RatingSubmission[];
  /** Pause before rating i, in ms. */
  pauses: number[];
}

export interface PageState {
  mode: Mode;
  loads: number;
  /** Ratings given (all of them survive in the outbox, or only in memory for naive). */
  next: number;
  total: number;
  /** Skipped on load because the outbox already held them (saved just before a reload). */
  resumedFromOutbox: number;
  /** POST /ratings: started (all loads), in flight (this load), answered 2xx (all loads). */
  posts: number;
  inflight: number;
  acked: number;
  /** Waiting to be sent: outbox items (IndexedDB) or naive retry loops (memory). */
  pending: number;
  /** Kept aside by the outbox, or dropped by the naive loop after a 4xx (all page loads). */
  rejected: number;
  rejectedItems: { transactionId: string; error: unknown }[];
  /** Keys of POSTs never answered to this page (all loads). */
  unanswered: string[];
  /** 2xx answers holding a rating the server had stored before that POST was sent. */
  replays: number;
  online: boolean;
  onlineEvents: number;
  done: boolean;
}

const mode: Mode = new URLSearchParams(location.search).get('mode') === 'naive' ? 'naive' : 'outbox';
const stored = (name: string) => `zw-bench:${mode}:${name}`;
const readNumber = (name: string) => Number(localStorage.getItem(stored(name)) ?? 0);
const writeNumber = (name: string, value: number) => localStorage.setItem(stored(name), String(value));

writeNumber('loads', readNumber('loads') + 1);

// Passive instrumentation: counts POST /ratings (over all page loads, but `inflight`) and
// 'online' events; changes nothing the page does.
// Also keeps the Idempotency-Keys of POSTs whose answer this page never saw (network error,
// or still in flight when the page went away): the benchmark looks them up on the server to
// count ratings stored while their sender was told nothing.
let inflight = 0;
const inflightKeys = new Set<string>();
const unanswered = (): string[] => JSON.parse(localStorage.getItem(stored('unanswered')) ?? '[]') as string[];
const noteUnanswered = (key: string) => localStorage.setItem(stored('unanswered'), JSON.stringify([...unanswered(), key]));
function keyOf(init?: RequestInit): string | undefined {
  const headers = new Headers(init?.headers);
  return headers.get('idempotency-key') ?? undefined;
}
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  if (method !== 'POST' || !url.endsWith('/ratings')) return realFetch(input, init);
  writeNumber('posts', readNumber('posts') + 1);
  const key = keyOf(init);
  const sentAt = Date.now();
  inflight += 1;
  if (key) inflightKeys.add(key);
  try {
    const response = await realFetch(input, init);
    if (response.ok) {
      writeNumber('acked', readNumber('acked') + 1);
      // Stored before this POST was sent (same clock): the answer is the stored rating, kept
      // for an earlier attempt whose answer was lost; the server did not store it again.
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { receivedAt?: string } | undefined;
      if (body?.receivedAt && Date.parse(body.receivedAt) < sentAt) writeNumber('replays', readNumber('replays') + 1);
    }
    return response;
  } catch (error) {
    if (key && inflightKeys.has(key)) noteUnanswered(key);
    throw error;
  } finally {
    inflight -= 1;
    if (key) inflightKeys.delete(key);
  }
}) as typeof fetch;
globalThis.addEventListener('pagehide', () => {
  for (const key of inflightKeys) noteUnanswered(key);
  inflightKeys.clear();
});
globalThis.addEventListener('online', () => writeNumber('onlineEvents', readNumber('onlineEvents') + 1));

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

async function loadPlan(): Promise<Plan> {
  for (;;) {
    try {
      const response = await realFetch(`/bench-plan?mode=${mode}`, { cache: 'no-store' });
      if (response.ok) return (await response.json()) as Plan;
    } catch {
      // the network is cut: the plan comes from the page's own server, wait for it
    }
    await sleep(200);
  }
}

let next = readNumber('next');
let resumedFromOutbox = 0;
let total = 0;
let pendingOf: () => Promise<{ pending: number; rejected: number; rejectedItems: PageState['rejectedItems'] }> = async () => ({
  pending: 0,
  rejected: 0,
  rejectedItems: [],
});

const status = document.getElementById('status')!;

async function state(): Promise<PageState> {
  const { pending, rejected, rejectedItems } = await pendingOf();
  return {
    mode,
    loads: readNumber('loads'),
    next,
    total,
    resumedFromOutbox,
    posts: readNumber('posts'),
    inflight,
    acked: readNumber('acked'),
    onlineEvents: readNumber('onlineEvents'),
    unanswered: [...new Set(unanswered())],
    replays: readNumber('replays'),
    pending,
    rejected,
    rejectedItems,
    online: navigator.onLine,
    done: total > 0 && next >= total,
  };
}

declare global {
  interface Window {
    zwBench?: { state: () => Promise<PageState> };
  }
}
window.zwBench = { state };

/** Visitors rate one after the other; `give` saves rating i the way the mode does. */
async function visitors(plan: Plan, give: (submission: RatingSubmission) => Promise<void>) {
  while (next < total) {
    await sleep(plan.pauses[next]);
    // zw-rating stamps ratedAt when the visitor submits; the server ignores it for 一次一评.
    await give({ ...plan.ratings[next], ratedAt: new Date().toISOString() });
    next += 1;
    writeNumber('next', next);
    status.textContent = `${mode}: ${next}/${total} given`;
  }
  status.textContent = `${mode}: all ${total} given`;
}

async function runOutbox(plan: Plan) {
  const outbox = ratingOutbox(plan.apiBase);
  pendingOf = async () => {
    const items = await outbox.items();
    const rejected = items.filter((item) => item.state === 'rejected');
    return {
      pending: items.length - rejected.length,
      rejected: rejected.length,
      rejectedItems: rejected.map((item) => ({
        transactionId: (item.payload as RatingSubmission).transactionId,
        error: item.lastError,
      })),
    };
  };
  // A reload can land after `add` stored rating `next` but before `next` was saved: the
  // outbox holds it (unless already sent), so it is given, not to be added a second time.
  const held = new Set((await outbox.items()).map((item) => (item.payload as RatingSubmission).transactionId));
  while (next < plan.ratings.length && held.has(plan.ratings[next].transactionId)) {
    next += 1;
    resumedFromOutbox += 1;
    writeNumber('next', next);
  }
  await visitors(plan, async (submission) => {
    await outbox.add(RATING_KIND, submission, newKey());
  });
}

/**
 * The alternative: what a pad without an outbox typically does. The rating is POSTed with
 * fetch; on a network error, 5xx, 408 or 429 it is retried with backoff (1 s doubling to
 * 8 s, for ever) from a loop held in memory, and the visitor is thanked at once. Each
 * attempt carries a fresh Idempotency-Key (the server requires the header; a naive client
 * mints one per request, like a request id), so only the server's one-rating-per-transaction
 * rule stops a resend whose first answer was lost from counting twice. A 4xx other than
 * 408/429 drops the rating.
 */
async function runNaive(plan: Plan) {
  let inMemory = 0;
  pendingOf = async () => ({ pending: inMemory, rejected: readNumber('rejected'), rejectedItems: [] });
  const url = `${plan.apiBase.replace(/\/+$/, '')}/ratings`;
  const sendNaively = async (submission: RatingSubmission) => {
    inMemory += 1;
    let delay = 1000;
    try {
      for (;;) {
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
            body: JSON.stringify(submission),
          });
          if (response.ok) return;
          if (response.status < 500 && response.status !== 408 && response.status !== 429) {
            writeNumber('rejected', readNumber('rejected') + 1);
            return;
          }
        } catch {
          // no network or no server: try again
        }
        await sleep(delay);
        delay = Math.min(delay * 2, 8000);
      }
    } finally {
      inMemory -= 1;
    }
  };
  await visitors(plan, async (submission) => {
    void sendNaively(submission);
  });
}

async function main() {
  const plan = await loadPlan();
  total = plan.ratings.length;
  if (mode === 'outbox') await runOutbox(plan);
  else await runNaive(plan);
}

main().catch((error: unknown) => {
  status.textContent = `failed: ${String(error)}`;
  console.error(error);
});
