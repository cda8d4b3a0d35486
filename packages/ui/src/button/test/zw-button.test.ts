import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../zw-button.define.js';
import type { ZwButton } from '../zw-button.js';
import * as stories from '../stories/zw-button.stories.js';
import { describeStoryMatrix, renderStory } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';
import { center } from '@zhengwu/test-helpers/dom';

describe('zw-button', () => {
  it('is accessible', async () => {
    const el = await fixture<ZwButton>(html`<zw-button>取号</zw-button>`);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('is pressed by Enter and Space from the keyboard', async () => {
    const el = await fixture<ZwButton>(html`<zw-button>取号</zw-button>`);
    let clicks = 0;
    el.addEventListener('click', () => (clicks += 1));
    el.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(clicks).to.equal(2);
  });

  it('is pressed by a real pointer click, and not when disabled', async () => {
    const el = await fixture<ZwButton>(html`<zw-button>取号</zw-button>`);
    const clicked = oneEvent(el, 'click');
    await sendMouse({ type: 'click', position: center(el) });
    expect(await clicked).to.exist;
    el.disabled = true;
    await el.updateComplete;
    let clicks = 0;
    el.addEventListener('click', () => (clicks += 1));
    await sendMouse({ type: 'click', position: center(el) });
    expect(clicks).to.equal(0);
  });

  it('shows an error for an unknown variant', async () => {
    const el = await fixture<ZwButton>(html`<zw-button variant="shiny">x</zw-button>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('variant');
  });

  it('meets the elder sizes: ≥ 60×60 target, ≥ 24 px text, ≥ 7:1 contrast', async () => {
    const provider = await renderStory(html`<zw-button>取号</zw-button>`, 'zh-CN', 'elder');
    const button = provider.querySelector('zw-button')!.shadowRoot!.querySelector('button')!;
    const box = button.getBoundingClientRect();
    expect(box.height).to.be.at.least(60);
    expect(box.width).to.be.at.least(60);
    const style = getComputedStyle(button);
    expect(px(style.fontSize)).to.be.at.least(24);
    expect(px(style.lineHeight) / px(style.fontSize)).to.be.at.least(1.3);
    expect(contrastRatio(style.color, effectiveBackground(button))).to.be.at.least(7);
  });

  it('keeps normal targets at least 44×44', async () => {
    const el = await fixture<ZwButton>(html`<zw-button>办</zw-button>`);
    const box = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });
});
