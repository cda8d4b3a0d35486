/** Base of every error the hall API client throws. */
export class ZwApiError extends Error {
  override readonly name: string = 'ZwApiError';
}

/**
 * The hall server could not be reached (no network, server down, DNS). Its subclasses (a
 * timeout, a refused origin) are also "not reached" for code that only keeps work for later,
 * like the outbox and the saved catalog.
 */
export class ZwOfflineError extends ZwApiError {
  override readonly name: string = 'ZwOfflineError';
  constructor(
    readonly url: string,
    options?: { cause?: unknown },
    message = `${url}: unreachable`,
  ) {
    super(message, options);
  }
}

/** The server answered, but not with data of the agreed shape. */
export class ZwInvalidDataError extends ZwApiError {
  override readonly name = 'ZwInvalidDataError';
  constructor(
    readonly url: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `The hall server sent data that does not match the contract (${url}): ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  }
}

/** The server refused the request (4xx) or failed (5xx), with its JSON error body. */
export class ZwServerError extends ZwApiError {
  override readonly name = 'ZwServerError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /** Worth trying again later (server trouble, rate limit, timeout) rather than never. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/** The request took longer than the configured timeout and was aborted. */
export class ZwTimeoutError extends ZwOfflineError {
  override readonly name = 'ZwTimeoutError';
  constructor(
    /** The timeout that ran out, in ms. */
    readonly timeoutMs: number,
    url = '',
  ) {
    super(url, undefined, `${url}: no answer in ${timeoutMs} ms`);
  }
}

/**
 * Something answered, but not the hall API: an HTML or other non-JSON page, or a 404 without
 * the hall's JSON error body (a wrong or missing `api-base`).
 */
export class ZwNotHallApiError extends ZwApiError {
  override readonly name = 'ZwNotHallApiError';
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url}: not a hall API (${status})`);
  }
}

/**
 * The server is reachable, but the browser withheld its answer: the hall does not allow this
 * page's origin (CORS).
 */
export class ZwOriginRefusedError extends ZwOfflineError {
  override readonly name = 'ZwOriginRefusedError';
  constructor(
    url: string,
    readonly origin: string,
    options?: { cause?: unknown },
  ) {
    super(url, options, `${url}: origin ${origin} refused`);
  }
}

/** What went wrong, as an element tells a visitor: one translated message per kind. */
export type FailureKind = 'not-found' | 'not-hall-api' | 'origin-refused' | 'offline' | 'timeout' | 'invalid' | 'rate-limited' | 'error';

/** The kind of a failure; anything unexpected (a bug, a 5xx) is `error`. */
export function failureKind(error: unknown): FailureKind {
  if (error instanceof ZwTimeoutError) return 'timeout';
  if (error instanceof ZwNotHallApiError) return 'not-hall-api';
  if (error instanceof ZwOriginRefusedError) return 'origin-refused';
  if (error instanceof ZwOfflineError) return 'offline';
  if (error instanceof ZwInvalidDataError) return 'invalid';
  if (error instanceof ZwServerError) {
    // `not_found` is the hall's answer for a path it has no route for: an api-base without /api.
    if (error.status === 404) return error.code === 'not_found' ? 'not-hall-api' : 'not-found';
    if (error.status === 429) return 'rate-limited';
  }
  return 'error';
}

/** Whether a retry button helps: everything but an item the hall does not have may come right. */
export function isRetryable(kind: FailureKind): boolean {
  return kind !== 'not-found';
}
