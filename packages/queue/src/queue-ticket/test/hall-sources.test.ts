import { expect } from '@open-wc/testing';
import { hallTicketSource } from '../ticket-source.js';
import { hallStatusSource } from '../../queue-status/status-source.js';
import { sampleReceipt } from '../stories/fake-ticket-source.js';
import { STORY_ID, STORY_SECRET, waitingTicket } from '../../queue-status/stories/fake-status-source.js';

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body?: string;
}

/** `fetch` answering `body` as JSON, remembering each request. */
function stubFetch(body: unknown, seen: Seen[]): () => void {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: init?.body as string | undefined,
    });
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  };
  return () => (window.fetch = original);
}

describe('the hall sources of the queue elements', () => {
  it('takes a ticket with the idempotency key of the tap and the kiosk token', async () => {
    const seen: Seen[] = [];
    const restore = stubFetch(sampleReceipt({ category: 'general' }), seen);
    try {
      const receipt = await hallTicketSource('/api', 'kiosk-token-0123456789').take(
        { category: 'general' },
        new AbortController().signal,
        'key-1',
      );
      expect(receipt.number).to.equal('A013');
      expect(seen[0].url).to.equal('/api/tickets');
      expect(seen[0].method).to.equal('POST');
      expect(seen[0].headers.get('idempotency-key')).to.equal('key-1');
      expect(seen[0].headers.get('authorization')).to.equal('Bearer kiosk-token-0123456789');
      expect(JSON.parse(seen[0].body!)).to.deep.equal({ category: 'general' });
    } finally {
      restore();
    }
  });

  it('asks for a ticket with its secret, never in the URL', async () => {
    const seen: Seen[] = [];
    const restore = stubFetch(waitingTicket, seen);
    try {
      const ticket = await hallStatusSource('/api').ticket(STORY_ID, STORY_SECRET, new AbortController().signal);
      expect(ticket.number).to.equal('A013');
      expect(seen[0].url).to.equal(`/api/tickets/${STORY_ID}`);
      expect(seen[0].url).not.to.contain(STORY_SECRET);
      expect(seen[0].headers.get('authorization')).to.equal(`Bearer ${STORY_SECRET}`);
    } finally {
      restore();
    }
  });
});
