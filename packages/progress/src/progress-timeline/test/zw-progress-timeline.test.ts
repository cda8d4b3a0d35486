import { expect, fixture, html } from '@open-wc/testing';
import '../zw-progress-timeline.define.js';
import type { ZwProgressTimeline } from '../zw-progress-timeline.js';
import * as stories from '../stories/zw-progress-timeline.stories.js';
import { correction, dueTomorrow, finished, paused } from '../stories/sample-applications.js';
import { timelineEntries } from '../timeline-entries.js';
import { describeStoryMatrix } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';

const items = (el: ZwProgressTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol > li')];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('zw-progress-timeline', () => {
  it('is accessible', async () => {
    const el = await fixture<ZwProgressTimeline>(html`<zw-progress-timeline .application=${dueTomorrow}></zw-progress-timeline>`);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('lists every stage in order with the current one marked and the position as one string', async () => {
    const el = await fixture<ZwProgressTimeline>(html`<zw-progress-timeline .application=${dueTomorrow}></zw-progress-timeline>`);
    expect(text(el.shadowRoot!.querySelector('.position'))).to.equal('第 4 步，共 4 步');
    const list = items(el);
    expect(list.map((li) => li.querySelector('.name bdi')!.textContent)).to.deep.equal(['受理', '审核', '缴税', '登簿']);
    expect(list.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, null, 'step']);
    expect(list.map((li) => li.querySelector('.result')!.textContent)).to.deep.equal(['通过', '通过', '通过', '正在办理']);
    // Each stage names its department; the tax stage is another department's.
    expect(text(list[2].querySelector('dl'))).to.contain('国家税务总局示例市税务局');
    expect(text(list[0].querySelector('dl'))).to.contain('杨*');
    expect(text(list[0].querySelector('dl'))).to.match(/2026年3月12日 09:40/);
  });

  it('shows a 特别程序 in time order, with its reason and the clock paused', async () => {
    const el = await fixture<ZwProgressTimeline>(html`<zw-progress-timeline .application=${paused}></zw-progress-timeline>`);
    const list = items(el);
    expect(list.map((li) => li.className.trim().split(' ')[1])).to.deep.equal(['stage', 'stage', 'pause']);
    const pause = list[2];
    expect(text(pause)).to.contain('特别程序：专家评审');
    expect(text(pause)).to.contain('冷链食品贮存工艺需组织专家评审');
    expect(text(pause)).to.contain('期间暂停计时');
  });

  it('lists what a 补正 needs and says the clock starts again', async () => {
    const el = await fixture<ZwProgressTimeline>(html`<zw-progress-timeline .application=${correction}></zw-progress-timeline>`);
    const missing = el.shadowRoot!.querySelector('[part="missing"]')!;
    expect([...missing.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(correction.stages[1].missing);
    expect(text(missing)).to.contain('补齐后重新计时');
    expect(items(el)[1].getAttribute('aria-current')).to.equal('step');
    expect(items(el)[1].querySelector('.result')!.textContent).to.equal('需补正');
  });

  it("says the clock pauses under a 补正 when that is the hall's rule", async () => {
    const el = await fixture<ZwProgressTimeline>(
      html`<zw-progress-timeline correction-rule="pause" .application=${correction}></zw-progress-timeline>`,
    );
    expect(text(el.shadowRoot!.querySelector('[part="missing"]'))).to.contain('补正期间暂停计时');
  });

  it('marks nothing current once finished and can hide handlers', async () => {
    const el = await fixture<ZwProgressTimeline>(html`<zw-progress-timeline .application=${finished} hide-handler></zw-progress-timeline>`);
    expect(text(el.shadowRoot!.querySelector('.position'))).to.equal('全部 2 个环节已完成');
    expect(items(el).some((li) => li.hasAttribute('aria-current'))).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('ol'))).not.to.contain('周*');
  });

  it('speaks English and Traditional Chinese', async () => {
    const en = await fixture<ZwProgressTimeline>(html`<zw-progress-timeline lang="en" .application=${paused}></zw-progress-timeline>`);
    expect(text(en.shadowRoot!.querySelector('.position'))).to.equal('Stage 2 of 2');
    expect(text(items(en)[2])).to.contain('Special procedure: expert review');
    const tw = await fixture<ZwProgressTimeline>(
      html`<zw-progress-timeline lang="zh-TW" .application=${correction}></zw-progress-timeline>`,
    );
    expect(text(tw.shadowRoot!.querySelector('[part="missing"]'))).to.contain('需補正的材料');
  });

  it('grows text in elder mode and keeps 7:1 contrast for the current result', async () => {
    const el = await fixture<ZwProgressTimeline>(
      html`<zw-progress-timeline mode="elder" .application=${dueTomorrow}></zw-progress-timeline>`,
    );
    const name = el.shadowRoot!.querySelector<HTMLElement>('.name')!;
    expect(px(getComputedStyle(name).fontSize)).to.be.at.least(24);
    const current = el.shadowRoot!.querySelector<HTMLElement>('.result.current')!;
    expect(contrastRatio(getComputedStyle(current).color, effectiveBackground(current))).to.be.at.least(7);
  });

  it('orders stages and pauses by when they started (plain module)', () => {
    const entries = timelineEntries({
      status: 'paused',
      stages: [
        { name: 'a', startedAt: '2026-03-12T09:00:00+08:00', endedAt: '2026-03-12T10:00:00+08:00' },
        { name: 'b', startedAt: '2026-03-13T09:00:00+08:00' },
      ],
      pauses: [{ procedure: 'hearing', reason: 'r', startedAt: '2026-03-12T12:00:00+08:00', endedAt: '2026-03-12T13:00:00+08:00' }],
    });
    expect(entries.map((entry) => entry.type)).to.deep.equal(['stage', 'pause', 'stage']);
    expect(entries.map((entry) => (entry.type === 'stage' ? entry.current : entry.open))).to.deep.equal([false, false, true]);
  });
});
