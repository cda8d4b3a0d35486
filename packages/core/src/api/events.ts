import * as v from 'valibot';
import { HallEvent } from '../contract/events.js';
import { PendingRatingRequest } from '../contract/queue.js';
import { apiUrl, fetcherOf, type ApiTarget } from './endpoints.js';
import { ZwServerError } from './errors.js';
import { requestJson, type FetchLike } from './request.js';

/**
 * `connecting` (first attempt), `open`, `reconnecting` (lost or never reached: waiting for the
 * next attempt, which is what an element shows as offline) or `closed` (by the caller, or refused).
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface BackoffOptions {
  /** The first wait, in ms (default 1000). */
  minDelayMs?: number;
  /** The cap, in ms (default 30 000): a long outage never waits longer than this between tries. */
  maxDelayMs?: number;
}

/**
 * The wait before reconnect attempt `attempt` (0 for the first after a loss): doubling from
 * `minDelayMs` up to `maxDelayMs`, then a random half of it taken off (jitter), so a hall's
 * screens that lost the server together do not all come back in the same millisecond.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const min = options.minDelayMs ?? 1000;
  const max = Math.max(min, options.maxDelayMs ?? 30_000);
  const ceiling = Math.min(max, min * 2 ** Math.min(Math.max(0, attempt), 30));
  return ceiling * (0.5 + random() / 2);
}

export interface SubscribeOptions {
  onEvent: (event: HallEvent, id: string | undefined) => void;
  onState?: (state: ConnectionState) => void;
  /** An event that does not match the contract (it is skipped, never fatal). */
  onInvalid?: (raw: string, issues: string) => void;
  /** Only events for this window (the server filters). */
  window?: string;
  /**
   * Only this ticket's own events (`ticket-changed`); `token` is then the ticket's secret. A
   * ticket stream carries nothing about other tickets.
   */
  ticket?: string;
  /** The pad token of `window` (its rating requests), or the secret of `ticket`. */
  token?: string;
  /**
   * The server refused the credentials (401 or 403). The subscription stops (`closed`):
   * retrying with the same token cannot succeed.
   */
  onRefused?: (error: ZwServerError) => void;
  /** Resume after this event id. */
  lastEventId?: string;
  signal?: AbortSignal;
  /** Backoff bounds for reconnecting, in ms (see `backoffDelay`). */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface HallEventSubscription {
  close(): void;
  /** Tries at once instead of waiting out the backoff (e.g. a "reconnect" button). */
  reconnectNow(): void;
  readonly lastEventId: string | undefined;
  readonly state: ConnectionState;
  /** Failed attempts since the stream was last open. */
  readonly attempt: number;
  /** When the next attempt starts (ms since the epoch), while `reconnecting`. */
  readonly nextAttemptAt: number | undefined;
}

/**
 * Server-sent events over `fetch` (not `EventSource`), so the client controls reconnection:
 * exponential backoff with jitter, `Last-Event-ID` on every reconnect, and no permanent stop
 * when the server answers an error while restarting.
 */
export function subscribeHallEvents(fetcher: FetchLike, url: string, options: SubscribeOptions): HallEventSubscription {
  const controller = new AbortController();
  let lastEventId = options.lastEventId;
  let state: ConnectionState = 'connecting';
  let attempt = 0;
  let nextAttemptAt: number | undefined;
  let wake: (() => void) | undefined;
  const setState = (next: ConnectionState) => {
    if (state === next) return;
    state = next;
    options.onState?.(next);
  };
  options.signal?.addEventListener('abort', () => controller.abort(), { once: true });

  const dispatch = (type: string, data: string, id: string | undefined) => {
    if (id !== undefined) lastEventId = id;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      options.onInvalid?.(data, 'not JSON');
      return;
    }
    const parsed = v.safeParse(HallEvent, json);
    if (!parsed.success || parsed.output.type !== type) {
      options.onInvalid?.(data, parsed.success ? `type ${type} ≠ ${parsed.output.type}` : parsed.issues.map((i) => i.message).join('; '));
      return;
    }
    options.onEvent(parsed.output, id);
  };

  const readStream = async (body: ReadableStream<Uint8Array>) => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let type = 'message';
    let data: string[] = [];
    let id: string | undefined;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (data.length > 0) dispatch(type, data.join('\n'), id);
          type = 'message';
          data = [];
          id = undefined;
          continue;
        }
        if (line.startsWith(':')) continue; // heartbeat comment
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const raw = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') type = raw;
        else if (field === 'data') data.push(raw);
        else if (field === 'id') id = raw;
      }
    }
  };

  const run = async () => {
    while (!controller.signal.aborted) {
      try {
        const search = new URLSearchParams();
        if (options.window) search.set('window', options.window);
        if (options.ticket) search.set('ticket', options.ticket);
        const headers: Record<string, string> = { accept: 'text/event-stream' };
        if (lastEventId) headers['last-event-id'] = lastEventId;
        if (options.token) headers.authorization = `Bearer ${options.token}`;
        const response = await fetcher(`${url}${search.size ? `?${search}` : ''}`, {
          headers,
          signal: controller.signal,
          cache: 'no-store',
        });
        if (response.status === 401 || response.status === 403) {
          const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
          options.onRefused?.(new ZwServerError(response.status, body?.error?.code ?? 'unauthorized', body?.error?.message ?? ''));
          break;
        }
        if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
        attempt = 0;
        setState('open');
        await readStream(response.body);
      } catch {
        if (controller.signal.aborted) break;
      }
      if (controller.signal.aborted) break;
      const delay = backoffDelay(attempt, options);
      attempt += 1;
      nextAttemptAt = Date.now() + delay;
      setState('reconnecting');
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          globalThis.removeEventListener?.('online', done);
          controller.signal.removeEventListener('abort', done);
          wake = undefined;
          resolve();
        };
        const timer = setTimeout(done, delay);
        wake = done;
        // The network coming back is worth trying at once rather than after the wait.
        globalThis.addEventListener?.('online', done);
        controller.signal.addEventListener('abort', done, { once: true });
      });
      nextAttemptAt = undefined;
    }
    setState('closed');
  };
  options.onState?.('connecting');
  void run();

  return {
    close: () => controller.abort(),
    reconnectNow: () => wake?.(),
    get lastEventId() {
      return lastEventId;
    },
    get state() {
      return state;
    },
    get attempt() {
      return attempt;
    },
    get nextAttemptAt() {
      return nextAttemptAt;
    },
  };
}

/** `GET /events`: live hall events (ticket called, rating requested …), reconnecting with backoff. */
export function subscribeEvents(target: ApiTarget, options: SubscribeOptions): HallEventSubscription {
  return subscribeHallEvents(fetcherOf(target), apiUrl(target, '/events'), options);
}

/**
 * `GET /windows/{window}/rating-request` with the window's pad token: the rating request the
 * pad missed while it was not connected, or `null`.
 */
export async function getPendingRatingRequest(target: ApiTarget, window: string, token: string, signal?: AbortSignal) {
  const url = apiUrl(target, `/windows/${encodeURIComponent(window)}/rating-request`);
  const answer = await requestJson(fetcherOf(target), url, PendingRatingRequest, {
    headers: { authorization: `Bearer ${token}` },
    signal,
  });
  return answer.request;
}
