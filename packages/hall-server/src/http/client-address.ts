import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Which peers are reverse proxies whose `X-Forwarded-For` counts (HALL_TRUSTED_PROXIES:
 * addresses or CIDR ranges, comma-separated). Without any, the header is the client's to forge
 * and is ignored.
 */
export class TrustedProxies {
  readonly #list = new BlockList();
  readonly size: number;

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const [address, bits] = entry.split('/');
      const family = isIP(address);
      if (family === 0) throw new Error(`HALL_TRUSTED_PROXIES: not an address or range: "${entry}"`);
      const type = family === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) this.#list.addAddress(address, type);
      else {
        const prefix = Number(bits);
        if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
          throw new Error(`HALL_TRUSTED_PROXIES: not a prefix length: "${entry}"`);
        }
        this.#list.addSubnet(address, prefix, type);
      }
    }
    this.size = entries.length;
  }

  trusts(address: string): boolean {
    const family = isIP(address);
    if (this.size === 0 || family === 0) return false;
    if (this.#list.check(address, family === 6 ? 'ipv6' : 'ipv4')) return true;
    // An IPv4 peer on a dual-stack socket appears as ::ffff:a.b.c.d.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    return mapped !== undefined && this.#list.check(mapped, 'ipv4');
  }

  /**
   * The client's address: the socket's, or, when the socket is a trusted proxy, the last
   * `X-Forwarded-For` entry that is not a trusted proxy itself (entries before it are forgeable).
   */
  clientOf(c: Context): string {
    const peer = getConnInfo(c).remote.address ?? 'unknown';
    if (!this.trusts(peer)) return peer;
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .slice(-32);
    for (let index = forwarded.length - 1; index >= 0; index--) {
      const hop = forwarded[index];
      if (isIP(hop) === 0) return peer;
      if (!this.trusts(hop)) return hop;
    }
    return forwarded[0] ?? peer;
  }
}
