import { AUDIENCES, type ServiceItemSummary } from '@zhengwu/core/contract';

export const FACET_KINDS = ['audience', 'theme', 'department'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

/** One way of narrowing the catalog: 服务对象, 主题 or 部门, and the value chosen. */
export interface Facet {
  kind: FacetKind;
  value: string;
}

/** The values a catalog offers per facet, most items first (themes, departments as written). */
export function facetValues(items: readonly ServiceItemSummary[]): Record<FacetKind, string[]> {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([value]) => value);
  };
  return {
    audience: AUDIENCES.filter((audience) => items.some((item) => item.audiences.includes(audience))),
    theme: count(items.flatMap((item) => item.themes)),
    department: count(items.map((item) => item.department)),
  };
}

export function matchesFacet(item: ServiceItemSummary, facet: Facet | null): boolean {
  if (!facet) return true;
  if (facet.kind === 'audience') return (item.audiences as string[]).includes(facet.value);
  if (facet.kind === 'theme') return item.themes.includes(facet.value);
  return item.department === facet.value;
}

/** The 高频事项 for the quick-pick tiles: most asked-for first. */
export function highFrequencyItems(items: readonly ServiceItemSummary[], count: number): ServiceItemSummary[] {
  return items
    .filter((item) => item.highFrequency)
    .sort((a, b) => b.popularity - a.popularity)
    .slice(0, count);
}
