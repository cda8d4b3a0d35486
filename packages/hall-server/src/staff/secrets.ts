import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url (43 characters): a credential or a session token. */
export const newSecret = () => randomBytes(32).toString('base64url');

/** A random secret needs no slow hash: sha256 hides it, and guessing 256 bits is hopeless. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Whether `secret` hashes to `stored`, in constant time. */
export function matchesHash(secret: string, stored: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(stored, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
