import { expect } from '@open-wc/testing';
import { applicationClock, type ClockInput, type WorkingDayYear } from '../index.js';
import { calendar2026 } from '../published-calendars.js';

const y2026: WorkingDayYear = calendar2026;
const calendars = [y2026];

const promised = (value: number, extra: Partial<ClockInput> = {}): ClockInput => ({
  handling: 'promised',
  acceptedOn: '2026-03-16',
  limit: { value, unit: 'workday' },
  pauses: [],
  corrections: [],
  ...extra,
});

describe('the 承诺时限 clock', () => {
  it('counts down from the day after acceptance', () => {
    const clock = applicationClock(calendars, promised(5), '2026-03-18');
    expect(clock).to.deep.include({ kind: 'running', due: '2026-03-23', remaining: 3, overdue: 0, provisional: false });
    expect(applicationClock(calendars, promised(5), '2026-03-23')).to.deep.include({ kind: 'running', remaining: 0 });
  });

  it('is overdue after the due day, in working days', () => {
    // Due Monday 2026-03-23; Wednesday 25th is 2 working days late.
    expect(applicationClock(calendars, promised(5), '2026-03-25')).to.deep.include({ kind: 'overdue', overdue: 2, remaining: 0 });
    // Saturday 28th adds nothing to Friday's 4.
    expect(applicationClock(calendars, promised(5), '2026-03-28')).to.deep.include({ overdue: 4 });
  });

  it('has no countdown for 即办件', () => {
    expect(applicationClock(calendars, { ...promised(0), handling: 'immediate' }, '2026-03-18')).to.deep.equal({ kind: 'immediate' });
  });

  it('stops during 特别程序 and moves the due day by the days paused', () => {
    const paused = promised(5, { pauses: [{ from: '2026-03-17' }] });
    // 17th counts (the clock ran that morning); nothing after it while the pause lasts.
    expect(applicationClock(calendars, paused, '2026-03-25')).to.deep.include({ kind: 'paused', remaining: 4, overdue: 0 });
    expect(applicationClock(calendars, paused, '2026-03-25')).not.to.have.property('due');
    const ended = promised(5, { pauses: [{ from: '2026-03-17', to: '2026-03-19' }] });
    // 18th alone is wholly inside the pause: due one working day later.
    expect(applicationClock(calendars, ended, '2026-03-20')).to.deep.include({ kind: 'running', due: '2026-03-24' });
    // With the hall's rule that the first and last days are not counted either, 17–19 are skipped.
    expect(applicationClock(calendars, ended, '2026-03-20', { pauseEdges: 'skip' })).to.deep.include({ due: '2026-03-26' });
  });

  it('restarts after 补正 by default, or pauses when the hall says so', () => {
    const waiting = promised(5, { corrections: [{ from: '2026-03-17' }] });
    expect(applicationClock(calendars, waiting, '2026-03-25')).to.deep.include({ kind: 'correction', remaining: 5 });
    const received = promised(5, { corrections: [{ from: '2026-03-17', to: '2026-03-24' }] });
    expect(applicationClock(calendars, received, '2026-03-25')).to.deep.include({ kind: 'running', due: '2026-03-31', remaining: 4 });
    // Paused instead: the 17th and 24th count (edges), 18th–23rd do not.
    expect(applicationClock(calendars, received, '2026-03-25', { correction: 'pause' })).to.deep.include({ due: '2026-03-27' });
  });

  it('counts natural days and ends on a working day', () => {
    // 20 natural days from 2026-03-09 end on Sunday 29th: the period ends on Monday 30th.
    const natural = { ...promised(20), acceptedOn: '2026-03-09', limit: { value: 20, unit: 'day' as const } };
    expect(applicationClock(calendars, natural, '2026-03-20')).to.deep.include({ due: '2026-03-30', remaining: 10 });
    expect(applicationClock(calendars, natural, '2026-03-20', { naturalDayExtends: false })).to.deep.include({ due: '2026-03-29' });
  });

  it('says whether a finished application kept its promise', () => {
    const done = promised(5, { finishedOn: '2026-03-20' });
    expect(applicationClock(calendars, done, '2026-04-30')).to.deep.include({ kind: 'finished', onTime: true, overdue: 0 });
    const late = promised(5, { finishedOn: '2026-03-25' });
    expect(applicationClock(calendars, late, '2026-04-30')).to.deep.include({ kind: 'finished', onTime: false, overdue: 2 });
  });

  it('is provisional when the count runs into an unpublished year', () => {
    const december = { ...promised(10), acceptedOn: '2026-12-24' };
    expect(applicationClock(calendars, december, '2026-12-28')).to.deep.include({ provisional: true, due: '2027-01-07' });
    expect(applicationClock(calendars, promised(5), '2026-03-18')).to.deep.include({ provisional: false });
  });

  it('refuses a clock that would run past the span limit', () => {
    expect(() => applicationClock(calendars, promised(5), '2040-01-01')).to.throw(RangeError);
  });
});
