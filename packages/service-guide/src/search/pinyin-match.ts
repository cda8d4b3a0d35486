/** Pinyin matching on the server's lattice of readings (`yin hang|xing|heng`). */
import { foldTraditional } from './traditional.js';

/** A `[start, end)` range of UTF-16 offsets in an item's name. */
export type MatchRange = readonly [start: number, end: number];

/** Longer queries are cut: nobody types 40 letters, and matching stays bounded. */
export const MAX_QUERY_LENGTH = 40;
const SPACE = 32;

/**
 * What a visitor typed, as the index compares it: NFKC, traditional characters as simplified,
 * lowercase, no spaces, apostrophes or control characters, ü as v.
 */
export function normaliseQuery(raw: string): string {
  return foldTraditional(raw.normalize('NFKC'))
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[\s'’·\x00-\x1f]+/g, '')
    .slice(0, MAX_QUERY_LENGTH);
}

export const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

/**
 * Matches `query` against a pinyin lattice (`yin hang|xing|heng`: syllables separated by a
 * space, a syllable's readings by `|`; a plain reading is a lattice with one reading each) from
 * the syllable starting at `at`. Each syllable takes, in one of its readings, its full spelling,
 * its first letter, or its two-letter initial (zh, ch, sh), and the last one any prefix:
 * `shenfz`, `sfz` and `shenfenzheng` all reach 身份证. Returns the offset just past the last
 * syllable used, or -1.
 */
export function matchFrom(lattice: string, at: number, query: string, qi: number): number {
  let syllableEnd = lattice.indexOf(' ', at);
  if (syllableEnd < 0) syllableEnd = lattice.length;
  const next = syllableEnd < lattice.length ? syllableEnd + 1 : -1;
  let start = at;
  while (start < syllableEnd) {
    let end = lattice.indexOf('|', start);
    if (end < 0 || end > syllableEnd) end = syllableEnd;
    let length = 0;
    while (qi + length < query.length && start + length < end && lattice.charCodeAt(start + length) === query.charCodeAt(qi + length)) {
      length += 1;
    }
    if (length > 0) {
      if (qi + length === query.length) return syllableEnd;
      if (next >= 0) {
        // The whole syllable first ("xian" before x + ian), then its initial.
        const whole = start + length === end ? matchFrom(lattice, next, query, qi + length) : -1;
        if (whole >= 0) return whole;
        const digraph =
          length >= 2 && lattice.charCodeAt(start + 1) === 104 /* h of zh, ch, sh */ ? matchFrom(lattice, next, query, qi + 2) : -1;
        if (digraph >= 0) return digraph;
        const initial = end - start > 1 ? matchFrom(lattice, next, query, qi + 1) : -1;
        if (initial >= 0) return initial;
      }
    }
    start = end + 1;
  }
  return -1;
}

/** Where a match starts in a lattice: the syllable number, its offset and the offset past the match, or null. */
export function findInLattice(
  lattice: string,
  query: string,
  fromStartOnly = false,
): { syllable: number; start: number; end: number } | null {
  let start = 0;
  let syllable = 0;
  while (start < lattice.length) {
    const end = matchFrom(lattice, start, query, 0);
    if (end >= 0) return { syllable, start, end };
    if (fromStartOnly) return null;
    const space = lattice.indexOf(' ', start);
    if (space < 0) return null;
    start = space + 1;
    syllable += 1;
  }
  return null;
}

const HAN = /\p{Script=Han}/u;
const TYPED = /^[a-z0-9]$/i;

/**
 * The UTF-16 range of each syllable in a name, in the order the server reads them: one per Han
 * character, one per run of Latin letters and digits; punctuation reads as nothing.
 */
export function syllableSpans(name: string): MatchRange[] {
  const spans: MatchRange[] = [];
  let runStart = -1;
  let offset = 0;
  for (const char of name) {
    if (TYPED.test(char.normalize('NFKC'))) {
      if (runStart < 0) runStart = offset;
    } else {
      if (runStart >= 0) spans.push([runStart, offset]);
      runStart = -1;
      if (HAN.test(char)) spans.push([offset, offset + char.length]);
    }
    offset += char.length;
  }
  if (runStart >= 0) spans.push([runStart, offset]);
  return spans;
}

/** The name range a pinyin match covers, from its first to its last syllable. */
export function pinyinHighlight(name: string, lattice: string, match: { syllable: number; start: number; end: number }): MatchRange[] {
  let last = match.syllable;
  for (let i = match.start; i < match.end; i += 1) if (lattice.charCodeAt(i) === SPACE) last += 1;
  const spans = syllableSpans(name);
  const from = spans[match.syllable];
  const to = spans[last];
  return from && to ? [[from[0], to[1]]] : [];
}
