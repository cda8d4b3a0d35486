import { findInLattice, isAscii, normaliseQuery, pinyinHighlight, type MatchRange } from './pinyin-match.js';
import { SearchResult, type Tier } from './search-result.js';
import { readIndex, writeIndex } from './index-format.js';
import { EDIT_FROM_LENGTH, foldMask, foldPinyin, foldedReading, withinOneEdit } from './fuzzy-pinyin.js';
import { segment } from './segment.js';

/**
 * Catalog search for a touch-screen letter keyboard: Chinese substrings, full pinyin, pinyin
 * initials and mixes of them (`shenfz`), over every reading of 多音字 the server lists.
 *
 * Built for 10,000+ items on a slow kiosk CPU:
 * - items are numbered by static rank (高频 first, then popularity), so every posting list is
 *   already in rank order and a query never sorts;
 * - the index is a few posting lists filled by character-code loops, built in slices that
 *   yield to input;
 * - a query yields exact matches, then matches at the start of the name, then inside it, and
 *   verifies only as many candidates as the rows asked for (the rest on demand).
 */

/**
 * What the index needs of an entry: a catalog item (a `ServiceItemSummary` has it), or anything
 * else a visitor looks for by name, such as a 一件事 bundle.
 */
export interface SearchableItem {
  name: string;
  /** 俗称, matched like the name: exact, at the start, inside. */
  aliases?: readonly string[];
  /** Words a sentence may use for it (synonyms the server added), matched word by word. */
  keywords?: readonly string[];
  highFrequency: boolean;
  popularity: number;
  /**
   * The server's pinyin: `lattice` when present, else the reading combinations in `full`;
   * `aliases` holds the lattice of each alias, then of each keyword.
   */
  pinyin: { full: readonly string[]; initials: readonly string[]; lattice?: string; aliases?: readonly string[] };
}

/** Ends a name and each alias on an item's line; KEYWORD starts and ends each keyword. */
const FIELD = '\x01';
const KEYWORD = '\x02';

/** The name's lattices: its lattice, or (older catalogs) each reading as one. */
const nameLattices = (item: SearchableItem): readonly string[] => (item.pinyin.lattice ? [item.pinyin.lattice] : item.pinyin.full);

/** What the index walks for an item: the name's lattices, then each alias's and keyword's. */
const latticesOf = (item: SearchableItem): readonly string[] =>
  item.pinyin.aliases?.length ? [...nameLattices(item), ...item.pinyin.aliases] : nameLattices(item);

/** The lattices of the name and aliases: what a whole or leading pinyin match is counted on (not keywords). */
const ownLattices = (item: SearchableItem): readonly string[] =>
  item.pinyin.aliases?.length && item.aliases?.length
    ? [...nameLattices(item), ...item.pinyin.aliases.slice(0, item.aliases.length)]
    : nameLattices(item);

export interface BuildOptions {
  /** Longest run of work before yielding to input, in ms. */
  sliceMs?: number;
  signal?: AbortSignal;
}

/** a–z → 0–25, 0–9 → 26–35, anything else → -1. */
const BUCKET = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c += 1) BUCKET[c] = c - 97;
for (let c = 48; c <= 57; c += 1) BUCKET[c] = c - 22;
const BUCKETS = 36;

/** One bit per letter a–z in `text`. */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i += 1) {
    const letter = text.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) mask |= 1 << letter;
  }
  return mask;
}

/** Letter pairs a–z × a–z, one bit each, in this many 32-bit words. */
const PAIR_WORDS = Math.ceil((26 * 26) / 32);

/** Adds to `bits` (at `base`) the pairs a match can step along in a lattice: within a reading, and from any of its letters to a first letter of the next syllable. */
function addPairs(bits: Int32Array, base: number, lattice: string) {
  const set = (x: number, y: number) => {
    if (x >= 0 && x < 26 && y >= 0 && y < 26) {
      const bit = x * 26 + y;
      bits[base + (bit >> 5)] |= 1 << (bit & 31);
    }
  };
  const syllables = lattice.split(' ');
  for (let k = 0; k < syllables.length; k += 1) {
    const readings = syllables[k].split('|');
    const nextFirsts = k + 1 < syllables.length ? syllables[k + 1].split('|').map((reading) => reading.charCodeAt(0) - 97) : [];
    for (const reading of readings) {
      for (let i = 0; i < reading.length; i += 1) {
        const x = reading.charCodeAt(i) - 97;
        if (i + 1 < reading.length) set(x, reading.charCodeAt(i + 1) - 97);
        for (const y of nextFirsts) set(x, y);
      }
    }
  }
}

/** The letter pairs of a query, as `addPairs` sets them. */
function queryPairs(query: string): Int32Array {
  const bits = new Int32Array(PAIR_WORDS);
  for (let i = 0; i + 1 < query.length; i += 1) {
    const x = query.charCodeAt(i) - 97;
    const y = query.charCodeAt(i + 1) - 97;
    if (x >= 0 && x < 26 && y >= 0 && y < 26) bits[(x * 26 + y) >> 5] |= 1 << ((x * 26 + y) & 31);
  }
  return bits;
}

/** Guessing tiers (words of a sentence, fuzzy pinyin) run only when the query's own matches are fewer. */
const GUESS_BELOW = 5;
/** At most this many results in all once guessing: a few good guesses, not every weak one. */
const GUESSES = 20;
/** Candidates a one-edit guess reads at most (best ranked first): each costs a table pass over a line. */
const EDIT_EXAMINES = 400;

/** Catalog positions fit in these many values (the sort key packs them below the score). */
const POSITIONS = 2 ** 18;
export const MAX_ITEMS = POSITIONS;

/** An item's line: name, aliases and keywords, each ended by FIELD. */
const lineOf = (item: SearchableItem): string => {
  let line = `${item.name}${FIELD}`;
  for (const alias of item.aliases ?? []) line += `${alias}${FIELD}`;
  if (item.keywords?.length) line += `${KEYWORD}${item.keywords.join(KEYWORD)}${KEYWORD}`;
  return line;
};

const bucketOf = (code: number) => (code < 128 ? BUCKET[code] : -1);
const emptyLists = (count: number): ArrayLike<number>[] => Array.from({ length: count }, () => []);

/**
 * Lets pending input run before the next slice. A plain task, on purpose: `scheduler.yield()`
 * continuations ran ahead of a pending key press in Chromium (the test shows it), and
 * `setTimeout` is clamped to 4 ms once nested.
 */
function yieldToInput(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // The browser's MessagePort (Node's types describe another one).
    const port = channel.port1 as unknown as { onmessage: (() => void) | null; close(): void };
    port.onmessage = () => {
      port.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Letters lists: anywhere in a reading, and anchored at its first syllable. */
class LetterLists {
  /** Lists being built are arrays; read from a prebuilt index, views on its bytes. */
  singles = emptyLists(BUCKETS);
  pairs = emptyLists(BUCKETS * BUCKETS);
  private readonly lastSingle = new Int32Array(BUCKETS).fill(-1);
  private readonly lastPair = new Int32Array(BUCKETS * BUCKETS).fill(-1);

  single(rank: number, bucket: number) {
    if (this.lastSingle[bucket] === rank) return;
    this.lastSingle[bucket] = rank;
    (this.singles[bucket] as number[]).push(rank);
  }

  pair(rank: number, first: number, second: number) {
    const bucket = first * BUCKETS + second;
    if (this.lastPair[bucket] === rank) return;
    this.lastPair[bucket] = rank;
    (this.pairs[bucket] as number[]).push(rank);
  }

  /** Typed arrays once built: smaller, and a query reads one kind of list whether built or loaded. */
  freeze() {
    const typed = (list: ArrayLike<number>) => (list instanceof Int32Array ? list : Int32Array.from(list));
    this.singles = this.singles.map(typed);
    this.pairs = this.pairs.map(typed);
  }

  /** Items that can match a query starting with these letters. */
  candidates(query: string): ArrayLike<number> {
    const first = bucketOf(query.charCodeAt(0));
    if (first < 0) return [];
    if (query.length === 1) return this.singles[first];
    const second = bucketOf(query.charCodeAt(1));
    return second < 0 ? [] : this.pairs[first * BUCKETS + second];
  }
}

/**
 * Every name on one line of a single string, in rank order: `indexOf` finds Chinese text in
 * native code, in rank order, and can stop once a screenful is found. Costs one `join` to build.
 */
class NameLines {
  constructor(
    private readonly text: string,
    /** Offset of each rank's line, and one past the last. */
    private readonly starts: Int32Array,
  ) {}

  /** The name of a rank, as compared. */
  name(rank: number): string {
    return this.text.slice(this.starts[rank], this.text.indexOf(FIELD, this.starts[rank]));
  }

  /** The whole line of a rank. */
  line(rank: number): string {
    return this.text.slice(this.starts[rank], this.starts[rank + 1] - 1);
  }

  /** Whether any line holds `needle`. */
  has(needle: string): boolean {
    return this.text.includes(needle);
  }

  /** The rank whose line holds `offset`. */
  private rankAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Ranks whose line holds `needle` (which may start with the line break before a line), in rank order. */
  *find(needle: string): Generator<number> {
    // A needle that starts at a line break is about the line after it.
    const lead = needle.startsWith('\n') ? 1 : 0;
    let at = this.text.indexOf(needle);
    while (at >= 0) {
      const rank = this.rankAt(at + lead);
      yield rank;
      at = this.text.indexOf(needle, this.starts[rank + 1] - lead);
    }
  }
}

export class CatalogIndex<T extends SearchableItem = SearchableItem> {
  /** Static rank → position in `items`. */
  private readonly itemAt: Int32Array;
  /** Position in `items` → static rank. */
  private readonly rankOf: Int32Array;
  private readonly anywhere = new LetterLists();
  private readonly atStart = new LetterLists();
  private lines?: NameLines;
  /** The name lines built so far, a slice at a time, and where each rank's line starts. */
  private readonly linePieces: string[] = [];
  private readonly lineStarts: Int32Array;
  private lineOffset = 1;
  /** By rank: syllables in the name's readings (all readings have as many). */
  private readonly syllables: Uint8Array;
  /** First letters of the readings of this syllable and the one before (two rows of 8). */
  private readonly firsts = new Int8Array(16);
  /** By rank: which letters a–z occur in any reading, one bit each, to skip hopeless candidates. */
  private readonly letters: Int32Array;
  /** By rank: PAIR_WORDS words of letter pairs (see addPairs), worked out with `letters`. */
  private readonly pairs: Int32Array;
  private built = 0;
  /** Aliases and keywords, to split a sentence into words; gathered when a sentence first comes. */
  private vocabulary?: Set<string>;
  /** By rank: the folded readings of the name and aliases, one line each; made when a fuzzy query first comes. */
  private foldedLines?: NameLines;

  private constructor(
    readonly items: readonly T[],
    prebuilt?: Int32Array,
  ) {
    if (items.length > MAX_ITEMS) throw new RangeError(`at most ${MAX_ITEMS} items can be indexed`);
    this.syllables = new Uint8Array(items.length);
    this.lineStarts = new Int32Array(items.length + 1);
    this.letters = new Int32Array(items.length).fill(-1);
    this.pairs = new Int32Array(items.length * PAIR_WORDS);
    if (prebuilt) {
      this.itemAt = prebuilt;
      this.rankOf = new Int32Array(items.length);
      for (let rank = 0; rank < prebuilt.length; rank += 1) this.rankOf[prebuilt[rank]] = rank;
      return;
    }
    // One numeric sort of packed keys (score, then catalog position), no comparator calls.
    // Plain loops throughout: the index is built once, mostly before the JIT has warmed up.
    const count = items.length;
    const keys = new Float64Array(count);
    for (let position = 0; position < count; position += 1) {
      const item = items[position];
      // Whole numbers only: the position is read back from the key's lowest bits.
      const popularity = Math.floor(Math.min(2 ** 23, Math.max(0, item.popularity || 0)));
      const score = (item.highFrequency ? 2 ** 24 : 0) + popularity * 2 + 16 - Math.min(item.name.length, 16);
      keys[position] = score * POSITIONS + (POSITIONS - 1 - position);
    }
    keys.sort();
    this.itemAt = new Int32Array(count);
    this.rankOf = new Int32Array(count);
    for (let rank = 0; rank < count; rank += 1) {
      const position = POSITIONS - 1 - (keys[count - 1 - rank] % POSITIONS);
      this.itemAt[rank] = position;
      this.rankOf[position] = rank;
    }
  }

  /** Builds in one go; for small catalogs and workers. */
  static buildSync<T extends SearchableItem>(items: readonly T[]): CatalogIndex<T> {
    const index = new CatalogIndex(items);
    index.addUpTo(items.length);
    index.finish();
    return index;
  }

  /** Builds in slices, yielding to input between them, so typing never waits for the index. */
  static async build<T extends SearchableItem>(items: readonly T[], options: BuildOptions = {}): Promise<CatalogIndex<T>> {
    const index = new CatalogIndex(items);
    const sliceMs = options.sliceMs ?? 8;
    while (index.built < items.length) {
      options.signal?.throwIfAborted();
      const started = performance.now();
      while (index.built < items.length && performance.now() - started < sliceMs) {
        index.addUpTo(Math.min(items.length, index.built + 200));
      }
      await yieldToInput();
    }
    index.finish();
    return index;
  }

  /** The index as bytes (see index-format.ts), for a server to build once per catalog version. */
  serialize(): ArrayBuffer {
    if (this.built < this.items.length) throw new Error('the index is still being built');
    return writeIndex(
      {
        itemAt: this.itemAt,
        syllables: this.syllables,
        tables: [this.anywhere.singles, this.anywhere.pairs, this.atStart.singles, this.atStart.pairs],
      },
      BUCKETS,
    );
  }

  /**
   * An index from `serialize()`'s bytes for the same items in the same order: searching starts
   * without building. Throws a TypeError when the bytes are not an index of these items.
   */
  static fromSerialized<T extends SearchableItem>(items: readonly T[], bytes: ArrayBuffer): CatalogIndex<T> {
    const sizes = [BUCKETS, BUCKETS * BUCKETS, BUCKETS, BUCKETS * BUCKETS];
    const { itemAt, syllables, tables } = readIndex(bytes, items.length, sizes, BUCKETS);
    const index = new CatalogIndex(items, itemAt);
    index.syllables.set(syllables);
    [index.anywhere.singles, index.anywhere.pairs, index.atStart.singles, index.atStart.pairs] = tables;
    index.addLines(0, items.length);
    index.built = items.length;
    index.finish();
    return index;
  }

  get size(): number {
    return this.items.length;
  }

  private addUpTo(end: number) {
    for (let rank = this.built; rank < end; rank += 1) this.add(rank);
    this.addLines(this.built, end);
    this.built = end;
  }

  /** After the last item: lists to typed arrays, the name lines to one string. */
  private finish() {
    this.anywhere.freeze();
    this.atStart.freeze();
    this.lineStarts[this.items.length] = this.lineOffset;
    this.lines = new NameLines(`\n${this.linePieces.join('\n')}\n`, this.lineStarts);
  }

  /**
   * Names as compared (NFKC, lowercase), normalised a slice per call; name by name only where
   * normalising changes a length (a compatibility character like ㈱).
   */
  private addLines(from: number, to: number) {
    const raw: string[] = [];
    for (let rank = from; rank < to; rank += 1) raw.push(lineOf(this.items[this.itemAt[rank]]));
    const joined = raw.join('\n');
    let piece = joined.normalize('NFKC').toLowerCase();
    let names = raw;
    if (piece.length !== joined.length) {
      names = raw.map((name) => name.normalize('NFKC').toLowerCase());
      piece = names.join('\n');
    }
    for (let i = 0; i < names.length; i += 1) {
      this.lineStarts[from + i] = this.lineOffset;
      this.lineOffset += names[i].length + 1;
    }
    this.linePieces.push(piece);
  }

  private add(rank: number) {
    const item = this.items[this.itemAt[rank]];
    // The fewest syllables of any reading: fewer letters than that cannot type a whole name.
    let fewest = 255;
    for (const lattice of latticesOf(item)) fewest = Math.min(fewest, this.addLattice(rank, lattice));
    this.syllables[rank] = fewest;
  }

  /** Letters in an item's pinyin, worked out when a query first needs them (not while building). */
  private lettersOf(rank: number): number {
    let letters = this.letters[rank];
    if (letters === -1) {
      letters = 0;
      for (const lattice of latticesOf(this.items[this.itemAt[rank]])) {
        letters |= letterMask(lattice);
        addPairs(this.pairs, rank * PAIR_WORDS, lattice);
      }
      this.letters[rank] = letters;
    }
    return letters;
  }

  /** Whether every letter pair of the query is one a match could step along in the item's pinyin. */
  private hasPairs(rank: number, needed: Int32Array): boolean {
    const base = rank * PAIR_WORDS;
    for (let word = 0; word < PAIR_WORDS; word += 1) {
      if ((this.pairs[base + word] & needed[word]) !== needed[word]) return false;
    }
    return true;
  }

  /**
   * Records the letter pairs a match can start with: within a syllable's reading, and from any
   * reading of one syllable to any of the next. Returns the number of syllables.
   */
  private addLattice(rank: number, lattice: string): number {
    const firsts = this.firsts;
    let previousCount = 0;
    let syllable = 0;
    let at = 0;
    const length = lattice.length;
    while (at < length) {
      let syllableEnd = lattice.indexOf(' ', at);
      if (syllableEnd < 0) syllableEnd = length;
      const base = (syllable & 1) * 8;
      let count = 0;
      let start = at;
      while (start < syllableEnd) {
        let end = lattice.indexOf('|', start);
        if (end < 0 || end > syllableEnd) end = syllableEnd;
        const first = bucketOf(lattice.charCodeAt(start));
        if (first >= 0) {
          const second = end - start > 1 ? bucketOf(lattice.charCodeAt(start + 1)) : -1;
          if (syllable === 0) {
            this.atStart.single(rank, first);
            if (second >= 0) this.atStart.pair(rank, first, second);
          }
          this.anywhere.single(rank, first);
          if (second >= 0) this.anywhere.pair(rank, first, second);
          if (count < 8) firsts[base + count++] = first;
        }
        start = end + 1;
      }
      const previousBase = 8 - base;
      for (let p = 0; p < previousCount; p += 1) {
        for (let f = 0; f < count; f += 1) {
          this.anywhere.pair(rank, firsts[previousBase + p], firsts[base + f]);
          if (syllable === 1) this.atStart.pair(rank, firsts[previousBase + p], firsts[base + f]);
        }
      }
      previousCount = count;
      syllable += 1;
      at = syllableEnd + 1;
    }
    return Math.min(255, syllable);
  }

  /** Items matching what was typed, best first, found as they are read. An empty query gives none. */
  search(raw: string): SearchResult {
    const query = normaliseQuery(raw);
    if (!query) return new SearchResult(query, [], this.itemAt);
    const tiers: Tier[] = isAscii(query) ? [...this.letterTiers(query), ...this.fuzzyTiers(query)] : this.textTiers(query);
    return new SearchResult(query, tiers, this.itemAt);
  }

  private textTiers(query: string): Tier[] {
    const lines = this.lines!;
    const newline = '\n';
    const all = () => true;
    return [
      { candidates: lines.find(`${newline}${query}${FIELD}`), accepts: all },
      { candidates: lines.find(`${FIELD}${query}${FIELD}`), accepts: all },
      { candidates: lines.find(`${newline}${query}`), accepts: all },
      { candidates: lines.find(`${FIELD}${query}`), accepts: all },
      { candidates: lines.find(query), accepts: all },
      { candidates: this.byWords(query), accepts: all, onlyBelow: GUESS_BELOW, upTo: GUESSES },
    ];
  }

  /**
   * A sentence fragment (身份证丢了怎么补办) split into the catalog's words; items ranked by how
   * many of the words their name, aliases and keywords hold. Worked out only when read.
   */
  private *byWords(query: string): Generator<number> {
    const lines = this.lines!;
    this.vocabulary ??= this.gatherVocabulary();
    const words = segment(query, this.vocabulary, (word) => lines.has(word));
    // One word that is the whole query was the substring tier's.
    if (words.length === 0 || (words.length === 1 && words[0] === query)) return;
    const counts = new Uint8Array(this.items.length);
    let most = 0;
    for (const word of words) {
      for (const rank of lines.find(word)) {
        counts[rank] += 1;
        if (counts[rank] > most) most = counts[rank];
      }
    }
    for (let count = most; count >= 1; count -= 1) {
      for (let rank = 0; rank < counts.length; rank += 1) if (counts[rank] === count) yield rank;
    }
  }

  private gatherVocabulary(): Set<string> {
    const words = new Set<string>();
    for (const item of this.items) {
      for (const word of item.aliases ?? []) words.add(normaliseQuery(word));
      for (const word of item.keywords ?? []) words.add(normaliseQuery(word));
    }
    return words;
  }

  /** The folded readings (z = zh, n = l, an = ang …) of every rank's name and aliases, as lines. */
  private folded(): NameLines {
    if (!this.foldedLines) {
      const lines: string[] = [];
      const starts = new Int32Array(this.items.length + 1);
      let offset = 1;
      for (let rank = 0; rank < this.items.length; rank += 1) {
        const line = `${ownLattices(this.items[this.itemAt[rank]]).map(foldedReading).join(FIELD)}${FIELD}`;
        starts[rank] = offset;
        offset += line.length + 1;
        lines.push(line);
      }
      starts[this.items.length] = offset;
      this.foldedLines = new NameLines(`\n${lines.join('\n')}\n`, starts);
    }
    return this.foldedLines;
  }

  /** Ranks in either of two rank-ordered streams, in rank order, each once. */
  private *merged(a: Iterator<number>, b: Iterator<number>): Generator<number> {
    let x = a.next();
    let y = b.next();
    while (!x.done || !y.done) {
      if (y.done || (!x.done && x.value < y.value)) {
        yield x.value;
        x = a.next();
      } else {
        if (!x.done && x.value === y.value) x = a.next();
        yield y.value;
        y = b.next();
      }
    }
  }

  /**
   * Fuzzy pinyin, below every exact tier and only when those found next to nothing: the folded
   * query inside a folded reading, then (longer full-pinyin queries) within one edit of one.
   */
  private fuzzyTiers(query: string): Tier[] {
    if (query.length < 4 || !/^[a-z]+$/.test(query)) return [];
    const folded = foldPinyin(query);
    const lines = this.folded();
    const tiers: Tier[] = [{ candidates: lines.find(folded), accepts: () => true, onlyBelow: GUESS_BELOW, upTo: GUESSES }];
    if (query.length >= EDIT_FROM_LENGTH) {
      const needed = letterMask(folded);
      // One edit leaves one half of the query whole, and at most one letter missing.
      const middle = folded.length >> 1;
      const halves = [folded.slice(0, middle), folded.slice(middle)];
      const hopeful = (rank: number) => {
        const missing = needed & ~foldMask(this.lettersOf(rank));
        return (missing & (missing - 1)) === 0 && withinOneEdit(lines.line(rank), folded);
      };
      // Only lines holding a half are read (indexOf in native code), not every item.
      const candidates = this.merged(lines.find(halves[0]), lines.find(halves[1]));
      tiers.push({ candidates, accepts: hopeful, onlyBelow: GUESS_BELOW, upTo: GUESSES, examines: EDIT_EXAMINES });
    }
    return tiers;
  }

  private letterTiers(query: string): Tier[] {
    const lines = this.lines!;
    const readings = (rank: number) => ownLattices(this.items[this.itemAt[rank]]);
    const allReadings = (rank: number) => latticesOf(this.items[this.itemAt[rank]]);
    const inName = (rank: number) => lines.name(rank).includes(query);
    const atStart = this.atStart.candidates(query);
    const needed = letterMask(query);
    const neededPairs = queryPairs(query);
    // The letters first: `lettersOf` also works out the pairs.
    const hasLetters = (rank: number) => (this.lettersOf(rank) & needed) === needed && this.hasPairs(rank, neededPairs);
    // The whole name typed (each syllable takes at least one letter): exact.
    const whole = (rank: number) =>
      this.syllables[rank] <= query.length &&
      hasLetters(rank) &&
      readings(rank).some((reading) => findInLattice(reading, query, true)?.end === reading.length);
    return [
      { candidates: atStart, accepts: whole },
      {
        candidates: atStart,
        accepts: (rank) => hasLetters(rank) && readings(rank).some((reading) => findInLattice(reading, query, true) !== null),
      },
      {
        candidates: this.anywhere.candidates(query),
        accepts: (rank) =>
          inName(rank) || (hasLetters(rank) && allReadings(rank).some((reading) => findInLattice(reading, query) !== null)),
      },
    ];
  }

  /** Positions in `items`, best ranked first: the order of a list with no query. */
  positionsByRank(): number[] {
    return Array.from(this.itemAt);
  }

  /** The static rank of an item (its position in `items`). */
  rank(position: number): number {
    return this.rankOf[position];
  }

  /**
   * Where the query matches in the name of the item at `position`, for highlighting: the
   * substring for Chinese text, the characters whose syllables were typed for pinyin.
   */
  highlight(position: number, raw: string): MatchRange[] {
    const query = normaliseQuery(raw);
    const item = this.items[position];
    if (!query || !item) return [];
    const name = this.lines!.name(this.rankOf[position]);
    const at = name.indexOf(query);
    if (at >= 0) return [[at, at + query.length]];
    if (!isAscii(query)) return [];
    for (const lattice of nameLattices(item)) {
      const match = findInLattice(lattice, query);
      if (match) return pinyinHighlight(item.name, lattice, match);
    }
    return [];
  }
}
