import { expect } from '@open-wc/testing';
import {
  DATE_RANGE_LIMIT,
  addDays,
  dateAt,
  dateRange,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  hallToday,
  isIsoDate,
  noonOfDate,
  offsetText,
  parseIsoDate,
  rangeLength,
  startOfDate,
  weekday,
  zonedTimestamp,
} from '../index.js';

describe('dates (YYYY-MM-DD)', () => {
  it('accepts dates that exist and rejects those that do not', () => {
    for (const date of ['2026-01-01', '2026-02-28', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '1969-12-31']) {
      expect(isIsoDate(date), date).to.equal(true);
    }
    for (const date of [
      '2026-13-01',
      '2026-00-10',
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-01-00',
      '2026-01-32',
      '0000-01-01',
      '2026-1-01',
      '20260101',
      ' 2026-01-01',
      '2026-01-01T00:00:00Z',
      '２０２６-01-01',
      '',
    ]) {
      expect(isIsoDate(date), date).to.equal(false);
    }
    for (const value of [undefined, null, 20260101, new Date(), {}]) expect(isIsoDate(value)).to.equal(false);
  });

  it('parses to day numbers since 1970-01-01 and formats them back', () => {
    expect(parseIsoDate('1970-01-01')).to.equal(0);
    expect(parseIsoDate('1970-01-02')).to.equal(1);
    expect(parseIsoDate('1969-12-31')).to.equal(-1);
    expect(formatIsoDate(0)).to.equal('1970-01-01');
    expect(formatIsoDate(parseIsoDate('0001-01-01'))).to.equal('0001-01-01');
    expect(formatIsoDate(parseIsoDate('9999-12-31'))).to.equal('9999-12-31');
    expect(() => parseIsoDate('2026-02-30')).to.throw(RangeError, /2026-02-30/);
    expect(() => parseIsoDate('2026-13-01')).to.throw(RangeError);
    expect(() => formatIsoDate(parseIsoDate('9999-12-31') + 1)).to.throw(RangeError);
    expect(() => formatIsoDate(parseIsoDate('0001-01-01') - 1)).to.throw(RangeError);
    expect(() => formatIsoDate(1.5)).to.throw(RangeError);
    expect(() => formatIsoDate(Number.NaN)).to.throw(RangeError);
  });

  it('agrees with Date for every day from 1800 to 2200', () => {
    const first = Date.UTC(1800, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const formatted = formatIsoDate(day);
      if (formatted !== expected || parseIsoDate(expected) !== day) {
        expect(formatted, `day ${day}`).to.equal(expected);
        expect(parseIsoDate(expected), expected).to.equal(day);
      }
    }
  });

  it('knows month lengths and leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).to.deep.equal([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2100, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
    expect(addDays('2026-11-30', -29)).to.equal('2026-11-01');
    expect(addDays('2026-03-01', 0)).to.equal('2026-03-01');
    expect(() => addDays('2026-02-30', 1)).to.throw(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).to.throw(RangeError);
    expect(() => addDays('9999-12-31', 1)).to.throw(RangeError);
  });

  it('counts days between dates and the length of a range', () => {
    expect(daysBetween('2026-01-01', '2026-01-02')).to.equal(1);
    expect(daysBetween('2026-01-02', '2026-01-01')).to.equal(-1);
    expect(daysBetween('2026-01-01', '2027-01-01')).to.equal(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).to.equal(366);
    expect(daysBetween('0001-01-01', '9999-12-31')).to.equal(3_652_058);
    expect(rangeLength('2026-01-01', '2026-01-01')).to.equal(1);
    expect(rangeLength('2026-01-01', '2026-12-31')).to.equal(365);
    expect(rangeLength('2026-01-02', '2026-01-01')).to.equal(0);
    expect(() => daysBetween('2026-01-01', '2026-13-01')).to.throw(RangeError);
  });

  it('lists a range, checking its length before building it', () => {
    expect(dateRange('2026-02-27', '2026-03-02')).to.deep.equal(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(dateRange('2026-01-01', '2026-01-01')).to.deep.equal(['2026-01-01']);
    expect(dateRange('2026-01-02', '2026-01-01')).to.deep.equal([]);
    expect(dateRange('2026-01-01', '2026-12-31', 365)).to.have.length(365);
    expect(() => dateRange('2026-01-01', '2026-12-31', 364)).to.throw(RangeError, /365 days/);
    const started = performance.now();
    expect(() => dateRange('0001-01-01', '9999-12-31')).to.throw(RangeError, new RegExp(`at most ${DATE_RANGE_LIMIT}`));
    expect(performance.now() - started).to.be.below(50);
    expect(() => dateRange('2026-02-30', '2026-03-01')).to.throw(RangeError);
  });

  it('names the day of the week', () => {
    expect(weekday('1970-01-01')).to.equal(4);
    expect(weekday('2026-11-22')).to.equal(0);
    expect(weekday('2026-11-28')).to.equal(6);
    expect(weekday('1969-12-28')).to.equal(0);
  });
});

describe('dates in the hall time zone', () => {
  it('takes today in UTC+8 unless told another zone', () => {
    // 2026-11-21 16:00 UTC is midnight in Beijing.
    const midnight = Date.UTC(2026, 10, 21, 16, 0, 0);
    expect(hallToday(midnight - 1)).to.equal('2026-11-21');
    expect(hallToday(midnight)).to.equal('2026-11-22');
    expect(hallToday(new Date(midnight))).to.equal('2026-11-22');
    expect(hallToday(midnight, 0)).to.equal('2026-11-21');
    expect(dateAt(Date.UTC(2026, 0, 1, 2), -300)).to.equal('2025-12-31');
    expect(hallToday()).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => hallToday(Number.NaN)).to.throw(RangeError);
  });

  it('writes timestamps with the zone offset, fixed width', () => {
    const instant = Date.UTC(2026, 10, 22, 1, 30, 0, 123);
    expect(zonedTimestamp(instant)).to.equal('2026-11-22T09:30:00.123+08:00');
    expect(zonedTimestamp(new Date(instant), 0)).to.equal('2026-11-22T01:30:00.123+00:00');
    expect(zonedTimestamp(instant, -330)).to.equal('2026-11-21T20:00:00.123-05:30');
    expect(Date.parse(zonedTimestamp(instant))).to.equal(instant);
    expect(offsetText(480)).to.equal('+08:00');
    expect(offsetText(-90)).to.equal('-01:30');
    expect(() => zonedTimestamp(new Date(Number.NaN))).to.throw(RangeError);
  });

  it('finds where a date begins and its noon', () => {
    expect(startOfDate('2026-11-22')).to.equal(Date.UTC(2026, 10, 21, 16));
    expect(startOfDate('2026-11-22', 0)).to.equal(Date.UTC(2026, 10, 22));
    expect(noonOfDate('2026-11-22')).to.equal(Date.UTC(2026, 10, 22, 4));
    expect(hallToday(startOfDate('2026-11-22'))).to.equal('2026-11-22');
    expect(hallToday(startOfDate('2026-11-22') - 1)).to.equal('2026-11-21');
  });
});
