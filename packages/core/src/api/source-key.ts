const ids = new WeakMap<object, number>();
let last = 0;

/** A key that stays the same for one source object and differs between two (for a loader). */
export function sourceKey(source: object): string {
  let id = ids.get(source);
  if (id === undefined) ids.set(source, (id = ++last));
  return `source ${id}`;
}
