// The rules of 好差评 as plain values and functions, without schemas: a widget that only
// needs them (levels, channels, limits, the phone and token formats) does not load valibot.
// The schemas in rating.ts and queue.ts are built from the same values.

/**
 * The five levels of 好差评, best first. This is the one internal representation; codes of
 * other systems are mapped at the edges (see `ratingCode`).
 */
export const RATING_LEVELS = [
  'very-satisfied', // 非常满意
  'satisfied', // 满意
  'basic', // 基本满意
  'dissatisfied', // 不满意
  'very-dissatisfied', // 非常不满意
] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** 不满意 and 非常不满意 are 差评: they need at least one reason. */
export function isBadRating(level: RatingLevel): boolean {
  return level === 'dissatisfied' || level === 'very-dissatisfied';
}

/**
 * Numeric level codes. `gbt39046`: 1 = 非常满意 … 5 = 非常不满意 (GB/T 39046-2020).
 * `reverse`: 5 = 非常满意 … 1 = 非常不满意, as some vendor APIs use.
 */
export type RatingCodeSystem = 'gbt39046' | 'reverse';

export function ratingCode(level: RatingLevel, system: RatingCodeSystem = 'gbt39046'): number {
  const index = RATING_LEVELS.indexOf(level);
  return system === 'gbt39046' ? index + 1 : RATING_LEVELS.length - index;
}

export function ratingFromCode(code: number, system: RatingCodeSystem = 'gbt39046'): RatingLevel {
  if (!Number.isInteger(code) || code < 1 || code > RATING_LEVELS.length) {
    throw new RangeError(`rating code must be 1 to 5, got ${code}`);
  }
  return RATING_LEVELS[system === 'gbt39046' ? code - 1 : RATING_LEVELS.length - code];
}

export const RATING_CHANNELS = ['window-pad', 'kiosk', 'qr-code', 'website', 'app'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

export const COMMENT_MAX = 500;

/** 回访 phone: a mainland mobile or a landline with area code (or 12345). */
export const PHONE_NUMBER = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|12345)$/;

/** A rating token: base64url payload `.` base64url HMAC-SHA256 (43 characters). */
export const RATING_TOKEN = /^([\w-]{8,})\.[\w-]{43}$/;
export const RATING_TOKEN_MAX = 400;

/**
 * What a rating token says; whether it is genuine only the server can tell. `transaction`: one
 * finished at a window (一次一评); `application`: an 办件 found by the progress lookup (一事一评),
 * whose id is `transactionId` and which has no window.
 */
export type RatingTokenClaims =
  | { kind: 'transaction'; transactionId: string; windowId: string; /** Milliseconds since the epoch. */ expiresAt: number }
  | { kind: 'application'; transactionId: string; windowId?: undefined; expiresAt: number };

/**
 * Reads a rating token's payload: `{"t": transaction, "w": window, "e": expiry in s}`, or
 * `{"a": application, "e": …}` for an application.
 */
export function ratingTokenClaims(token: string): RatingTokenClaims | undefined {
  const payload = token.length <= RATING_TOKEN_MAX ? RATING_TOKEN.exec(token)?.[1] : undefined;
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const { t, w, a, e } = claims as Record<string, unknown>;
    if (!Number.isSafeInteger(e)) return undefined;
    const expiresAt = (e as number) * 1000;
    if (typeof a === 'string' && t === undefined && w === undefined) return { kind: 'application', transactionId: a, expiresAt };
    if (typeof t !== 'string' || typeof w !== 'string' || a !== undefined) return undefined;
    return { kind: 'transaction', transactionId: t, windowId: w, expiresAt };
  } catch {
    return undefined;
  }
}
