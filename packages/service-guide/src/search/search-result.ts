/** One kind of match: candidates in rank order (a list, or found as they are read) and the check each must pass. */
export interface Tier {
  candidates: ArrayLike<number> | Iterator<number>;
  accepts(rank: number): boolean;
  /**
   * Read only when the tiers before found fewer than this many items: guesses (fuzzy pinyin,
   * words of a sentence) are for when the query itself finds next to nothing.
   */
  onlyBelow?: number;
  /** The tier ends once this many items are found in all: a few good guesses, not every weak one. */
  upTo?: number;
  /** The tier ends once it has read this many candidates: a guess's cost is bounded whatever the catalog. */
  examines?: number;
}

/**
 * The items a query matches, best first, verified lazily: a screenful costs only the candidates
 * read to fill it. Tiers are read in order (exact, at the start, inside); an item is listed
 * once, in the first tier that accepts it.
 */
export class SearchResult {
  private readonly found: number[] = [];
  private readonly listed: Uint8Array;
  private tier = 0;
  private cursor = 0;
  /** Candidates the current tier has read. */
  private read = 0;
  /** Whether the current tier has been read from (its `onlyBelow` is checked once, before). */
  private started = false;

  constructor(
    /** The normalised query. */
    readonly query: string,
    private readonly tiers: readonly Tier[],
    /** Rank → position in the indexed items. */
    private readonly itemAt: Int32Array,
  ) {
    this.listed = new Uint8Array(tiers.length > 0 ? itemAt.length : 0);
  }

  /** How many are found so far; the final count once `complete`. */
  get length(): number {
    return this.found.length;
  }

  get complete(): boolean {
    return this.tier >= this.tiers.length;
  }

  /** Reads candidates until `count` items are found or none are left. */
  ensure(count: number): this {
    while (this.found.length < count && !this.complete) this.step(count - this.found.length);
    return this;
  }

  /** Reads on for about `budgetMs`; true once complete. For filling in the count when idle. */
  advance(budgetMs: number): boolean {
    const started = performance.now();
    while (!this.complete && performance.now() - started < budgetMs) this.step(500);
    return this.complete;
  }

  /** Everything, best first (reads all candidates). */
  all(): number[] {
    this.ensure(Number.POSITIVE_INFINITY);
    return this.slice(0, this.found.length);
  }

  /** Positions in the indexed items of results `start` to `end` (read as far as needed). */
  slice(start: number, end: number): number[] {
    this.ensure(end);
    return this.found.slice(start, end).map((rank) => this.itemAt[rank]);
  }

  /** Reads up to `want` accepted candidates of the current tier. */
  private step(want: number) {
    const { candidates, accepts, onlyBelow, upTo, examines } = this.tiers[this.tier];
    if (upTo !== undefined) want = Math.min(want, upTo - this.found.length);
    if (!this.started && onlyBelow !== undefined && this.found.length >= onlyBelow) {
      this.nextTier();
      return;
    }
    this.started = true;
    const limit = examines ?? Number.POSITIVE_INFINITY;
    let accepted = 0;
    let exhausted = false;
    if (typeof (candidates as Iterator<number>).next !== 'function') {
      const list = candidates as ArrayLike<number>;
      const end = Math.min(list.length, limit);
      while (this.cursor < end && accepted < want) {
        if (this.accept(list[this.cursor++], accepts)) accepted += 1;
      }
      exhausted = this.cursor >= end;
    } else {
      const iterator = candidates as Iterator<number>;
      while (accepted < want) {
        const next = this.read < limit ? iterator.next() : undefined;
        if (!next || next.done) {
          exhausted = true;
          break;
        }
        this.read += 1;
        if (this.accept(next.value, accepts)) accepted += 1;
      }
    }
    if (exhausted || (upTo !== undefined && this.found.length >= upTo)) this.nextTier();
  }

  private nextTier() {
    this.tier += 1;
    this.cursor = 0;
    this.read = 0;
    this.started = false;
  }

  private accept(rank: number, accepts: Tier['accepts']): boolean {
    if (this.listed[rank] || !accepts(rank)) return false;
    this.listed[rank] = 1;
    this.found.push(rank);
    return true;
  }
}
