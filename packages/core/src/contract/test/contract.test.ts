import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import {
  RATING_LEVELS,
  RatingSubmission,
  RatingToken,
  ratingTokenClaims,
  TicketRequest,
  ratingCode,
  ratingFromCode,
  isBadRating,
} from '../index.js';

/** A token shaped as the hall server makes them (the signature is not checked here). */
const payload = (claims: unknown) => btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const TOKEN = `${payload({ t: 'T-2026-0001', w: '3', e: 1_800_000_000 })}.${'a'.repeat(43)}`;

describe('data contract', () => {
  it('maps rating levels to GB/T 39046 codes and the reverse vendor order', () => {
    expect(RATING_LEVELS.map((level) => ratingCode(level))).to.deep.equal([1, 2, 3, 4, 5]);
    expect(RATING_LEVELS.map((level) => ratingCode(level, 'reverse'))).to.deep.equal([5, 4, 3, 2, 1]);
    for (const level of RATING_LEVELS) {
      expect(ratingFromCode(ratingCode(level))).to.equal(level);
      expect(ratingFromCode(ratingCode(level, 'reverse'), 'reverse')).to.equal(level);
    }
    expect(ratingFromCode(1)).to.equal('very-satisfied');
    expect(ratingFromCode(1, 'reverse')).to.equal('very-dissatisfied');
    expect(() => ratingFromCode(0)).to.throw(RangeError);
    expect(() => ratingFromCode(2.5)).to.throw(RangeError);
  });

  it('calls the last two levels 差评', () => {
    expect(RATING_LEVELS.filter(isBadRating)).to.deep.equal(['dissatisfied', 'very-dissatisfied']);
  });

  it('refuses a 差评 without a reason and accepts one with', () => {
    const base = { transactionId: 'T-2026-0001', token: TOKEN, channel: 'window-pad', level: 'dissatisfied' } as const;
    const refused = v.safeParse(RatingSubmission, base);
    expect(refused.success).to.equal(false);
    expect(refused.issues?.[0].path?.map((item) => item.key)).to.deep.equal(['reasons']);
    expect(v.safeParse(RatingSubmission, { ...base, reasons: ['wait-long'] }).success).to.equal(true);
    expect(v.safeParse(RatingSubmission, { ...base, level: 'satisfied' }).success).to.equal(true);
  });

  it('validates phone numbers, comment length and unknown fields', () => {
    const ok = { transactionId: 'T1', token: TOKEN, channel: 'kiosk', level: 'very-dissatisfied', reasons: ['other'] } as const;
    expect(v.safeParse(RatingSubmission, { ...ok, phone: '13812345678' }).success).to.equal(true);
    expect(v.safeParse(RatingSubmission, { ...ok, phone: '0571-87654321' }).success).to.equal(true);
    expect(v.safeParse(RatingSubmission, { ...ok, phone: '12345678' }).success).to.equal(false);
    expect(v.safeParse(RatingSubmission, { ...ok, comment: 'x'.repeat(501) }).success).to.equal(false);
    expect(v.safeParse(RatingSubmission, { ...ok, staffId: 'S1' }).success, 'the rater cannot choose what is rated').to.equal(false);
    expect(v.safeParse(RatingSubmission, { ...ok, transactionId: 'x'.repeat(51) }).success).to.equal(false);
  });

  it('needs a rating token in every rating, and reads (never trusts) its claims', () => {
    const { token, ...bare } = { transactionId: 'T-2026-0001', token: TOKEN, channel: 'website', level: 'satisfied' } as const;
    const refused = v.safeParse(RatingSubmission, bare);
    expect(refused.success, 'no rating without a token, whatever the channel').to.equal(false);
    expect(refused.issues?.[0].path?.map((item) => item.key)).to.deep.equal(['token']);
    expect(v.safeParse(RatingSubmission, { ...bare, token }).success).to.equal(true);
    expect(ratingTokenClaims(TOKEN)).to.deep.equal({
      kind: 'transaction',
      transactionId: 'T-2026-0001',
      windowId: '3',
      expiresAt: 1_800_000_000_000,
    });
    // An application's token (一事一评) names the application and no window.
    const application = `${payload({ a: '990100000052', e: 1_800_000_000 })}.${'a'.repeat(43)}`;
    expect(ratingTokenClaims(application)).to.deep.equal({
      kind: 'application',
      transactionId: '990100000052',
      expiresAt: 1_800_000_000_000,
    });
    expect(ratingTokenClaims(`${payload({ a: '1', t: '1', w: '3', e: 1 })}.${'a'.repeat(43)}`), 'one kind only').to.equal(undefined);
    for (const bad of [
      '',
      'T-2026-0001',
      `${payload({ t: 1 })}.${'a'.repeat(43)}`,
      `${payload({ t: 'T', w: '3', e: 1.5 })}.${'a'.repeat(43)}`,
      `!!.${'a'.repeat(43)}`,
      `${TOKEN}x`,
    ]) {
      expect(ratingTokenClaims(bad), bad).to.equal(undefined);
    }
    expect(v.is(RatingToken, TOKEN)).to.equal(true);
    expect(v.is(RatingToken, `${'a'.repeat(400)}.${'a'.repeat(43)}`), 'bounded').to.equal(false);
  });

  it('validates ticket requests strictly', () => {
    expect(v.safeParse(TicketRequest, { category: 'A' }).success).to.equal(true);
    expect(v.safeParse(TicketRequest, { category: 'A', priority: 'yes' }).success).to.equal(false);
    expect(v.safeParse(TicketRequest, { category: '<script>' }).success).to.equal(false);
    expect(v.safeParse(TicketRequest, {}).success).to.equal(false);
  });

  it('runs under a strict CSP: no eval or new Function', async () => {
    const response = await fetch(new URL('/node_modules/valibot/dist/index.mjs', location.origin));
    expect(response.ok).to.equal(true);
    const source = await response.text();
    expect(source.length, 'the real library was read').to.be.greaterThan(10_000);
    expect(source).not.to.match(/new Function\(|\beval\(/);
  });
});
