import * as v from 'valibot';
import { HallEvent } from '../contract/events.js';
import { PendingRatingRequest } from '../contract/queue.js';
import { apiUrl, fetcherOf, type ApiTarget } from './endpoints.js';
import { ZwServerError } from './errors.js';
import { requestJson, type FetchLike } from './request.js';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface SubscribeOptions {
  onEvent: (event: HallEvent, id: string | undefined) => void;
  onState?: (state: ConnectionState) => void;
  /** An event that does not match the contract (it is skipped, never fatal). */
  onInvalid?: (raw: string, issues: string) => void;
  /** Only events for this window (the server filters). */
  window?: string;
  /** The pad token of `window`: the stream then carries that window's rating requests. */
  token?: string;
  /**
   * The server refused the credentials (401 or 403). The subscription stops (`closed`):
   * retrying with the same token cannot succeed.
   */
  onRefused?: (error: ZwServerError) => void;
  /** Resume after this event id. */
  lastEventId?: string;
  signal?: AbortSignal;
  /** Backoff bounds for reconnecting, in ms. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface HallEventSubscription {
  close(): void;
  readonly lastEventId: string | undefined;
  readonly state: ConnectionState;
}

/**
 * Server-sent events over `fetch` (not `EventSource`), so the client controls reconnection:
 * exponential backoff with jitter, `Last-Event-ID` on every reconnect, and no permanent stop
 * when the server answers an error while restarting.
 */
export function subscribeHallEvents(fetcher: FetchLike, url: string, options: SubscribeOptions): HallEventSubscription {
  const controller = new AbortController();
  const minDelay = options.minDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let lastEventId = options.lastEventId;
  let state: ConnectionState = 'connecting';
  let attempt = 0;
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
      setState('reconnecting');
      const delay = Math.min(maxDelay, minDelay * 2 ** attempt) * (0.5 + Math.random() / 2);
      attempt += 1;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        controller.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
      });
    }
    setState('closed');
  };
  options.onState?.('connecting');
  void run();

  return {
    close: () => controller.abort(),
    get lastEventId() {
      return lastEventId;
    },
    get state() {
      return state;
    },
  };
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
