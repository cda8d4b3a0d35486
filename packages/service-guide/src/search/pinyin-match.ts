/** Pinyin matching on the server's readings: syllables separated by one space (`yin hang`). */

/** A `[start, end)` range of UTF-16 offsets in an item's name. */
export type MatchRange = readonly [start: number, end: number];

/** Longer queries are cut: nobody types 40 letters, and matching stays bounded. */
export const MAX_QUERY_LENGTH = 40;
const SPACE = 32;

/** What a visitor typed, as the index compares it: NFKC, lowercase, no spaces or apostrophes, ü as v. */
export function normaliseQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[\s'’·]+/g, '')
    .slice(0, MAX_QUERY_LENGTH);
}

export const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

/**
 * Matches `query` against the syllables of `reading` from the syllable starting at `at`. Each
 * syllable takes its full spelling, its first letter, or its two-letter initial (zh, ch, sh),
 * and the last one any prefix: `shenfz`, `sfz` and `shenfenzheng` all reach 身份证. Returns the
 * offset just past the last syllable used, or -1.
 */
export function matchFrom(reading: string, at: number, query: string, qi: number): number {
  let length = 0;
  while (
    qi + length < query.length &&
    at + length < reading.length &&
    reading.charCodeAt(at + length) !== SPACE &&
    reading.charCodeAt(at + length) === query.charCodeAt(qi + length)
  ) {
    length += 1;
  }
  if (length === 0) return -1;
  let syllableEnd = at + length;
  while (syllableEnd < reading.length && reading.charCodeAt(syllableEnd) !== SPACE) syllableEnd += 1;
  if (qi + length === query.length) return syllableEnd;
  if (syllableEnd >= reading.length) return -1;
  const next = syllableEnd + 1;
  // The whole syllable first ("xian" before x + ian), then its initial.
  if (at + length === syllableEnd) {
    const end = matchFrom(reading, next, query, qi + length);
    if (end >= 0) return end;
  }
  if (length >= 2 && reading.charCodeAt(at + 1) === 104 /* h of zh, ch, sh */) {
    const end = matchFrom(reading, next, query, qi + 2);
    if (end >= 0) return end;
  }
  return length >= 1 && at + 1 !== syllableEnd ? matchFrom(reading, next, query, qi + 1) : -1;
}

/** Where a match starts in `reading`: the syllable number and the offset past its end, or null. */
export function findInReading(reading: string, query: string, fromStartOnly = false): { syllable: number; start: number; end: number } | null {
  const first = query.charCodeAt(0);
  let start = 0;
  let syllable = 0;
  while (start < reading.length) {
    if (reading.charCodeAt(start) === first) {
      const end = matchFrom(reading, start, query, 0);
      if (end >= 0) return { syllable, start, end };
    }
    if (fromStartOnly) return null;
    const space = reading.indexOf(' ', start);
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
export function pinyinHighlight(name: string, reading: string, match: { syllable: number; start: number; end: number }): MatchRange[] {
  let last = match.syllable;
  for (let i = match.start; i < match.end; i += 1) if (reading.charCodeAt(i) === SPACE) last += 1;
  const spans = syllableSpans(name);
  const from = spans[match.syllable];
  const to = spans[last];
  return from && to ? [[from[0], to[1]]] : [];
}
