/**
 * The built search index as bytes, so a server can build it once per catalog version and a
 * kiosk can start searching without building: little-endian Int32 words.
 *
 *   magic, format, items, buckets, then: rank → position (items words), syllables per rank
 *   (items words), and four posting tables (letters anywhere / at the start of a name; one
 *   letter / two letters), each as offsets (count + 1 words) followed by the ranks.
 */
export const INDEX_MAGIC = 0x5a574349; // "ZWCI"
export const INDEX_FORMAT = 1;

export interface IndexParts {
  itemAt: Int32Array;
  syllables: Uint8Array;
  tables: ArrayLike<number>[][];
}

export function writeIndex(parts: IndexParts, buckets: number): ArrayBuffer {
  const n = parts.itemAt.length;
  let words = 4 + 2 * n;
  for (const table of parts.tables) {
    words += table.length + 1;
    for (const list of table) words += list.length;
  }
  const out = new Int32Array(words);
  out.set([INDEX_MAGIC, INDEX_FORMAT, n, buckets]);
  out.set(parts.itemAt, 4);
  out.set(parts.syllables, 4 + n);
  let at = 4 + 2 * n;
  for (const table of parts.tables) {
    const offsets = at;
    let data = at + table.length + 1;
    for (let i = 0; i < table.length; i += 1) {
      out[offsets + i] = data;
      out.set(table[i], data);
      data += table[i].length;
    }
    out[offsets + table.length] = data;
    at = data;
  }
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('the index format is little-endian');
  return out.buffer;
}

/** Reads an index for `items` items; throws a TypeError when the bytes are not one. */
export function readIndex(buffer: ArrayBuffer, items: number, tableSizes: readonly number[], buckets: number): IndexParts {
  if (buffer.byteLength % 4 !== 0 || buffer.byteLength < 16) throw new TypeError('not a catalog index');
  const words = new Int32Array(buffer);
  if (words[0] !== INDEX_MAGIC || words[1] !== INDEX_FORMAT) throw new TypeError('not a catalog index of this format');
  if (words[2] !== items || words[3] !== buckets) throw new TypeError(`the index is for ${words[2]} items, the catalog has ${items}`);
  const itemAt = words.slice(4, 4 + items);
  const syllables = Uint8Array.from(words.subarray(4 + items, 4 + 2 * items));
  const tables: Int32Array[][] = [];
  let at = 4 + 2 * items;
  for (const size of tableSizes) {
    if (at + size + 1 > words.length) throw new TypeError('the catalog index is cut short');
    const table: Int32Array[] = [];
    for (let i = 0; i < size; i += 1) {
      const from = words[at + i];
      const to = words[at + i + 1];
      if (from > to || to > words.length) throw new TypeError('the catalog index is damaged');
      table.push(words.subarray(from, to));
    }
    at = words[at + size];
    tables.push(table);
  }
  // Ranks are written in ascending order: checking the ends keeps a damaged file from sending
  // a search out of bounds without reading every word.
  for (const position of itemAt) if (position < 0 || position >= items) throw new TypeError('the catalog index is damaged');
  for (const table of tables) {
    for (const list of table) {
      if (list.length > 0 && (list[0] < 0 || list[list.length - 1] >= items)) throw new TypeError('the catalog index is damaged');
    }
  }
  return { itemAt, syllables, tables };
}
