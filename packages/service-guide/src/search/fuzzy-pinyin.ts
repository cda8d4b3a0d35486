/**
 * Fuzzy pinyin as Chinese input methods offer it: z/zh, c/ch, s/sh, n/l, f/h, an/ang, en/eng,
 * in/ing fold to one spelling, and one wrong, missing, extra or swapped letter is forgiven in
 * longer full-pinyin queries.
 */

/** Fuzzy edits only from this many letters: shorter queries are initials or prefixes. */
export const EDIT_FROM_LENGTH = 6;

/** One spelling for the sounds a southern or northern speaker mixes up. */
export function foldPinyin(text: string): string {
  return text
    .replace(/([zcs])h/g, '$1')
    .replace(/l/g, 'n')
    .replace(/h/g, 'f')
    .replace(/ng(?![aeiouv])/g, 'n');
}

/** The letters a folded spelling can hold, from the letters of the unfolded one. */
export function foldMask(mask: number): number {
  const bit = (letter: string) => 1 << (letter.charCodeAt(0) - 97);
  let folded = mask & ~bit('l') & ~bit('h');
  if (mask & bit('l')) folded |= bit('n');
  if (mask & bit('h')) folded |= bit('f');
  return folded;
}

let scratch = new Uint8Array(0);

/**
 * Whether `query` is at most one edit (Damerau: a swap counts as one) from some stretch of
 * `text`: one pass of the approximate-substring table (Sellers), a row per query letter.
 */
export function withinOneEdit(text: string, query: string): boolean {
  const n = query.length;
  const m = text.length;
  if (n === 0) return true;
  // Rows over text positions; a match may start anywhere, so row 0 is all zeros. Reused
  // between calls: a query tests thousands of lines, and allocating was most of the cost.
  if (scratch.length < 3 * (m + 1)) scratch = new Uint8Array(6 * (m + 1));
  let before = scratch.subarray(0, m + 1).fill(0);
  let previous = scratch.subarray(m + 1, 2 * (m + 1)).fill(0);
  let row = scratch.subarray(2 * (m + 1), 3 * (m + 1));
  for (let i = 1; i <= n; i += 1) {
    row[0] = i;
    let best = i;
    const q = query.charCodeAt(i - 1);
    for (let j = 1; j <= m; j += 1) {
      const t = text.charCodeAt(j - 1);
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (q === t ? 0 : 1));
      if (i > 1 && j > 1 && q === text.charCodeAt(j - 2) && query.charCodeAt(i - 2) === t) value = Math.min(value, before[j - 2] + 1);
      row[j] = Math.min(value, 9);
      if (value < best) best = value;
    }
    if (best > 1) return false;
    [before, previous, row] = [previous, row, before];
  }
  for (let j = 0; j <= m; j += 1) if (previous[j] <= 1) return true;
  return false;
}

/** A lattice's reading from context (`yin hang|xing` → yinhang), folded: what fuzzy queries are matched on. */
export function foldedReading(lattice: string): string {
  let reading = '';
  for (const syllable of lattice.split(' ')) {
    const bar = syllable.indexOf('|');
    reading += bar < 0 ? syllable : syllable.slice(0, bar);
  }
  return foldPinyin(reading);
}
