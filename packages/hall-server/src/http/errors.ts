import type { ApiErrorBody } from '@zhengwu/core/contract';
import { issuePath } from '@zhengwu/core/contract';
import type { BaseIssue } from 'valibot';

export type Issue = { path: string; message: string };

/** An error answered to the client as ApiErrorBody. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  body(): ApiErrorBody {
    return errorBody(this.code, this.message, this.issues);
  }
}

export function errorBody(code: string, message: string, issues?: Issue[]): ApiErrorBody {
  return { error: issues ? { code, message, issues } : { code, message } };
}

/** valibot issues as `{ path: "reasons[0]", message }`; a root issue has path "". */
export function toIssues(issues: readonly BaseIssue<unknown>[]): Issue[] {
  return issues.slice(0, 50).map((issue) => ({
    path: issuePath(issue),
    message: issue.message,
  }));
}
