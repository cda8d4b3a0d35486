import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { ratingTokenClaims, type RatingTokenClaims } from '@zhengwu/core/contract';

/** A shorter secret is refused at start: it could be guessed. */
export const MIN_SECRET_LENGTH = 16;

const hmac = (key: string | Buffer, value: string) => createHmac('sha256', key).update(value).digest();
const digest = (value: string) => createHash('sha256').update(value).digest();

/** Equal strings, compared by digest so that timing reveals neither content nor length. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The pad token of a window: HMAC-SHA256 of the window id under a key derived from the secret. */
export function padToken(secret: string, windowId: string): string {
  return hmac(hmac(secret, 'zhengwu pad token v1'), windowId).toString('base64url');
}

/**
 * The token of a self-service kiosk: `<kiosk id>.<HMAC-SHA256 of the id>` under its own key
 * derived from the secret, so one header names the kiosk and proves it.
 */
export function kioskToken(secret: string, kioskId: string): string {
  return `${kioskId}.${hmac(hmac(secret, 'zhengwu kiosk token v1'), kioskId).toString('base64url')}`;
}

/**
 * The hall's credentials, both derived from HALL_PAD_SECRET with separate keys:
 * - a pad token per window (a device credential, for the pad's event stream and pending read);
 * - rating tokens: `base64url({"t","w","e"}).base64url(HMAC)`, binding a transaction, its
 *   window and an expiry. They need no table: the signature proves the server issued them,
 *   and a transaction takes one rating only, so a token is spent by the first rating.
 */
export class HallKeys {
  readonly #secret: string;
  readonly #ratingKey: Buffer;

  constructor(secret: string) {
    if (secret.length < MIN_SECRET_LENGTH) throw new Error(`the pad secret must be at least ${MIN_SECRET_LENGTH} characters`);
    this.#secret = secret;
    this.#ratingKey = hmac(secret, 'zhengwu rating token v1');
  }

  padToken(windowId: string): string {
    return padToken(this.#secret, windowId);
  }

  isPadToken(windowId: string, token: string): boolean {
    return sameSecret(token, this.padToken(windowId));
  }

  /** The kiosk a kiosk token was issued to, or undefined for anything else. */
  kioskOf(token: string): string | undefined {
    const dot = token.indexOf('.');
    const id = token.slice(0, dot);
    if (dot < 1 || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return undefined;
    return sameSecret(token, kioskToken(this.#secret, id)) ? id : undefined;
  }

  ratingToken(transactionId: string, windowId: string, expiresAtMs: number): string {
    const payload = Buffer.from(JSON.stringify({ t: transactionId, w: windowId, e: Math.floor(expiresAtMs / 1000) })).toString('base64url');
    return `${payload}.${hmac(this.#ratingKey, payload).toString('base64url')}`;
  }

  /** A token to rate an application (一事一评), given only to a lookup that proved its secret. */
  applicationRatingToken(applicationId: string, expiresAtMs: number): string {
    const payload = Buffer.from(JSON.stringify({ a: applicationId, e: Math.floor(expiresAtMs / 1000) })).toString('base64url');
    return `${payload}.${hmac(this.#ratingKey, payload).toString('base64url')}`;
  }

  /** The claims of a token this server signed; `undefined` for anything else. */
  verifyRatingToken(token: string): RatingTokenClaims | undefined {
    const dot = token.lastIndexOf('.');
    if (dot < 0) return undefined;
    const payload = token.slice(0, dot);
    const expected = hmac(this.#ratingKey, payload).toString('base64url');
    if (!sameSecret(token.slice(dot + 1), expected)) return undefined;
    return ratingTokenClaims(token);
  }
}
