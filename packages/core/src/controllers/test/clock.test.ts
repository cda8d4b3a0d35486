import { expect } from '@open-wc/testing';
import { ManualClock } from '../clock.js';

describe('ManualClock', () => {
  it('runs due timers in order as it advances, intervals repeatedly, and never on its own', async () => {
    const clock = new ManualClock(0);
    const seen: string[] = [];
    clock.setTimeout(() => seen.push(`late@${clock.now()}`), 2500);
    const every = clock.setInterval(() => seen.push(`tick@${clock.now()}`), 1000);
    const dropped = clock.setTimeout(() => seen.push('dropped'), 100);
    clock.clearTimeout(dropped);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen, 'real time does not move it').to.deep.equal([]);
    clock.advance(3000);
    expect(seen).to.deep.equal(['tick@1000', 'tick@2000', 'late@2500', 'tick@3000']);
    clock.clearInterval(every);
    clock.advance(5000);
    expect(seen).to.have.length(4);
    expect(clock.now()).to.equal(8000);
  });

  it('runs a timer set by a timer within the same advance', () => {
    const clock = new ManualClock(0);
    const seen: number[] = [];
    clock.setTimeout(() => clock.setTimeout(() => seen.push(clock.now()), 500), 500);
    clock.advance(1000);
    expect(seen).to.deep.equal([1000]);
  });
});
