import * as v from 'valibot';
import { ZwInvalidDataError, getBundleGuide, getHall, issuePath } from '@zhengwu/core';
import { BundleGuide, type Hall } from '@zhengwu/core/contract';

/** Where a bundle comes from: a `HallClient`, or anything with the same two calls. */
export interface BundleSource {
  bundleGuide(code: string, signal?: AbortSignal): Promise<BundleGuide>;
  hall(signal?: AbortSignal): Promise<Hall>;
}

/** The hall API at `baseUrl` through the standalone endpoints. */
export const apiBundleSource = (baseUrl: string): BundleSource => ({
  bundleGuide: (code, signal) => getBundleGuide({ baseUrl }, code, signal),
  hall: (signal) => getHall({ baseUrl }, signal),
});

/** Checks a `data` property against the contract. */
export function parseBundleGuide(data: unknown): BundleGuide | ZwInvalidDataError {
  const result = v.safeParse(BundleGuide, data);
  if (result.success) return result.output;
  return new ZwInvalidDataError(
    'data',
    result.issues.map((issue) => ({ path: issuePath(issue) || '(root)', message: issue.message })),
  );
}
