import { ZwServerError, failureKind, type WindowAction } from '@zhengwu/core';
import type { NoShowRule } from '@zhengwu/core/contract';

/**
 * The console's buttons, in order, with their keyboard shortcuts: letters, because browsers
 * keep most function keys for themselves (F1 help, F3 find, F5 reload, F6 the address bar).
 */
export const COUNTER_BUTTONS = [
  { id: 'call-next', key: 'N' },
  { id: 'recall', key: 'R' },
  { id: 'no-show', key: 'X' },
  { id: 'transfer', key: 'T' },
  { id: 'pause', key: 'P' },
  { id: 'complete', key: 'C' },
] as const;
export type CounterButton = (typeof COUNTER_BUTTONS)[number]['id'];

/** What the server answered, as a message key of the `counter.error` strings and its values. */
export function errorMessage(error: unknown): { key: string; code?: string } {
  if (error instanceof ZwServerError) {
    if (error.status === 401) return { key: 'counter.error.signedOut' };
    if (error.status === 403) return { key: 'counter.error.forbidden' };
    if (error.status === 409)
      return { key: /pause/i.test(error.code) ? 'counter.error.paused' : 'counter.error.conflict', code: error.code };
  }
  const kind = failureKind(error);
  if (kind === 'offline' || kind === 'timeout') return { key: `counter.error.${kind}` };
  return { key: 'counter.error.failed', code: error instanceof ZwServerError ? `${error.status} ${error.code}` : kind };
}

/** The hall's 过号 rule as the key and values of its text: "顺延 3 位" or "作废". */
export function noShowRule(rule: NoShowRule | undefined): { key: string; after?: number; times?: number } {
  if (!rule) return { key: 'counter.noShow.unknown' };
  if (rule.action === 'void') return { key: 'counter.noShow.void' };
  return rule.times
    ? { key: 'counter.noShow.requeueTimes', after: rule.after ?? 0, times: rule.times }
    : { key: 'counter.noShow.requeue', after: rule.after ?? 0 };
}

export type { WindowAction };
