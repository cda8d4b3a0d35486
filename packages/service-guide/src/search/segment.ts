/** Splits a sentence fragment a visitor typed into the words a catalog knows. */

/** Longest word looked for; catalog aliases and synonyms are shorter. */
const LONGEST = 8;

/**
 * Longest match over the catalog's vocabulary (its aliases and synonym words), left to right;
 * where none starts, a pair of characters the catalog's text holds (`has`), else the character
 * is dropped (了, 么, 怎). `Intl.Segmenter` alone cuts 身份证 into 身份|证.
 */
export function segment(query: string, vocabulary: ReadonlySet<string>, has: (word: string) => boolean): string[] {
  const words: string[] = [];
  let at = 0;
  while (at < query.length) {
    let found = 0;
    for (let length = Math.min(LONGEST, query.length - at); length >= 2; length -= 1) {
      if (vocabulary.has(query.slice(at, at + length))) {
        found = length;
        break;
      }
    }
    if (!found && at + 2 <= query.length && has(query.slice(at, at + 2))) found = 2;
    if (found) {
      const word = query.slice(at, at + found);
      if (!words.includes(word)) words.push(word);
      at += found;
    } else at += 1;
  }
  return words;
}
