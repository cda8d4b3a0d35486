import type { Material, ServiceItem } from '@zhengwu/core/contract';

/** One material of a bundle's 一次性告知单, with the items that ask for it. */
export interface MergedMaterial {
  material: Material;
  /** The items needing it, in the bundle's order. */
  neededBy: Pick<ServiceItem, 'code' | 'name'>[];
}

// The strictest wins: a material one item requires is required for the visit.
const STRICTNESS: Record<Material['necessity'], number> = { optional: 0, deferrable: 1, required: 2 };

/** Materials are the same when their names are, ignoring spaces and full-width/half-width brackets. */
export function materialKey(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/**
 * The materials of several items as one list, in order of first appearance: a material needed by
 * several items appears once, with the highest original and copy counts any of them asks for and
 * the strictest necessity. Forms, source and note are the first item's: one paper original serves
 * every window.
 */
export function mergeMaterials(items: readonly ServiceItem[]): MergedMaterial[] {
  const merged = new Map<string, MergedMaterial>();
  for (const item of items) {
    for (const material of item.materials) {
      const key = materialKey(material.name);
      const seen = merged.get(key);
      if (!seen) {
        merged.set(key, { material: { ...material }, neededBy: [{ code: item.code, name: item.name }] });
        continue;
      }
      const kept = seen.material;
      kept.originals = Math.max(kept.originals, material.originals);
      kept.copies = Math.max(kept.copies, material.copies);
      if (STRICTNESS[material.necessity] > STRICTNESS[kept.necessity]) kept.necessity = material.necessity;
      if (!seen.neededBy.some((each) => each.code === item.code)) seen.neededBy.push({ code: item.code, name: item.name });
    }
  }
  return [...merged.values()];
}

/** Items grouped by department, departments in the order the bundle first visits them. */
export function byDepartment(items: readonly ServiceItem[]): { department: string; items: ServiceItem[] }[] {
  const groups = new Map<string, ServiceItem[]>();
  for (const item of items) groups.set(item.department, [...(groups.get(item.department) ?? []), item]);
  return [...groups].map(([department, grouped]) => ({ department, items: grouped }));
}
