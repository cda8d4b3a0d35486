/** A key no other item will have; works in insecure contexts (kiosks on plain http). */
export function newKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
