import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../zw-steps.define.js';
import type { ZwStep, ZwSteps } from '../zw-steps.js';
import * as stories from '../stories/zw-steps.stories.js';
import { describeStoryMatrix, renderStory } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px, textElements } from '@zhengwu/test-helpers/a11y';

const FIVE: ZwStep[] = [
  { label: '阅读办事指南' },
  { label: '刷身份证', description: '将身份证放在感应区' },
  { label: '拍照' },
  { label: '确认信息' },
  { label: '领取社保卡' },
];

function items(el: ZwSteps): HTMLLIElement[] {
  return [...el.shadowRoot!.querySelectorAll('li')];
}

function statusTexts(el: ZwSteps): string[] {
  return items(el).map((li) => li.querySelector('.status')!.textContent!.trim());
}

function position(el: ZwSteps): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.position')!;
}

describe('zw-steps', () => {
  it('is accessible', async () => {
    const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE} current="3"></zw-steps>`);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  describe('structure', () => {
    it('is an ordered list with aria-current="step" on the current step only', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE} current="3"></zw-steps>`);
      const list = el.shadowRoot!.querySelector('ol')!;
      expect(list.getAttribute('aria-label')).to.equal('办理步骤');
      expect(items(el)).to.have.length(5);
      expect(items(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null]);
      expect(items(el).map((li) => li.querySelector('.label')!.textContent)).to.deep.equal(FIVE.map((s) => s.label));
      expect(items(el)[1].querySelector('.description')!.textContent).to.equal('将身份证放在感应区');
      expect(items(el)[0].querySelector('.description')).to.equal(null);
    });

    it('says where the visitor is as one string: "第 3 步，共 5 步"', async () => {
      const expected = { 'zh-CN': '第 3 步，共 5 步', 'zh-TW': '第 3 步，共 5 步', en: 'Step 3 of 5' };
      for (const [lang, text] of Object.entries(expected)) {
        const el = await fixture<ZwSteps>(html`<zw-steps lang=${lang} .steps=${FIVE} current="3"></zw-steps>`);
        const line = position(el);
        const texts = [...line.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        expect(texts, `${lang}: one text node`).to.have.length(1);
        expect(line.textContent, lang).to.equal(text);
        expect(line.children, `${lang}: no markup splits it`).to.have.length(0);
      }
    });

    it('writes each status in words, visibly, in every locale', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE} current="3"></zw-steps>`);
      expect(statusTexts(el)).to.deep.equal(['已完成', '已完成', '当前步骤', '未开始', '未开始']);
      expect(items(el).map((li) => li.dataset.status)).to.deep.equal(['done', 'done', 'current', 'todo', 'todo']);
      for (const li of items(el)) {
        const status = li.querySelector<HTMLElement>('.status')!;
        const box = status.getBoundingClientRect();
        expect(box.width, 'status is not visually hidden').to.be.greaterThan(10);
        expect(box.height).to.be.greaterThan(10);
        expect(getComputedStyle(status).visibility).to.equal('visible');
      }
      el.lang = 'en';
      await el.updateComplete;
      expect(statusTexts(el)).to.deep.equal(['Done', 'Done', 'Current step', 'Not started', 'Not started']);
      el.lang = 'zh-TW';
      await el.updateComplete;
      expect(statusTexts(el)).to.deep.equal(['已完成', '已完成', '目前步驟', '未開始', '未開始']);
    });

    it('marks done, current and to-do steps differently, not by colour alone', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE} current="2"></zw-steps>`);
      const [done, current, todo] = items(el).map((li) => li.querySelector<HTMLElement>('.marker')!);
      expect(done.textContent!.trim(), 'a tick, not a number').to.equal('');
      expect(getComputedStyle(done, '::before').content).to.not.equal('none');
      expect(current.textContent!.trim()).to.equal('2');
      expect(todo.textContent!.trim()).to.equal('3');
      expect(getComputedStyle(current).outlineStyle, 'current has a ring').to.equal('solid');
      expect(getComputedStyle(todo).outlineStyle).to.equal('none');
      expect(getComputedStyle(current).backgroundColor).to.not.equal(getComputedStyle(todo).backgroundColor);
      const currentLabel = items(el)[1].querySelector('.label')!;
      expect(Number(getComputedStyle(currentLabel).fontWeight)).to.be.at.least(700);
    });

    it('follows changes of current', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE} current="1"></zw-steps>`);
      expect(position(el).textContent).to.equal('第 1 步，共 5 步');
      el.current = 5;
      await el.updateComplete;
      expect(position(el).textContent).to.equal('第 5 步，共 5 步');
      expect(items(el)[4].getAttribute('aria-current')).to.equal('step');
      expect(
        statusTexts(el)
          .slice(0, 4)
          .every((s) => s === '已完成'),
      ).to.equal(true);
    });

    it('announces the position politely when it changes', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE}></zw-steps>`);
      expect(position(el).getAttribute('role')).to.equal('status');
    });

    it('takes a label for the list', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE} label="社保卡申领步骤"></zw-steps>`);
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('社保卡申领步骤');
    });

    it('adds no tab stop', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">a</button><zw-steps .steps=${FIVE}></zw-steps><button id="after">b</button></div>`,
      );
      await wrapper.querySelector('zw-steps')!.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
    });
  });

  describe('overview', () => {
    it('lists the procedure without position, statuses or a current step', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps overview .steps=${FIVE} current="3"></zw-steps>`);
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.querySelector('.position')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.status')).to.equal(null);
      expect(items(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, null, null, null]);
      expect(items(el).map((li) => li.querySelector('.marker')!.textContent!.trim())).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(el.statusOf(1)).to.equal('todo');
    });

    it('ignores current, so a guide need not set it', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps overview .steps=${FIVE} current="9"></zw-steps>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(items(el)).to.have.length(5);
    });
  });

  describe('steps attribute', () => {
    it('reads the steps from JSON', async () => {
      const el = await fixture<ZwSteps>(
        html`<zw-steps current="2" steps='[{"label":"取号"},{"label":"窗口办理","description":"请按叫号到窗口"}]'></zw-steps>`,
      );
      expect(el.steps).to.deep.equal([{ label: '取号' }, { label: '窗口办理', description: '请按叫号到窗口' }]);
      expect(items(el)).to.have.length(2);
      expect(position(el).textContent).to.equal('第 2 步，共 2 步');
      expect(items(el)[1].querySelector('.description')!.textContent).to.equal('请按叫号到窗口');
    });

    for (const bad of [
      '[{"label":"取号"}',
      'not json',
      '{"label":"取号"}',
      '[]',
      '[{"name":"取号"}]',
      '[{"label":""}]',
      '[{"label":3}]',
      '[{"label":"取号","description":5}]',
      '["取号"]',
      '[null]',
    ]) {
      it(`shows a translated error for steps='${bad}'`, async () => {
        const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE}></zw-steps>`);
        const reported = oneEvent(el, 'zw-config-error');
        el.setAttribute('steps', bad);
        const { error } = (await reported).detail;
        expect(error.attribute).to.equal('steps');
        expect(error.expected).to.equal('a JSON array of {label, description?}');
        expect(error.received).to.equal(bad);
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
        expect(alert, 'error state').to.exist;
        expect(alert.textContent).to.contain('组件配置有误').and.contain('steps').and.contain(bad);
        expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
        expect(alert.getBoundingClientRect().height).to.be.greaterThan(20);
      });
    }

    it('rejects a wrong shape set as a property too', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${[{ title: '取号' }] as unknown as ZwStep[]}></zw-steps>`);
      const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).to.contain('steps').and.contain('title');
    });

    it('shows an error, not a blank widget, when no steps are given', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps></zw-steps>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('steps');
      await expect(el).to.be.accessible();
    });

    it('recovers when the attribute is fixed', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps steps="[oops"></zw-steps>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      el.setAttribute('steps', '[{"label":"取号"}]');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(items(el)).to.have.length(1);
    });
  });

  describe('configuration', () => {
    for (const [attribute, value] of [
      ['current', '0'],
      ['current', '6'],
      ['current', '2.5'],
      ['current', 'two'],
      ['orientation', 'diagonal'],
    ]) {
      it(`shows a translated error for ${attribute}="${value}"`, async () => {
        const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE}></zw-steps>`);
        const reported = oneEvent(el, 'zw-config-error');
        el.setAttribute(attribute, value);
        expect((await reported).detail.error.attribute).to.equal(attribute);
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
        expect(alert, 'error state').to.exist;
        expect(alert.textContent).to.contain('组件配置有误').and.contain(attribute).and.contain(value);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('orientation', () => {
    it('stacks the steps vertically by default', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE}></zw-steps>`);
      const boxes = items(el).map((li) => li.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i += 1) {
        expect(boxes[i].top).to.be.at.least(boxes[i - 1].bottom - 1);
        expect(boxes[i].left).to.equal(boxes[0].left);
      }
    });

    it('lays the steps in a row with orientation="horizontal"', async () => {
      const el = await fixture<ZwSteps>(
        html`<div style="width: 760px"><zw-steps orientation="horizontal" .steps=${FIVE.slice(0, 4)}></zw-steps></div>`,
      ).then((div) => div.querySelector('zw-steps')!);
      await el.updateComplete;
      const boxes = items(el).map((li) => li.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i += 1) {
        expect(boxes[i].top).to.equal(boxes[0].top);
        expect(boxes[i].left).to.be.at.least(boxes[i - 1].right - 1);
      }
    });
  });

  describe('sizes', () => {
    for (const orientation of ['vertical', 'horizontal']) {
      it(`meets the elder sizes (${orientation}): text ≥ 24 px, line height ≥ 1.3, ≥ 7:1 contrast`, async () => {
        for (const theme of ['light', 'dark', 'high-contrast'] as const) {
          const provider = await renderStory(
            html`<zw-steps orientation=${orientation} .steps=${FIVE} current="3"></zw-steps>`,
            'zh-CN',
            'elder',
            theme,
          );
          const el = provider.querySelector('zw-steps')!;
          expect(px(getComputedStyle(position(el)).fontSize), 'position text').to.be.at.least(24);
          const texts = textElements(el.shadowRoot!);
          // position, 5 labels, 5 statuses, 1 description, the numbers of steps 3–5
          expect(texts.length).to.equal(1 + 5 + 5 + 1 + 3);
          for (const text of texts) {
            const where = `${theme}: ${text.className} "${text.textContent!.trim()}"`;
            const style = getComputedStyle(text);
            expect(px(style.fontSize), where).to.be.at.least(24);
            expect(px(style.lineHeight) / px(style.fontSize), where).to.be.at.least(1.3);
            expect(contrastRatio(style.color, effectiveBackground(text)), where).to.be.at.least(7);
          }
        }
      });
    }

    it('keeps normal text at least 16 px and the position larger than the steps', async () => {
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE}></zw-steps>`);
      for (const text of textElements(el.shadowRoot!)) {
        expect(px(getComputedStyle(text).fontSize)).to.be.at.least(16);
      }
      const label = el.shadowRoot!.querySelector('.label')!;
      expect(px(getComputedStyle(position(el)).fontSize)).to.be.greaterThan(px(getComputedStyle(label).fontSize));
    });
  });

  describe('forced colors', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none' }));

    it('keeps markers, lines and the current step visible with system colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<ZwSteps>(html`<zw-steps .steps=${FIVE} current="2"></zw-steps>`);
      const [done, current, todo] = items(el).map((li) => li.querySelector<HTMLElement>('.marker')!);
      for (const marker of [done, todo]) {
        const style = getComputedStyle(marker);
        expect(contrastRatio(style.borderTopColor, style.backgroundColor)).to.be.at.least(4.5);
      }
      const currentStyle = getComputedStyle(current);
      expect(currentStyle.forcedColorAdjust).to.equal('none');
      expect(contrastRatio(currentStyle.color, currentStyle.backgroundColor)).to.be.at.least(4.5);
      const line = getComputedStyle(items(el)[0], '::after');
      expect(line.borderInlineStartStyle).to.equal('solid');
      expect(px(line.borderInlineStartWidth)).to.be.at.least(2);
    });
  });
});
