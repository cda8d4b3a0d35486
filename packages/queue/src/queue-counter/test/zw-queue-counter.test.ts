import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ZwServerError } from '@zhengwu/core';
import '../zw-queue-counter.define.js';
import type { ZwQueueCounter } from '../zw-queue-counter.js';
import * as stories from '../stories/zw-queue-counter.stories.js';
import { GOOD_CREDENTIAL, fakeCounterSource, type FakeCounter } from '../stories/fake-counter-source.js';
import { SAMPLE_HALL } from '../../queue-board/stories/fake-board-source.js';
import { describeStoryMatrix } from '@zhengwu/test-helpers/stories';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const button = (el: Element, action: string) => $(el, `zw-button[data-action=${action}]`)!;
const message = (el: Element) => text($(el, '.status')) + text($(el, '[role=alert]'));

async function counter(source: FakeCounter, staffToken?: string) {
  const el = await fixture<ZwQueueCounter>(
    staffToken
      ? html`<zw-queue-counter window-id="3" staff-token=${staffToken} .client=${source} .hall=${SAMPLE_HALL}></zw-queue-counter>`
      : html`<zw-queue-counter window-id="3" .client=${source} .hall=${SAMPLE_HALL}></zw-queue-counter>`,
  );
  await el.updateComplete;
  return el;
}

async function signIn(el: ZwQueueCounter, staffId: string, credential: string) {
  ($(el, '#staff') as HTMLSelectElement).value = staffId;
  ($(el, '#credential') as HTMLInputElement).value = credential;
  $(el, 'zw-button.submit')!.click();
  await waitFor(() => !(el as unknown as { busy?: string }).busy, 'the sign-in');
  await el.updateComplete;
}

async function act(el: ZwQueueCounter, source: FakeCounter, action: string) {
  const before = source.calls.length;
  button(el, action).click();
  await waitFor(() => source.calls.length > before && !$(el, '.status')?.textContent?.includes('正在处理'), `${action} answered`, 3000);
  await el.updateComplete;
}

describe('zw-queue-counter', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible', async () => {
    const el = await counter(fakeCounterSource({ serving: 'B014' }), 'back-office-token-0123');
    await waitFor(() => text($(el, '.serving')) === 'B014', 'the window state');
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('signs in with the clerk’s credential, keeps the session for a reload, and signs out', async () => {
    const source = fakeCounterSource();
    const el = await counter(source);
    await signIn(el, 'S1003', GOOD_CREDENTIAL);
    expect(source.signIns).to.deep.equal([{ staffId: 'S1003', credential: GOOD_CREDENTIAL }]);
    expect(text($(el, '.clerk'))).to.equal('工作人员：李静（工号 ZWZX1003）');
    expect(el.shadowRoot!.activeElement?.id).to.equal('console-title');
    el.remove();
    const reloaded = await counter(source);
    expect(reloaded.signedIn?.staff.id).to.equal('S1003');
    $(reloaded, 'zw-button.sign-out')!.click();
    await reloaded.updateComplete;
    expect($(reloaded, '#sign-in-title')).to.exist;
    expect(source.signOuts).to.deep.equal(['session-S1003-0123456789']);
    expect(sessionStorage.length).to.equal(0);
  });

  it('says when the credential is wrong', async () => {
    const source = fakeCounterSource();
    const el = await counter(source);
    await signIn(el, 'S1004', 'not-the-right-credential');
    expect(text($(el, '[role=alert]'))).to.equal('工号或登录凭证不正确，请重试');
    expect(el.signedIn).to.equal(undefined);
  });

  it('calls each action with the window and the session token, and shows the result', async () => {
    const source = fakeCounterSource({ tickets: ['B015'] });
    const el = await counter(source);
    await signIn(el, 'S1003', GOOD_CREDENTIAL);
    const token = 'session-S1003-0123456789';
    await act(el, source, 'call-next');
    expect(source.calls.at(-1)).to.deep.equal({ action: 'call-next', window: '3', token });
    expect(text($(el, '.serving'))).to.equal('B015');
    expect(message(el)).to.equal('已叫号 B015');
    await act(el, source, 'recall');
    expect(message(el)).to.equal('已重呼 B015');
    expect(text($(el, '.rule'))).to.equal('过号规则：顺延 3 位（最多 2 次）');
    await act(el, source, 'no-show');
    expect(message(el)).to.equal('B015 已过号：顺延 3 位（最多 2 次）');
    expect(text($(el, '.serving'))).to.equal('无');
    await act(el, source, 'call-next');
    expect(message(el)).to.equal('暂无等候');
    await act(el, source, 'pause');
    expect(source.calls.at(-1)!.action).to.equal('pause');
    expect(text(button(el, 'pause'))).to.contain('恢复服务');
    expect(button(el, 'call-next').hasAttribute('disabled')).to.equal(true);
    await act(el, source, 'pause');
    expect(source.calls.at(-1)!.action).to.equal('resume');
    expect(message(el)).to.equal('已恢复服务');
  });

  it('transfers to a category or a window, and completes (the pad asks for the rating)', async () => {
    const source = fakeCounterSource({ serving: 'B014', tickets: ['B015'] });
    const el = await counter(source, 'back-office-token-0123');
    await waitFor(() => text($(el, '.serving')) === 'B014', 'the window state');
    button(el, 'transfer').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('transfer-title');
    ($(el, '#to-category') as HTMLSelectElement).value = 'social-insurance';
    $(el, 'section.transfer zw-button.confirm')!.click();
    await waitFor(() => source.calls.length === 1 && message(el) !== '正在处理…', 'the transfer', 3000);
    await el.updateComplete;
    expect(source.calls[0]).to.deep.equal({
      action: 'transfer',
      window: '3',
      token: 'back-office-token-0123',
      request: { category: 'social-insurance' },
    });
    expect(message(el)).to.equal('B014 已转至社保医保');
    await act(el, source, 'call-next');
    button(el, 'transfer').click();
    await el.updateComplete;
    ($(el, 'input[value=window]') as HTMLInputElement).checked = true;
    ($(el, '#to-window') as HTMLSelectElement).value = '4';
    $(el, 'section.transfer zw-button.confirm')!.click();
    await waitFor(() => message(el) === 'B015 已转至4号窗口', 'the second transfer', 3000);
    expect(source.calls[2].request).to.deep.equal({ window: '4' });
    source.tickets.push('B016');
    await act(el, source, 'call-next');
    await act(el, source, 'complete');
    expect(source.calls.at(-1)!.action).to.equal('complete');
    expect(message(el)).to.equal('B016 已办结。窗口评价器正在请群众评价本次服务。');
  });

  it('disables every action while one is in flight, and shows a 409 as a translated message', async () => {
    const source = fakeCounterSource({ serving: 'B014' });
    let release!: () => void;
    source.hold = new Promise((resolve) => (release = resolve));
    const el = await counter(source, 'back-office-token-0123');
    await waitFor(() => text($(el, '.serving')) === 'B014', 'the window state');
    source.failNext = new ZwServerError(409, 'window_paused', 'paused');
    button(el, 'recall').click();
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('zw-button.action')].every((b) => b.hasAttribute('disabled'))).to.equal(true);
    button(el, 'complete').click();
    release();
    await waitFor(() => !!$(el, '[role=alert]'), 'the error');
    expect(source.calls.map((call) => call.action)).to.deep.equal(['recall']);
    expect(text($(el, '[role=alert]'))).to.equal('窗口暂停服务中，请先恢复服务');
  });

  it('returns to sign-in with a message when the server ended the session (401)', async () => {
    const source = fakeCounterSource();
    const el = await counter(source);
    await signIn(el, 'S1003', GOOD_CREDENTIAL);
    source.failNext = new ZwServerError(401, 'session_expired', 'signed out at the end of the day');
    button(el, 'call-next').click();
    await waitFor(() => !!$(el, '#sign-in-title'), 'the sign-in form');
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal('登录已失效（下班后系统自动签退），请重新签到');
    expect(sessionStorage.length).to.equal(0);
    expect(el.shadowRoot!.activeElement?.id).to.equal('sign-in-title');
  });

  it('works by keyboard alone: letter shortcuts and Tab to the buttons', async () => {
    const source = fakeCounterSource({ tickets: ['B015'] });
    const el = await counter(source);
    ($(el, '#credential') as HTMLInputElement).focus();
    await sendKeys({ type: GOOD_CREDENTIAL });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !!el.signedIn, 'signed in by Enter');
    await el.updateComplete;
    // Focus is on the console's heading now: the letters act.
    await sendKeys({ press: 'n' });
    await waitFor(() => text($(el, '.serving')) === 'B015', 'N calls');
    await sendKeys({ press: 'r' });
    await waitFor(() => source.calls.length === 2, 'R recalls');
    expect(source.calls[1].action).to.equal('recall');
    expect(text($(el, '.shortcuts'))).to.contain('C 办结');
    await sendKeys({ press: 't' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('transfer-title');
    // Escape closes the panel; focus goes back to 转办.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, 'section.transfer') === null, 'the panel closed').to.equal(true);
    // Tab reaches the buttons; Enter presses one.
    button(el, 'pause').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => source.calls.length === 3, 'Enter on 暂停服务');
    expect(source.calls[2].action).to.equal('pause');
    await sendKeys({ press: 'P' });
    await waitFor(() => source.calls.length === 4, 'P resumes');
    expect(source.calls[3].action).to.equal('resume');
  });
});
