import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../zw-queue-status.define.js';
import type { ZwQueueStatus } from '../zw-queue-status.js';
import * as stories from '../stories/zw-queue-status.stories.js';
import {
  STORY_ID,
  STORY_SECRET,
  calledTicket,
  doneTicket,
  fakeStatusSource,
  notCompleted,
  notFound,
  requeuedTicket,
  sampleRatingRequest,
  skippedTicket,
  transferredTicket,
  waitingTicket,
  type FakeStatusSource,
  type StatusScript,
} from '../stories/fake-status-source.js';
import { describeStoryMatrix, settle } from '@zhengwu/test-helpers/stories';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function statusPage(
  script: StatusScript = {},
  attrs: { secret?: string; poll?: string } = {},
): Promise<{ el: ZwQueueStatus; source: FakeStatusSource }> {
  const source = fakeStatusSource(script);
  const el = await fixture<ZwQueueStatus>(
    html`<zw-queue-status
      .client=${source}
      ticket-id=${STORY_ID}
      secret=${attrs.secret ?? STORY_SECRET}
      poll-interval=${attrs.poll ?? '5000'}
    ></zw-queue-status>`,
  );
  await waitFor(() => !!el.shadowRoot!.querySelector('.number, .failure, .called'), 'the ticket');
  await settle(el);
  return { el, source };
}

describe('zw-queue-status', () => {
  it('is accessible', async () => {
    const { el } = await statusPage();
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('shows the number, the people ahead and the wait range, following the ticket’s own stream', async () => {
    const { el, source } = await statusPage();
    expect(text($(el, '.number'))).to.equal('A013');
    expect(text($(el, '.category'))).to.contain('综合业务');
    expect(text($(el, '.position'))).to.equal('前面还有 3 人');
    expect(text($(el, '.wait'))).to.contain('约 5–15 分钟');
    expect(text($(el, '.live'))).to.equal('实时更新中');
    expect(source.subscribed?.ticket).to.equal(STORY_ID);
    expect(source.subscribed?.token).to.equal(STORY_SECRET);
    source.emit({ type: 'ticket-changed', ticket: { ...waitingTicket, ahead: 0, estimatedWait: { min: 0, max: 3 } } });
    await el.updateComplete;
    expect(text($(el, '.position'))).to.equal('下一个就是您');
    expect(text($(el, '.wait'))).to.contain('约 0–3 分钟');
  });

  it('called: the whole screen says which window, as an alert, with a vibration', async () => {
    const vibrations: unknown[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'vibrate');
    Object.defineProperty(navigator, 'vibrate', { configurable: true, value: (pattern: unknown) => vibrations.push(pattern) > 0 });
    try {
      const { el, source } = await statusPage();
      const changed = oneEvent(el, 'zw-queue-status-change');
      source.emit({ type: 'ticket-changed', ticket: calledTicket, change: 'called' });
      expect((await changed).detail.change).to.equal('called');
      await settle(el);
      const called = $(el, '.called')!;
      expect(called.getAttribute('role')).to.equal('alert');
      expect(text($(el, '#called-title'))).to.equal('请到 3 号窗口 办理');
      const box = called.getBoundingClientRect();
      expect(box.width).to.equal(window.innerWidth);
      expect(box.height).to.equal(window.innerHeight);
      expect(vibrations).to.have.length(1);
      expect(el.shadowRoot!.activeElement?.id).to.equal('called-title');
      // Called again: said again.
      source.emit({ type: 'ticket-changed', ticket: { ...calledTicket, recalls: 1 }, change: 'recalled' });
      await el.updateComplete;
      expect(text($(el, '.recalled'))).to.equal('再次呼叫，请尽快前往');
      expect(vibrations).to.have.length(2);
    } finally {
      delete (navigator as { vibrate?: unknown }).vibrate;
      if (original) expect(typeof navigator.vibrate).to.equal('function');
    }
  });

  it('polls while the stream is down, backing off, and stops when it is back', async () => {
    const { el, source } = await statusPage({ stream: 'reconnecting' }, { poll: '100' });
    expect(el.polling).to.equal(true);
    expect(text($(el, '.live'))).to.contain('每隔几秒自动刷新');
    const first = source.fetches;
    source.next = { ...waitingTicket, ahead: 1 };
    await waitFor(() => source.fetches >= first + 2, 'two polls');
    await el.updateComplete;
    expect(text($(el, '.position'))).to.equal('前面还有 1 人');
    const before = source.fetches;
    source.setStream('open');
    await el.updateComplete;
    expect(el.polling).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // One catch-up fetch when the stream came back, no more polling.
    expect(source.fetches).to.equal(before + 1);
    expect(text($(el, '.live'))).to.equal('实时更新中');
  });

  it('asks again when the phone wakes up or comes back online', async () => {
    const { el, source } = await statusPage();
    const before = source.fetches;
    source.next = calledTicket;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => !!$(el, '.called'), 'the called screen after waking');
    window.dispatchEvent(new Event('online'));
    await waitFor(() => source.fetches === before + 2, 'a fetch when online');
  });

  it('survives a reload: everything comes from the id and secret', async () => {
    const { el, source } = await statusPage();
    const parent = el.parentElement!;
    el.remove();
    source.next = { ...waitingTicket, ahead: 2 };
    parent.append(el);
    await waitFor(() => text($(el, '.position')) === '前面还有 2 人', 'the ticket again');
  });

  it('a wrong secret is "ticket not found"; a garbled link asks nothing', async () => {
    const { el } = await statusPage({ ticket: notFound() });
    expect(text($(el, '.failure-message'))).to.equal('找不到这张号票：链接可能不完整，或号票已过期');
    expect($(el, '.number')).to.equal(null);
    const garbled = await statusPage({}, { secret: 'abc' });
    expect(text($(garbled.el, '.failure-message'))).to.contain('找不到这张号票');
    expect(garbled.source.fetches).to.equal(0);
  });

  it('says 过号 voided, 顺延 and 转办 in words', async () => {
    const skipped = await statusPage({ ticket: skippedTicket });
    expect(text($(skipped.el, '.notice'))).to.equal('已过号，请重新取号');
    const requeued = await statusPage({ ticket: requeuedTicket });
    expect(text($(requeued.el, '.notice'))).to.equal('已过号，已为您顺延');
    const transferred = await statusPage({ ticket: transferredTicket });
    expect(text($(transferred.el, '.notice'))).to.equal('已转至 社保医保');
  });

  it('done: the keyboard alone claims the rating, and the page gets the request', async () => {
    const { el } = await statusPage({ ticket: doneTicket });
    $(el, '#title')!.focus();
    await sendKeys({ press: 'Tab' });
    const rate = oneEvent(el, 'zw-queue-status-rate');
    await sendKeys({ press: 'Enter' });
    expect((await rate).detail.request).to.deep.equal(sampleRatingRequest);
  });

  it('done but not completed on the hall’s side: said as text', async () => {
    const { el } = await statusPage({ ticket: doneTicket, claim: notCompleted() });
    $(el, '.rate')!.click();
    await waitFor(() => !!$(el, '.notice'), 'the refusal');
    expect(text($(el, '.notice'))).to.equal('这次办理尚未完成，完成后才能评价');
    expect($(el, '.rate')).to.equal(null);
  });

  it('a hall that never answers ends in the timeout message with a retry', async () => {
    const source = fakeStatusSource({ ticket: 'never' });
    const el = await fixture<ZwQueueStatus>(
      html`<zw-queue-status .client=${source} ticket-id=${STORY_ID} secret=${STORY_SECRET} request-timeout="1000"></zw-queue-status>`,
    );
    await waitFor(() => !!$(el, '.failure.timeout'), 'the timeout');
    expect($(el, '.failure .retry')).to.exist;
  });

  it('a bad poll interval fails loudly', async () => {
    const el = await fixture<ZwQueueStatus>(html`<zw-queue-status .client=${fakeStatusSource()} poll-interval="often"></zw-queue-status>`);
    expect(text($(el, '[part="config-error"]'))).to.contain('poll-interval');
  });
});
