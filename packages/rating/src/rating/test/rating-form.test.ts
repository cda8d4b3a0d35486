import { expect } from '@open-wc/testing';
import { ZwConfigError } from '@zhengwu/core';
import { buildSubmission, chosenReasons, firstProblem, normalizePhone, phoneInvalid, ratingSubject, refusal } from '../rating-form.js';
import { REASONS, TARGET, sampleToken } from '../stories/zw-rating.stories.js';

const attributeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ZwConfigError);
    return (error as ZwConfigError).attribute;
  }
  return undefined;
};

describe('rating form rules', () => {
  it('takes the transaction from transaction-id, .target or the token, and needs a matching token', () => {
    expect(ratingSubject({ token: sampleToken('T-1') })).to.deep.equal({ transactionId: 'T-1', channel: 'website' });
    expect(ratingSubject({ token: sampleToken(TARGET.transactionId), target: TARGET, windowId: '3' })).to.deep.equal({
      transactionId: TARGET.transactionId,
      channel: 'window-pad',
    });
    expect(ratingSubject({ transactionId: 'T-2', token: sampleToken('T-2'), channel: 'kiosk' }).channel).to.equal('kiosk');
    expect(attributeOf(() => ratingSubject({}))).to.equal('token');
    expect(attributeOf(() => ratingSubject({ transactionId: 'T-1' }))).to.equal('token');
    expect(attributeOf(() => ratingSubject({ transactionId: 'T-1', token: sampleToken('T-2') }))).to.equal('token');
    expect(attributeOf(() => ratingSubject({ transactionId: 'has spaces', token: sampleToken('has spaces') }))).to.equal('transaction-id');
    expect(attributeOf(() => ratingSubject({ transactionId: 'x'.repeat(51) }))).to.equal('transaction-id');
    expect(attributeOf(() => ratingSubject({ transactionId: 'OTHER', token: sampleToken('OTHER'), target: TARGET }))).to.equal(
      'transaction-id',
    );
    expect(attributeOf(() => ratingSubject({ token: sampleToken('T-1'), channel: 'fax' }))).to.equal('channel');
  });

  it('normalises phone numbers typed with a Chinese IME, and checks them', () => {
    expect(normalizePhone('１３８ １２３４ ５６７８')).to.equal('13812345678');
    expect(normalizePhone('010－12345678')).to.equal('010-12345678');
    for (const good of ['13812345678', '010-12345678', '0755 8888 8888', '12345', '']) expect(phoneInvalid(good), good).to.equal(false);
    for (const bad of ['12345678', '1381234567', '23812345678', 'abc', '010-123']) expect(phoneInvalid(bad), bad).to.equal(true);
  });

  it('finds the first thing that stops a submit', () => {
    const answers = { level: null, reasons: REASONS, ticked: new Set<string>(), comment: '', phone: '' };
    expect(firstProblem(answers)).to.equal('level');
    expect(firstProblem({ ...answers, level: 'basic', phone: 'abc' }), 'no reasons for a good rating').to.equal(undefined);
    expect(firstProblem({ ...answers, level: 'dissatisfied' })).to.equal('reasons');
    expect(firstProblem({ ...answers, level: 'dissatisfied', ticked: new Set(['other']), phone: '123' })).to.equal('phone');
    expect(firstProblem({ ...answers, level: 'dissatisfied', ticked: new Set(['other']) })).to.equal(undefined);
  });

  it('keeps reasons in the hall’s order and drops codes the list does not have', () => {
    expect(chosenReasons(REASONS, new Set(['other', 'gone', 'long-wait']))).to.deep.equal(['long-wait', 'other']);
  });

  it('sends reasons, comment and phone only with a 差评', () => {
    const subject = { transactionId: 'T-1', channel: 'kiosk' as const };
    const answers = { level: null, reasons: REASONS, ticked: new Set(['long-wait']), comment: ' 太慢 ', phone: '１３８１２３４５６７８' };
    const at = new Date('2026-11-22T02:00:00Z');
    expect(buildSubmission(subject, 'tok', 'satisfied', answers, at)).to.deep.equal({
      transactionId: 'T-1',
      token: 'tok',
      level: 'satisfied',
      channel: 'kiosk',
      reasons: [],
      ratedAt: '2026-11-22T02:00:00.000Z',
    });
    expect(buildSubmission(subject, 'tok', 'dissatisfied', answers, at)).to.deep.include({
      reasons: ['long-wait'],
      comment: '太慢',
      phone: '13812345678',
    });
    expect(buildSubmission(subject, 'tok', 'dissatisfied', { ...answers, comment: '  ', phone: '' }, at)).not.to.have.any.keys(
      'comment',
      'phone',
    );
  });

  it('reads what a refusal means', () => {
    expect(refusal({ lastError: { status: 409, code: 'already_rated', message: '' } }).kind).to.equal('already-rated');
    expect(refusal({ lastError: { code: 'already_rated', message: '' } }).kind).to.equal('already-rated');
    expect(refusal({ lastError: { status: 410, code: 'rating_token_expired', message: '' } }).kind).to.equal('expired');
    expect(refusal({ lastError: { status: 422, code: 'bad', message: '' } })).to.deep.equal({ kind: 'refused', code: 'bad', status: 422 });
    expect(refusal({})).to.deep.equal({ kind: 'refused', code: 'unknown', status: undefined });
  });
});
