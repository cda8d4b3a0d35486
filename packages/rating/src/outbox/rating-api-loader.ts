import { ZwOfflineError } from '@zhengwu/core';

/**
 * The module that talks to the hall (schemas, validation, sending), loaded on first use. A
 * load that fails (the network is down) counts as offline: the outbox tries again later.
 */
export function ratingApi(apiBase: string): Promise<typeof import('./rating-api.js')> {
  return import('./rating-api.js').catch((error: unknown) => {
    throw new ZwOfflineError(apiBase, { cause: error });
  });
}
