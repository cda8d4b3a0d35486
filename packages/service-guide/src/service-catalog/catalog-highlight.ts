import { html, type TemplateResult } from 'lit';
import type { MatchRange } from '../search/pinyin-match.js';

/** `name` cut at the matched ranges: plain text outside, the matches as `{ mark }`. */
export function splitMatches(name: string, ranges: readonly MatchRange[]): (string | { mark: string })[] {
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(name.slice(at, start));
    parts.push({ mark: name.slice(start, end) });
    at = end;
  }
  if (at < name.length || parts.length === 0) parts.push(name.slice(at));
  return parts;
}

/** The name with the matched characters in `<mark>`. */
export function highlight(name: string, ranges: readonly MatchRange[]): string | (string | TemplateResult)[] {
  if (ranges.length === 0) return name;
  return splitMatches(name, ranges).map((part) => (typeof part === 'string' ? part : html`<mark>${part.mark}</mark>`));
}
