import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../zw-deadline.define.js';
import type { ZwDeadline } from '../zw-deadline.js';
import * as stories from '../stories/zw-deadline.stories.js';
import {
  CALENDARS,
  STORY_TODAY,
  correction,
  dueTomorrow,
  finished,
  immediate,
  overdue,
  paused,
  provisional,
} from '../../progress-timeline/stories/sample-applications.js';
import { deadlineMessage, yearsNeeded } from '../deadline-message.js';
import { describeStoryMatrix } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';
import { text, waitFor } from '@zhengwu/test-helpers/dom';
import { hallServer, hangingServer, refusingHall } from '@zhengwu/test-helpers/hall-server';
import type { Application } from '@zhengwu/core/contract';

const $ = (el: ZwDeadline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const sentence = (el: ZwDeadline) => text($(el, '.sentence'));

async function shown(application: Application, today = STORY_TODAY, lang = 'zh-CN'): Promise<ZwDeadline> {
  return fixture<ZwDeadline>(
    html`<zw-deadline lang=${lang} .application=${application} .calendars=${CALENDARS} today=${today}></zw-deadline>`,
  );
}

describe('zw-deadline', () => {
  it('is accessible', async () => {
    const el = await shown(dueTomorrow);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('says each state as one sentence', async () => {
    const cases: [Application, string, string][] = [
      [dueTomorrow, STORY_TODAY, '还剩 1 个工作日（3月19日截止）'],
      [dueTomorrow, '2026-03-13', '还剩 4 个工作日（3月19日截止）'],
      [dueTomorrow, '2026-03-19', '今天截止（3月19日）'],
      [overdue, STORY_TODAY, '已超期 2 个工作日（3月16日截止）'],
      [paused, STORY_TODAY, '计时暂停：特别程序期间不计入时限，还剩 5 个工作日'],
      [correction, STORY_TODAY, '等待补正材料：材料补齐后重新计时，时限 25 个工作日'],
      [finished, STORY_TODAY, '已办结，未超过承诺时限（3月18日截止）'],
      [immediate, STORY_TODAY, '即办件：材料齐全的当场办结'],
    ];
    for (const [application, today, expected] of cases) {
      const el = await shown(application, today);
      expect(sentence(el), `${application.id} on ${today}`).to.equal(expected);
      // One text node: read at once, never split by markup.
      expect($(el, '.sentence')!.childNodes.length).to.be.at.most(3);
      expect([...$(el, '.sentence')!.children]).to.have.length(0);
    }
  });

  it('shows overdue with a sign and a heavy frame, not colour alone', async () => {
    const el = await shown(overdue);
    const box = $(el, '.deadline')!;
    expect(box.classList.contains('overdue')).to.equal(true);
    expect($(el, '.icon')!.dataset.tone).to.equal('overdue');
    expect($(el, '.icon')!.getAttribute('aria-hidden')).to.equal('true');
    expect(px(getComputedStyle(box).borderInlineStartWidth)).to.be.at.least(8);
    const words = $(el, '.sentence')!;
    expect(contrastRatio(getComputedStyle(words).color, effectiveBackground(words))).to.be.at.least(4.5);
  });

  it('marks a count into an unpublished year provisional and names the year', async () => {
    const el = await shown(provisional, '2026-12-28');
    expect(sentence(el)).to.equal('还剩 8 个工作日（2027年1月7日截止）');
    expect(text($(el, '.provisional'))).to.contain('2027年节假日安排尚未公布');
    const published = await shown(dueTomorrow);
    expect($(published, '.provisional')).to.equal(null);
  });

  it('counts from attributes alone on a portal page, in natural days', async () => {
    const el = await fixture<ZwDeadline>(
      html`<zw-deadline accepted-on="2026-03-09" limit="20" unit="day" today=${STORY_TODAY} .calendars=${CALENDARS}></zw-deadline>`,
    );
    // Day 20 is Sunday 29 March: the period ends on the next working day.
    expect(sentence(el)).to.equal('还剩 12 天（3月30日截止）');
    expect(text($(el, '.limit'))).to.equal('承诺时限 20 天，自受理次日起算');
  });

  it('speaks English and Traditional Chinese with plurals', async () => {
    expect(sentence(await shown(dueTomorrow, STORY_TODAY, 'en'))).to.equal('1 working day left (due March 19)');
    expect(sentence(await shown(overdue, STORY_TODAY, 'en'))).to.equal('Overdue by 2 working days (was due March 16)');
    expect(sentence(await shown(overdue, STORY_TODAY, 'zh-TW'))).to.equal('已超期 2 個工作日（3月16日截止）');
  });

  it('fails loudly on bad attributes', async () => {
    for (const [attrs, attribute] of [
      [{ 'accepted-on': '2026-02-30' }, 'accepted-on'],
      [{}, 'accepted-on'],
      [{ 'accepted-on': '2026-03-09', limit: '-1' }, 'limit'],
      [{ 'accepted-on': '2026-03-09', unit: 'week' }, 'unit'],
      [{ 'accepted-on': '2026-03-09', today: 'tomorrow' }, 'today'],
    ] as [Record<string, string>, string][]) {
      const el = document.createElement('zw-deadline');
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      el.calendars = CALENDARS;
      const errors: string[] = [];
      el.addEventListener('zw-config-error', (event) => errors.push(event.detail.error.attribute));
      await fixture(el);
      expect(errors, JSON.stringify(attrs)).to.deep.equal([attribute]);
      expect(el.shadowRoot!.querySelector('[part="config-error"]')).to.exist;
    }
  });

  it('grows in elder mode', async () => {
    const el = await fixture<ZwDeadline>(
      html`<zw-deadline mode="elder" .application=${dueTomorrow} .calendars=${CALENDARS} today=${STORY_TODAY}></zw-deadline>`,
    );
    expect(px(getComputedStyle($(el, '.sentence')!).fontSize)).to.be.at.least(30);
  });

  it('plain modules: messages and the years to load', () => {
    expect(deadlineMessage({ kind: 'immediate' })).to.deep.equal({ key: 'immediate', tone: 'done' });
    expect(yearsNeeded('2026-12-24', '2026-12-28')).to.deep.equal([2026, 2027]);
    expect(yearsNeeded('2025-12-01', '2026-03-01')).to.deep.equal([2025, 2026, 2027]);
  });

  describe('against the real hall server', () => {
    it('loads the calendars it needs and counts with them', async () => {
      const { url } = await hallServer();
      const el = await fixture<ZwDeadline>(
        html`<zw-deadline api-base=${`${url}/api`} accepted-on="2026-02-13" limit="3" today="2026-02-14"></zw-deadline>`,
      );
      await waitFor(() => el.status === 'ready', 'calendars loaded');
      await el.updateComplete;
      // 2026-02-14 is a 调休 Saturday; then 春节 until the 23rd: due on the 25th.
      expect(sentence(el)).to.equal('还剩 2 个工作日（2月25日截止）');
    });

    it('live: a calendar imported by the hall recounts an open countdown', async () => {
      const { url, staffToken } = await hallServer();
      // A year far enough ahead that no other test publishes it.
      const el = await fixture<ZwDeadline>(
        html`<zw-deadline live api-base=${`${url}/api`} accepted-on="2099-09-29" limit="3" today="2099-09-29"></zw-deadline>`,
      );
      await waitFor(() => el.status === 'ready', 'calendars loaded');
      await el.updateComplete;
      expect(sentence(el)).to.equal('还剩 3 个工作日（10月2日截止）');
      expect(text($(el, '.provisional'))).to.contain('2099年');
      await waitFor(() => Boolean((el as unknown as { stream: { state: string } }).stream.state === 'open'), 'the event stream');
      const days = ['2099-10-01', '2099-10-02', '2099-10-03', '2099-10-04', '2099-10-05'].map((date) => ({ date, isOffDay: true }));
      const put = await fetch(`${url}/api/calendar/2099`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${staffToken}` },
        body: JSON.stringify({ year: 2099, days }),
      });
      expect(put.status).to.be.oneOf([200, 201]);
      await waitFor(() => sentence(el) === '还剩 3 个工作日（10月7日截止）', 'recounted on the published days', 8000);
      expect($(el, '.provisional')).to.equal(null);
    }).timeout(20_000);

    it('live: a reset (events were missed) recounts with the calendars the hall has now', async () => {
      const { url, staffToken } = await hallServer();
      // The stream is the server's only in shape: it says nothing until the test sends a reset.
      let push: (text: string) => void = () => undefined;
      const realFetch = window.fetch.bind(window);
      const fetches = sinon.stub(window, 'fetch').callsFake((input, init) => {
        if (!String(input).includes('/api/events')) return realFetch(input, init);
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            push = (line) => controller.enqueue(new TextEncoder().encode(line));
            push('retry: 3000\n: connected\n\n');
          },
        });
        return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }));
      });
      try {
        const el = await fixture<ZwDeadline>(
          html`<zw-deadline live api-base=${`${url}/api`} accepted-on="2098-09-29" limit="3" today="2098-09-29"></zw-deadline>`,
        );
        await waitFor(() => el.status === 'ready', 'calendars loaded');
        await el.updateComplete;
        expect(sentence(el)).to.equal('还剩 3 个工作日（10月2日截止）');
        await waitFor(() => (el as unknown as { stream: { state: string } }).stream.state === 'open', 'the event stream');
        const days = ['2098-10-01', '2098-10-02', '2098-10-03'].map((date) => ({ date, isOffDay: true }));
        const put = await realFetch(`${url}/api/calendar/2098`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${staffToken}` },
          body: JSON.stringify({ year: 2098, days }),
        });
        expect(put.status).to.be.oneOf([200, 201]);
        // The import's event never reached this stream: only the reset can bring the new days.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(sentence(el)).to.equal('还剩 3 个工作日（10月2日截止）');
        push('event: reset\nid: 99999\ndata: {"type":"reset"}\n\n');
        await waitFor(() => sentence(el) === '还剩 3 个工作日（10月7日截止）', 'recounted after the reset', 8000);
      } finally {
        fetches.restore();
      }
    }).timeout(20_000);

    it('lives all day: each countdown closes its event stream when it leaves the page', async () => {
      const { url } = await hallServer();
      const state = (el: ZwDeadline) => (el as unknown as { stream: { state: string } }).stream.state;
      const removed: ZwDeadline[] = [];
      for (let round = 0; round < 10; round += 1) {
        const el = await fixture<ZwDeadline>(
          html`<zw-deadline live api-base=${`${url}/api`} accepted-on="2026-03-09" limit="5"></zw-deadline>`,
        );
        await waitFor(() => state(el) === 'open', 'the event stream');
        el.remove();
        removed.push(el);
      }
      expect(removed.map(state)).to.deep.equal(Array(10).fill('closed'));
    }).timeout(30_000);

    it('a hanging API, an HTML 404 and a refused origin each end in their own message', async () => {
      const hanging = await hangingServer();
      const refusing = await refusingHall();
      for (const [base, kind] of [
        [`${hanging}/api`, 'timeout'],
        ['/no-such-portal-path/api', 'not-hall-api'],
        [`${refusing}/api`, 'origin-refused'],
      ]) {
        const el = await fixture<ZwDeadline>(
          html`<zw-deadline api-base=${base} request-timeout="1000" accepted-on="2026-03-09" limit="5"></zw-deadline>`,
        );
        await waitFor(() => el.status !== 'loading' && el.status !== 'idle', `${kind} settles`, 6000);
        expect(el.status).to.equal(kind);
        expect($(el, '.failure[role="alert"] zw-button'), `${kind}: a retry`).to.exist;
      }
    }).timeout(20_000);
  });
});
