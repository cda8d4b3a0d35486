import type { Hall } from '@zhengwu/core/contract';
import { isHttpUrl } from '../catalog/text-checks.js';

/** A problem at a path of the hall file, e.g. `['categories', 2, 'prefix']`. */
export interface HallProblem {
  path: (string | number)[];
  message: string;
}

/** Duplicates of `key` among `list`, reported at the later entry. */
function unique<T>(list: readonly T[] | undefined, field: string, key: (item: T) => string, what: string, out: HallProblem[]) {
  const first = new Map<string, number>();
  (list ?? []).forEach((item, index) => {
    const value = key(item);
    const seen = first.get(value);
    if (seen === undefined) first.set(value, index);
    else out.push({ path: [field, index, keyName(what)], message: `${what} ${value} is already used by ${field}[${seen}]` });
  });
}

const keyName = (what: string) => (what === 'prefix' ? 'prefix' : what === 'code' ? 'code' : 'id');

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** What the schema cannot say: references between parts of the hall, and rules across fields. */
export function crossCheck(hall: Hall): HallProblem[] {
  const out: HallProblem[] = [];
  unique(hall.categories, 'categories', (c) => c.code, 'code', out);
  // Numbers and queue counters are kept per prefix: one prefix, one category.
  unique(hall.categories, 'categories', (c) => c.prefix, 'prefix', out);
  unique(hall.windows, 'windows', (w) => w.id, 'id', out);
  unique(hall.staff, 'staff', (s) => s.id, 'id', out);
  unique(hall.kiosks, 'kiosks', (k) => k.id, 'id', out);
  unique(hall.ratingReasons, 'ratingReasons', (r) => r.code, 'code', out);

  const served = new Set<string>();
  const codes = new Set(hall.categories.map((c) => c.code));
  hall.windows.forEach((window, index) => {
    window.categories.forEach((code, at) => {
      if (codes.has(code)) served.add(code);
      else out.push({ path: ['windows', index, 'categories', at], message: `unknown category ${code}` });
    });
  });
  hall.categories.forEach((category, index) => {
    if (!served.has(category.code)) out.push({ path: ['categories', index], message: `no window serves category ${category.code}` });
    const hours = category.issuingHours;
    if (hours && minutes(hours.from) >= minutes(hours.to)) {
      out.push({
        path: ['categories', index, 'issuingHours'],
        message: `issuing hours end (${hours.to}) before they begin (${hours.from})`,
      });
    }
    const width = category.numberWidth;
    if (width !== undefined && category.dailyQuota !== undefined && category.dailyQuota > 10 ** width - 1) {
      out.push({ path: ['categories', index, 'dailyQuota'], message: `more than the ${10 ** width - 1} numbers of ${width} digits` });
    }
  });
  if (hall.timeZone !== undefined && !knownZone(hall.timeZone))
    out.push({ path: ['timeZone'], message: `unknown time zone ${hall.timeZone}` });
  // A staff photo is shown on the board and the pad: http(s) or a path on the hall's own server, never `javascript:` or `data:`.
  const photo = (url: string | undefined) => url !== undefined && !isHttpUrl(url) && !/^\/(?!\/)/.test(url);
  hall.staff?.forEach((person, index) => {
    if (photo(person.photoUrl)) out.push({ path: ['staff', index, 'photoUrl'], message: 'not an http(s) address or a path' });
  });
  hall.windows.forEach((window, index) => {
    if (!hall.staff && photo(window.staff?.photoUrl))
      out.push({ path: ['windows', index, 'staff', 'photoUrl'], message: 'not an http(s) address or a path' });
  });
  if (hall.noShow?.action === 'void' && (hall.noShow.after !== undefined || hall.noShow.times !== undefined)) {
    out.push({ path: ['noShow'], message: 'after and times belong to action requeue' });
  }
  if (hall.ratingReasons.length === 0) out.push({ path: ['ratingReasons'], message: 'a 差评 needs at least one reason to choose' });
  return out;
}
