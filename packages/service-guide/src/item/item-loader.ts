import * as v from 'valibot';
import { ZwInvalidDataError, getCatalogItem, issuePath, type ConfigExpectation } from '@zhengwu/core';
import { Code, ServiceItem } from '@zhengwu/core/contract';

/** Where a guide comes from: a `HallClient`, or anything with the same `catalogItem`. */
export interface ItemSource {
  catalogItem(code: string, signal?: AbortSignal): Promise<ServiceItem>;
}

/** The hall API at `baseUrl` through the standalone endpoint, so a guide ships no other endpoint's schema. */
export const apiItemSource = (baseUrl: string): ItemSource => ({
  catalogItem: (code, signal) => getCatalogItem({ baseUrl }, code, signal),
});

/** What the attribute `item` expects, for the configuration error. */
export const ITEM_EXPECTED: ConfigExpectation = {
  text: 'an item code (letters, digits, - or _), or the data property',
  key: 'guide:expected.item',
};

/** Whether `code` can be a 实施编码 (the contract's `Code`). */
export function isItemCode(code: string): boolean {
  return v.is(Code, code);
}

/** Checks a `data` property against the contract: the item, or the typed error naming every wrong field. */
export function parseItem(data: unknown): ServiceItem | ZwInvalidDataError {
  const result = v.safeParse(ServiceItem, data);
  if (result.success) return result.output;
  return new ZwInvalidDataError(
    'data',
    result.issues.map((issue) => ({ path: issuePath(issue) || '(root)', message: issue.message })),
  );
}
