import type * as v from 'valibot';

/** Dotted path of a validation issue, e.g. `materials[2].originals`; `''` for the root. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const segment of issue.path ?? []) {
    const key = (segment as { key?: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}
