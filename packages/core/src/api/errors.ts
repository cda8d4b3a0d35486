/** Base of every error the hall API client throws. */
export class ZwApiError extends Error {
  override readonly name: string = 'ZwApiError';
}

/** The hall server could not be reached (no network, server down, DNS, CORS refusal). */
export class ZwOfflineError extends ZwApiError {
  override readonly name = 'ZwOfflineError';
  constructor(readonly url: string, options?: { cause?: unknown }) {
    super(`The hall server at ${url} could not be reached.`, options);
  }
}

/** The server answered, but not with data of the agreed shape. */
export class ZwInvalidDataError extends ZwApiError {
  override readonly name = 'ZwInvalidDataError';
  constructor(
    readonly url: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(`The hall server sent data that does not match the contract (${url}): ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
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
