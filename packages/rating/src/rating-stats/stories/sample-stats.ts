import { RATING_LEVELS, type RatingLevel, type RatingStats } from '@zhengwu/core/contract';
import { ZwOfflineError, ZwServerError } from '@zhengwu/core';
import { addDays } from '@zhengwu/core/date';
import type { RatingStatsQuery, RatingStatsSource } from '../zw-rating-stats.js';

/** One rating as the hall server stores it, enough to aggregate. */
interface SampleRating {
  day: string;
  windowId: string;
  windowName: string;
  department: string;
  level: RatingLevel;
}

type Bucket = RatingStats['byDay'][number];

const WINDOWS = [
  { id: '1', department: '市公安局' },
  { id: '2', department: '市公安局' },
  { id: '3', department: '市公安局出入境管理支队' },
  { id: '4', department: '市人力资源和社会保障局' },
  { id: '5', department: '市人力资源和社会保障局' },
  { id: '6', department: '市自然资源和规划局' },
  { id: '7', department: '市市场监督管理局' },
  { id: '8', department: '市住房公积金管理中心' },
];

/** A small deterministic random source (mulberry32), so stories look the same every time. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Aggregates ratings as the hall server does (`packages/hall-server/src/ratings/stats.ts`). */
export function aggregate(from: string, to: string, ratings: SampleRating[]): RatingStats {
  const byLevel = Object.fromEntries(RATING_LEVELS.map((level) => [level, 0])) as Record<RatingLevel, number>;
  const maps = { window: new Map<string, Bucket>(), department: new Map<string, Bucket>(), day: new Map<string, Bucket>() };
  for (let day = from; day <= to; day = addDays(day, 1)) {
    maps.day.set(day, { key: day, label: day, total: 0, satisfied: 0, rate: null });
  }
  const add = (map: Map<string, Bucket>, key: string, label: string, good: boolean) => {
    const bucket = map.get(key) ?? { key, label, total: 0, satisfied: 0, rate: null };
    bucket.total += 1;
    if (good) bucket.satisfied += 1;
    bucket.rate = bucket.satisfied / bucket.total;
    map.set(key, bucket);
  };
  let satisfied = 0;
  for (const rating of ratings) {
    const good = RATING_LEVELS.indexOf(rating.level) < 3;
    byLevel[rating.level] += 1;
    if (good) satisfied += 1;
    add(maps.window, rating.windowId, rating.windowName, good);
    add(maps.department, rating.department, rating.department, good);
    add(maps.day, rating.day, rating.day, good);
  }
  const list = (map: Map<string, Bucket>) => [...map.values()].sort((a, b) => a.key.localeCompare(b.key));
  return {
    from,
    to,
    total: ratings.length,
    satisfied,
    rate: ratings.length === 0 ? null : satisfied / ratings.length,
    byLevel,
    byWindow: list(maps.window),
    byDepartment: list(maps.department),
    byDay: list(maps.day),
  };
}

/**
 * Two weeks of a hall: busy weekdays, a Saturday half-day, Sundays closed (no ratings), and
 * one poor day (a system outage made people wait).
 */
function twoWeeks(): RatingStats {
  const from = '2025-11-03'; // a Monday
  const to = '2025-11-16';
  const next = random(20251103);
  const ratings: SampleRating[] = [];
  for (let offset = 0; offset < 14; offset += 1) {
    const day = addDays(from, offset);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0) continue; // Sunday: the hall is closed
    const poorDay = day === '2025-11-12';
    for (const window of WINDOWS) {
      const count = weekday === 6 ? Math.floor(next() * 3) : 3 + Math.floor(next() * 6);
      for (let i = 0; i < count; i += 1) {
        const roll = next() + (poorDay ? 0.12 : 0) + (window.id === '6' ? 0.04 : 0);
        const level: RatingLevel =
          roll < 0.62
            ? 'very-satisfied'
            : roll < 0.85
              ? 'satisfied'
              : roll < 0.95
                ? 'basic'
                : roll < 1.02
                  ? 'dissatisfied'
                  : 'very-dissatisfied';
        ratings.push({ day, windowId: window.id, windowName: `${window.id}号窗口`, department: window.department, level });
      }
    }
  }
  return aggregate(from, to, ratings);
}

/** 2025-11-03 … 2025-11-16 with a Sunday or two without ratings. */
export const TWO_WEEKS: RatingStats = twoWeeks();

/** Nothing rated in the range. */
export const NOTHING_RATED: RatingStats = aggregate('2025-11-17', '2025-11-23', []);

/** A small, hand-checkable set: 4 ratings on two days, one of them a 差评. */
export const SMALL: RatingStats = aggregate('2025-11-03', '2025-11-05', [
  { day: '2025-11-03', windowId: '1', windowName: '1号窗口', department: '市公安局', level: 'very-satisfied' },
  { day: '2025-11-03', windowId: '1', windowName: '1号窗口', department: '市公安局', level: 'satisfied' },
  { day: '2025-11-05', windowId: '4', windowName: '4号窗口', department: '市人力资源和社会保障局', level: 'basic' },
  { day: '2025-11-05', windowId: '4', windowName: '4号窗口', department: '市人力资源和社会保障局', level: 'dissatisfied' },
]);

/** Never answers: the element stays in its loading state. */
export const pendingSource = (): RatingStatsSource => ({
  ratingStats: (_query: RatingStatsQuery, signal?: AbortSignal) =>
    new Promise<RatingStats>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
});

/** Answers once with `stats`, then the hall server is gone. */
export const thenOfflineSource = (stats: RatingStats): RatingStatsSource => {
  let calls = 0;
  return {
    ratingStats: async () => {
      calls += 1;
      if (calls === 1) return stats;
      throw new ZwOfflineError('http://hall.example/api/ratings/stats');
    },
  };
};

/** The server fails. */
export const failingSource = (): RatingStatsSource => ({
  ratingStats: async () => {
    throw new ZwServerError(503, 'unavailable', 'The statistics database is being maintained.');
  },
});
