import * as v from 'valibot';
import { ServiceItemSummary, type ServiceItem } from '@zhengwu/core/contract';
import type { CatalogItemTable } from '../db/schema.js';

/** The catalog_items row of an item at `position` in the catalog's order. */
export function catalogRow(item: ServiceItem, position: number): CatalogItemTable {
  // valibot objects drop unknown keys: this leaves the summary fields only.
  const summary = v.parse(ServiceItemSummary, item);
  return {
    code: item.code,
    basic_code: item.basicCode,
    name: item.name,
    type: item.type,
    department: item.department,
    high_frequency: item.highFrequency ? 1 : 0,
    popularity: item.popularity,
    position,
    pinyin_full: item.pinyin.full.join('|'),
    pinyin_initials: item.pinyin.initials.join('|'),
    summary: JSON.stringify(summary),
    item: JSON.stringify(item),
  };
}
