import { ZwOfflineError, catalogSearchIndexUrl, catalogUrl, getCatalog, getCatalogSearchIndex, type CatalogResult } from '@zhengwu/core';
import type { ServiceItemSummary } from '@zhengwu/core/contract';

/** A catalog as the element shows it. */
export interface LoadedCatalog {
  items: ServiceItemSummary[];
  version: string;
  /** True when the server could not be reached and this is the copy kept from before. */
  fromCache: boolean;
  /** When the copy was fetched from the server. */
  savedAt: Date;
  /** The server's prebuilt search index for these items, when it sent one. */
  searchIndex?: ArrayBuffer;
}

/**
 * Where catalogs come from: the hall API at `api-base` by default (a `HallClient` fits too),
 * anything with the same `catalog` in tests.
 */
export interface CatalogFetcher {
  catalog(options: { etag?: string | null; signal?: AbortSignal }): Promise<CatalogResult>;
  catalogSearchIndex?(etag: string, signal?: AbortSignal): Promise<ArrayBuffer | null>;
}

/** The standalone endpoint functions: the widget ships without the other endpoints' schemas. */
const apiFetcher = (baseUrl: string): CatalogFetcher => ({
  catalog: (options) => getCatalog({ baseUrl }, options),
  catalogSearchIndex: (etag, signal) => getCatalogSearchIndex({ baseUrl }, etag, signal),
});

const CACHE_NAME = 'zw-catalog-v1';
interface Saved {
  etag: string | null;
  version: string;
  savedAt: string;
  items: ServiceItemSummary[];
}

/** Cache Storage (not localStorage: a city catalog is megabytes); absent on insecure origins. */
const cacheStorage = (): CacheStorage | undefined => (globalThis as { caches?: CacheStorage }).caches;
const keyFor = (apiBase: string) => new URL(catalogUrl({ baseUrl: apiBase }), location.href).href;
const indexKeyFor = (apiBase: string) => new URL(catalogSearchIndexUrl({ baseUrl: apiBase }), location.href).href;
const ETAG_HEADER = 'x-catalog-etag';

/** The saved index, only if it was built for the saved catalog's version. */
async function readSavedIndex(apiBase: string, etag: string | null): Promise<ArrayBuffer | undefined> {
  if (!etag) return undefined;
  try {
    const response = await (await cacheStorage()?.open(CACHE_NAME))?.match(indexKeyFor(apiBase));
    return response?.headers.get(ETAG_HEADER) === etag ? await response.arrayBuffer() : undefined;
  } catch {
    return undefined;
  }
}

async function writeSavedIndex(apiBase: string, etag: string, bytes: ArrayBuffer): Promise<void> {
  try {
    const cache = await cacheStorage()?.open(CACHE_NAME);
    await cache?.put(indexKeyFor(apiBase), new Response(bytes, { headers: { [ETAG_HEADER]: etag } }));
  } catch {
    // Without a saved index the kiosk builds one: slower to start, nothing lost.
  }
}

/** The prebuilt index for catalog version `etag`: saved, else from the server (and saved). */
async function searchIndexFor(apiBase: string, etag: string | null, client: CatalogFetcher, signal?: AbortSignal) {
  if (!etag) return undefined;
  const saved = await readSavedIndex(apiBase, etag);
  if (saved) return saved;
  const fetched = await client.catalogSearchIndex?.(etag, signal).catch(() => null);
  if (fetched) await writeSavedIndex(apiBase, etag, fetched);
  return fetched ?? undefined;
}

async function readSaved(apiBase: string): Promise<Saved | undefined> {
  try {
    const response = await (await cacheStorage()?.open(CACHE_NAME))?.match(keyFor(apiBase));
    return response ? ((await response.json()) as Saved) : undefined;
  } catch {
    // A damaged or blocked cache is the same as none: the server's answer decides.
    return undefined;
  }
}

async function writeSaved(apiBase: string, saved: Saved): Promise<void> {
  try {
    const cache = await cacheStorage()?.open(CACHE_NAME);
    await cache?.put(keyFor(apiBase), new Response(JSON.stringify(saved), { headers: { 'content-type': 'application/json' } }));
  } catch {
    // Quota or private mode: the catalog still shows, it just is not kept for offline use.
  }
}

/**
 * The catalog of the hall at `apiBase`: revalidated with the saved ETag (a 304 costs no
 * download), saved for offline use, and served from that copy when the server is unreachable.
 * The server's prebuilt search index for that version comes with it (and is saved too).
 * Other errors (a server error, malformed data) are thrown: a stale copy must not hide them.
 */
export async function loadCatalog(apiBase: string, signal?: AbortSignal, fetcher?: CatalogFetcher): Promise<LoadedCatalog> {
  const client = fetcher ?? apiFetcher(apiBase);
  const saved = await readSaved(apiBase);
  try {
    const result = await client.catalog({ etag: saved?.etag ?? null, signal });
    if (result.items === null && saved) {
      const searchIndex = await searchIndexFor(apiBase, saved.etag, client, signal);
      return { items: saved.items, version: saved.version, fromCache: false, savedAt: new Date(), searchIndex };
    }
    const items = result.items ?? [];
    const savedAt = new Date();
    await writeSaved(apiBase, { etag: result.etag, version: result.version, savedAt: savedAt.toISOString(), items });
    const searchIndex = await searchIndexFor(apiBase, result.etag, client, signal);
    return { items, version: result.version, fromCache: false, savedAt, searchIndex };
  } catch (error) {
    if (error instanceof ZwOfflineError && saved) {
      const searchIndex = await readSavedIndex(apiBase, saved.etag);
      return { items: saved.items, version: saved.version, fromCache: true, savedAt: new Date(saved.savedAt), searchIndex };
    }
    throw error;
  }
}

/** Forgets the saved catalogs (a kiosk's wipe does not need this: the catalog is public). */
export async function clearSavedCatalogs(): Promise<void> {
  await cacheStorage()?.delete(CACHE_NAME);
}
