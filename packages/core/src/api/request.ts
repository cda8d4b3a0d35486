import * as v from 'valibot';
import { ApiErrorBody } from '../contract/errors.js';
import { issuePath } from '../contract/issues.js';
import { ZwInvalidDataError, ZwOfflineError, ZwServerError } from './errors.js';

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

async function errorFrom(response: Response): Promise<ZwServerError> {
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
    throw new ZwOfflineError(url, { cause: error });
  }
  if (!response.ok && response.status !== 304) throw await errorFrom(response);
  return response;
}

/** Sends a request and validates the JSON answer against `schema`. */
export async function requestJson<S extends v.GenericSchema>(
  fetcher: FetchLike,
  url: string,
  schema: S,
  options: RequestOptions = {},
): Promise<v.InferOutput<S>> {
  const response = await send(fetcher, url, options);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new ZwInvalidDataError(url, [{ path: '(body)', message: 'not JSON' }]);
  }
  return validate(schema, data, url);
}
