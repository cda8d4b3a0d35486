import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 16_384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_LENGTH, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt:N:r:p:salt:hash`; the 查询码 itself is never stored. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join(':');
}

/** Constant work whatever the input: a malformed stored hash still costs one derivation. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split(':');
  const valid = scheme === 'scrypt' && salt && hash;
  const expected = valid ? Buffer.from(hash, 'base64') : Buffer.alloc(KEY_LENGTH);
  const key = await derive(
    secret,
    valid ? Buffer.from(salt, 'base64') : Buffer.alloc(16),
    valid ? Number(n) : N,
    valid ? Number(r) : R,
    valid ? Number(p) : P,
  );
  return Boolean(valid) && key.length === expected.length && timingSafeEqual(key, expected);
}
