import * as v from 'valibot';
import { ApiErrorBody } from '../contract/errors.js';
import { issuePath } from '../contract/issues.js';
import { ZwInvalidDataError, ZwNotHallApiError, ZwOfflineError, ZwServerError } from './errors.js';

export interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export { issuePath };

/** Checks data against a schema; throws `ZwInvalidDataError` naming every wrong field. */
export function validate<S extends v.GenericSchema>(schema: S, data: unknown, url: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new ZwInvalidDataError(
    url,
    result.issues.map((issue) => ({ path: issuePath(issue) || '(root)', message: issue.message })),
  );
}

/**
 * The typed error for a non-2xx answer: the hall's JSON error body makes a `ZwServerError`; a
 * 404 (or any 4xx) without one came from something that is not the hall API (a portal's HTML
 * page for a wrong `api-base`). A 5xx without a body is still server trouble (a proxy in front).
 */
async function errorFrom(url: string, response: Response): Promise<ZwServerError | ZwNotHallApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = v.safeParse(ApiErrorBody, body);
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  if (parsed.success) {
    const { code, message, issues } = parsed.output.error;
    return new ZwServerError(response.status, code, message, issues, retryAfterSeconds);
  }
  if (response.status === 404 || response.status === 405) {
    return new ZwNotHallApiError(url, response.status);
  }
  return new ZwServerError(response.status, `http-${response.status}`, response.statusText || 'Request failed', [], retryAfterSeconds);
}

/** Sends a request and returns the raw response when it is 2xx or 304; maps failures to typed errors. */
export async function send(fetcher: FetchLike, url: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetcher(url, { method: options.method ?? 'GET', headers, body, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    // Only a failure needs the probe: it loads then, not with every widget (and offline, when
    // it cannot load, the answer is "offline" anyway).
    const reason = await import('./unreachable.js').then(
      ({ unreachable }) => unreachable(fetcher, url, error, options.signal),
      () => new ZwOfflineError(url, { cause: error }),
    );
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    throw reason;
  }
  if (!response.ok && response.status !== 304) throw await errorFrom(url, response);
  return response;
}

/**
 * The JSON body of a 2xx answer. An answer that is not JSON (a portal's HTML page served for
 * any path) is not the hall API; JSON of the wrong shape is invalid data (`validate`).
 */
export async function readJson(response: Response, url: string): Promise<unknown> {
  try {
    return await response.json();
  } catch (error) {
    // An aborted read (timeout, new request) is not a verdict on the answer.
    if (!(error instanceof SyntaxError)) throw error;
    throw new ZwNotHallApiError(url, response.status);
  }
}

/** Sends a request and validates the JSON answer against `schema`. */
export async function requestJson<S extends v.GenericSchema>(
  fetcher: FetchLike,
  url: string,
  schema: S,
  options: RequestOptions = {},
): Promise<v.InferOutput<S>> {
  const response = await send(fetcher, url, options);
  return validate(schema, await readJson(response, url), url);
}
