import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { HallClient, Outbox, ZwServerError, getPendingRatingRequest, type ConnectionState } from '@zhengwu/core';
import type { ZwTimeoutDialog } from '@zhengwu/ui/timeout-dialog/zw-timeout-dialog';
import type { Hall, RatingSubmission, RatingTarget } from '@zhengwu/core/contract';
import '@zhengwu/core/provider/zw-provider.define';
import '../zw-rating-pad.define.js';
import type { ZwRatingPad } from '../zw-rating-pad.js';
import type { ZwRating } from '../../rating/zw-rating.js';
import type { ZwPadIdleEvent, ZwPadRequestEvent } from '../zw-rating-pad-events.js';
import { closeRatingOutbox, ratingOutbox } from '../../outbox/rating-outbox.js';
import * as stories from '../stories/zw-rating-pad.stories.js';
import { PAD_HALL } from '../stories/zw-rating-pad.stories.js';
import { deepText, describeStoryMatrix, renderStory, settle, storiesOf } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px, textElements } from '@zhengwu/test-helpers/a11y';
import { hallServer, padToken, rejection } from '@zhengwu/test-helpers/hall-server';
import { deleteDatabase } from '@zhengwu/test-helpers/idb';
import { eventWithin } from '@zhengwu/test-helpers/events';
import { fakePadSource } from '../stories/fake-pad-source.js';

// ---------- helpers ----------

/** The window the live tests rate at, and another one that must never wake the pad. */
const PAD_WINDOW = '6';
const OTHER_WINDOW = '7';
const LEVEL_WORDS = /满意|滿意|satisf/i;

/** The rating token `complete` gave for each transaction (as the hall's systems get it). */
const tokens = new Map<string, string>();

let counter = 0;
const freshName = () => `zw-rating-pad-test-${Date.now()}-${(counter += 1)}`;
const opened: { name: string; apiBase?: string; outbox: Outbox }[] = [];

afterEach(async () => {
  sinon.restore();
  fixtureCleanup();
  for (const { name, apiBase, outbox } of opened.splice(0)) {
    if (apiBase) await closeRatingOutbox(apiBase, { name });
    else await outbox.close();
    await deleteDatabase(name);
  }
});

/** The real rating outbox for the real server, on a database of this test's own. */
function serverOutbox(apiBase: string): Outbox {
  const name = freshName();
  const outbox = ratingOutbox(apiBase, { name, minBackoffMs: 50, maxBackoffMs: 500, intervalMs: 60_000 });
  opened.push({ name, apiBase, outbox });
  return outbox;
}

/** An outbox whose every send is refused as already rated (the 409 of 一次一评). */
function refusingOutbox(): Outbox {
  const name = freshName();
  const outbox = new Outbox({ name, minBackoffMs: 20, maxBackoffMs: 100, intervalMs: 60_000 });
  outbox.register<RatingSubmission>('rating', async () => {
    throw new ZwServerError(409, 'already_rated', 'already rated');
  });
  outbox.start();
  opened.push({ name, outbox });
  return outbox;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const text = (element: Element | null) => (element ? deepText(element).replace(/\s+/g, ' ').trim() : '');
const widget = (pad: ZwRatingPad) => $<ZwRating>(pad, 'zw-rating');
const radios = (rating: ZwRating) => [...rating.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="level"]')];

interface Live {
  apiBase: string;
  visitor: HallClient;
  staff: HallClient;
  hall: Hall;
}

async function live(): Promise<Live> {
  const { url, staffToken } = await hallServer();
  const apiBase = `${url}/api`;
  const visitor = new HallClient({ baseUrl: apiBase });
  const staff = new HallClient({ baseUrl: apiBase, staffToken });
  const hall = await visitor.hall();
  // A request an earlier test left unrated would greet the next pad: the clerk moves on.
  if (await getPendingRatingRequest({ baseUrl: apiBase }, PAD_WINDOW, await padToken(PAD_WINDOW))) {
    const window = hall.windows.find((candidate) => candidate.id === PAD_WINDOW)!;
    await visitor.takeTicket({ category: window.categories[0] });
    await staff.callNext(PAD_WINDOW);
  }
  return { apiBase, visitor, staff, hall };
}

/** A visitor takes a ticket for the window, the clerk calls it and completes: the rating target. */
async function finishAt({ visitor, staff, hall }: Live, windowId: string): Promise<RatingTarget> {
  const window = hall.windows.find((candidate) => candidate.id === windowId)!;
  const ticket = await visitor.takeTicket({ category: window.categories[0] });
  let called = await staff.callNext(window.id);
  for (let i = 0; called.ticket && called.ticket.id !== ticket.id && i < 100; i += 1) {
    called = await staff.callNext(window.id);
  }
  expect(called.ticket?.id, 'our ticket was called').to.equal(ticket.id);
  const done = await staff.complete(window.id, {});
  expect(done.rating, 'complete records what to rate').to.exist;
  tokens.set(done.rating!.transactionId, done.ratingToken!);
  return done.rating!;
}

/** A rating of `target` sent straight to the server, with the transaction's own token. */
function rateDirectly(
  visitor: HallClient,
  target: RatingTarget,
  level: 'basic' | 'satisfied' | 'very-satisfied',
  channel: 'qr-code' | 'window-pad',
  key: string,
) {
  return visitor.submitRating(
    { transactionId: target.transactionId, token: tokens.get(target.transactionId)!, level, channel, reasons: [] },
    key,
  );
}

function todayInBeijing(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

async function windowTotal(visitor: HallClient, windowId: string): Promise<number> {
  const day = todayInBeijing();
  return (await visitor.ratingStats({ from: day, to: day, window: windowId })).total;
}

type PadAttributes = { thanks?: string; timeout?: string; outbox?: Outbox };

/** A pad on the real server at `PAD_WINDOW`, not yet waited for. */
async function padAt(server: Live, attributes: PadAttributes = {}) {
  const outbox = attributes.outbox ?? serverOutbox(server.apiBase);
  return fixture<ZwRatingPad>(
    html`<zw-rating-pad
      api-base=${server.apiBase}
      window-id=${PAD_WINDOW}
      pad-token=${await padToken(PAD_WINDOW)}
      thanks-seconds=${attributes.thanks ?? '8'}
      rating-timeout=${attributes.timeout ?? '120'}
      qr-base="https://hall.example.gov.cn/rate"
      .outbox=${outbox}
    ></zw-rating-pad>`,
  );
}

/** A pad on the real server at `PAD_WINDOW`, idle with its staff card and its event stream open. */
async function livePad(server: Live, attributes: PadAttributes = {}) {
  const pad = await padAt(server, attributes);
  await waitUntil(() => pad.connectionState === 'open', 'the event stream did not open', { timeout: 10_000 });
  await waitUntil(() => $(pad, '.card .name'), 'the staff card did not load', { timeout: 10_000 });
  await pad.updateComplete;
  return pad;
}

async function requested(pad: ZwRatingPad, complete: () => Promise<RatingTarget>) {
  const request = eventWithin<ZwPadRequestEvent>(pad, 'zw-pad-request', 10_000);
  const target = await complete();
  const event = await request;
  await pad.updateComplete;
  await settle(pad);
  return { target, event };
}

/** A fake hall that connects and never asks for a rating. */
const quietHall = () => fakePadSource({ hall: PAD_HALL });

// ---------- tests ----------

describe('zw-rating-pad', () => {
  it('is accessible', async () => {
    for (const { name, render } of storiesOf(stories)) {
      const el = (await renderStory(render())).querySelector('zw-rating-pad')!;
      await expect(el, name).to.be.accessible();
      fixtureCleanup();
    }
  });

  it('stories reach their states through a fake hall, a fake outbox and a clock, not pretend attributes', async () => {
    const expected: Record<string, (pad: ZwRatingPad) => unknown> = {
      IdleWithStaffCard: (pad) => pad.phase === 'idle' && pad.connectionState === 'open' && $(pad, 'img.photo'),
      IdleWithoutPhoto: (pad) => pad.phase === 'idle' && $(pad, '.photo.placeholder'),
      RatingRequested: (pad) => pad.phase === 'rating' && widget(pad) && $(pad, '[part="qr"]'),
      WalkAwayWarning: (pad) => $<ZwTimeoutDialog>(pad, 'zw-timeout-dialog')?.remaining === 25,
      Thanks: (pad) => pad.phase === 'thanks' && $(pad, '[part="thanks"]'),
      Offline: (pad) => pad.offline && $(pad, '[part="offline"]'),
      RatingRefused: (pad) => pad.phase === 'error' && widget(pad)?.problem?.kind === 'already-rated',
      Unauthorized: (pad) => $(pad, '[part="unauthorized"]') && pad.connectionState === 'closed',
      MissingPadToken: (pad) => text($(pad, '[part="config-error"]')).includes('pad-token'),
      MissingWindowId: (pad) => text($(pad, '[part="config-error"]')).includes('window-id'),
    };
    const all = storiesOf(stories);
    expect(all.map(({ name }) => name)).to.have.members(Object.keys(expected));
    for (const { name, render } of all) {
      const pad = (await renderStory(render())).querySelector('zw-rating-pad')!;
      expect(expected[name](pad), name).to.be.ok;
      fixtureCleanup();
    }
  });

  describeStoryMatrix(stories);

  describe('configuration', () => {
    it('names window-id when there is none, in a translated error, never a blank pad', async () => {
      const el = await fixture<ZwRatingPad>(html`<zw-rating-pad .hall=${PAD_HALL}></zw-rating-pad>`);
      await el.updateComplete;
      const error = $(el, '[part="config-error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('window-id').and.contain('组件配置有误');
      expect(el.connectionState, 'no stream without a window').to.equal('closed');
      el.lang = 'en';
      await el.updateComplete;
      expect(text($(el, '[part="config-error"]')))
        .to.contain('window-id')
        .and.not.contain('组件配置有误');
    });

    it('takes the window from <zw-provider window-id>', async () => {
      const provider = await fixture(
        html`<zw-provider window-id="4"
          ><zw-rating-pad pad-token="test" .hall=${PAD_HALL} .client=${quietHall()}></zw-rating-pad
        ></zw-provider>`,
      );
      const el = provider.querySelector('zw-rating-pad')!;
      await settle(provider);
      expect($(el, '[part="config-error"]')).to.equal(null);
      expect(text($(el, '.card .name'))).to.equal('张伟');
    });

    for (const [attribute, value] of [
      ['rating-timeout', '19'],
      ['rating-timeout', 'soon'],
      ['rating-warning', '19'],
      ['rating-warning', 'later'],
      ['thanks-seconds', '0'],
      ['qr-base', 'javascript:alert(1)'],
      ['window-id', '99'],
    ]) {
      it(`shows a config error naming ${attribute} for "${value}"`, async () => {
        const el = await fixture<ZwRatingPad>(
          html`<zw-rating-pad window-id="3" pad-token="test" .client=${quietHall()} .hall=${PAD_HALL}></zw-rating-pad>`,
        );
        const reported = oneEvent(el, 'zw-config-error');
        el.setAttribute(attribute, value);
        expect((await reported).detail.error.attribute).to.equal(attribute);
        await el.updateComplete;
        expect(text($(el, '[part="config-error"]'))).to.contain(attribute);
      });
    }

    it('names pad-token when a live pad has none (no stream without the device credential)', async () => {
      const el = await fixture<ZwRatingPad>(html`<zw-rating-pad window-id="3" .hall=${PAD_HALL}></zw-rating-pad>`);
      await el.updateComplete;
      expect(text($(el, '[part="config-error"]'))).to.contain('pad-token');
      expect(el.connectionState).to.equal('closed');
    });

    it('accepts a rating-timeout of 20 seconds', async () => {
      const el = await fixture<ZwRatingPad>(
        html`<zw-rating-pad window-id="3" pad-token="test" .client=${quietHall()} rating-timeout="20" .hall=${PAD_HALL}></zw-rating-pad>`,
      );
      expect($(el, '[part="config-error"]')).to.equal(null);
    });
  });

  describe('idle', () => {
    it('shows the staff card: photo, name, 工号, window, department, and a welcome (no rating prompt)', async () => {
      const el = await fixture<ZwRatingPad>(
        html`<zw-rating-pad window-id="3" pad-token="test" .client=${quietHall()} .hall=${PAD_HALL}></zw-rating-pad>`,
      );
      const card = $(el, '[part="staff-card"]')!;
      const photo = card.querySelector<HTMLImageElement>('img.photo')!;
      expect(photo.getAttribute('src')).to.equal(PAD_HALL.windows[0].staff!.photoUrl);
      expect(photo.alt).to.equal('李静的照片');
      expect(text(card.querySelector('.name'))).to.equal('李静');
      expect(text(card.querySelector('.number'))).to.equal('工号：ZWZX1003');
      expect(text(card.querySelector('.window-name'))).to.equal('3号窗口');
      expect(text(card.querySelector('.department'))).to.equal('市公安局出入境管理支队');
      expect(text($(el, '.welcome'))).to.equal('欢迎办理业务');
      expect(text(el.shadowRoot!.firstElementChild)).not.to.contain('请对本次服务进行评价');
      expect(widget(el), 'no rating while idle').to.equal(null);
      el.lang = 'zh-TW';
      await el.updateComplete;
      expect(text($(el, '.welcome'))).to.equal('歡迎辦理業務');
      el.lang = 'en';
      await el.updateComplete;
      expect(text($(el, '.number'))).to.equal('Staff no. ZWZX1003');
      expect(photo.alt).to.equal('Photo of 李静');
    });

    it('shows a neutral placeholder with the first character of the name when there is no photo', async () => {
      const el = await fixture<ZwRatingPad>(
        html`<zw-rating-pad window-id="4" pad-token="test" .client=${quietHall()} .hall=${PAD_HALL}></zw-rating-pad>`,
      );
      expect($(el, 'img')).to.equal(null);
      const placeholder = $(el, '.photo.placeholder')!;
      expect(placeholder.textContent!.trim()).to.equal('张');
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(placeholder.getBoundingClientRect().height).to.be.greaterThan(40);
    });

    it('loads the hall from the real server and shows that window’s staff', async function test() {
      this.timeout(20_000);
      const server = await live();
      const pad = await livePad(server);
      const window = server.hall.windows.find((candidate) => candidate.id === PAD_WINDOW)!;
      expect(text($(pad, '.card .name'))).to.equal(window.staff!.name);
      expect(text($(pad, '.card .window-name'))).to.equal(window.name);
      expect(pad.phase).to.equal('idle');
      expect($(pad, '[part="offline"]'), 'no badge while connected').to.equal(null);
    });
  });

  describe('against the real hall server', () => {
    it('full cycle: request → rate 满意 by keyboard → thanks (no level shown) → idle; rated exactly once', async function test() {
      this.timeout(40_000);
      const server = await live();
      const before = await windowTotal(server.visitor, PAD_WINDOW);
      const pad = await livePad(server, { thanks: '2' });
      const { target, event } = await requested(pad, () => finishAt(server, PAD_WINDOW));

      // exactly that transaction
      expect(event.detail.target.transactionId).to.equal(target.transactionId);
      expect(pad.phase).to.equal('rating');
      expect(pad.target?.transactionId).to.equal(target.transactionId);
      const rating = widget(pad)!;
      expect(rating.transactionId).to.equal(target.transactionId);
      expect(rating.channel).to.equal('window-pad');
      expect(rating.target).to.deep.equal(target);
      expect(rating.token, 'the signed token from the pad stream').to.equal(tokens.get(target.transactionId));
      expect(text($(pad, '.prompt'))).to.equal('请对本次服务进行评价');
      const qr = $(pad, 'zw-qr-code')!;
      // the phone gets the signed, expiring token, never a bare transaction id
      expect(qr.getAttribute('value')).to.equal(
        `https://hall.example.gov.cn/rate?token=${encodeURIComponent(tokens.get(target.transactionId)!)}`,
      );
      expect(qr.getAttribute('label')).to.equal('用手机扫码评价');
      expect(text($(pad, '.qr-label'))).to.equal('用手机扫码评价');
      await waitUntil(() => radios(rating).length === 5, 'the levels did not show');
      expect(
        radios(rating).some((radio) => radio.checked),
        'nothing preselected',
      ).to.equal(false);

      // keyboard only: the prompt has focus; Tab into the levels, → to 满意, Tab to submit, Enter
      expect(pad.shadowRoot!.activeElement, 'focus on the prompt').to.equal($(pad, '.prompt'));
      await sendKeys({ press: 'Tab' });
      expect(rating.shadowRoot!.activeElement).to.equal(radios(rating)[0]);
      await sendKeys({ press: 'ArrowRight' });
      await rating.updateComplete;
      expect(rating.level).to.equal('satisfied');
      await sendKeys({ press: 'Tab' });
      const thanked = eventWithin<Event>(pad, 'zw-pad-idle', 20_000);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => pad.phase === 'thanks', 'no thank-you screen', { timeout: 10_000 });
      const thanksAt = Date.now();
      await pad.updateComplete;

      // the thank-you screen never says which level was chosen
      const thanks = $(pad, '[part="thanks"]')!;
      expect(text(thanks)).to.contain('感谢您的评价');
      expect(text(pad.shadowRoot!.firstElementChild)).not.to.match(LEVEL_WORDS);
      expect(widget(pad), 'the widget is gone').to.equal(null);
      expect(pad.shadowRoot!.querySelectorAll('input').length).to.equal(0);
      expect(thanks.getAttribute('role')).to.equal('status');

      // back to idle after thanks-seconds
      const idle = (await thanked) as ZwPadIdleEvent;
      expect(idle.detail.reason).to.equal('rated');
      expect(Date.now() - thanksAt, 'stayed for thanks-seconds').to.be.at.least(1500);
      await pad.updateComplete;
      expect(pad.phase).to.equal('idle');
      expect($(pad, '.card .name')).to.exist;
      expect(text(pad.shadowRoot!.firstElementChild)).not.to.contain('请对本次服务进行评价');

      // the server has exactly one rating, 满意, for that transaction
      await waitUntil(async () => (await windowTotal(server.visitor, PAD_WINDOW)) === before + 1, 'not counted', {
        timeout: 10_000,
      });
      const refused = (await rejection(
        rateDirectly(server.visitor, target, 'basic', 'qr-code', `second-${target.transactionId}`),
      )) as ZwServerError;
      expect(refused).to.be.instanceOf(ZwServerError);
      expect(refused.status).to.equal(409);
      const same = await rateDirectly(server.visitor, target, 'satisfied', 'window-pad', `same-${target.transactionId}`);
      expect(same.level, 'the stored rating is 满意').to.equal('satisfied');
      expect(await windowTotal(server.visitor, PAD_WINDOW)).to.equal(before + 1);
    });

    it('is not woken by a complete at another window; a newer request replaces an unrated one', async function test() {
      this.timeout(40_000);
      const server = await live();
      const before = await windowTotal(server.visitor, PAD_WINDOW);
      const pad = await livePad(server, { thanks: '1' });
      const seen: string[] = [];
      pad.addEventListener('zw-pad-request', (event) => seen.push(event.detail.target.transactionId));

      const elsewhere = await finishAt(server, OTHER_WINDOW);
      // Events reach the pad in order: had the other window's come through, it would be first.
      const { target: first } = await requested(pad, () => finishAt(server, PAD_WINDOW));
      expect(seen).to.deep.equal([first.transactionId]);
      expect(seen).not.to.include(elsewhere.transactionId);
      expect(pad.target?.windowId).to.equal(PAD_WINDOW);

      // The visitor chose but did not submit, then left; the clerk finishes with the next one.
      await waitUntil(() => radios(widget(pad)!).length === 5);
      radios(widget(pad)!)[0].click();
      const { target: second } = await requested(pad, () => finishAt(server, PAD_WINDOW));
      expect(seen).to.deep.equal([first.transactionId, second.transactionId]);
      expect(pad.target?.transactionId).to.equal(second.transactionId);
      const rating = widget(pad)!;
      expect(rating.transactionId).to.equal(second.transactionId);
      await waitUntil(() => radios(rating).length === 5);
      expect(rating.level, 'a fresh form for the new visitor').to.equal(null);
      expect($(pad, 'zw-qr-code')!.getAttribute('value')).to.contain(encodeURIComponent(tokens.get(second.transactionId)!));

      // rated by pointer this time
      radios(rating)[1].click();
      await rating.updateComplete;
      const thanked = eventWithin(pad, 'zw-pad-idle', 15_000);
      rating.shadowRoot!.querySelector('zw-button[part="submit"]')!.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => pad.phase === 'thanks', 'no thank-you screen', { timeout: 10_000 });
      await waitUntil(async () => (await windowTotal(server.visitor, PAD_WINDOW)) === before + 1, 'not counted', {
        timeout: 10_000,
      });
      // the first transaction, left unrated, has no rating: the server takes one for it now
      const late = await rateDirectly(server.visitor, first, 'basic', 'qr-code', `late-${first.transactionId}`);
      expect(late.target.transactionId).to.equal(first.transactionId);
      expect(((await thanked) as ZwPadIdleEvent).detail.reason).to.equal('rated');
    });

    it('walk-away: a translated warning counts down and the visitor extends it by key or touch; when it runs out → idle, nothing recorded', async function test() {
      this.timeout(40_000);
      const server = await live();
      const before = await windowTotal(server.visitor, PAD_WINDOW);
      const pad = await livePad(server, { timeout: '20' });
      const extended: Event[] = [];
      pad.addEventListener('zw-timeout-extend', (event) => extended.push(event));
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      let target: RatingTarget;
      const idle = oneEvent(pad, 'zw-pad-idle');
      const dialog = () => $<ZwTimeoutDialog>(pad, 'zw-timeout-dialog');
      const shown = () => dialog()!.shadowRoot!.querySelector('dialog')!;
      const extendButton = () => dialog()!.shadowRoot!.querySelector('zw-button[part="extend"]')!;
      const tick = async (ms: number) => {
        clock.tick(ms);
        await pad.updateComplete;
        await dialog()?.updateComplete;
      };
      try {
        const request = oneEvent(pad, 'zw-pad-request');
        target = await finishAt(server, PAD_WINDOW);
        await request;
        await pad.updateComplete;
        const rating = widget(pad)!;
        await rating.updateComplete;
        await waitUntil(() => radios(rating).length === 5);
        // chosen by keyboard, never submitted; the key presses count as activity
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'ArrowRight' });
        expect(rating.level).to.equal('satisfied');
        await tick(19_000);
        expect(shown().open, 'no warning before rating-timeout').to.equal(false);
        await tick(1_500);

        // the warning: modal, translated, a countdown of at least 20 s, focus on "continue"
        expect(shown().open, 'the warning opened').to.equal(true);
        expect(shown().matches(':modal')).to.equal(true);
        const message = text(shown());
        expect(message).to.contain('您还在使用吗').and.contain('继续使用');
        const seconds = Number(/(\d+)\s*秒/.exec(message)?.[1]);
        expect(seconds, message).to.be.at.least(20);
        expect(dialog()!.shadowRoot!.activeElement).to.equal(extendButton());
        expect(pad.phase).to.equal('rating');

        // a key press on "continue" keeps the visitor's choice
        await sendKeys({ press: 'Enter' });
        await tick(0);
        expect(shown().open, 'extended by keyboard').to.equal(false);
        expect(extended.length).to.equal(1);
        expect(pad.phase).to.equal('rating');
        expect(rating.level).to.equal('satisfied');

        // then a touch (a real mouse click) on "continue"
        await tick(20_500);
        expect(shown().open).to.equal(true);
        const box = extendButton().getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await tick(0);
        expect(shown().open, 'extended by pointer').to.equal(false);
        expect(extended.length).to.equal(2);

        // nobody answers: at the end of the count the request ends
        await tick(20_500);
        expect(shown().open).to.equal(true);
        pad.lang = 'en';
        await tick(0);
        expect(text(shown())).to.contain('Are you still there?');
        await tick(28_000);
        expect(pad.phase, 'still asking in the last seconds').to.equal('rating');
        await tick(2_500);
        expect(pad.phase).to.equal('idle');
      } finally {
        clock.restore();
        await resetMouse();
        pad.lang = '';
      }
      expect(((await idle) as ZwPadIdleEvent).detail.reason).to.equal('walked-away');
      await pad.updateComplete;
      expect(widget(pad)).to.equal(null);
      expect(dialog(), 'no warning left behind').to.equal(null);
      expect($(pad, '.card .name')).to.exist;
      // nothing was recorded for that transaction: its token still rates it
      expect(await windowTotal(server.visitor, PAD_WINDOW)).to.equal(before);
      const later = await rateDirectly(server.visitor, target!, 'basic', 'qr-code', `after-walk-away-${target!.transactionId}`);
      expect(later.level, 'the transaction was still unrated').to.equal('basic');
    });

    it('a pad opened after the clerk completed shows that request (read when it connects)', async function test() {
      this.timeout(30_000);
      const server = await live();
      const before = await windowTotal(server.visitor, PAD_WINDOW);
      const target = await finishAt(server, PAD_WINDOW);
      const request = new Promise<ZwPadRequestEvent>((resolve) => {
        document.addEventListener('zw-pad-request', (event) => resolve(event), { once: true });
      });
      const pad = await padAt(server, { thanks: '1' });
      expect((await request).detail.target.transactionId).to.equal(target.transactionId);
      await pad.updateComplete;
      const rating = widget(pad)!;
      expect(pad.phase).to.equal('rating');
      expect(rating.transactionId).to.equal(target.transactionId);
      expect(rating.token).to.equal(tokens.get(target.transactionId));
      await waitUntil(() => radios(rating).length === 5);
      radios(rating)[0].click();
      await rating.updateComplete;
      rating.shadowRoot!.querySelector('zw-button[part="submit"]')!.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => pad.phase === 'thanks', 'no thank-you screen', { timeout: 10_000 });
      await waitUntil(async () => (await windowTotal(server.visitor, PAD_WINDOW)) === before + 1, 'not counted', {
        timeout: 10_000,
      });
      // rated: a pad that connects now has nothing to ask
      fixtureCleanup();
      const again = await livePad(server);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(again.phase).to.equal('idle');
    });

    it('reads the pending request again on every reconnect, but never shows one that ended on this pad', async function test() {
      this.timeout(90_000);
      const server = await live();
      const fetches = sinon.spy(window, 'fetch');
      const pendingReads = () =>
        fetches.getCalls().filter((call) => String(call.args[0]).endsWith(`/windows/${PAD_WINDOW}/rating-request`)).length;
      const pad = await livePad(server, { timeout: '20' });
      await waitUntil(() => pendingReads() === 1, 'no read on connect');

      // a request the visitor walks away from (its warning runs out)
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      let target: RatingTarget;
      try {
        const request = oneEvent(pad, 'zw-pad-request');
        target = await finishAt(server, PAD_WINDOW);
        await request;
        await pad.updateComplete;
        clock.tick(20_500);
        await pad.updateComplete;
        clock.tick(30_500);
        await pad.updateComplete;
      } finally {
        clock.restore();
      }
      expect(pad.phase).to.equal('idle');
      const stillPending = await getPendingRatingRequest({ baseUrl: server.apiBase }, PAD_WINDOW, await padToken(PAD_WINDOW));
      expect(stillPending?.target.transactionId, 'the server still offers it').to.equal(target!.transactionId);

      await hallServer('restart');
      await waitUntil(() => pad.connectionState === 'open' && pendingReads() >= 2, `no read on reconnect (${pendingReads()})`, {
        timeout: 45_000,
        interval: 200,
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(pad.phase, 'not shown again').to.equal('idle');
    });

    it('shows a translated alert, and stops, when the hall refuses the pad token', async function test() {
      this.timeout(20_000);
      const server = await live();
      const pad = await fixture<ZwRatingPad>(
        html`<zw-rating-pad api-base=${server.apiBase} window-id=${PAD_WINDOW} pad-token=${await padToken(OTHER_WINDOW)}></zw-rating-pad>`,
      );
      await waitUntil(() => $(pad, '[part="unauthorized"]'), 'no alert', { timeout: 10_000 });
      const alert = $(pad, '[part="unauthorized"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('未获授权').and.contain('unauthorized');
      expect(pad.connectionState).to.equal('closed');
      await expect(pad).to.be.accessible();
    });

    it('ends the request when the visitor rated on the phone (QR code)', async function test() {
      this.timeout(30_000);
      const server = await live();
      const pad = await livePad(server, { thanks: '1' });
      const { target } = await requested(pad, () => finishAt(server, PAD_WINDOW));
      const idle = eventWithin<ZwPadIdleEvent>(pad, 'zw-pad-idle', 15_000);
      await rateDirectly(server.visitor, target, 'very-satisfied', 'qr-code', `phone-${target.transactionId}`);
      await waitUntil(() => pad.phase === 'thanks', 'the pad still asks', { timeout: 10_000 });
      expect(text(pad.shadowRoot!.firstElementChild)).not.to.match(LEVEL_WORDS);
      expect((await idle).detail.reason).to.equal('rated');
    });

    it('shows the widget’s error when the rating is refused, then goes idle (reason error)', async function test() {
      this.timeout(30_000);
      const server = await live();
      const pad = await livePad(server, { thanks: '1', outbox: refusingOutbox() });
      await requested(pad, () => finishAt(server, PAD_WINDOW));
      const rating = widget(pad)!;
      await waitUntil(() => radios(rating).length === 5);
      radios(rating)[2].click();
      await rating.updateComplete;
      const idle = eventWithin<ZwPadIdleEvent>(pad, 'zw-pad-idle', 15_000);
      rating.shadowRoot!.querySelector('zw-button[part="submit"]')!.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => pad.phase === 'error', 'no error shown', { timeout: 10_000 });
      await pad.updateComplete;
      expect(widget(pad), 'the widget stays to say why').to.equal(rating);
      expect(text(rating.shadowRoot!.querySelector('.problem'))).to.contain('本次业务已经评价过了');
      expect((await idle).detail.reason).to.equal('error');
      await pad.updateComplete;
      expect(widget(pad)).to.equal(null);
    });

    it('shows the offline badge while the server is down, reconnects and still receives a new request', async function test() {
      this.timeout(90_000);
      const server = await live();
      const pad = await livePad(server);
      await hallServer('stop');
      try {
        await waitUntil(() => pad.connectionState === 'reconnecting', 'the stream did not notice', { timeout: 15_000 });
        await pad.updateComplete;
        const badge = $(pad, '[part="offline"]')!;
        expect(badge, 'a visible badge').to.exist;
        expect(badge.getBoundingClientRect().height).to.be.greaterThan(20);
        expect(text(badge)).to.contain('网络连接中断');
        expect(badge.closest('[role="status"]'), 'announced').to.exist;
        expect(pad.offline).to.equal(true);
        expect($(pad, '.card .name'), 'the pad keeps working').to.exist;
        pad.lang = 'en';
        await pad.updateComplete;
        expect(text($(pad, '[part="offline"]'))).to.contain('Connection lost');
        pad.lang = '';
      } finally {
        await hallServer('start');
      }
      await waitUntil(() => (pad.connectionState as ConnectionState) === 'open', 'did not reconnect', {
        timeout: 45_000,
        interval: 200,
      });
      await pad.updateComplete;
      expect($(pad, '[part="offline"]'), 'badge gone').to.equal(null);
      const { target, event } = await requested(pad, () => finishAt(server, PAD_WINDOW));
      expect(event.detail.target.transactionId).to.equal(target.transactionId);
      expect(widget(pad)!.transactionId).to.equal(target.transactionId);
    });
  });

  describe('thanks', () => {
    it('never reveals a level, in any locale', async () => {
      const thanks = storiesOf(stories).find(({ name }) => name === 'Thanks')!;
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
        const provider = await renderStory(thanks.render(), locale);
        const pad = provider.querySelector('zw-rating-pad')!;
        expect(text($(pad, '[part="thanks"]')), locale).not.to.equal('');
        expect(text(pad.shadowRoot!.firstElementChild), locale).not.to.match(LEVEL_WORDS);
        fixtureCleanup();
      }
    });
  });

  describe('elder mode', () => {
    for (const [demo, storyName] of [
      ['idle', 'IdleWithStaffCard'],
      ['rating', 'RatingRequested'],
      ['thanks', 'Thanks'],
      ['offline', 'Offline'],
    ]) {
      it(`meets the elder sizes (${demo}): text ≥ 24 px, line height ≥ 1.3, contrast ≥ 7:1`, async () => {
        const story = storiesOf(stories).find(({ name }) => name === storyName)!;
        for (const theme of ['light', 'dark', 'high-contrast'] as const) {
          const provider = await renderStory(story.render(), 'zh-CN', 'elder', theme);
          const pad = provider.querySelector('zw-rating-pad')!;
          const texts = textElements(pad.shadowRoot!);
          expect(texts.length, 'something to measure').to.be.at.least(2);
          for (const element of texts) {
            const where = `${demo}/${theme}: ${element.className || element.localName} "${element.textContent!.trim().slice(0, 20)}"`;
            const style = getComputedStyle(element);
            expect(px(style.fontSize), where).to.be.at.least(24);
            expect(px(style.lineHeight) / px(style.fontSize), where).to.be.at.least(1.3);
            expect(contrastRatio(style.color, effectiveBackground(element)), where).to.be.at.least(7);
          }
          if (demo === 'rating') {
            const rating = widget(pad)!;
            for (const choice of rating.shadowRoot!.querySelectorAll('.choice')) {
              expect(choice.getBoundingClientRect().height, `${theme} choice`).to.be.at.least(60);
            }
          }
          fixtureCleanup();
        }
      });
    }
  });
});
