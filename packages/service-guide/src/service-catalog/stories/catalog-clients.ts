import { ZwOfflineError, ZwServerError } from '@zhengwu/core';
import type { CatalogFetcher } from '../catalog-source.js';

/** A server that never answers: the loading state. */
export const pendingClient = (): CatalogFetcher => ({ catalog: () => new Promise(() => undefined) });

/** No network and nothing saved: the offline state. */
export const offlineClient = (): CatalogFetcher => ({
  catalog: () => Promise.reject(new ZwOfflineError('/api/catalog', { cause: new TypeError('Failed to fetch') })),
});

/** The server answers 503: the error state. */
export const failingClient = (): CatalogFetcher => ({
  catalog: () => Promise.reject(new ZwServerError(503, 'unavailable', 'maintenance')),
});
