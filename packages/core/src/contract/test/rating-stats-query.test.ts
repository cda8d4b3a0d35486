import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { DateString, RATING_STATS_MAX_DAYS, RatingStatsQuery } from '../index.js';

describe('rating stats query (contract)', () => {
  it('takes dates that exist and refuses those that do not, naming the field', () => {
    expect(v.is(RatingStatsQuery, {})).to.equal(true);
    expect(v.is(RatingStatsQuery, { from: '2024-02-29', to: '2024-03-01', window: '3', department: '市公安局' })).to.equal(true);
    for (const [query, field] of [
      [{ to: '2026-13-01' }, 'to'],
      [{ from: '2026-02-30' }, 'from'],
      [{ from: '0000-01-01' }, 'from'],
      [{ from: '2026-1-1' }, 'from'],
    ] as const) {
      const result = v.safeParse(RatingStatsQuery, query);
      expect(result.success, JSON.stringify(query)).to.equal(false);
      expect(result.issues?.[0].path?.[0].key).to.equal(field);
    }
    expect(v.is(RatingStatsQuery, { colour: 'red' })).to.equal(false);
    expect(v.is(DateString, '2026-02-28')).to.equal(true);
    expect(v.is(DateString, '2026-02-29')).to.equal(false);
    expect(RATING_STATS_MAX_DAYS).to.equal(366);
  });
});
