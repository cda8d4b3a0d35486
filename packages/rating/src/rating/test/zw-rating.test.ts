import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { HallClient, LOCALES, Outbox, ZwOfflineError, ZwServerError, type OutboxItem } from '@zhengwu/core';
import type { RatingSubmission, RatingTarget } from '@zhengwu/core/contract';
import '../zw-rating.define.js';
import type { ZwRating } from '../zw-rating.js';
import { closeRatingOutbox, ratingOutbox } from '../../outbox/rating-outbox.js';
import * as stories from '../stories/zw-rating.stories.js';
import { REASONS, TARGET, sampleToken } from '../stories/zw-rating.stories.js';
import { pendingReasons } from '../stories/fakes.js';
import { deepText, describeStoryMatrix, renderStory, storiesOf } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px, textElements } from '@zhengwu/test-helpers/a11y';
import { hallServer, rejection } from '@zhengwu/test-helpers/hall-server';
import { deleteDatabase } from '@zhengwu/test-helpers/idb';
import { eventWithin } from '@zhengwu/test-helpers/events';

// ---------- helpers ----------

let counter = 0;
const freshName = () => `zw-rating-test-${Date.now()}-${(counter += 1)}`;

/** Outboxes and databases made by a test, closed and deleted after it. */
const opened: { outbox: Outbox; name: string; apiBase?: string }[] = [];

afterEach(async () => {
  for (const { outbox, name, apiBase } of opened.splice(0)) {
    if (apiBase) await closeRatingOutbox(apiBase, { name });
    else await outbox.close();
    await deleteDatabase(name);
  }
});

/** An outbox on its own database whose sender records what it is given (no server). */
function recordingOutbox(send: (payload: RatingSubmission, key: string) => Promise<unknown> = async () => ({})): {
  outbox: Outbox;
  sent: { payload: RatingSubmission; key: string }[];
} {
  const name = freshName();
  const outbox = new Outbox({ name, minBackoffMs: 20, maxBackoffMs: 100, intervalMs: 60_000 });
  const sent: { payload: RatingSubmission; key: string }[] = [];
  outbox.register<RatingSubmission>('rating', async (payload, key) => {
    sent.push({ payload, key });
    return send(payload, key);
  });
  outbox.start();
  opened.push({ outbox, name });
  return { outbox, sent };
}

/** The real ratingOutbox for the real server, on a database of this test's own. */
function serverOutbox(apiBase: string): Outbox {
  const name = freshName();
  const outbox = ratingOutbox(apiBase, { name, minBackoffMs: 50, maxBackoffMs: 500, intervalMs: 60_000 });
  opened.push({ outbox, name, apiBase });
  return outbox;
}

const $ = <T extends Element = HTMLElement>(el: ZwRating, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: ZwRating, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)];
const radios = (el: ZwRating) => $$<HTMLInputElement>(el, 'input[name="level"]');
const radio = (el: ZwRating, level: string) => radios(el).find((input) => input.value === level)!;
const checkboxes = (el: ZwRating) => $$<HTMLInputElement>(el, 'input[name="reason"]');
const submitButton = (el: ZwRating) => $<HTMLElement>(el, 'zw-button[part="submit"]')!;
const text = (element: Element | null) => (element ? deepText(element).replace(/\s+/g, ' ').trim() : '');

function center(element: Element): [number, number] {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

async function choose(el: ZwRating, level: string) {
  radio(el, level).click();
  await el.updateComplete;
}

async function clickSubmit(el: ZwRating) {
  submitButton(el).shadowRoot!.querySelector('button')!.click();
  await el.updateComplete;
}

async function rating(template: ReturnType<typeof html>): Promise<ZwRating> {
  const el = await fixture<ZwRating>(template);
  await el.updateComplete;
  return el;
}

function todayInBeijing(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** A transaction finished at a window of the real hall: ticket taken, called, completed. */
async function finishedTransaction(): Promise<{ target: RatingTarget; token: string; apiBase: string; visitor: HallClient }> {
  const { url, staffToken } = await hallServer();
  const apiBase = `${url}/api`;
  const visitor = new HallClient({ baseUrl: apiBase });
  const staff = new HallClient({ baseUrl: apiBase, staffToken });
  const hall = await visitor.hall();
  const window = hall.windows[hall.windows.length - 1];
  const ticket = await visitor.takeTicket({ category: window.categories[0] });
  let called = await staff.callNext(window.id);
  for (let i = 0; called.ticket && called.ticket.id !== ticket.id && i < 100; i += 1) {
    called = await staff.callNext(window.id);
  }
  expect(called.ticket?.id, 'our ticket was called').to.equal(ticket.id);
  const done = await staff.complete(window.id, {});
  expect(done.rating, 'complete records what to rate').to.exist;
  return { target: done.rating!, token: done.ratingToken!, apiBase, visitor };
}

async function windowTotal(visitor: HallClient, windowId: string): Promise<number> {
  const day = todayInBeijing();
  return (await visitor.ratingStats({ from: day, to: day, window: windowId })).total;
}

// ---------- tests ----------

describe('zw-rating', () => {
  it('is accessible', async () => {
    const { outbox } = recordingOutbox();
    const el = await rating(
      html`<zw-rating
        channel="window-pad"
        token=${sampleToken(TARGET.transactionId)}
        .target=${TARGET}
        .reasons=${REASONS}
        .outbox=${outbox}
      ></zw-rating>`,
    );
    await expect(el).to.be.accessible();
    await choose(el, 'very-dissatisfied');
    await expect(el).to.be.accessible();
    await clickSubmit(el);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('stories show translated text only, in every locale (no raw rating.* key)', async () => {
    for (const { name, render } of storiesOf(stories)) {
      for (const locale of LOCALES) {
        const el = await renderStory(render(), locale);
        const shown = deepText(el);
        expect(shown, `${name} ${locale}`).not.to.match(/\brating\.[a-z]/i);
        expect(shown.trim(), `${name} ${locale}`).not.to.equal('');
        fixtureCleanup();
      }
    }
  });

  it('stories reach their states through fakes and taps, not pretend attributes', async () => {
    const expected: Record<string, (el: ZwRating) => unknown> = {
      Empty: (el) => el.level === null && el.phase === 'form',
      Satisfied: (el) => el.level === 'satisfied' && el.phase === 'form',
      Dissatisfied: (el) => el.level === 'very-dissatisfied' && checkboxes(el)[0].checked,
      DissatisfiedWithErrors: (el) => $(el, '#reasons-error') && $(el, '#phone-error'),
      Submitting: (el) => el.phase === 'submitting',
      QueuedOffline: (el) => el.phase === 'queued',
      Submitted: (el) => el.phase === 'sent',
      AlreadyRated: (el) => el.problem?.kind === 'already-rated',
      Expired: (el) => el.problem?.kind === 'expired',
      Refused: (el) => el.problem?.kind === 'refused' && text($(el, '.problem')).includes('unknown_transaction'),
      LoadingReasons: (el) => $(el, '.reasons-status'),
      ReasonsLoadError: (el) => $(el, '.reasons-problem'),
      Website: (el) => el.level === 'satisfied' && !$(el, '.target'),
      MissingToken: (el) => $(el, '[part="config-error"]'),
    };
    const all = storiesOf(stories);
    expect(all.map(({ name }) => name)).to.have.members(Object.keys(expected));
    for (const { name, render } of all) {
      const el = (await renderStory(render())).querySelector('zw-rating')!;
      expect(expected[name](el), name).to.be.ok;
      fixtureCleanup();
    }
  });

  describe('levels', () => {
    it('offers the five levels best first, as a native radio group with nothing preselected', async () => {
      const el = await rating(html`<zw-rating transaction-id="T-1" token=${sampleToken('T-1')} .reasons=${REASONS}></zw-rating>`);
      const fieldset = $(el, 'fieldset.levels')!;
      expect(fieldset.querySelector('legend')!.textContent).to.equal('您对本次服务满意吗？');
      expect(radios(el).map((input) => input.value)).to.deep.equal([
        'very-satisfied',
        'satisfied',
        'basic',
        'dissatisfied',
        'very-dissatisfied',
      ]);
      expect(
        radios(el).some((input) => input.checked),
        'nothing preselected',
      ).to.equal(false);
      expect(el.level).to.equal(null);
      const labels = $$(el, '.choice').map((choice) => choice.textContent!.trim());
      expect(labels).to.deep.equal(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
      for (const choice of $$(el, '.choice')) {
        expect(choice.querySelector('svg.face'), 'a face on each level').to.exist;
        expect(choice.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('shows the chosen level by border, fill, weight and a tick, not colour alone', async () => {
      const el = await rating(html`<zw-rating transaction-id="T-1" token=${sampleToken('T-1')} .reasons=${REASONS}></zw-rating>`);
      await choose(el, 'satisfied');
      const [chosen, other] = [$(el, '.choice[data-level="satisfied"]')!, $(el, '.choice[data-level="basic"]')!];
      expect(chosen.getAttribute('part')).to.contain('choice-checked');
      expect(getComputedStyle(chosen, '::after').content).to.not.equal('none');
      expect(getComputedStyle(other, '::after').content).to.equal('none');
      expect(getComputedStyle(chosen).boxShadow).to.not.equal('none');
      expect(Number(getComputedStyle(chosen.querySelector('.choice-label')!).fontWeight)).to.be.at.least(700);
      expect(getComputedStyle(chosen).backgroundColor).to.not.equal(getComputedStyle(other).backgroundColor);
    });

    it('fires zw-rating-select with the level', async () => {
      const el = await rating(html`<zw-rating transaction-id="T-1" token=${sampleToken('T-1')} .reasons=${REASONS}></zw-rating>`);
      const selected = oneEvent(el, 'zw-rating-select');
      radio(el, 'basic').click();
      expect((await selected).detail.level).to.equal('basic');
      expect(el.level).to.equal('basic');
    });

    it('asks for reasons, a comment and a phone number only for 差评', async () => {
      const el = await rating(html`<zw-rating transaction-id="T-1" token=${sampleToken('T-1')} .reasons=${REASONS}></zw-rating>`);
      for (const level of ['very-satisfied', 'satisfied', 'basic']) {
        await choose(el, level);
        expect($(el, 'fieldset.reasons'), level).to.equal(null);
        expect($(el, '#comment'), level).to.equal(null);
      }
      for (const level of ['dissatisfied', 'very-dissatisfied']) {
        await choose(el, level);
        expect(
          checkboxes(el).map((box) => box.value),
          level,
        ).to.deep.equal(REASONS.map((r) => r.code));
        expect($(el, '#comment'), level).to.exist;
        expect($(el, '#phone'), level).to.exist;
      }
      const reasons = $(el, 'fieldset.reasons')!;
      expect(reasons.querySelector('legend')!.textContent).to.equal('不满意的原因');
      const hint = $(el, '#reasons-hint')!;
      expect(hint.textContent).to.equal('必选，可多选');
      expect(reasons.getAttribute('aria-describedby')).to.contain('reasons-hint');
      expect(hint.getBoundingClientRect().height, 'said visibly').to.be.greaterThan(10);
    });

    it('shows what is rated, unless hide-target', async () => {
      const el = await rating(
        html`<zw-rating token=${sampleToken(TARGET.transactionId)} .target=${TARGET} .reasons=${REASONS}></zw-rating>`,
      );
      expect($(el, '.target')!.textContent).to.equal('您正在评价：3号窗口 · 张三（工号 1003） · 居民身份证换领');
      el.lang = 'en';
      await el.updateComplete;
      expect($(el, '.target')!.textContent).to.equal('You are rating: 3号窗口 · 张三 (staff no. 1003) · 居民身份证换领');
      el.hideTarget = true;
      await el.updateComplete;
      expect($(el, '.target')).to.equal(null);
    });
  });

  describe('keyboard and pointer', () => {
    it('can be rated with the keyboard alone', async () => {
      const { outbox, sent } = recordingOutbox();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <zw-rating
            transaction-id="T-KEY-1"
            token=${sampleToken('T-KEY-1')}
            channel="kiosk"
            .reasons=${REASONS}
            .outbox=${outbox}
          ></zw-rating>
        </div>`,
      );
      const el = wrapper.querySelector('zw-rating')!;
      await el.updateComplete;
      const selects: string[] = [];
      el.addEventListener('zw-rating-select', (event) => selects.push(event.detail.level));
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
      expect((focused() as HTMLInputElement).value, 'Tab lands on the group').to.equal('very-satisfied');
      expect(el.level, 'focus alone chooses nothing').to.equal(null);
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.level).to.equal('dissatisfied');
      expect(selects).to.deep.equal(['satisfied', 'basic', 'dissatisfied']);
      expect(radio(el, 'dissatisfied').checked).to.equal(true);

      await sendKeys({ press: 'Tab' });
      expect((focused() as HTMLInputElement).value, 'Tab goes to the reasons').to.equal('slow-processing');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(checkboxes(el)[0].checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      for (let i = 0; i < REASONS.length - 1; i += 1) await sendKeys({ press: 'Tab' });
      expect(focused()!.id, 'then the comment').to.equal('comment');
      await sendKeys({ type: '等了一个多小时' });
      await sendKeys({ press: 'Tab' });
      expect(focused()!.id, 'then the phone').to.equal('phone');
      await sendKeys({ type: '13812345678' });
      await sendKeys({ press: 'Tab' });
      expect(focused()!.localName, 'then submit').to.equal('zw-button');
      const submitted = oneEvent(el, 'zw-rating-submit');
      await sendKeys({ press: 'Enter' });
      const { detail } = await submitted;
      expect(detail.submission).to.deep.include({
        transactionId: 'T-KEY-1',
        level: 'dissatisfied',
        channel: 'kiosk',
        reasons: ['slow-processing', 'long-wait'],
        comment: '等了一个多小时',
        phone: '13812345678',
      });
      await waitUntil(() => el.phase === 'sent', 'the rating was not acknowledged');
      expect(sent).to.have.length(1);
      expect(sent[0].key).to.equal(detail.key);
      expect(text($(el, '.outcome')))
        .to.contain('评价已提交')
        .and.contain('感谢您的评价');
    });

    it('submits with Space on the button too, and moves focus to the outcome', async () => {
      const { outbox } = recordingOutbox();
      const el = await rating(
        html`<zw-rating transaction-id="T-KEY-2" token=${sampleToken('T-KEY-2')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      radio(el, 'very-satisfied').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.level).to.equal('very-satisfied');
      await sendKeys({ press: 'Tab' });
      const submitted = oneEvent(el, 'zw-rating-submit');
      await sendKeys({ press: 'Space' });
      expect((await submitted).detail.submission.level).to.equal('very-satisfied');
      await waitUntil(() => el.phase === 'sent');
      expect(el.shadowRoot!.activeElement?.classList.contains('outcome'), 'focus follows the outcome').to.equal(true);
    });

    it('can be rated by pointer: a click anywhere on a card chooses it', async () => {
      const { outbox, sent } = recordingOutbox();
      const el = await rating(
        html`<zw-rating transaction-id="T-PTR-1" token=${sampleToken('T-PTR-1')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      const label = $(el, '.choice[data-level="satisfied"] .choice-label')!;
      await sendMouse({ type: 'click', position: center(label) });
      await el.updateComplete;
      expect(el.level).to.equal('satisfied');
      const face = $(el, '.choice[data-level="very-dissatisfied"] svg')!;
      await sendMouse({ type: 'click', position: center(face) });
      await el.updateComplete;
      expect(el.level).to.equal('very-dissatisfied');
      await sendMouse({ type: 'click', position: center($(el, '.reason')!) });
      await el.updateComplete;
      expect(checkboxes(el)[0].checked).to.equal(true);
      const submitted = oneEvent(el, 'zw-rating-submit');
      await sendMouse({ type: 'click', position: center(submitButton(el)) });
      expect((await submitted).detail.submission).to.deep.include({ level: 'very-dissatisfied', reasons: ['slow-processing'] });
      await waitUntil(() => sent.length === 1);
      await resetMouse();
    });

    it('has large cards: at least the touch target, all five in a row on a wide screen', async () => {
      const div = await fixture<HTMLDivElement>(
        html`<div style="width: 900px"><zw-rating transaction-id="T-1" token=${sampleToken('T-1')} .reasons=${REASONS}></zw-rating></div>`,
      );
      const el = div.querySelector('zw-rating')!;
      await el.updateComplete;
      const boxes = $$(el, '.choice').map((choice) => choice.getBoundingClientRect());
      for (const box of boxes) {
        expect(box.height).to.be.at.least(96);
        expect(box.width).to.be.at.least(100);
        expect(box.top).to.equal(boxes[0].top);
      }
    });
  });

  describe('validation', () => {
    it('does not submit without a level: says so and focuses the group', async () => {
      const { outbox, sent } = recordingOutbox();
      const el = await rating(
        html`<zw-rating transaction-id="T-V-1" token=${sampleToken('T-V-1')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      let submits = 0;
      el.addEventListener('zw-rating-submit', () => (submits += 1));
      await clickSubmit(el);
      await el.updateComplete;
      const error = $(el, '#level-error')!;
      expect(error.textContent).to.equal('请选择一项满意程度');
      expect($(el, 'fieldset.levels')!.getAttribute('aria-describedby')).to.equal('level-error');
      expect(el.shadowRoot!.activeElement === radios(el)[0], 'focus on the first level').to.equal(true);
      expect(radios(el).every((input) => input.required)).to.equal(true);
      expect(await outbox.counts()).to.deep.equal({ pending: 0, rejected: 0 });
      expect(submits).to.equal(0);
      expect(sent).to.have.length(0);
      expect(el.phase).to.equal('form');
    });

    it('does not submit a 差评 without a reason: nothing reaches the outbox', async () => {
      const { outbox, sent } = recordingOutbox();
      const el = await rating(
        html`<zw-rating transaction-id="T-V-2" token=${sampleToken('T-V-2')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      let submits = 0;
      el.addEventListener('zw-rating-submit', () => (submits += 1));
      await choose(el, 'very-dissatisfied');
      const comment = $<HTMLTextAreaElement>(el, '#comment')!;
      comment.value = '态度不好';
      comment.dispatchEvent(new Event('input'));
      await clickSubmit(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await outbox.counts()).to.deep.equal({ pending: 0, rejected: 0 });
      expect(await outbox.items()).to.have.length(0);
      expect(submits).to.equal(0);
      expect(sent).to.have.length(0);
      const error = $(el, '#reasons-error')!;
      expect(error.textContent).to.equal('请至少选择一项不满意的原因');
      expect(error.getBoundingClientRect().height).to.be.greaterThan(10);
      expect($(el, 'fieldset.reasons')!.getAttribute('aria-describedby')).to.equal('reasons-hint reasons-error');
      expect(el.shadowRoot!.activeElement === checkboxes(el)[0], 'focus on the first reason').to.equal(true);
      // fixing it lets it through, with what was typed
      checkboxes(el)[2].click();
      await el.updateComplete;
      expect($(el, '#reasons-error')).to.equal(null);
      const submitted = oneEvent(el, 'zw-rating-submit');
      await clickSubmit(el);
      expect((await submitted).detail.submission).to.deep.include({
        level: 'very-dissatisfied',
        reasons: ['poor-attitude'],
        comment: '态度不好',
      });
      await waitUntil(() => sent.length === 1);
    });

    it('checks the phone number: mainland mobile or landline, with a translated error', async () => {
      const { outbox, sent } = recordingOutbox();
      const el = await rating(
        html`<zw-rating transaction-id="T-V-3" token=${sampleToken('T-V-3')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      await choose(el, 'dissatisfied');
      checkboxes(el)[0].click();
      const phone = () => $<HTMLInputElement>(el, '#phone')!;
      const type = async (value: string) => {
        phone().value = value;
        phone().dispatchEvent(new Event('input'));
        phone().dispatchEvent(new Event('blur'));
        await el.updateComplete;
      };
      expect(phone().type).to.equal('tel');
      expect(phone().getAttribute('aria-describedby')).to.equal('phone-hint');
      for (const bad of ['12345678', '1381234567', '23812345678', 'abc', '010-123']) {
        await type(bad);
        const error = $(el, '#phone-error');
        expect(error, bad).to.exist;
        expect(error!.textContent).to.contain('请输入正确的手机号码或固定电话');
        expect(phone().getAttribute('aria-invalid'), bad).to.equal('true');
        expect(phone().getAttribute('aria-describedby')).to.equal('phone-hint phone-error');
      }
      await clickSubmit(el);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === phone(), 'focus on the phone').to.equal(true);
      expect(await outbox.counts()).to.deep.equal({ pending: 0, rejected: 0 });
      el.lang = 'en';
      await el.updateComplete;
      expect($(el, '#phone-error')!.textContent).to.contain('Enter a valid mobile or landline number');
      for (const good of ['13812345678', '010-12345678', '0755 8888 8888', '１３８１２３４５６７８', '']) {
        await type(good);
        expect($(el, '#phone-error'), good).to.equal(null);
        expect(phone().getAttribute('aria-invalid')).to.equal('false');
      }
      await type('１３８ １２３４ ５６７８');
      const submitted = oneEvent(el, 'zw-rating-submit');
      await clickSubmit(el);
      expect((await submitted).detail.submission.phone, 'normalised').to.equal('13812345678');
      await waitUntil(() => sent.length === 1);
    });

    it('counts the characters left in the comment, translated and formatted', async () => {
      const el = await rating(html`<zw-rating transaction-id="T-1" token=${sampleToken('T-1')} .reasons=${REASONS}></zw-rating>`);
      await choose(el, 'dissatisfied');
      const comment = $<HTMLTextAreaElement>(el, '#comment')!;
      const count = () => $(el, '#comment-count')!.textContent;
      expect(comment.maxLength).to.equal(500);
      expect(comment.getAttribute('aria-describedby')).to.equal('comment-count');
      expect(count()).to.equal('还可输入 500 字');
      comment.focus();
      await sendKeys({ type: '排队太久' });
      await el.updateComplete;
      expect(count()).to.equal('还可输入 496 字');
      comment.value = 'x'.repeat(499);
      comment.dispatchEvent(new Event('input'));
      el.lang = 'en';
      await el.updateComplete;
      expect(count()).to.equal('1 character left');
      comment.value = 'x'.repeat(10);
      comment.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(count()).to.equal('490 characters left');
      el.lang = 'zh-TW';
      await el.updateComplete;
      expect(count()).to.equal('還可輸入 490 字');
      // screen readers hear it once typing pauses, not on every key
      const live = $(el, '.field [role="status"]')!;
      await waitUntil(() => live.textContent === '還可輸入 490 字', 'the counter was not announced', { timeout: 3000 });
    });
  });

  describe('configuration', () => {
    it('names token when it has neither a token nor a transaction', async () => {
      const el = await fixture<ZwRating>(html`<zw-rating .reasons=${REASONS}></zw-rating>`);
      await el.updateComplete;
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('组件配置有误').and.contain('token');
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('needs a rating token for its transaction, and takes the transaction from the token alone', async () => {
      const bare = await rating(html`<zw-rating transaction-id="T-1" .reasons=${REASONS}></zw-rating>`);
      expect($(bare, '[role="alert"]')!.textContent, 'a bare transaction id is not enough').to.contain('token');
      expect($(bare, 'form')).to.equal(null);
      const other = await rating(html`<zw-rating transaction-id="T-1" token=${sampleToken('T-2')} .reasons=${REASONS}></zw-rating>`);
      expect($(other, '[role="alert"]')!.textContent, 'a token for another transaction').to.contain('token');
      const garbled = await rating(html`<zw-rating token="not-a-token" .reasons=${REASONS}></zw-rating>`);
      expect($(garbled, '[role="alert"]')!.textContent).to.contain('token');
      const { outbox } = recordingOutbox();
      const fromLink = await rating(html`<zw-rating token=${sampleToken('T-LINK-1')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`);
      expect($(fromLink, 'form')).to.exist;
      await choose(fromLink, 'satisfied');
      const submitted = oneEvent(fromLink, 'zw-rating-submit');
      await clickSubmit(fromLink);
      const { submission } = (await submitted).detail;
      expect(submission.transactionId).to.equal('T-LINK-1');
      expect(submission.token).to.equal(sampleToken('T-LINK-1'));
    });

    it('says the link has expired when the server answers 410', async () => {
      const { outbox } = recordingOutbox(async () => {
        throw new ZwServerError(410, 'rating_token_expired', 'expired');
      });
      const el = await rating(html`<zw-rating token=${sampleToken('T-EXP-1')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`);
      await choose(el, 'satisfied');
      const failed = eventWithin<CustomEvent>(el, 'zw-rating-error', 5000);
      await clickSubmit(el);
      expect((await failed).detail).to.deep.include({ code: 'rating_token_expired', status: 410 });
      await el.updateComplete;
      expect(el.problem?.kind).to.equal('expired');
      expect(text($(el, '.problem'))).to.contain('评价链接已过期');
      el.lang = 'en';
      await el.updateComplete;
      expect(text($(el, '.problem'))).to.contain('This rating link has expired');
    });

    for (const [attribute, value] of [
      ['transaction-id', 'has spaces'],
      ['transaction-id', 'x'.repeat(51)],
      ['channel', 'fax'],
    ]) {
      it(`shows a translated error for ${attribute}="${value.slice(0, 20)}"`, async () => {
        const el = await rating(html`<zw-rating transaction-id="T-1" token=${sampleToken('T-1')} .reasons=${REASONS}></zw-rating>`);
        const reported = oneEvent(el, 'zw-config-error');
        el.setAttribute(attribute, value);
        expect((await reported).detail.error.attribute).to.equal(attribute);
        await el.updateComplete;
        expect($(el, '[role="alert"]')!.textContent).to.contain(attribute);
        expect($(el, 'form')).to.equal(null);
      });
    }

    it('says what was expected in the page’s language, not in English', async () => {
      for (const [lang, words] of [
        ['zh-CN', '不超过 50 位的字母、数字或 - 组成的办件编号'],
        ['zh-TW', '不超過 50 位的字母、數字或 - 組成的辦件編號'],
        ['en', 'a transaction id of up to 50 letters, digits or -'],
      ]) {
        const el = await rating(
          html`<zw-rating lang=${lang} transaction-id="has spaces" token=${sampleToken('T-1')} .reasons=${REASONS}></zw-rating>`,
        );
        const shown = text($(el, '[role="alert"]'));
        expect(shown, lang).to.contain(words);
        if (lang !== 'en') expect(shown, lang).not.to.contain('letters');
      }
      const missing = await rating(html`<zw-rating lang="zh-CN" .reasons=${REASONS}></zw-rating>`);
      expect(text($(missing, '[role="alert"]')))
        .to.contain('评价令牌')
        .and.not.to.contain('token the hall server');
    });

    it('takes the transaction from .target, and refuses a transaction-id that disagrees with it', async () => {
      const { outbox } = recordingOutbox();
      const el = await rating(
        html`<zw-rating token=${sampleToken(TARGET.transactionId)} .target=${TARGET} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      expect($(el, 'form')).to.exist;
      await choose(el, 'basic');
      const submitted = oneEvent(el, 'zw-rating-submit');
      await clickSubmit(el);
      expect((await submitted).detail.submission.transactionId).to.equal(TARGET.transactionId);
      el.transactionId = 'OTHER-1';
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('transaction-id').and.contain('OTHER-1');
    });

    it('rates on channel website when standalone, window-pad in a provider with a window', async () => {
      const { outbox } = recordingOutbox();
      const alone = await rating(
        html`<zw-rating transaction-id="T-C-1" token=${sampleToken('T-C-1')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      await choose(alone, 'satisfied');
      const first = oneEvent(alone, 'zw-rating-submit');
      await clickSubmit(alone);
      expect((await first).detail.submission.channel).to.equal('website');

      const provider = await fixture<HTMLElement>(
        html`<zw-provider window-id="3"
          ><zw-rating transaction-id="T-C-2" token=${sampleToken('T-C-2')} .reasons=${REASONS} .outbox=${outbox}></zw-rating
        ></zw-provider>`,
      );
      const inPad = provider.querySelector('zw-rating')!;
      await inPad.updateComplete;
      await choose(inPad, 'satisfied');
      const second = oneEvent(inPad, 'zw-rating-submit');
      await clickSubmit(inPad);
      expect((await second).detail.submission.channel).to.equal('window-pad');
    });

    it('starts afresh for a new transaction, and reset() clears everything', async () => {
      const { outbox } = recordingOutbox();
      const el = await rating(
        html`<zw-rating transaction-id="T-R-1" token=${sampleToken('T-R-1')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      await choose(el, 'very-dissatisfied');
      checkboxes(el)[1].click();
      await el.updateComplete;
      el.transactionId = 'T-R-2';
      el.token = sampleToken('T-R-2');
      await el.updateComplete;
      expect(el.level).to.equal(null);
      expect(radios(el).some((input) => input.checked)).to.equal(false);

      await choose(el, 'satisfied');
      const sentEvent = oneEvent(el, 'zw-rating-sent');
      await clickSubmit(el);
      await sentEvent;
      await el.updateComplete;
      expect(el.phase).to.equal('sent');
      el.reset();
      await el.updateComplete;
      expect(el.phase).to.equal('form');
      expect(el.level).to.equal(null);
      expect(radios(el).some((input) => input.checked)).to.equal(false);
      expect(text($(el, '.outcome'))).to.equal('');
    });
  });

  describe('outbox', () => {
    it('shows "saved on this device" while the sender fails offline, then submitted once it goes', async () => {
      let online = false;
      const { outbox } = recordingOutbox(async () => {
        if (!online) throw new ZwOfflineError('/api/ratings');
        return {};
      });
      const el = await rating(
        html`<zw-rating transaction-id="T-O-1" token=${sampleToken('T-O-1')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      await choose(el, 'basic');
      const queued = eventWithin<CustomEvent>(el, 'zw-rating-queued', 5000);
      await clickSubmit(el);
      const { detail } = await queued;
      await el.updateComplete;
      expect(el.phase).to.equal('queued');
      expect(text($(el, '.outcome')))
        .to.contain('评价已保存在本机')
        .and.contain('网络恢复后将自动提交');
      const [item] = (await outbox.items()) as OutboxItem<RatingSubmission>[];
      expect(item.key).to.equal(detail.key);
      expect(item.state).to.equal('pending');
      online = true;
      const sent = eventWithin(el, 'zw-rating-sent', 5000);
      window.dispatchEvent(new Event('online'));
      await sent;
      await el.updateComplete;
      expect(text($(el, '.outcome'))).to.contain('评价已提交');
    });

    it('shows an error with a retry when the rating cannot be stored on this device', async () => {
      class BrokenOutbox extends Outbox {
        failures = 1;

        override add<P>(kind: string, payload: P, key?: string): Promise<OutboxItem<P>> {
          if (this.failures > 0) {
            this.failures -= 1;
            return Promise.reject(new DOMException('quota', 'QuotaExceededError'));
          }
          return super.add(kind, payload, key);
        }
      }
      const name = freshName();
      const outbox = new BrokenOutbox({ name }).register('rating', async () => ({}));
      opened.push({ outbox, name });
      const el = await rating(
        html`<zw-rating transaction-id="T-O-2" token=${sampleToken('T-O-2')} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      await choose(el, 'satisfied');
      const failed = oneEvent(el, 'zw-rating-error');
      await clickSubmit(el);
      expect((await failed).detail.code).to.equal('not_stored');
      await el.updateComplete;
      expect(text($(el, '.problem'))).to.contain('评价未能保存');
      const sent = eventWithin(el, 'zw-rating-sent', 5000);
      $(el, '.problem zw-button')!.shadowRoot!.querySelector('button')!.click();
      await outbox.flush();
      await sent;
    });
  });

  describe('reasons from the hall', () => {
    it('loads the reasons from the real hall when .reasons is not given', async () => {
      const { url } = await hallServer();
      const el = await rating(html`<zw-rating transaction-id="T-H-1" token=${sampleToken('T-H-1')} api-base=${`${url}/api`}></zw-rating>`);
      await choose(el, 'dissatisfied');
      await waitUntil(() => checkboxes(el).length > 0, 'the reasons did not load');
      const labels = $$(el, '.reason').map((label) => label.textContent!.trim());
      expect(labels).to.include.members(['办理时间长', '等待时间长', '服务态度差', '其他']);
    });

    it('shows a translated error with a retry button when the hall cannot be reached, never a blank list', async function test() {
      this.timeout(40_000);
      const { url } = await hallServer();
      await hallServer('stop');
      let el: ZwRating;
      try {
        el = await rating(html`<zw-rating transaction-id="T-H-2" token=${sampleToken('T-H-2')} api-base=${`${url}/api`}></zw-rating>`);
        await choose(el, 'very-dissatisfied');
        await waitUntil(() => $(el, '.reasons-problem'), 'no error shown');
        const problem = $(el, '.reasons-problem')!;
        expect(problem.getAttribute('role')).to.equal('alert');
        expect(text(problem)).to.contain('网络未连接，暂时无法加载不满意原因').and.contain('重新加载');
        // a 差评 cannot be submitted without its reasons; focus goes to the retry button
        await clickSubmit(el);
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement?.localName).to.equal('zw-button');
        await expect(el).to.be.accessible();
      } finally {
        await hallServer('start');
      }
      $(el, '.reasons-problem zw-button')!.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => checkboxes(el).length > 0, 'the reasons did not load after retry', { timeout: 10_000 });
      expect($(el, '.reasons-problem')).to.equal(null);
    });

    it('shows the loading state while reasons load', async () => {
      const el = await rating(
        html`<zw-rating transaction-id="T-H-3" token=${sampleToken('T-H-3')} .client=${pendingReasons()}></zw-rating>`,
      );
      await choose(el, 'dissatisfied');
      const status = $(el, '.reasons-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('正在加载不满意原因');
    });
  });

  describe('against the real hall server', () => {
    it('rates a finished transaction; the server has it, exactly once', async function test() {
      this.timeout(30_000);
      const { target, token, apiBase, visitor } = await finishedTransaction();
      const before = await windowTotal(visitor, target.windowId);
      const outbox = serverOutbox(apiBase);
      const el = await rating(
        html`<zw-rating api-base=${apiBase} channel="window-pad" token=${token} .target=${target} .outbox=${outbox}></zw-rating>`,
      );
      await waitUntil(() => $(el, '.target'));
      expect($(el, '.target')!.textContent).to.contain(target.windowName);
      await choose(el, 'very-dissatisfied');
      await waitUntil(() => checkboxes(el).length > 0, 'the reasons did not load');
      checkboxes(el)[1].click();
      const submitted = eventWithin<CustomEvent>(el, 'zw-rating-submit', 5000);
      const sent = eventWithin<CustomEvent>(el, 'zw-rating-sent', 10_000);
      await clickSubmit(el);
      const { detail } = await submitted;
      await sent;
      await el.updateComplete;
      expect(el.phase).to.equal('sent');
      expect(text($(el, '.outcome'))).to.contain('评价已提交');
      expect(await outbox.counts()).to.deep.equal({ pending: 0, rejected: 0 });
      expect(await windowTotal(visitor, target.windowId), 'counted once').to.equal(before + 1);

      // The same rating again (another key) is answered with the stored one: no second count.
      const again = await visitor.submitRating(detail.submission, `again-${detail.key}`);
      expect(again.target.transactionId).to.equal(target.transactionId);
      expect(again.level).to.equal('very-dissatisfied');
      expect(again.reasons).to.deep.equal(['long-wait']);
      expect(await windowTotal(visitor, target.windowId)).to.equal(before + 1);
      // A different one is refused: 一次一评.
      const refused = (await rejection(
        visitor.submitRating({ ...detail.submission, level: 'satisfied', reasons: [] }, `other-${detail.key}`),
      )) as ZwServerError;
      expect(refused).to.be.instanceOf(ZwServerError);
      expect(refused.status).to.equal(409);
      expect(refused.code).to.equal('already_rated');
    });

    it('keeps the rating on the device while the server is down and delivers it once it is back', async function test() {
      this.timeout(60_000);
      const { target, token, apiBase, visitor } = await finishedTransaction();
      const before = await windowTotal(visitor, target.windowId);
      const outbox = serverOutbox(apiBase);
      const el = await rating(
        html`<zw-rating api-base=${apiBase} token=${token} .target=${target} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      await choose(el, 'satisfied');
      await hallServer('stop');
      let key = '';
      try {
        const queued = eventWithin<CustomEvent>(el, 'zw-rating-queued', 10_000);
        await clickSubmit(el);
        key = (await queued).detail.key;
        await el.updateComplete;
        expect(el.phase).to.equal('queued');
        expect(text($(el, '.outcome'))).to.contain('评价已保存在本机');
        const items = await outbox.items();
        expect(items.map((item) => [item.key, item.state])).to.deep.equal([[key, 'pending']]);
        expect(items[0].attempts).to.be.at.least(1);
        // in IndexedDB itself, not only in memory: a new outbox on the same database sees it
        const reopened = new Outbox({ name: outbox.name });
        expect((await reopened.items()).map((item) => item.key)).to.deep.equal([key]);
        await reopened.close();
      } finally {
        await hallServer('start');
      }
      const sent = eventWithin<CustomEvent>(el, 'zw-rating-sent', 15_000);
      window.dispatchEvent(new Event('online'));
      expect((await sent).detail.key).to.equal(key);
      await el.updateComplete;
      expect(el.phase).to.equal('sent');
      expect(text($(el, '.outcome'))).to.contain('评价已提交');
      expect(await outbox.counts()).to.deep.equal({ pending: 0, rejected: 0 });
      expect(await windowTotal(visitor, target.windowId), 'counted exactly once').to.equal(before + 1);
    });

    it('says so when the transaction was already rated (一次一评)', async function test() {
      this.timeout(30_000);
      const { target, token, apiBase, visitor } = await finishedTransaction();
      await visitor.submitRating(
        { transactionId: target.transactionId, token, level: 'satisfied', channel: 'qr-code', reasons: [] },
        `first-${target.transactionId}`,
      );
      const outbox = serverOutbox(apiBase);
      const el = await rating(
        html`<zw-rating api-base=${apiBase} token=${token} .target=${target} .reasons=${REASONS} .outbox=${outbox}></zw-rating>`,
      );
      await choose(el, 'basic');
      const failed = eventWithin<CustomEvent>(el, 'zw-rating-error', 10_000);
      await clickSubmit(el);
      const { detail } = await failed;
      expect(detail.code).to.equal('already_rated');
      expect(detail.status).to.equal(409);
      await el.updateComplete;
      expect(el.phase).to.equal('error');
      const problem = $(el, '.problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(text(problem)).to.contain('本次业务已经评价过了');
      expect(await outbox.counts(), 'kept aside, not dropped').to.deep.equal({ pending: 0, rejected: 1 });
      el.lang = 'en';
      await el.updateComplete;
      expect(text(problem)).to.contain('This service has already been rated');
    });

    it('a made-up token is refused by the server (401), with its code shown', async function test() {
      this.timeout(30_000);
      const { url } = await hallServer();
      const apiBase = `${url}/api`;
      const outbox = serverOutbox(apiBase);
      const el = await rating(
        html`<zw-rating
          api-base=${apiBase}
          transaction-id="NO-SUCH-TRANSACTION"
          token=${sampleToken('NO-SUCH-TRANSACTION')}
          .reasons=${REASONS}
          .outbox=${outbox}
        ></zw-rating>`,
      );
      await choose(el, 'satisfied');
      const failed = eventWithin<CustomEvent>(el, 'zw-rating-error', 10_000);
      await clickSubmit(el);
      const { detail } = await failed;
      expect(detail).to.deep.include({ code: 'invalid_rating_token', status: 401 });
      await el.updateComplete;
      expect(text($(el, '.problem')))
        .to.contain('评价未能提交')
        .and.contain('invalid_rating_token');
    });
  });

  describe('elder mode', () => {
    for (const demo of ['Dissatisfied', 'DissatisfiedWithErrors', 'QueuedOffline', 'Submitted', 'AlreadyRated']) {
      it(`meets the elder sizes (${demo}): choices ≥ 60 px, text ≥ 24 px, contrast ≥ 7:1`, async () => {
        const story = storiesOf(stories).find(({ name }) => name === demo)!;
        for (const theme of ['light', 'dark', 'high-contrast'] as const) {
          const provider = await renderStory(story.render(), 'zh-CN', 'elder', theme);
          const el = provider.querySelector('zw-rating')!;
          for (const choice of $$(el, '.choice')) {
            expect(choice.getBoundingClientRect().height, `${theme} choice`).to.be.at.least(60);
            expect(px(getComputedStyle(choice.querySelector('.choice-label')!).fontSize)).to.be.at.least(24);
          }
          for (const box of $$(el, '.reason')) {
            expect(box.getBoundingClientRect().height, `${theme} reason`).to.be.at.least(60);
          }
          const texts = textElements(el.shadowRoot!);
          expect(texts.length, 'something to measure').to.be.at.least(2);
          for (const element of texts) {
            const where = `${theme}: ${element.className || element.localName} "${element.textContent!.trim().slice(0, 20)}"`;
            const style = getComputedStyle(element);
            expect(px(style.fontSize), where).to.be.at.least(24);
            expect(px(style.lineHeight) / px(style.fontSize), where).to.be.at.least(1.3);
            expect(contrastRatio(style.color, effectiveBackground(element)), where).to.be.at.least(7);
          }
          fixtureCleanup();
        }
      });
    }
  });
});
