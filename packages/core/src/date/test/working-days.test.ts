import { expect } from '@open-wc/testing';
import { calendar2025, calendar2026 } from '../published-calendars.js';
import {
  WORKING_DAY_SPAN_LIMIT,
  addDays,
  addWorkingDays,
  countWorkingDays,
  isPublishedYear,
  isWorkingDay,
  nextWorkingDay,
  type WorkingDayYear,
} from '../index.js';

// The State Council's notices for 2025 (国办发明电〔2024〕12号) and 2026 (2025-11-04).
const y2025: WorkingDayYear = calendar2025;
const y2026: WorkingDayYear = calendar2026;
const published = [y2025, y2026];

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('working days', () => {
  it('counts 调休 Saturdays and skips the 春节 holiday of 2026', () => {
    expect(isWorkingDay(published, '2026-02-14'), 'Saturday worked').to.equal(true);
    expect(isWorkingDay(published, '2026-02-28'), 'Saturday worked').to.equal(true);
    expect(isWorkingDay(published, '2026-02-16'), '春节 Monday').to.equal(false);
    expect(isWorkingDay(published, '2026-02-21'), 'plain Saturday inside 春节').to.equal(false);
    expect(isWorkingDay(published, '2026-03-21'), 'plain Saturday').to.equal(false);
    expect(isWorkingDay(published, '2026-03-20'), 'plain Friday').to.equal(true);
    // From Friday 2026-02-13: Saturday 14th worked, 15th–23rd off, then 24th and 25th.
    expect(addWorkingDays(published, '2026-02-13', 1)).to.deep.equal({ date: '2026-02-14', provisional: false });
    expect(addWorkingDays(published, '2026-02-13', 3)).to.deep.equal({ date: '2026-02-25', provisional: false });
    expect(countWorkingDays(published, '2026-02-13', '2026-02-25')).to.deep.equal({ days: 3, provisional: false });
  });

  it('follows the 2025 arrangement (国庆节 and 中秋节 together, 8 days)', () => {
    expect(isWorkingDay(published, '2025-09-28'), 'Sunday worked').to.equal(true);
    expect(isWorkingDay(published, '2025-10-08')).to.equal(false);
    expect(isWorkingDay(published, '2025-10-11'), 'Saturday worked').to.equal(true);
    expect(addWorkingDays(published, '2025-09-30', 1).date).to.equal('2025-10-09');
    expect(addWorkingDays(published, '2025-09-30', 3).date).to.equal('2025-10-11');
    // 2025: 261 weekdays − 18 weekday holidays + 5 weekend days worked = 248.
    expect(countWorkingDays(published, '2024-12-31', '2025-12-31')).to.deep.equal({ days: 248, provisional: false });
    // 2024 is not among these calendars: its last day is counted on weekdays alone.
    expect(countWorkingDays(published, '2024-12-30', '2025-12-31')).to.deep.equal({ days: 249, provisional: true });
  });

  it('counts the day after acceptance first and the deadline day last', () => {
    expect(countWorkingDays(published, '2026-03-16', '2026-03-16').days).to.equal(0);
    expect(countWorkingDays(published, '2026-03-16', '2026-03-17').days).to.equal(1);
    expect(countWorkingDays(published, '2026-03-20', '2026-03-23').days, 'Friday to Monday').to.equal(1);
    expect(addWorkingDays(published, '2026-03-20', 0).date).to.equal('2026-03-20');
  });

  it('is negative when the end is before the start: "overdue by"', () => {
    expect(countWorkingDays(published, '2026-03-23', '2026-03-20').days).to.equal(-1);
    expect(countWorkingDays(published, '2026-02-25', '2026-02-13').days).to.equal(-3);
  });

  it('marks a range crossing into an unpublished year provisional, weekends only', () => {
    expect(isPublishedYear(published, 2027)).to.equal(false);
    const count = countWorkingDays(published, '2026-12-30', '2027-01-08');
    expect(count.provisional).to.equal(true);
    // 31 Dec, then 4–8 Jan 2027 (1 Jan 2027 is a Friday, counted: no holiday is known yet).
    expect(count.days).to.equal(7);
    expect(addWorkingDays(published, '2026-12-30', 2)).to.deep.equal({ date: '2027-01-01', provisional: true });
    expect(addWorkingDays(published, '2026-12-28', 2)).to.deep.equal({ date: '2026-12-30', provisional: false });
    const marked = [y2025, y2026, { year: 2027, provisional: true, holidays: [], workdays: [] }];
    expect(countWorkingDays(marked, '2027-03-01', '2027-03-08').provisional).to.equal(true);
  });

  it('finds the next working day for natural-day limits', () => {
    expect(nextWorkingDay(published, '2026-02-15').date).to.equal('2026-02-24');
    expect(nextWorkingDay(published, '2026-02-24').date).to.equal('2026-02-24');
  });

  it('refuses spans and counts no request should choose', () => {
    expect(() => countWorkingDays(published, '2026-01-01', addDays('2026-01-01', WORKING_DAY_SPAN_LIMIT + 1))).to.throw(RangeError);
    expect(() => addWorkingDays(published, '2026-01-01', 5000)).to.throw(RangeError);
    expect(() => addWorkingDays(published, '2026-01-01', -1)).to.throw(RangeError);
    expect(() => addWorkingDays(published, '2026-01-01', 1.5)).to.throw(RangeError);
    expect(() => countWorkingDays(published, '2026-02-30', '2026-03-01')).to.throw(RangeError);
  });

  it('property: counting up to the n-th working day gives n, and the n-th day is a working day', () => {
    const next = random(20_260_213);
    for (let run = 0; run < 400; run += 1) {
      const start = addDays('2024-10-01', Math.floor(next() * 900));
      const n = Math.floor(next() * 120);
      const { date, provisional } = addWorkingDays(published, start, n);
      expect(countWorkingDays(published, start, date).days, `${start} + ${n}`).to.equal(n);
      if (n > 0) {
        expect(isWorkingDay(published, date), date).to.equal(true);
        expect(countWorkingDays(published, start, addDays(date, -1)).days).to.equal(n - 1);
      }
      expect(provisional, `${start} → ${date}`).to.equal(n > 0 && (start < '2024-12-31' || date > '2026-12-31'));
    }
  });

  it('property: counts add up over a split and reverse sign when swapped', () => {
    const next = random(7);
    for (let run = 0; run < 300; run += 1) {
      const a = addDays('2025-01-01', Math.floor(next() * 700));
      const b = addDays(a, Math.floor(next() * 60));
      const c = addDays(b, Math.floor(next() * 60));
      const ab = countWorkingDays(published, a, b).days;
      const bc = countWorkingDays(published, b, c).days;
      expect(countWorkingDays(published, a, c).days).to.equal(ab + bc);
      expect(countWorkingDays(published, c, a).days).to.equal(-(ab + bc));
    }
  });
});
