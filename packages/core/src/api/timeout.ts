import { ZwTimeoutError } from './errors.js';

/**
 * An `AbortSignal` that aborts with `ZwTimeoutError` after `ms`, or when `signal` aborts.
 * `clear()` stops the timer once the work is done.
 */
export function timeoutSignal(ms: number, signal?: AbortSignal): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = Number.isFinite(ms) && ms > 0 ? setTimeout(() => controller.abort(new ZwTimeoutError(ms)), ms) : undefined;
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
