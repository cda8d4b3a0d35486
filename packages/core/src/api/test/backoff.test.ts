import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { backoffDelay, subscribeHallEvents, type ConnectionState } from '../events.js';
import { EventStreamController } from '../../controllers/event-stream-controller.js';

describe('backoffDelay', () => {
  const top = () => 1; // no jitter taken off
  const bottom = () => 0; // the most jitter

  it('doubles from the minimum up to the cap', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, { minDelayMs: 1000, maxDelayMs: 30_000 }, top));
    expect(delays).to.deep.equal([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it('never waits longer than the cap, however long the outage', () => {
    for (const attempt of [10, 100, 10_000, Number.MAX_SAFE_INTEGER]) {
      expect(backoffDelay(attempt, { minDelayMs: 500, maxDelayMs: 8000 }, top)).to.equal(8000);
    }
  });

  it('takes off up to half as jitter, so screens that lost the server together do not return together', () => {
    expect(backoffDelay(3, {}, bottom)).to.equal(4000);
    expect(backoffDelay(3, {}, top)).to.equal(8000);
    const spread = new Set(Array.from({ length: 50 }, () => Math.round(backoffDelay(3))));
    expect(spread.size).to.be.greaterThan(10);
    for (const delay of spread) expect(delay).to.be.within(4000, 8000);
  });

  it('uses 1 s and 30 s by default, and a cap below the minimum is the minimum', () => {
    expect(backoffDelay(0, {}, top)).to.equal(1000);
    expect(backoffDelay(20, {}, top)).to.equal(30_000);
    expect(backoffDelay(5, { minDelayMs: 2000, maxDelayMs: 100 }, top)).to.equal(2000);
  });
});

class StreamHost extends LitElement {}
customElements.define('zw-stream-host', StreamHost);

describe('event stream state', () => {
  it('shows reconnecting (offline) while the server cannot be reached, retries with backoff, and closes on disconnect', async () => {
    let calls = 0;
    const unreachable = async () => {
      calls += 1;
      throw new TypeError('Failed to fetch');
    };
    const host = document.createElement('zw-stream-host') as StreamHost;
    const states: ConnectionState[] = [];
    const stream = new EventStreamController(host, (onState) =>
      subscribeHallEvents(unreachable, 'http://127.0.0.1:9/api/events', {
        onEvent: () => undefined,
        onState: (state) => (states.push(state), onState(state)),
        minDelayMs: 20,
        maxDelayMs: 40,
      }),
    );
    document.body.append(host);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(stream.state).to.equal('reconnecting');
    expect(stream.offline).to.equal(true);
    expect(calls, 'tries again and again, never faster than the backoff').to.be.within(3, 15);
    expect(stream.current!.attempt).to.be.greaterThan(2);
    host.remove();
    expect(stream.state).to.equal('closed');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(states.at(-1)).to.equal('closed');
    const after = calls;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls, 'no attempts once closed').to.equal(after);
  });
});
