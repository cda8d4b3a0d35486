import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { Application, CalendarImport, calendarFromImport, clockOf } from '../index.js';

describe("calendar import (the public data sets' shape)", () => {
  it('turns days off and worked weekend days into a published year', () => {
    const input = v.parse(CalendarImport, {
      year: 2026,
      days: [
        { name: '春节', date: '2026-02-14', isOffDay: false },
        { name: '春节', date: '2026-02-16', isOffDay: true },
        { name: '春节', date: '2026-02-15', isOffDay: true },
      ],
    });
    expect(calendarFromImport(input)).to.deep.equal({
      year: 2026,
      provisional: false,
      holidays: ['2026-02-15', '2026-02-16'],
      workdays: ['2026-02-14'],
    });
  });

  it('refuses dates outside the year, twice, a weekday "worked", a date that does not exist', () => {
    for (const days of [
      [{ date: '2025-12-31', isOffDay: true }],
      [
        { date: '2026-01-01', isOffDay: true },
        { date: '2026-01-01', isOffDay: true },
      ],
      [{ date: '2026-02-16', isOffDay: false }],
      [{ date: '2026-02-30', isOffDay: true }],
      [],
    ]) {
      expect(v.safeParse(CalendarImport, { year: 2026, days }).success, JSON.stringify(days)).to.equal(false);
    }
  });
});

describe("an application's clock from the contract", () => {
  it("reads 补正 stages and pauses as dates in the hall's zone", () => {
    const application = v.parse(Application, {
      id: 'A1',
      serviceItemCode: 'X',
      serviceItemName: '教师资格认定',
      department: '示例市教育局',
      applicant: '罗*怡',
      status: 'correction',
      handling: 'promised',
      submittedAt: '2026-03-10T10:00:00+08:00',
      acceptedOn: '2026-03-10',
      promisedLimit: { value: 25, unit: 'workday' },
      stages: [
        {
          name: '审核',
          result: 'correction',
          startedAt: '2026-03-11T09:00:00+08:00',
          endedAt: '2026-03-16T23:30:00+08:00',
          missing: ['体检表'],
        },
      ],
      pauses: [],
    });
    expect(application.pauses).to.deep.equal([]);
    expect(clockOf([], application, '2026-03-18')).to.deep.include({ kind: 'correction', remaining: 25 });
    const corrected = { ...application, stages: [{ ...application.stages[0], correctedAt: '2026-03-17T00:30:00+08:00' }] };
    // 00:30 Beijing time is still the 17th there (16:30 UTC on the 16th).
    expect(clockOf([], corrected, '2026-03-18')).to.deep.include({ kind: 'running', remaining: 24 });
  });
});
