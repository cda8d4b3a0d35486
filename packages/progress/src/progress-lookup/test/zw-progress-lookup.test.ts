import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../zw-progress-lookup.define.js';
import type { ZwProgressLookup } from '../zw-progress-lookup.js';
import * as stories from '../stories/zw-progress-lookup.stories.js';
import { fakeCalendars, fakeSource, notFound, tooMany } from '../stories/fake-source.js';
import { STORY_TODAY, dueTomorrow, finished } from '../../progress-timeline/stories/sample-applications.js';
import { fieldProblem, normalizeField } from '../lookup-fields.js';
import { describeStoryMatrix, settle } from '@zhengwu/test-helpers/stories';
import { px } from '@zhengwu/test-helpers/a11y';
import { text, waitFor } from '@zhengwu/test-helpers/dom';
import { hallServer, hangingServer, refusingHall } from '@zhengwu/test-helpers/hall-server';
import type { Application } from '@zhengwu/core/contract';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const input = (el: ZwProgressLookup, field: 'number' | 'secret') => $(el, `#${field}`) as HTMLInputElement;

async function lookupWith(application: Application | Error, attrs: { keyboard?: string } = {}): Promise<ZwProgressLookup> {
  return fixture<ZwProgressLookup>(
    html`<zw-progress-lookup
      .client=${fakeSource(application)}
      .calendarClient=${fakeCalendars}
      today=${STORY_TODAY}
      keyboard=${attrs.keyboard ?? 'native'}
    ></zw-progress-lookup>`,
  );
}

async function submitted(el: ZwProgressLookup): Promise<void> {
  await waitFor(() => el.status !== 'loading' && el.status !== 'idle', 'the lookup settles');
  await el.updateComplete;
  await settle(el);
}

describe('zw-progress-lookup', () => {
  it('is accessible', async () => {
    const el = await lookupWith(dueTomorrow);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('types on the keyboard: Enter moves on from the number and then looks up', async () => {
    const el = await lookupWith(dueTomorrow);
    input(el, 'number').focus();
    await sendKeys({ type: '990100000012' });
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('secret');
    await sendKeys({ type: '305716' });
    const loaded = oneEvent(el, 'zw-progress-lookup-load');
    await sendKeys({ press: 'Enter' });
    expect((await loaded).detail.application.id).to.equal('990100000012');
    await submitted(el);
    // Focus follows the view to the result's heading.
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-title');
    expect(text($(el, '#result-title'))).to.equal(dueTomorrow.serviceItemName);
    const deadline = $(el, 'zw-deadline')!;
    await waitFor(() => text(deadline.shadowRoot!.querySelector('.sentence')) !== '', 'the countdown');
    expect(text(deadline.shadowRoot!.querySelector('.sentence'))).to.equal('还剩 1 个工作日（3月19日截止）');
    expect($(el, 'zw-progress-timeline')).to.exist;
  });

  it('says which field is wrong before asking the hall', async () => {
    let asked = 0;
    const el = await fixture<ZwProgressLookup>(
      html`<zw-progress-lookup
        .client=${{ lookup: () => (asked++, Promise.resolve(dueTomorrow)), rules: () => Promise.resolve(undefined) }}
      ></zw-progress-lookup>`,
    );
    await el.lookup('', '');
    await el.updateComplete;
    expect(asked).to.equal(0);
    expect(input(el, 'number').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#number-error'))).to.equal('请输入办件编号');
    expect(input(el, 'number').getAttribute('aria-describedby')).to.contain('number-error');
    await el.lookup('990100000012', '12');
    await el.updateComplete;
    expect(text($(el, '#secret-error'))).to.equal('查询码为 4 至 12 位字母或数字');
    expect(el.shadowRoot!.activeElement?.id).to.equal('secret');
  });

  it('on a kiosk: the keypad types into the chosen field and OK moves on', async () => {
    const el = await lookupWith(dueTomorrow, { keyboard: 'on-screen' });
    expect(input(el, 'number').getAttribute('inputmode')).to.equal('none');
    const keypad = $(el, 'zw-keypad')!;
    const press = async (key: string) => {
      keypad.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${key}"]`)!.click();
      await el.updateComplete;
    };
    for (const digit of '990100000012') await press(digit);
    expect(input(el, 'number').value).to.equal('990100000012');
    await press('submit');
    expect($(el, '.field.active #secret')).to.exist;
    for (const digit of '305716') await press(digit);
    expect(input(el, 'secret').value).to.equal('305716');
    await press('submit');
    await submitted(el);
    expect(el.application?.id).to.equal('990100000012');
  });

  it('switches to letters for numbers that have them, in capitals', async () => {
    const el = await lookupWith(dueTomorrow, { keyboard: 'on-screen' });
    $(el, '.keys > zw-button')!.click();
    await el.updateComplete;
    const keyboard = $(el, 'zw-letter-keyboard')!;
    await (keyboard as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    keyboard.shadowRoot!.querySelector<HTMLButtonElement>('button[data-key="z"]')!.click();
    keyboard.shadowRoot!.querySelector<HTMLButtonElement>('button[data-key="w"]')!.click();
    await el.updateComplete;
    expect(input(el, 'number').value).to.equal('ZW');
  });

  it('not found and too many tries have their own messages, and keep the number to correct', async () => {
    const missing = await lookupWith(notFound());
    await missing.lookup('990100000012', '000000');
    await submitted(missing);
    expect(missing.status).to.equal('not-found');
    expect(text($(missing, '.failure'))).to.contain('没有找到与该办件编号和查询码相符的办件');
    expect(input(missing, 'number').value).to.equal('990100000012');
    expect(input(missing, 'secret').value, 'the secret is not kept').to.equal('');

    const limited = await lookupWith(tooMany());
    await limited.lookup('990100000012', '000000');
    await submitted(limited);
    expect(limited.status).to.equal('rate-limited');
    expect(text($(limited, '.failure'))).to.match(/查询次数过多，请于 \d{2}:\d{2} 后再试。/);
    expect($(limited, '.failure zw-button'), 'no retry that would be refused again').to.equal(null);
  });

  it('offers "评价这次服务" for a finished application and opens zw-rating with its token', async () => {
    const el = await lookupWith(finished);
    await el.lookup(finished.id, '219476');
    await submitted(el);
    const button = [...el.shadowRoot!.querySelectorAll('zw-button')].find((b) => text(b) === '评价这次服务')!;
    const rate = oneEvent(el, 'zw-progress-lookup-rate');
    button.click();
    expect((await rate).detail.applicationId).to.equal(finished.id);
    await waitFor(() => Boolean($(el, 'zw-rating')?.shadowRoot), 'zw-rating opens');
    const rating = $(el, 'zw-rating')!;
    expect(rating.getAttribute('transaction-id')).to.equal(finished.id);
    expect(rating.getAttribute('channel')).to.equal('website');
    expect(rating.getAttribute('token')).to.equal(finished.rating?.state === 'open' ? finished.rating.token : '');
  });

  it('reset() and leaving the page forget what was typed and shown', async () => {
    const el = await lookupWith(dueTomorrow);
    await el.lookup('990100000012', '305716');
    await submitted(el);
    el.reset();
    await el.updateComplete;
    expect(el.application).to.equal(undefined);
    expect(input(el, 'number').value).to.equal('');
    expect(el.shadowRoot!.textContent).not.to.contain('周*强');
  });

  it('elder mode: large fields', async () => {
    const el = await fixture<ZwProgressLookup>(html`<zw-progress-lookup mode="elder" keyboard="on-screen"></zw-progress-lookup>`);
    const box = input(el, 'number').getBoundingClientRect();
    expect(box.height).to.be.at.least(60);
    expect(px(getComputedStyle(input(el, 'number')).fontSize)).to.be.at.least(30);
  });

  it('plain module: fields as typed on any keyboard', () => {
    expect(normalizeField('number', ' zw９９0100-1 ')).to.equal('ZW990100-1');
    expect(normalizeField('secret', 'ab 12')).to.equal('ab12');
    expect(fieldProblem('secret', '123')).to.equal('invalid');
    expect(fieldProblem('number', '')).to.equal('required');
    expect(fieldProblem('number', '990100000012')).to.equal(undefined);
  });

  describe('against the real hall server', () => {
    it('finds a demo application, counts on the hall calendar, and the same answer for a wrong secret', async () => {
      const { url } = await hallServer();
      const el = await fixture<ZwProgressLookup>(html`<zw-progress-lookup api-base=${`${url}/api`}></zw-progress-lookup>`);
      await el.lookup('990100000012', '000000');
      await submitted(el);
      expect(el.status).to.equal('not-found');
      await el.lookup('990100000012', '305716');
      await submitted(el);
      expect(el.status).to.equal('ready');
      const deadline = $(el, 'zw-deadline')!;
      await waitFor(() => text(deadline.shadowRoot!.querySelector('.sentence')) !== '', 'the countdown');
      expect(text(deadline.shadowRoot!.querySelector('.sentence'))).to.match(/^还剩 1 个工作日（\d+月\d+日截止）$/);
    });

    it('a hanging API, an HTML 404 and a refused origin each end in their own message', async () => {
      const hanging = await hangingServer();
      const refusing = await refusingHall();
      for (const [base, kind] of [
        [`${hanging}/api`, 'timeout'],
        ['/no-such-portal-path/api', 'not-hall-api'],
        [`${refusing}/api`, 'origin-refused'],
      ]) {
        const el = await fixture<ZwProgressLookup>(html`<zw-progress-lookup api-base=${base} request-timeout="1000"></zw-progress-lookup>`);
        await el.lookup('990100000012', '305716');
        await waitFor(() => el.status !== 'loading', `${kind} settles`, 6000);
        expect(el.status).to.equal(kind);
        expect($(el, '.failure[role="alert"]')).to.exist;
      }
    }).timeout(20_000);
  });
});
