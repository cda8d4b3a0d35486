import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../zw-keypad.define.js';
import type { ZwKeypad } from '../zw-keypad.js';
import * as stories from '../stories/zw-keypad.stories.js';
import { describeStoryMatrix, renderStory } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';
import { center } from '@zhengwu/test-helpers/dom';

const key = (el: ZwKeypad, name: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${name}"]`)!;

describe('zw-keypad', () => {
  it('is accessible', async () => {
    const el = await fixture<ZwKeypad>(html`<zw-keypad></zw-keypad>`);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('types digits by real pointer clicks and fires zw-key and input', async () => {
    const el = await fixture<ZwKeypad>(html`<zw-keypad></zw-keypad>`);
    const keys: string[] = [];
    let inputs = 0;
    el.addEventListener('zw-key', (event) => keys.push(event.detail.key));
    el.addEventListener('input', () => (inputs += 1));
    for (const digit of ['1', '0', '3']) await sendMouse({ type: 'click', position: center(key(el, digit)) });
    await sendMouse({ type: 'click', position: center(key(el, 'backspace')) });
    expect(el.value).to.equal('10');
    expect(keys).to.deep.equal(['1', '0', '3', 'backspace']);
    expect(inputs).to.equal(4);
    const submitted = oneEvent(el, 'zw-submit');
    await sendMouse({ type: 'click', position: center(key(el, 'submit')) });
    expect((await submitted).detail.value).to.equal('10');
  });

  it('has one tab stop and moves between keys with the arrow keys', async () => {
    const el = await fixture<ZwKeypad>(html`<zw-keypad></zw-keypad>`);
    const tabStops = [...el.shadowRoot!.querySelectorAll('button')].filter((b) => b.tabIndex === 0);
    expect(tabStops.map((b) => b.dataset.key)).to.deep.equal(['1']);
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(key(el, '2'));
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(key(el, '5'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(key(el, '0'));
    await sendKeys({ press: 'Enter' });
    expect(el.value).to.equal('0');
    expect(key(el, '0').tabIndex).to.equal(0);
    expect(key(el, '1').tabIndex).to.equal(-1);
  });

  it('accepts typing on a physical keyboard while focused', async () => {
    const el = await fixture<ZwKeypad>(html`<zw-keypad maxlength="4"></zw-keypad>`);
    el.focus();
    await sendKeys({ type: '12345' });
    expect(el.value, 'maxlength holds').to.equal('1234');
    await sendKeys({ press: 'Backspace' });
    expect(el.value).to.equal('123');
    await sendKeys({ press: 'Escape' });
    expect(el.value).to.equal('');
  });

  it('submits with Enter right after physical typing, but presses a key reached by arrows', async () => {
    const el = await fixture<ZwKeypad>(html`<zw-keypad></zw-keypad>`);
    const submitted: string[] = [];
    el.addEventListener('zw-submit', (event) => submitted.push(event.detail.value));
    el.focus();
    await sendKeys({ type: '42' });
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.deep.equal(['42']);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(el.value, 'Enter pressed the focused key 2').to.equal('422');
    expect(submitted).to.have.length(1);
  });

  it('offers X only as the 18th character of an ID number', async () => {
    const el = await fixture<ZwKeypad>(html`<zw-keypad layout="id-card"></zw-keypad>`);
    expect(key(el, 'X').getAttribute('aria-disabled')).to.equal('true');
    el.press('X');
    expect(el.value).to.equal('');
    el.value = '11010519491231002';
    await el.updateComplete;
    expect(key(el, 'X').getAttribute('aria-disabled')).to.equal('false');
    el.focus();
    await sendKeys({ press: 'x' });
    expect(el.value).to.equal('11010519491231002X');
    expect(key(el, '1').getAttribute('aria-disabled'), 'digits stop at 18').to.equal('true');
    expect(el.shadowRoot!.activeElement, 'focus stays on the keypad').to.exist;
  });

  it('names itself by its label, and its symbol keys by translated text', async () => {
    const el = await fixture<ZwKeypad>(html`<zw-keypad lang="en" label="Query code"></zw-keypad>`);
    expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Query code');
    expect(key(el, 'backspace').textContent!.trim()).to.equal('Delete');
    el.lang = 'zh-TW';
    el.label = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('數字鍵盤');
  });

  it('shows an error for a bad layout or maxlength', async () => {
    const el = await fixture<ZwKeypad>(html`<zw-keypad layout="phone"></zw-keypad>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('layout').and.contain('phone');
    const other = await fixture<ZwKeypad>(html`<zw-keypad maxlength="-2"></zw-keypad>`);
    expect(other.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('maxlength');
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`meets the elder sizes and 7:1 contrast (${theme})`, async () => {
      const provider = await renderStory(html`<zw-keypad layout="id-card"></zw-keypad>`, 'zh-CN', 'elder', theme);
      const el = provider.querySelector('zw-keypad')!;
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        const style = getComputedStyle(button);
        expect(box.height, button.dataset.key).to.be.at.least(60);
        expect(box.width, button.dataset.key).to.be.at.least(60);
        expect(px(style.fontSize), button.dataset.key).to.be.at.least(24);
        expect(px(style.lineHeight) / px(style.fontSize)).to.be.at.least(1.3);
        if (button.getAttribute('aria-disabled') !== 'true') {
          expect(contrastRatio(style.color, effectiveBackground(button)), button.dataset.key).to.be.at.least(7);
        }
      }
    });
  }
});
