import { ZwOfflineError, ZwOriginRefusedError } from './errors.js';
import type { FetchLike } from './request.js';
import { timeoutSignal } from './timeout.js';

/** How long the reachability probe after a failed request may take. */
const PROBE_MS = 3000;

/**
 * Why `fetch` failed. The browser says only "TypeError" both when the server is unreachable and
 * when it answered without CORS headers for this page; a `no-cors` request to the same URL tells
 * them apart (it succeeds, opaquely, whenever the server answers at all).
 */
export async function unreachable(fetcher: FetchLike, url: string, cause: unknown, signal?: AbortSignal): Promise<ZwOfflineError> {
  const page = globalThis.location;
  const offline = new ZwOfflineError(url, { cause });
  if (!page || globalThis.navigator?.onLine === false) return offline;
  let origin: string;
  try {
    origin = new URL(url, page.href).origin;
  } catch {
    return offline;
  }
  // Same-origin requests are never withheld for CORS.
  if (origin === page.origin) return offline;
  const probe = timeoutSignal(PROBE_MS, signal);
  try {
    await fetcher(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: probe.signal });
    return new ZwOriginRefusedError(url, page.origin, { cause });
  } catch {
    return offline;
  } finally {
    probe.clear();
  }
}
