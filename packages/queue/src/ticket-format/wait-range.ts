import type { WaitRange } from '@zhengwu/core/contract';

/** The `t()` key and values for an estimated wait: a range is honest, one number would not be. */
export function waitText(t: (key: string, options?: Record<string, unknown>) => string, range: WaitRange): string {
  if (range.max === 0) return t('ticket.wait.none');
  if (range.min === range.max) return t('ticket.wait.about', { minutes: range.max });
  return t('ticket.wait.range', { min: range.min, max: range.max });
}
