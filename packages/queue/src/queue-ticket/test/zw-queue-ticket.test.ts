import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../zw-queue-ticket.define.js';
import '@zhengwu/core/provider/zw-provider.define';
import type { ZwQueueTicket } from '../zw-queue-ticket.js';
import * as stories from '../stories/zw-queue-ticket.stories.js';
import {
  fakeTicketSource,
  offline,
  sampleQueue,
  unknownAppointment,
  type FakeTicketSource,
  type TicketScript,
} from '../stories/fake-ticket-source.js';
import { MM, printPageRule } from '../../ticket-format/print-page.js';
import { describeStoryMatrix, settle } from '@zhengwu/test-helpers/stories';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const tile = (el: ZwQueueTicket, code: string) => $(el, `.tile[data-code="${code}"]`)!;

async function ticketScreen(
  script: TicketScript = {},
  attrs: { print?: string; paper?: string; timeout?: string; url?: string } = {},
): Promise<{ el: ZwQueueTicket; source: FakeTicketSource }> {
  const source = fakeTicketSource(script);
  const el = await fixture<ZwQueueTicket>(
    html`<zw-queue-ticket
      .client=${source}
      print=${attrs.print ?? 'off'}
      paper=${attrs.paper ?? '80mm'}
      receipt-timeout=${attrs.timeout ?? '60'}
      ticket-url=${attrs.url ?? '/ticket'}
    ></zw-queue-ticket>`,
  );
  await waitFor(() => !!el.shadowRoot!.querySelector('.tile, .failure'), 'the categories');
  await settle(el);
  return { el, source };
}

const receiptShown = (el: ZwQueueTicket) => waitFor(() => !!$(el, '#ticket-number'), 'the ticket card');

describe('zw-queue-ticket', () => {
  it('is accessible', async () => {
    const { el } = await ticketScreen();
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('shows each category with the people waiting and the wait as a range; closed ones say why', async () => {
    const { el } = await ticketScreen();
    expect(text(tile(el, 'general')))
      .to.contain('12 人等候')
      .and.contain('约 10–25 分钟');
    expect(text(tile(el, 'green'))).to.contain('无需等待');
    const closed = [...el.shadowRoot!.querySelectorAll('.tile.closed')].map(text);
    expect(closed).to.have.length(3);
    expect(closed[0]).to.contain('不动产登记').and.contain('取号时间 08:30–11:30');
    expect(closed[1]).to.contain('今日号已取完');
    expect(closed[2]).to.contain('暂无窗口办理');
    expect(el.shadowRoot!.querySelectorAll('button.tile[data-code="estate"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'closed is not an error').to.equal(null);
    // The priority lane is its own group, with its heading.
    expect(text($(el, '#priority-title'))).to.equal('绿色通道');
    expect($(el, '.priority .tile[data-code="green"]')).to.exist;
    expect($(el, '.priority .tile[data-code="general"]')).to.equal(null);
  });

  it('a double tap takes one ticket', async () => {
    const { el, source } = await ticketScreen({ takes: ['slow'] });
    tile(el, 'general').click();
    await el.updateComplete;
    expect((tile(el, 'general') as HTMLButtonElement).disabled).to.equal(true);
    tile(el, 'general').click();
    el.take('general');
    await receiptShown(el);
    expect(source.taken).to.have.length(1);
    expect(text($(el, '#ticket-number'))).to.equal('A013');
  });

  it('a retry after a lost answer repeats the same key and keeps the choice', async () => {
    const { el, source } = await ticketScreen({ takes: [offline(), 'ok'] });
    tile(el, 'social').click();
    await waitFor(() => !!$(el, '.failure'), 'the failure');
    expect(text($(el, '.choice'))).to.contain('社保医保');
    $(el, '.failure .retry')!.click();
    await receiptShown(el);
    expect(source.taken).to.have.length(2);
    expect(source.taken[1].key).to.equal(source.taken[0].key);
    expect(source.taken[1].request).to.deep.equal({ category: 'social' });
    // A new tap after that is a new key.
    el.finish();
    await el.updateComplete;
    tile(el, 'social').click();
    await receiptShown(el);
    expect(source.taken[2].key).not.to.equal(source.taken[0].key);
  });

  it('a take the hall never answers ends in the timeout message; the retry repeats the key', async () => {
    const { el, source } = await ticketScreen({ takes: ['never', 'ok'] });
    el.setAttribute('request-timeout', '1000');
    await el.updateComplete;
    tile(el, 'general').click();
    await waitFor(() => !!$(el, '.failure.timeout'), 'the timeout');
    expect(text($(el, '.choice'))).to.contain('综合业务');
    $(el, '.failure .retry')!.click();
    await receiptShown(el);
    expect(source.taken.map((each) => each.key)).to.deep.equal([source.taken[0].key, source.taken[0].key]);
  });

  it('works with the keyboard alone: Tab to a tile, Enter takes the ticket and focus goes to the number', async () => {
    const { el } = await ticketScreen();
    const taken = oneEvent(el, 'zw-queue-ticket-taken');
    tile(el, 'general').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-code')).to.equal('social');
    await sendKeys({ press: 'Enter' });
    const { detail } = await taken;
    expect(detail.receipt.number).to.equal('B013');
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('ticket-number');
  });

  it('the card shows what a ticket holds, and its QR code is the follow link', async () => {
    const { el } = await ticketScreen({}, { url: 'https://hall.example.cn/ticket' });
    tile(el, 'general').click();
    await receiptShown(el);
    const card = text($(el, '.screen-card'));
    for (const part of ['市民服务中心', 'A013', '综合业务', '12 人', '约 10–25 分钟', '09:41', '482915']) expect(card).to.contain(part);
    expect(card).to.contain('它就是您的号票');
    expect($(el, 'zw-button.print'), 'no printer, no print button').to.equal(null);
    const qr = el.shadowRoot!.querySelector('.screen-card zw-qr-code')!;
    const link = new URL(qr.getAttribute('value')!);
    expect(link.origin + link.pathname).to.equal('https://hall.example.cn/ticket');
    expect(link.searchParams.get('id')).to.equal('3f1c2a4e-0000-4000-8000-000000000013');
    expect(link.searchParams.get('secret')).to.equal('Zk3pQ9xY2mLw8vB1nR5tCa');
  });

  it('appointment check-in: the code on the keypad, and the hall refusing it said in words', async () => {
    const { el, source } = await ticketScreen({ takes: [unknownAppointment(), 'ok'] });
    tile(el, 'booked').click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('appointment-title');
    $(el, 'zw-keypad')!.focus();
    await sendKeys({ type: '20261122' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!$(el, '.field-error'), 'the refusal');
    expect(text($(el, '.field-error'))).to.equal('没有找到这个预约码，请核对后重新输入');
    expect(source.taken[0].request).to.deep.equal({ category: 'booked', appointmentCode: '20261122' });
    expect($(el, '.failure'), 'not a failure box').to.equal(null);
    await sendKeys({ press: 'Enter' });
    await receiptShown(el);
    expect(text($(el, '#ticket-number'))).to.equal('Y014');
  });

  it('stays live: queue-changed updates a tile, window-changed asks for the queue again', async () => {
    const { el, source } = await ticketScreen();
    source.emit({ type: 'queue-changed', category: 'general', waiting: 15, estimatedWait: { min: 20, max: 35 } });
    await el.updateComplete;
    expect(text(tile(el, 'general')))
      .to.contain('15 人等候')
      .and.contain('约 20–35 分钟');
    const queue = source.queue;
    source.queue = () =>
      queue(new AbortController().signal).then((state) => ({
        ...state,
        categories: state.categories.map((each) => (each.code === 'exit' ? { ...each, open: true, closedReason: undefined } : each)),
      }));
    source.emit({ type: 'window-changed', window: 'W5', state: { id: 'W5', paused: false } });
    await waitFor(() => !!el.shadowRoot!.querySelector('button.tile[data-code="exit"]'), 'the category opened');
  });

  it('moved on the page, it loads and follows again', async () => {
    const { el, source } = await ticketScreen();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    source.emit({ type: 'queue-changed', category: 'social', waiting: 7 });
    await waitFor(() => text(tile(el, 'social')).includes('7 人等候'), 'the live count');
  });

  it('a lost stream is said, and the tiles stay', async () => {
    const { el } = await ticketScreen({ stream: 'reconnecting' });
    await el.updateComplete;
    expect(text($(el, '.stale'))).to.contain('连接已断开');
    expect(tile(el, 'general')).to.exist;
  });

  it('prints on 58 mm paper: the page rule, the printed width, then the receipt leaves after printing', async () => {
    const { el } = await ticketScreen({}, { print: 'button', paper: '58mm' });
    tile(el, 'general').click();
    await receiptShown(el);
    await settle(el);
    expect(printPageRule())
      .to.match(/size: 58mm \d+mm/)
      .and.match(/margin: 2mm 5mm/);
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      const sent = oneEvent(el, 'zw-queue-ticket-printed');
      const done = oneEvent(el, 'zw-queue-ticket-done');
      $(el, 'zw-button.print')!.click();
      expect((await sent).detail).to.deep.equal({ number: 'A013', paper: '58mm' });
      expect((await done).detail.reason).to.equal('printed');
      expect(printed).to.equal(1);
      await el.updateComplete;
      expect($(el, '#ticket-number'), 'nothing left on screen').to.equal(null);
      expect(printPageRule()).to.equal('');
    } finally {
      window.print = original;
    }
  });

  for (const [paper, width] of [
    ['58mm', 48],
    ['80mm', 72],
  ] as const) {
    it(`the printed card is ${width} mm wide on ${paper} paper, and only it prints`, async () => {
      const { el } = await ticketScreen({}, { print: 'button', paper });
      tile(el, 'general').click();
      await receiptShown(el);
      await emulateMedia({ media: 'print' });
      try {
        const card = $(el, '.print-copy .paper')!;
        expect(card.getBoundingClientRect().width / MM).to.be.closeTo(width, 0.5);
        expect(getComputedStyle($(el, '.screen-card')!).display).to.equal('none');
        expect(getComputedStyle($(el, '.toolbar')!).display).to.equal('none');
        expect(getComputedStyle($(el, '.print-copy')!).visibility).to.equal('visible');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  }

  it('print="auto" prints on take', async () => {
    const original = window.print;
    let printed = 0;
    window.print = () => void (printed += 1);
    try {
      const { el } = await ticketScreen({}, { print: 'auto' });
      const sent = oneEvent(el, 'zw-queue-ticket-printed');
      tile(el, 'general').click();
      await sent;
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('the receipt leaves the screen after its timeout, and on 完成', async () => {
    const { el } = await ticketScreen({}, { timeout: '1' });
    tile(el, 'general').click();
    await receiptShown(el);
    const { detail } = await oneEvent(el, 'zw-queue-ticket-done');
    expect(detail).to.deep.equal({ number: 'A013', reason: 'timeout' });
    await el.updateComplete;
    expect($(el, '#ticket-number')).to.equal(null);
    expect(el.receipt).to.equal(undefined);
    tile(el, 'social').click();
    await receiptShown(el);
    const done = oneEvent(el, 'zw-queue-ticket-done');
    $(el, 'zw-button.done')!.click();
    expect((await done).detail.reason).to.equal('done');
    await el.updateComplete;
    // A shared kiosk: neither the secret nor the short code stays in the page.
    expect(el.shadowRoot!.innerHTML).not.to.contain('Zk3pQ9xY2mLw8vB1nR5tCa').and.not.to.contain('482915');
  });

  it('the printed page is one receipt as long as the ticket, QR code included', async () => {
    const { el } = await ticketScreen({}, { print: 'button' });
    tile(el, 'general').click();
    await receiptShown(el);
    const qr = el.shadowRoot!.querySelector<HTMLElement & { status: string }>('.print-copy zw-qr-code')!;
    await waitFor(() => qr.status === 'ready', 'the printed QR code');
    await el.updateComplete;
    const length = Number(/size: 80mm (\d+)mm/.exec(printPageRule())?.[1]);
    const card = $(el, '.print-copy .paper')!.getBoundingClientRect().height / MM;
    expect(card).to.be.greaterThan(60);
    // Room for the card and the 2 mm margins at the top and bottom.
    expect(length).to.be.at.least(card + 4);
    expect(length).to.be.below(card + 20);
  });

  it('elder mode: tiles are large targets with large text', async () => {
    const source = fakeTicketSource();
    const wrapper = await fixture<HTMLElement>(
      html`<zw-provider mode="elder"><zw-queue-ticket .client=${source} print="off"></zw-queue-ticket></zw-provider>`,
    );
    const el = wrapper.querySelector<ZwQueueTicket>('zw-queue-ticket')!;
    await waitFor(() => !!el.shadowRoot!.querySelector('.tile'), 'the categories');
    await settle(wrapper);
    const box = tile(el, 'general').getBoundingClientRect();
    expect(box.height).to.be.at.least(60);
    expect(box.width).to.be.at.least(60);
    // 18 pt = 24 px at least, for the text on a tile.
    expect(parseFloat(getComputedStyle($(el, '.tile .waiting')!).fontSize)).to.be.at.least(24);
  });

  it('bad attributes fail loudly, naming the attribute', async () => {
    for (const [name, value] of [
      ['paper', 'A4'],
      ['print', 'sometimes'],
      ['ticket-url', 'javascript:alert(1)'],
      ['receipt-timeout', 'soon'],
    ]) {
      const el = await fixture<ZwQueueTicket>(html`<zw-queue-ticket .client=${fakeTicketSource()}></zw-queue-ticket>`);
      el.setAttribute(name, value);
      await el.updateComplete;
      expect(text($(el, '[part="config-error"]')), name).to.contain(name);
    }
  });

  it('the hall out of reach is the translated error with a retry', async () => {
    const { el } = await ticketScreen({ hall: offline() });
    expect($(el, '.failure.offline')).to.exist;
    expect($(el, '.failure .retry')).to.exist;
    expect(sampleQueue.categories.length).to.be.greaterThan(0);
  });
});
