/**
 * A small QR reader for tests, written from ISO/IEC 18004 (not from the `qrcode` encoder), so
 * that a drawn code is checked against the standard rather than against the library that drew
 * it. It reads what the element drew: the SVG path back into modules, then format information
 * (BCH-checked), mask, the zigzag data stream and its numeric / alphanumeric / byte segments.
 * No error correction is attempted (a drawn code has no errors to correct), but the
 * Reed–Solomon codewords are recomputed and must match, so every module of the symbol is
 * checked. Single-block symbols only (versions 1–2, 3-L/M, 4-L, 5-L), which is what short URLs
 * and tickets use.
 */

export type Level = 'L' | 'M' | 'Q' | 'H';

export interface Decoded {
  version: number;
  level: Level;
  mask: number;
  text: string;
}

/**
 * The modules drawn by a path of `M x y h n v1 h-n z` runs in a `total`-unit viewBox. Throws on
 * anything else, so a change of drawing format fails loudly instead of reading garbage.
 */
export function rasterize(path: string, total: number): boolean[][] {
  const grid = Array.from({ length: total }, () => Array<boolean>(total).fill(false));
  const run = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/y;
  let match: RegExpExecArray | null;
  while (run.lastIndex < path.length && (match = run.exec(path))) {
    const [x, y, width, back] = match.slice(1).map(Number);
    if (width !== back || width < 1) throw new Error(`not a closed run at ${match.index}`);
    for (let col = x; col < x + width; col += 1) {
      if (grid[y][col]) throw new Error(`module ${col},${y} drawn twice`);
      grid[y][col] = true;
    }
  }
  if (run.lastIndex !== path.length) throw new Error(`unexpected path data at ${run.lastIndex}`);
  return grid;
}

/** Removes a quiet zone of `quiet` modules, checking that it is really empty. */
export function stripQuietZone(grid: boolean[][], quiet: number): boolean[][] {
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      const inside = y >= quiet && y < grid.length - quiet && x >= quiet && x < row.length - quiet;
      if (dark && !inside) throw new Error(`dark module ${x},${y} in the quiet zone`);
    }),
  );
  return grid.slice(quiet, grid.length - quiet).map((row) => row.slice(quiet, row.length - quiet));
}

/** Whether the 7×7 finder pattern (dark ring, light ring, dark 3×3 core) sits at row, col. */
export function hasFinder(modules: boolean[][], row: number, col: number): boolean {
  for (let dy = 0; dy < 7; dy += 1) {
    for (let dx = 0; dx < 7; dx += 1) {
      const ring = Math.max(Math.abs(dy - 3), Math.abs(dx - 3));
      if (modules[row + dy][col + dx] !== (ring !== 2)) return false;
    }
  }
  return true;
}

const FORMAT_MASK = 0b101010000010010;
const FORMAT_GENERATOR = 0b10100110111;
const LEVEL_OF_BITS: Level[] = ['M', 'L', 'H', 'Q'];

function bchRemainder(data: number): number {
  let value = data << 10;
  for (let bit = 14; bit >= 10; bit -= 1) {
    if (value & (1 << bit)) value ^= FORMAT_GENERATOR << (bit - 10);
  }
  return value;
}

/** Data codewords of the single-block symbols this reader supports. */
const DATA_CODEWORDS: Record<number, Partial<Record<Level, number>>> = {
  1: { L: 19, M: 16, Q: 13, H: 9 },
  2: { L: 34, M: 28, Q: 22, H: 16 },
  3: { L: 55, M: 44 },
  4: { L: 80 },
  5: { L: 108 },
};

/** All codewords (data and error correction) of versions 1–5. */
const TOTAL_CODEWORDS: Record<number, number> = { 1: 26, 2: 44, 3: 70, 4: 100, 5: 134 };

// GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1
const EXP: number[] = [];
const LOG: number[] = [];
for (let index = 0, x = 1; index < 255; index += 1) {
  EXP[index] = x;
  LOG[x] = index;
  x <<= 1;
  if (x & 0x100) x ^= 0x11d;
}
const gfMul = (a: number, b: number) => (a && b ? EXP[(LOG[a] + LOG[b]) % 255] : 0);

/** The Reed–Solomon error correction codewords for `data` (ISO/IEC 18004 §7.5.2). */
export function reedSolomon(data: number[], degree: number): number[] {
  let generator = [1];
  for (let index = 0; index < degree; index += 1) {
    const next = Array<number>(generator.length + 1).fill(0);
    generator.forEach((coefficient, position) => {
      next[position] ^= coefficient;
      next[position + 1] ^= gfMul(coefficient, EXP[index]);
    });
    generator = next;
  }
  const message = [...data, ...Array<number>(degree).fill(0)];
  for (let index = 0; index < data.length; index += 1) {
    const factor = message[index];
    if (factor) generator.forEach((coefficient, position) => (message[index + position] ^= gfMul(coefficient, factor)));
  }
  return message.slice(data.length);
}

const MASKS: ((row: number, col: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];

/** Reads the format information next to the top-left finder: level and mask, BCH-checked. */
export function readFormat(modules: boolean[][]): { level: Level; mask: number } {
  const cells: [number, number][] = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ];
  let raw = 0;
  for (const [row, col] of cells) raw = (raw << 1) | (modules[row][col] ? 1 : 0);
  const format = raw ^ FORMAT_MASK;
  if (bchRemainder(format >> 10) !== (format & 0x3ff)) throw new Error('format information fails its BCH check');
  return { level: LEVEL_OF_BITS[format >> 13], mask: (format >> 10) & 0b111 };
}

function functionModules(size: number, version: number): boolean[][] {
  const reserved = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const mark = (row: number, col: number, height: number, width: number) => {
    for (let y = row; y < row + height; y += 1) for (let x = col; x < col + width; x += 1) reserved[y][x] = true;
  };
  // finders with separators and format information; the dark module is inside the last one
  mark(0, 0, 9, 9);
  mark(0, size - 8, 9, 8);
  mark(size - 8, 0, 8, 9);
  // timing patterns
  mark(6, 0, 1, size);
  mark(0, 6, size, 1);
  // versions 2–6 have one alignment pattern, centred 7 modules from the bottom-right corner
  if (version >= 2) mark(size - 9, size - 9, 5, 5);
  return reserved;
}

function readSegments(bits: number[], version: number): string {
  let position = 0;
  const take = (count: number) => {
    if (position + count > bits.length) throw new Error('data runs past the data codewords');
    let value = 0;
    for (let index = 0; index < count; index += 1) value = (value << 1) | bits[position + index];
    position += count;
    return value;
  };
  if (version > 9) throw new Error('count lengths of versions 1–9 only');
  const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  const bytes: number[] = [];
  while (bits.length - position >= 4) {
    const mode = take(4);
    if (mode === 0) break;
    if (mode === 0b0100) {
      const count = take(8);
      for (let index = 0; index < count; index += 1) bytes.push(take(8));
    } else if (mode === 0b0010) {
      let count = take(9);
      for (; count >= 2; count -= 2) {
        const pair = take(11);
        bytes.push(ALNUM.charCodeAt(Math.floor(pair / 45)), ALNUM.charCodeAt(pair % 45));
      }
      if (count === 1) bytes.push(ALNUM.charCodeAt(take(6)));
    } else if (mode === 0b0001) {
      let count = take(10);
      for (; count >= 3; count -= 3) bytes.push(...new TextEncoder().encode(String(take(10)).padStart(3, '0')));
      if (count === 2) bytes.push(...new TextEncoder().encode(String(take(7)).padStart(2, '0')));
      if (count === 1) bytes.push(...new TextEncoder().encode(String(take(4))));
    } else {
      throw new Error(`unsupported mode ${mode.toString(2)}`);
    }
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
}

/** Decodes a module matrix (without quiet zone) to its text. */
export function decode(modules: boolean[][]): Decoded {
  const size = modules.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1) throw new Error(`${size} is not a QR size`);
  if (!hasFinder(modules, 0, 0) || !hasFinder(modules, 0, size - 7) || !hasFinder(modules, size - 7, 0)) {
    throw new Error('finder patterns missing');
  }
  const { level, mask } = readFormat(modules);
  const dataCodewords = DATA_CODEWORDS[version]?.[level];
  if (!dataCodewords) throw new Error(`version ${version}-${level} has several blocks; not supported`);
  const reserved = functionModules(size, version);
  const flip = MASKS[mask];
  const bits: number[] = [];
  let upward = true;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let step = 0; step < size; step += 1) {
      const row = upward ? size - 1 - step : step;
      for (const col of [right, right - 1]) {
        if (!reserved[row][col]) bits.push(Number(modules[row][col] !== flip(row, col)));
      }
    }
    upward = !upward;
  }
  const codewords: number[] = [];
  for (let index = 0; index < TOTAL_CODEWORDS[version]; index += 1) {
    codewords.push(bits.slice(index * 8, index * 8 + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  }
  const data = codewords.slice(0, dataCodewords);
  const expected = reedSolomon(data, codewords.length - dataCodewords).join(',');
  if (codewords.slice(dataCodewords).join(',') !== expected) {
    throw new Error('the error correction codewords do not match the data');
  }
  const text = readSegments(bits.slice(0, dataCodewords * 8), version);
  return { version, level, mask, text };
}
