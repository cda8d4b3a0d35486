import { expect, waitUntil } from '@open-wc/testing';
import { Outbox, newKey, type OutboxItem } from '../outbox.js';
import { ZwOfflineError, ZwServerError } from '../../api/errors.js';

let counter = 0;
const freshName = () => `zw-outbox-test-${Date.now()}-${(counter += 1)}`;

describe('Outbox', () => {
  const opened: Outbox[] = [];
  const outbox = (options: ConstructorParameters<typeof Outbox>[0] = {}) => {
    const box = new Outbox({ name: freshName(), minBackoffMs: 10, maxBackoffMs: 50, intervalMs: 60_000, ...options });
    opened.push(box);
    return box;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((box) => box.close()));
  });

  it('stores an item before sending, sends it with its key, and removes it once acknowledged', async () => {
    const box = outbox();
    const seen: { payload: unknown; key: string; storedFirst: boolean }[] = [];
    box.register('rating', async (payload, key) => {
      const stored = (await box.items()).some((item) => item.key === key);
      seen.push({ payload, key, storedFirst: stored });
    });
    const item = await box.add('rating', { level: 'satisfied' }, 'key-1');
    await box.flush();
    expect(seen).to.deep.equal([{ payload: { level: 'satisfied' }, key: 'key-1', storedFirst: true }]);
    expect(item.key).to.equal('key-1');
    expect(await box.counts()).to.deep.equal({ pending: 0, rejected: 0 });
  });

  it('keeps items while offline and sends them, once each, when the network returns', async () => {
    const box = outbox();
    let online = false;
    const delivered: string[] = [];
    box.register('rating', async (_payload, key) => {
      if (!online) throw new ZwOfflineError('/api/ratings');
      delivered.push(key);
    });
    await box.add('rating', { n: 1 }, 'a');
    await box.add('rating', { n: 2 }, 'b');
    await box.flush();
    expect(await box.counts()).to.deep.equal({ pending: 2, rejected: 0 });
    expect((await box.items())[0].attempts, 'stops at the first offline failure').to.be.at.least(1);
    online = true;
    await new Promise((resolve) => setTimeout(resolve, 60));
    box.start();
    window.dispatchEvent(new Event('online'));
    await waitUntil(async () => (await box.counts()).pending === 0, 'pending items were not sent');
    expect(delivered).to.deep.equal(['a', 'b']);
  });

  it('survives a reload: a new outbox on the same database replays what was stored', async () => {
    const name = freshName();
    const first = outbox({ name });
    first.register('rating', async () => {
      throw new ZwOfflineError('/api/ratings');
    });
    await first.add('rating', { level: 'basic' }, 'kept');
    await first.close();
    const second = outbox({ name });
    const delivered: string[] = [];
    second.register('rating', async (_payload, key) => {
      delivered.push(key);
    });
    second.start();
    await waitUntil(() => delivered.length === 1, 'not replayed on start');
    expect(delivered).to.deep.equal(['kept']);
  });

  it('keeps refused items aside and reports them, and retries server trouble', async () => {
    const box = outbox();
    const rejected: OutboxItem[] = [];
    box.addEventListener('rejected', (event) => rejected.push((event as CustomEvent<OutboxItem>).detail));
    let calls = 0;
    box.register('rating', async (payload) => {
      calls += 1;
      if ((payload as { bad?: boolean }).bad) throw new ZwServerError(409, 'already-rated', 'This transaction was already rated.');
      if (calls < 3) throw new ZwServerError(503, 'unavailable', 'Try later');
    });
    await box.add('rating', { bad: true }, 'refused');
    await box.add('rating', { bad: false }, 'flaky');
    box.start();
    await waitUntil(async () => (await box.counts()).pending === 0, 'flaky item never delivered', { timeout: 3000 });
    const items = await box.items();
    expect(items.map((item) => [item.key, item.state, item.lastError?.status])).to.deep.equal([['refused', 'rejected', 409]]);
    expect(rejected.map((item) => item.key)).to.deep.equal(['refused']);
    expect(await box.counts()).to.deep.equal({ pending: 0, rejected: 1 });
  });

  it('never sends the same item twice at once, even from two outboxes on one database', async () => {
    const name = freshName();
    const a = outbox({ name });
    const b = outbox({ name });
    const sends: string[] = [];
    const slowSender = async (_payload: unknown, key: string) => {
      sends.push(key);
      await new Promise((resolve) => setTimeout(resolve, 30));
    };
    a.register('rating', slowSender);
    b.register('rating', slowSender);
    await a.add('rating', {}, 'only-once');
    await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
    expect(sends).to.deep.equal(['only-once']);
  });

  it('upgrades a database written by the first version and still replays its items', async () => {
    const name = freshName();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('items', { keyPath: 'key' });
        store.put({
          key: 'old',
          kind: 'rating',
          payload: { level: 'basic' },
          createdAt: 1,
          attempts: 2,
          nextAttemptAt: 1,
          state: 'pending',
        });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const box = outbox({ name });
    expect(await box.counts()).to.deep.equal({ pending: 1, rejected: 0 });
    const delivered: string[] = [];
    box.register('rating', async (_payload, key) => {
      delivered.push(key);
    });
    box.start();
    await waitUntil(() => delivered.length === 1, 'the old item was not replayed');
    expect(delivered).to.deep.equal(['old']);
  });

  it('makes unique keys without a secure context', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newKey()));
    expect(keys.size).to.equal(1000);
  });
});
