// The page test/bench/search.bench.mjs drives: the same items and queries through the
// toolkit's CatalogIndex and through Fuse.js, timed with performance.now() in the page.
import Fuse from 'fuse.js';
import { CatalogIndex } from '@zhengwu/service-guide/search/catalog-index';
import type { ServiceItemSummary } from '@zhengwu/core/contract';

interface Timing {
  query: string;
  ms: number[];
  allMs?: number[];
  count: number;
  top: string[];
}

let items: ServiceItemSummary[] = [];
/** Fuse searches what ours does: names, pinyin as typed, initials, aliases and keywords. */
const FUSE_OPTIONS = {
  keys: ['name', 'compact', 'pinyin.initials', 'aliases', 'keywords'],
  threshold: 0.3,
  ignoreLocation: true,
};
let indexBytes: ArrayBuffer | undefined;
let index: CatalogIndex<ServiceItemSummary> | undefined;
let fuse: Fuse<ServiceItemSummary & { compact: string[] }> | undefined;

const api = {
  async load(url: string, indexUrl: string) {
    items = (await (await fetch(url)).json()).items;
    indexBytes = await (await fetch(indexUrl)).arrayBuffer();
    return items.length;
  },
  /** From the server's bytes to an index that answers (checked against the one built here). */
  loadIndex() {
    const started = performance.now();
    const loaded = CatalogIndex.fromSerialized(items, indexBytes!);
    const first = loaded.search('sfz').ensure(1);
    const ms = performance.now() - started;
    const same = index ? ['sfz', 'hz', '身份证'].every((q) => loaded.search(q).all().join() === index!.search(q).all().join()) : false;
    if (!same || first.length === 0) throw new Error('the prebuilt index answers differently from the one built here');
    return { ms };
  },
  /** Time until the index answers, and the longest stretch the main thread was busy meanwhile. */
  async buildIndex(sliceMs?: number) {
    // Long tasks show how long input could have waited while the index was built.
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    index = await CatalogIndex.build(items, { sliceMs });
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return { ms, longest_block_ms: Math.max(0, ...longTasks) };
  },
  /**
   * The evaluation set over the first `count` items (the seed catalog) or all: the codes of each
   * engine's top 5 for every query, each engine over the same names, pinyin, aliases and keywords.
   */
  relevance(queries: string[], count: number) {
    const some = items.slice(0, count);
    const small = CatalogIndex.buildSync(some);
    const docs = some.map((item) => ({ ...item, compact: item.pinyin.full.map((full) => full.replace(/ /g, '')) }));
    const smallFuse = new Fuse(docs, FUSE_OPTIONS);
    return queries.map((query) => ({
      ours: small
        .search(query)
        .slice(0, 5)
        .map((position) => some[position].code),
      fuse: smallFuse.search(query, { limit: 5 }).map((hit) => hit.item.code),
    }));
  },
  buildFuse() {
    const started = performance.now();
    // Fuse gets the pinyin without spaces as typed, so it is not handicapped by the format.
    const docs = items.map((item) => ({ ...item, compact: item.pinyin.full.map((full) => full.replace(/ /g, '')) }));
    fuse = new Fuse(docs, FUSE_OPTIONS);
    return { ms: performance.now() - started };
  },
  /** The first screenful (what the list shows), and separately every match with its count. */
  ours(queries: string[], repeats: number, page: number): Timing[] {
    if (!index) throw new Error('index not built');
    return queries.map((query) => {
      const ms: number[] = [];
      const allMs: number[] = [];
      for (let r = 0; r < repeats; r += 1) {
        let started = performance.now();
        index!.search(query).ensure(page);
        ms.push(performance.now() - started);
        started = performance.now();
        index!.search(query).all();
        allMs.push(performance.now() - started);
      }
      const result = index!.search(query);
      const top = result.slice(0, 10).map((position) => items[position].name);
      return { query, ms, allMs, count: result.all().length, top };
    });
  },
  /** Fuse with `limit` set to the same screenful, and the full count from an unlimited search. */
  fuse(queries: string[], repeats: number, page: number): Timing[] {
    if (!fuse) throw new Error('fuse not built');
    return queries.map((query) => {
      const ms: number[] = [];
      let result = fuse!.search(query, { limit: page });
      for (let r = 0; r < repeats; r += 1) {
        const started = performance.now();
        result = fuse!.search(query, { limit: page });
        ms.push(performance.now() - started);
      }
      const count = fuse!.search(query).length;
      return { query, ms, count, top: result.slice(0, 10).map((hit) => hit.item.name) };
    });
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.getElementById('status')!.textContent = 'ready';
