import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { TicketReceipt } from '@zhengwu/core/contract';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The follow secret: 128 random bits, 22 base64url characters. */
export function newTicketSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** The 验证码 printed beside the number: six digits. */
export function newShortCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** What the tickets table keeps of a secret. */
export function secretHash(secret: string): string {
  return sha256(`zhengwu ticket secret v1\n${secret}`);
}

/** What the tickets table keeps of a short code: salted by the ticket's id. */
export function shortCodeHash(ticketId: string, shortCode: string): string {
  return sha256(`zhengwu ticket short code v1\n${ticketId}\n${shortCode}`);
}

/** Two stored hashes (hex) equal, compared in constant time; a missing one never matches. */
export function sameHash(given: string, stored: string | null): boolean {
  const a = Buffer.from(given, 'hex');
  const b = Buffer.from(stored ?? '', 'hex');
  if (b.length !== a.length || a.length === 0) {
    // The same work either way.
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
}

/**
 * Where a repeated `POST /tickets` (the same Idempotency-Key from the same kiosk or client
 * address) finds its first answer. The receipt holds the secret and the short code, which the
 * database must not hold in the clear: it is stored encrypted (AES-256-GCM) under a key made
 * from the server's secret and the Idempotency-Key itself, and found under an HMAC of the
 * two. Only a request that repeats the key can read the receipt back.
 */
export class ReceiptKeys {
  readonly #index: Buffer;
  readonly #seal: Buffer;

  constructor(secret: string) {
    this.#index = createHmac('sha256', secret).update('zhengwu ticket receipt index v1').digest();
    this.#seal = createHmac('sha256', secret).update('zhengwu ticket receipt seal v1').digest();
  }

  /** The idempotency row of `key` from `scope` (`kiosk:lobby-1`, `address:203.0.113.9`). */
  rowKey(scope: string, key: string): string {
    return `ticket:${createHmac('sha256', this.#index).update(`${scope}\n${key}`).digest('base64url')}`;
  }

  #cipherKey(scope: string, key: string): Buffer {
    return createHmac('sha256', this.#seal).update(`${scope}\n${key}`).digest();
  }

  seal(scope: string, key: string, receipt: TicketReceipt): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#cipherKey(scope, key), iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(receipt), 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
  }

  /** The receipt, or undefined when the row was not sealed for this scope and key. */
  open(scope: string, key: string, stored: string): TicketReceipt | undefined {
    const [version, iv, tag, sealed] = stored.split('.');
    if (version !== 'v1' || !iv || !tag || !sealed) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#cipherKey(scope, key), Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const text = Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
      return JSON.parse(text) as TicketReceipt;
    } catch {
      return undefined;
    }
  }
}
