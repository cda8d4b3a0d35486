import { pinyin } from 'pinyin-pro';
import type { Pinyin, ServiceItem } from '@zhengwu/core/contract';
import type { ServiceItemInput } from '../seed/types.js';

/** Most reading combinations kept per name; long names with many 多音字 would explode. */
export const MAX_READING_COMBINATIONS = 16;

/** One searchable unit of a name: a Han character's readings, or a run of Latin letters and digits. */
interface Unit {
  /** Readings, the one chosen from context first. */
  readings: string[];
  /** Latin/digit runs are typed as they are, in full, also when searching by initials. */
  literal: boolean;
}

/** Tones off and ü as `v`, as typed on a letter keyboard. */
function plain(reading: string): string {
  return reading
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v')
    .toLowerCase();
}

/** Every reading of one character; a few thousand distinct characters cover a catalog. */
const readingCache = new Map<string, string[]>();

function readingsOf(char: string): string[] {
  let readings = readingCache.get(char);
  if (!readings) {
    readings = [];
    for (const reading of pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true })) {
      const typed = plain(reading);
      if (/^[a-z]+$/.test(typed) && !readings.includes(typed)) readings.push(typed);
    }
    readingCache.set(char, readings);
  }
  return readings;
}

function units(name: string): Unit[] {
  const result: Unit[] = [];
  // Full-width letters and digits (Ａ, １) become ASCII so they can be typed.
  const text = name.normalize('NFKC');
  const chars = [...text];
  // The reading chosen from the surrounding words (银行 → hang), one entry per character.
  let context: string[] = pinyin(text, { type: 'array', toneType: 'none', v: true });
  if (context.length !== chars.length) context = [];
  let latin = '';
  const flush = () => {
    if (latin) result.push({ readings: [latin.toLowerCase()], literal: true });
    latin = '';
  };
  chars.forEach((char, index) => {
    if (/^[A-Za-z0-9]$/.test(char)) {
      latin += char;
      return;
    }
    flush();
    const all = readingsOf(char);
    // Punctuation, spaces and characters without a reading are not typed when searching.
    if (all.length === 0) return;
    const chosen = context[index] === undefined ? '' : plain(context[index]);
    const readings = all.includes(chosen) ? [chosen, ...all.filter((reading) => reading !== chosen)] : all;
    result.push({ readings, literal: false });
  });
  flush();
  return result;
}

/**
 * Reading choices, most likely first: the contextual reading everywhere, then with one
 * character read differently, then two, … Each entry gives the reading index per unit.
 */
function* combinations(readingCounts: number[]): Generator<number[]> {
  const polyphonic = readingCounts.flatMap((count, index) => (count > 1 ? [index] : []));
  const base = readingCounts.map(() => 0);
  for (let changed = 0; changed <= polyphonic.length; changed += 1) {
    yield* choose(polyphonic, changed, 0, base);
  }

  function* choose(positions: number[], left: number, from: number, current: number[]): Generator<number[]> {
    if (left === 0) {
      yield current;
      return;
    }
    for (let p = from; p <= positions.length - left; p += 1) {
      const unit = positions[p];
      for (let reading = 1; reading < readingCounts[unit]; reading += 1) {
        const next = current.slice();
        next[unit] = reading;
        yield* choose(positions, left - 1, p + 1, next);
      }
    }
  }
}

/** Catalogs repeat names across districts; bounded so a huge import cannot grow it forever. */
const resultCache = new Map<string, Pinyin>();

/**
 * Full pinyin and initials of a name for searching on a letter keyboard: lowercase, no tones,
 * one entry per distinct result over the reading combinations of its 多音字 (`银行` gives
 * `yin hang` and `yin xing`, `yh` and `yx`). Full pinyin separates syllables by one space so
 * that a search can match from a syllable start and highlight the characters it matched. Latin letters and digits stay as they
 * are. Both lists are most likely first; they are deduplicated separately, so they need not
 * have the same length. `lattice` lists every reading of every syllable once (`yin hang|xing|heng`),
 * uncapped: a search walks it instead of the combinations.
 */
export function computePinyin(name: string, maxCombinations = MAX_READING_COMBINATIONS): Pinyin {
  const key = `${maxCombinations}:${name}`;
  const cached = resultCache.get(key);
  if (cached) return { ...cached, full: [...cached.full], initials: [...cached.initials] };
  const parts = units(name);
  // Every reading of every unit, the contextual one first: what a search index walks once.
  const lattice = parts.map((part) => part.readings.join('|')).join(' ');
  const full: string[] = [];
  const initials: string[] = [];
  let seen = 0;
  for (const choice of combinations(parts.map((part) => part.readings.length))) {
    const readings = parts.map((part, index) => part.readings[choice[index]]);
    const fullText = readings.join(' ');
    const initialText = readings.map((reading, index) => (parts[index].literal ? reading : reading[0])).join('');
    // A name of punctuation only has nothing to type.
    if (!fullText) break;
    if (!full.includes(fullText)) full.push(fullText);
    if (!initials.includes(initialText)) initials.push(initialText);
    seen += 1;
    if (seen >= maxCombinations) break;
  }
  if (resultCache.size >= 50_000) resultCache.clear();
  resultCache.set(key, { full, initials, lattice });
  return { full: [...full], initials: [...initials], lattice };
}

/** A catalog item as the server stores it: with its pinyin. */
export function withPinyin(item: ServiceItemInput): ServiceItem {
  return { ...item, pinyin: computePinyin(item.name) };
}
