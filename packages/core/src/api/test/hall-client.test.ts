import { expect } from '@open-wc/testing';
import { HallClient } from '../hall-client.js';
import { ZwInvalidDataError, ZwOfflineError, ZwServerError } from '../errors.js';
import type { HallEvent } from '../../contract/events.js';
import { getPendingRatingRequest } from '../events.js';
import { hallServer, padToken, rejection } from '@zhengwu/test-helpers/hall-server';

async function clients() {
  const { url, staffToken } = await hallServer();
  return {
    visitor: new HallClient({ baseUrl: `${url}/api` }),
    staff: new HallClient({ baseUrl: `${url}/api`, staffToken }),
  };
}

describe('HallClient against the real hall server', () => {
  it('reads the hall, the catalog (with ETag) and one full guide', async () => {
    const { visitor } = await clients();
    const hall = await visitor.hall();
    expect(hall.name).to.equal('示例市政务服务中心');
    expect(hall.categories.some((category) => category.priority)).to.equal(true);
    const catalog = await visitor.catalog();
    expect(catalog.items!.length).to.be.at.least(60);
    expect(catalog.etag).to.be.a('string');
    const again = await visitor.catalog({ etag: catalog.etag });
    expect(again.items, 'unchanged catalog answers 304').to.equal(null);
    const idCard = catalog.items!.find((item) => item.name.includes('身份证'))!;
    const guide = await visitor.catalogItem(idCard.code);
    expect(guide.materials.length).to.be.greaterThan(0);
    expect(guide.pinyin.initials.some((initials) => initials.includes('sfz'))).to.equal(true);
  });

  it('throws a typed server error with the server message for an unknown item', async () => {
    const { visitor } = await clients();
    const error = (await rejection(visitor.catalogItem('NO-SUCH-ITEM'))) as ZwServerError;
    expect(error).to.be.instanceOf(ZwServerError);
    expect(error.status).to.equal(404);
    expect(error.message).to.be.a('string').and.not.equal('');
    expect(error.retryable).to.equal(false);
  });

  it('takes a ticket, calls it at a window and hears it over server-sent events (rating requests only with the pad token)', async () => {
    const { visitor, staff } = await clients();
    const hall = await visitor.hall();
    const window = hall.windows[0];
    const events: HallEvent[] = [];
    const heardByAll: HallEvent[] = [];
    const token = await padToken(window.id);
    const subscription = visitor.events({ onEvent: (event) => events.push(event), window: window.id, token });
    const everyone = visitor.events({ onEvent: (event) => heardByAll.push(event), window: window.id });
    const ticket = await visitor.takeTicket({ category: window.categories[0] });
    expect(ticket.number).to.match(/^[A-Z]\d{3,4}$/);
    expect((await visitor.ticket(ticket.id, ticket.secret)).number).to.equal(ticket.number);
    await new Promise((resolve) => setTimeout(resolve, 300));
    let called = await staff.callNext(window.id);
    // earlier tests may have left tickets in line; call until ours comes up
    for (let i = 0; called.ticket && called.ticket.id !== ticket.id && i < 50; i += 1) {
      called = await staff.callNext(window.id);
    }
    expect(called.ticket?.id).to.equal(ticket.id);
    const done = await staff.complete(window.id, {});
    expect(done.rating?.windowId).to.equal(window.id);
    const deadline = Date.now() + 5000;
    while (!events.some((event) => event.type === 'rating-requested') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    subscription.close();
    everyone.close();
    expect(events.map((event) => event.type)).to.include.members(['ticket-called', 'rating-requested']);
    const requested = events.find((event) => event.type === 'rating-requested');
    expect(requested?.type === 'rating-requested' && requested.token).to.equal(done.ratingToken);
    expect(heardByAll.map((event) => event.type)).to.include('ticket-called');
    expect(
      heardByAll.some((event) => event.type.startsWith('rating-')),
      'no rating events in public',
    ).to.equal(false);
    // what a pad that connects now would be shown
    const pending = await getPendingRatingRequest({ baseUrl: visitor.baseUrl }, window.id, token);
    expect(pending?.target.transactionId).to.equal(done.rating?.transactionId);
    expect(pending?.token).to.equal(done.ratingToken);
    const refused = (await rejection(getPendingRatingRequest({ baseUrl: visitor.baseUrl }, window.id, 'made-up'))) as ZwServerError;
    expect(refused.status).to.equal(401);
  });

  it('stops (closed) and reports it when the server refuses the pad token', async () => {
    const { visitor } = await clients();
    const states: string[] = [];
    const refused = await new Promise<ZwServerError>((resolve) => {
      visitor.events({
        window: '1',
        token: 'made-up',
        onEvent: () => undefined,
        onState: (state) => states.push(state),
        onRefused: resolve,
      });
    });
    expect(refused.status).to.equal(401);
    expect(refused.code).to.equal('unauthorized');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(states.at(-1)).to.equal('closed');
    expect(states).not.to.include('reconnecting');
  });

  it('refuses window actions without the staff token', async () => {
    const { visitor } = await clients();
    const hall = await visitor.hall();
    const error = (await rejection(visitor.callNext(hall.windows[0].id))) as ZwServerError;
    expect(error.status).to.equal(401);
  });

  it('throws ZwInvalidDataError when an answer does not match the contract', async () => {
    const { url } = await hallServer();
    const corrupting = new HallClient({
      baseUrl: `${url}/api`,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const body = await response.json();
        return new Response(JSON.stringify({ ...body, windows: 'not a list' }), { status: 200 });
      },
    });
    const error = (await rejection(corrupting.hall())) as ZwInvalidDataError;
    expect(error).to.be.instanceOf(ZwInvalidDataError);
    expect(error.issues.map((issue) => issue.path)).to.include('windows');
  });

  it('throws ZwOfflineError when the server is down, and works again when it is back', async () => {
    const { visitor } = await clients();
    await hallServer('stop');
    try {
      expect(await rejection(visitor.health())).to.be.instanceOf(ZwOfflineError);
    } finally {
      await hallServer('start');
    }
    expect((await visitor.health()).status).to.equal('ok');
  });

  describe('events', () => {
    const waitFor = async (check: () => boolean, what: string) => {
      const deadline = Date.now() + 10_000;
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    it('reconnect on their own after the server was killed and restarted', async () => {
      const { visitor } = await clients();
      const category = (await visitor.hall()).categories.find((c) => !c.priority)!;
      const states: string[] = [];
      const changes: number[] = [];
      const subscription = visitor.events({
        onEvent: (event) => event.type === 'queue-changed' && event.category === category.code && changes.push(event.waiting),
        onState: (state) => states.push(state),
        minDelayMs: 100,
        maxDelayMs: 400,
      });
      try {
        await waitFor(() => subscription.state === 'open', 'the first connection');
        await hallServer('restart');
        await waitFor(() => states.includes('reconnecting'), 'noticing the lost connection');
        await waitFor(() => subscription.state === 'open', 'reconnecting');
        await visitor.takeTicket({ category: category.code });
        await waitFor(() => changes.length === 1, 'an event after reconnecting');
      } finally {
        subscription.close();
      }
    });

    it('resume after the last event seen (Last-Event-ID), with nothing missed', async () => {
      const { visitor } = await clients();
      const category = (await visitor.hall()).categories.find((c) => !c.priority)!;
      const first: number[] = [];
      const subscription = visitor.events({
        onEvent: (event) => event.type === 'queue-changed' && event.category === category.code && first.push(event.waiting),
      });
      await waitFor(() => subscription.state === 'open', 'the first connection');
      await visitor.takeTicket({ category: category.code });
      await waitFor(() => first.length === 1, 'the first event');
      const seen = subscription.lastEventId;
      subscription.close();
      expect(seen, 'events carry ids').to.be.a('string');
      // taken while nobody listens
      await visitor.takeTicket({ category: category.code });
      await visitor.takeTicket({ category: category.code });
      const missed: number[] = [];
      const resumed = visitor.events({
        lastEventId: seen,
        onEvent: (event) => event.type === 'queue-changed' && event.category === category.code && missed.push(event.waiting),
      });
      try {
        await waitFor(() => missed.length === 2, 'the two missed events');
        expect(missed).to.deep.equal([first[0] + 1, first[0] + 2]);
      } finally {
        resumed.close();
      }
    });
  });

  it('passes an AbortSignal through', async () => {
    const { visitor } = await clients();
    const controller = new AbortController();
    controller.abort(new DOMException('gone', 'AbortError'));
    const error = (await rejection(visitor.hall(controller.signal))) as DOMException;
    expect(error.name).to.equal('AbortError');
  });
});
