/** What the two fields accept, as the contract's `ProgressQuery` does (checked here first, to say which field is wrong). */
export type LookupField = 'number' | 'secret';

export const FIELD_LIMITS: Record<LookupField, number> = { number: 50, secret: 12 };
const PATTERNS: Record<LookupField, RegExp> = { number: /^[A-Za-z0-9-]{1,50}$/, secret: /^[0-9A-Za-z]{4,12}$/ };

/**
 * As typed on any keyboard: full-width characters from a Chinese IME become ASCII, spaces go,
 * letters of an application number are capitals (as printed on receipts).
 */
export function normalizeField(field: LookupField, value: string): string {
  const ascii = value
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
  return (field === 'number' ? ascii.toUpperCase() : ascii).slice(0, FIELD_LIMITS[field]);
}

/** `required`, `invalid`, or undefined when the value can be sent. */
export function fieldProblem(field: LookupField, value: string): 'required' | 'invalid' | undefined {
  if (value === '') return 'required';
  return PATTERNS[field].test(value) ? undefined : 'invalid';
}

/** "HH:mm" in the hall's zone, `retryAfterSeconds` from `now`. */
export function retryTime(retryAfterSeconds: number, now: number, format: (ms: number) => string): string {
  return format(now + Math.max(1, retryAfterSeconds) * 1000);
}
