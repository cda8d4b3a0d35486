/**
 * Fuzzy pinyin as Chinese input methods offer it: z/zh, c/ch, s/sh, n/l, f/h, an/ang, en/eng,
 * in/ing fold to one spelling, and one wrong, missing, extra or swapped letter is forgiven in
 * longer full-pinyin queries.
 */

/** Fuzzy edits only from this many letters: shorter queries are initials or prefixes. */
export const EDIT_FROM_LENGTH = 5;

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

/**
 * Whether `query` is at most one edit (Damerau: a swap counts as one) from the text that
 * starts at `start` of `reading`, the reading's tail taken as long as helps.
 */
function withinOneEdit(reading: string, start: number, query: string): boolean {
  const n = query.length;
  const m = Math.min(reading.length - start, n + 1);
  let before = new Array<number>(m + 1);
  let previous = new Array<number>(m + 1);
  let row = new Array<number>(m + 1);
  for (let j = 0; j <= m; j += 1) previous[j] = j;
  for (let i = 1; i <= n; i += 1) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= m; j += 1) {
      const cost = query.charCodeAt(i - 1) === reading.charCodeAt(start + j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        query.charCodeAt(i - 1) === reading.charCodeAt(start + j - 2) &&
        query.charCodeAt(i - 2) === reading.charCodeAt(start + j - 1)
      ) {
        value = Math.min(value, before[j - 2] + 1);
      }
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > 1) return false;
    [before, previous, row] = [previous, row, before];
  }
  for (let j = 0; j <= m; j += 1) if (previous[j] <= 1) return true;
  return false;
}

/**
 * A folded full-pinyin query within one edit of the folded reading of a lattice, from the
 * start of any syllable (the reading from context of each syllable: `yin hang|xing` → yinhang).
 */
export function fuzzyInLattice(lattice: string, foldedQuery: string): boolean {
  const syllables = lattice.split(' ');
  let reading = '';
  const starts: number[] = [];
  for (const syllable of syllables) {
    starts.push(reading.length);
    const bar = syllable.indexOf('|');
    reading += foldPinyin(bar < 0 ? syllable : syllable.slice(0, bar));
  }
  for (const start of starts) if (withinOneEdit(reading, start, foldedQuery)) return true;
  return false;
}
