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
    const { candidates, accepts, onlyBelow, upTo } = this.tiers[this.tier];
    if (upTo !== undefined) want = Math.min(want, upTo - this.found.length);
    if (!this.started && onlyBelow !== undefined && this.found.length >= onlyBelow) {
      this.tier += 1;
      return;
    }
    this.started = true;
    let accepted = 0;
    let exhausted = false;
    if (typeof (candidates as Iterator<number>).next !== 'function') {
      const list = candidates as ArrayLike<number>;
      while (this.cursor < list.length && accepted < want) {
        if (this.accept(list[this.cursor++], accepts)) accepted += 1;
      }
      exhausted = this.cursor >= list.length;
    } else {
      const iterator = candidates as Iterator<number>;
      while (accepted < want) {
        const next = iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        if (this.accept(next.value, accepts)) accepted += 1;
      }
    }
    if (exhausted || (upTo !== undefined && this.found.length >= upTo)) {
      this.tier += 1;
      this.cursor = 0;
      this.started = false;
    }
  }

  private accept(rank: number, accepts: Tier['accepts']): boolean {
    if (this.listed[rank] || !accepts(rank)) return false;
    this.listed[rank] = 1;
    this.found.push(rank);
    return true;
  }
}
