import { expect } from '@open-wc/testing';
import { ManualClock } from '@zhengwu/core';
import type { RatingTarget } from '@zhengwu/core/contract';
import { PadCycle } from '../pad-cycle.js';

const target = (transactionId: string): RatingTarget => ({
  transactionId,
  windowId: '3',
  windowName: '3号窗口',
  department: '市公安局',
  completedAt: '2026-11-22T10:15:00+08:00',
});

function cycle() {
  const clock = new ManualClock();
  const seen: string[] = [];
  const pad = new PadCycle({
    clock: () => clock,
    thanksMs: () => 8000,
    timeoutMs: () => 120_000,
    onChange: () => undefined,
    onRequest: (requested) => seen.push(`request ${requested.transactionId}`),
    onThanks: () => seen.push('thanks'),
    onIdle: (reason) => seen.push(`idle ${reason}`),
  });
  return { pad, clock, seen };
}

describe('PadCycle', () => {
  it('asks, thanks after the rating went, and is idle again after the thank-you time', () => {
    const { pad, clock, seen } = cycle();
    pad.request(target('T-1'), 'tok-1');
    expect([pad.phase, pad.current?.transactionId, pad.token, pad.requests]).to.deep.equal(['rating', 'T-1', 'tok-1', 1]);
    pad.stored('T-1');
    expect(pad.phase).to.equal('submitting');
    pad.done('T-1');
    expect(pad.phase).to.equal('thanks');
    clock.advance(7999);
    expect(pad.phase).to.equal('thanks');
    clock.advance(1);
    expect([pad.phase, pad.current, pad.token]).to.deep.equal(['idle', undefined, '']);
    expect(seen).to.deep.equal(['request T-1', 'thanks', 'idle rated']);
  });

  it('thanks anyway when a stored rating gets no answer within the rating timeout', () => {
    const { pad, clock } = cycle();
    pad.request(target('T-1'), 'tok');
    pad.stored('T-1');
    clock.advance(120_000);
    expect(pad.phase).to.equal('thanks');
  });

  it('never shows a request again that ended here, nor the one on screen twice', () => {
    const { pad, seen } = cycle();
    pad.request(target('T-1'), 'tok');
    pad.request(target('T-1'), 'tok');
    expect(pad.requests).to.equal(1);
    pad.walkedAway();
    expect(pad.phase).to.equal('idle');
    pad.request(target('T-1'), 'tok');
    expect(pad.phase, 'a replayed request stays ended').to.equal('idle');
    expect(seen).to.deep.equal(['request T-1', 'idle walked-away']);
  });

  it('a newer request replaces one still unrated', () => {
    const { pad } = cycle();
    pad.request(target('T-1'), 'tok-1');
    pad.request(target('T-2'), 'tok-2');
    expect([pad.current?.transactionId, pad.token, pad.requests]).to.deep.equal(['T-2', 'tok-2', 2]);
  });

  it('ends on a rating given on the phone, only for the transaction on screen', () => {
    const { pad } = cycle();
    pad.request(target('T-1'), 'tok');
    pad.ratedElsewhere('T-9');
    expect(pad.phase).to.equal('rating');
    pad.ratedElsewhere('T-1');
    expect(pad.phase).to.equal('thanks');
  });

  it('shows a refusal for the thank-you time, then is idle with reason error', () => {
    const { pad, clock, seen } = cycle();
    pad.failed();
    expect(pad.phase, 'nothing to fail while idle').to.equal('idle');
    pad.request(target('T-1'), 'tok');
    pad.failed();
    expect(pad.phase).to.equal('error');
    clock.advance(8000);
    expect(seen.at(-1)).to.equal('idle error');
  });

  it('stop() cancels the running timer', () => {
    const { pad, clock } = cycle();
    pad.request(target('T-1'), 'tok');
    pad.done('T-1');
    pad.stop();
    clock.advance(60_000);
    expect(pad.phase).to.equal('thanks');
  });
});
