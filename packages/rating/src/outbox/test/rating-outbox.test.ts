import { expect, waitUntil } from '@open-wc/testing';
import type { OutboxItem } from '@zhengwu/core';
import { closeRatingOutbox, ratingOutbox, ratingOutboxName } from '../rating-outbox.js';

let counter = 0;
const freshName = () => `zw-rating-outbox-test-${Date.now()}-${(counter += 1)}`;

describe('ratingOutbox', () => {
  const made: { apiBase: string; name?: string }[] = [];
  afterEach(async () => {
    for (const { apiBase, name } of made.splice(0)) {
      await closeRatingOutbox(apiBase, { name });
      indexedDB.deleteDatabase(name ?? ratingOutboxName(apiBase));
    }
  });

  it('is one outbox per page and API base, however the base is written', () => {
    made.push({ apiBase: '/test-api-a' }, { apiBase: '/test-api-b' });
    const first = ratingOutbox('/test-api-a');
    expect(ratingOutbox('/test-api-a') === first).to.equal(true);
    expect(ratingOutbox(`${location.origin}/test-api-a/`) === first).to.equal(true);
    const other = ratingOutbox('/test-api-b');
    expect(other === first).to.equal(false);
    expect(other.name).to.not.equal(first.name);
    expect(first.name).to.equal(`zhengwu-ratings ${location.origin}/test-api-a`);
  });

  it('takes another database name (tests) and forgets a closed outbox', async () => {
    const name = freshName();
    made.push({ apiBase: '/test-api-c', name });
    const named = ratingOutbox('/test-api-c', { name });
    expect(named.name).to.equal(name);
    await closeRatingOutbox('/test-api-c', { name });
    expect(ratingOutbox('/test-api-c', { name }) === named, 'a new one after close').to.equal(false);
  });

  it('keeps aside a stored rating that no longer fits the contract instead of retrying it for ever', async () => {
    const name = freshName();
    made.push({ apiBase: '/test-api-d', name });
    const outbox = ratingOutbox('/test-api-d', { name });
    const rejected = new Promise<OutboxItem>((resolve) => {
      outbox.addEventListener('rejected', (event) => resolve((event as CustomEvent<OutboxItem>).detail), { once: true });
    });
    await outbox.add('rating', { transactionId: 'T 1', level: 'dissatisfied', channel: 'website', reasons: [] }, 'bad-1');
    const item = await rejected;
    expect(item.lastError).to.deep.include({ status: 422, code: 'invalid_submission' });
    await waitUntil(async () => (await outbox.counts()).rejected === 1);
    expect(await outbox.counts()).to.deep.equal({ pending: 0, rejected: 1 });
  });
});
