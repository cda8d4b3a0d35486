import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../zw-letter-keyboard.define.js';
import type { ZwLetterKeyboard } from '../zw-letter-keyboard.js';
import type { ZwKeyEvent } from '../../events/zw-key-event.js';
import type { ZwSubmitEvent } from '../../events/zw-submit-event.js';
import * as stories from '../stories/zw-letter-keyboard.stories.js';
import { describeStoryMatrix, renderStory } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';
import { center } from '@zhengwu/test-helpers/dom';

function key(el: ZwLetterKeyboard, name: string): HTMLButtonElement {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${name}"]`);
  if (!button) throw new Error(`no key ${name}`);
  return button;
}

function keys(el: ZwLetterKeyboard): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
}

function focusedKey(el: ZwLetterKeyboard): string | undefined {
  return (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;
}

/** Letters of each on-screen row, top to bottom, from where the keys really are. */
function rowsOnScreen(el: ZwLetterKeyboard): string[] {
  const rows = new Map<number, HTMLButtonElement[]>();
  for (const button of keys(el).filter((b) => b.classList.contains('letter'))) {
    const top = Math.round(button.getBoundingClientRect().top);
    rows.set(top, [...(rows.get(top) ?? []), button]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) =>
      row
        .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
        .map((b) => b.dataset.key)
        .join(''),
    );
}

async function typed(el: ZwLetterKeyboard, text: string) {
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('zw-letter-keyboard', () => {
  it('is accessible', async () => {
    const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  describe('layout', () => {
    it('shows QWERTY rows of 10, 9 and 7 letters, then clear, delete and search', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      expect(rowsOnScreen(el)).to.deep.equal(['qwertyuiop', 'asdfghjkl', 'zxcvbnm']);
      const actions = keys(el).filter((b) => b.classList.contains('action'));
      expect(actions.map((b) => b.dataset.key)).to.deep.equal(['clear', 'backspace', 'submit']);
      expect(actions.map((b) => b.textContent!.trim())).to.deep.equal(['清空', '删除', '搜索']);
      const lastLetterRow = key(el, 'z').getBoundingClientRect().bottom;
      for (const action of actions) expect(action.getBoundingClientRect().top).to.be.greaterThan(lastLetterRow);
    });

    it('shows A to Z in order with layout="alphabetical"', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard layout="alphabetical"></zw-letter-keyboard>`);
      expect(rowsOnScreen(el)).to.deep.equal(['abcdefghij', 'klmnopqrs', 'tuvwxyz']);
    });

    it('shows each letter as one uppercase Latin letter, and names itself', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      const letters = keys(el).filter((b) => b.classList.contains('letter'));
      expect(letters).to.have.length(26);
      for (const button of letters) expect(button.textContent!.trim()).to.match(/^[A-Z]$/);
      expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('拼音首字母键盘');
    });

    it('translates its name and actions, and takes a label attribute', async () => {
      const en = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard lang="en"></zw-letter-keyboard>`);
      expect(en.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Pinyin initials keyboard');
      expect(key(en, 'submit').textContent!.trim()).to.equal('Search');
      const tw = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard lang="zh-TW"></zw-letter-keyboard>`);
      expect(key(tw, 'submit').textContent!.trim()).to.equal('搜尋');
      const named = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard label="事项名称首字母"></zw-letter-keyboard>`);
      expect(named.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('事项名称首字母');
    });
  });

  describe('keyboard', () => {
    it('has one tab stop', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard value="s"></zw-letter-keyboard>`);
      const stops = keys(el).filter((b) => b.tabIndex === 0);
      expect(stops).to.have.length(1);
      expect(stops[0].dataset.key).to.equal('q');
    });

    it('moves focus with the arrows: left/right along a row, up/down to the nearest key', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      el.focus();
      expect(focusedKey(el)).to.equal('q');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedKey(el)).to.equal('w');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedKey(el)).to.equal('s');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedKey(el)).to.equal('x');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedKey(el)).to.equal('s');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedKey(el)).to.equal('w');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedKey(el)).to.equal('q');
      await sendKeys({ press: 'End' });
      expect(focusedKey(el)).to.equal('submit');
      await sendKeys({ press: 'Home' });
      expect(focusedKey(el)).to.equal('q');
      // the tab stop follows focus
      expect(
        keys(el)
          .filter((b) => b.tabIndex === 0)
          .map((b) => b.dataset.key),
      ).to.deep.equal(['q']);
    });

    it('goes down from the last letter row to the action row', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard value="s"></zw-letter-keyboard>`);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedKey(el)).to.equal('z');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedKey(el)).to.equal('clear');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedKey(el)).to.equal('backspace');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedKey(el)).to.equal('c');

      // while nothing is typed, clear and delete stay reachable but say they are unavailable
      const empty = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      key(empty, 'z').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedKey(empty)).to.equal('clear');
      expect(key(empty, 'clear').getAttribute('aria-disabled')).to.equal('true');
    });

    it('types letters, deletes with Backspace and clears with Escape', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      el.focus();
      await typed(el, 'sfz');
      expect(el.value).to.equal('sfz');
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.value).to.equal('sf');
      await sendKeys({ press: 'Shift+Z' });
      await el.updateComplete;
      expect(el.value, 'uppercase is typed lowercase').to.equal('sfz');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.value).to.equal('');
      await typed(el, '1-');
      expect(el.value, 'other characters are ignored').to.equal('');
    });

    it('submits with Enter after typing', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      el.focus();
      await typed(el, 'sfz');
      const submitted = oneEvent(el, 'zw-submit');
      const changed = oneEvent(el, 'change');
      await sendKeys({ press: 'Enter' });
      expect((await submitted).detail).to.deep.equal({ value: 'sfz' });
      expect(await changed).to.exist;
      expect(el.value, 'Enter typed nothing').to.equal('sfz');
    });

    it('presses the focused key with Enter or Space after moving with the arrows', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      let submits = 0;
      el.addEventListener('zw-submit', () => (submits += 1));
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.value).to.equal('aa');
      expect(submits).to.equal(0);
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
      expect(submits).to.equal(1);
    });

    it('keeps focus when the focused key becomes unavailable', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard maxlength="2"></zw-letter-keyboard>`);
      el.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.value).to.equal('qq');
      expect(key(el, 'q').getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.activeElement, 'focus stayed on the key').to.equal(key(el, 'q'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.value, 'an unavailable key does nothing').to.equal('qq');
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.value, 'the physical keyboard still works').to.equal('q');
    });

    it('stops at maxlength', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard maxlength="3"></zw-letter-keyboard>`);
      el.focus();
      await typed(el, 'sfzh');
      expect(el.value).to.equal('sfz');
      const unavailable = (b: HTMLButtonElement) => b.getAttribute('aria-disabled') === 'true';
      expect(
        keys(el)
          .filter((b) => b.classList.contains('letter'))
          .every(unavailable),
      ).to.equal(true);
      expect(unavailable(key(el, 'backspace'))).to.equal(false);
      expect(unavailable(key(el, 'submit'))).to.equal(false);
    });
  });

  describe('pointer', () => {
    it('types with real clicks on the keys, and deletes and clears', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      for (const letter of 'sfz') {
        await sendMouse({ type: 'click', position: center(key(el, letter)) });
        await el.updateComplete;
      }
      expect(el.value).to.equal('sfz');
      await sendMouse({ type: 'click', position: center(key(el, 'backspace')) });
      await el.updateComplete;
      expect(el.value).to.equal('sf');
      await sendMouse({ type: 'click', position: center(key(el, 'clear')) });
      await el.updateComplete;
      expect(el.value).to.equal('');
    });

    it('submits with the search key', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard value="sb"></zw-letter-keyboard>`);
      const submitted = oneEvent(el, 'zw-submit');
      await sendMouse({ type: 'click', position: center(key(el, 'submit')) });
      expect((await submitted).detail.value).to.equal('sb');
    });

    it('ignores clicks on disabled keys', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard value="ab" maxlength="2"></zw-letter-keyboard>`);
      let inputs = 0;
      el.addEventListener('input', () => (inputs += 1));
      await sendMouse({ type: 'click', position: center(key(el, 'k')) });
      await el.updateComplete;
      expect(el.value).to.equal('ab');
      expect(inputs).to.equal(0);
    });
  });

  describe('events', () => {
    it('fires zw-key and input with the key and the new value', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard value="s"></zw-letter-keyboard>`);
      const seen: ZwKeyEvent['detail'][] = [];
      const inputs: (string | null)[] = [];
      el.addEventListener('zw-key', (event) => seen.push(event.detail));
      el.addEventListener('input', (event) => inputs.push((event as InputEvent).data));
      el.press('f');
      el.press('backspace');
      el.press('clear');
      el.press('submit');
      expect(seen).to.deep.equal([
        { key: 'f', value: 'sf' },
        { key: 'backspace', value: 's' },
        { key: 'clear', value: '' },
        { key: 'submit', value: '' },
      ]);
      expect(inputs).to.deep.equal(['f', null, null]);
    });

    it('fires zw-submit and change on submit, bubbling out of the shadow root', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><zw-letter-keyboard value="sfz"></zw-letter-keyboard></div>`);
      const el = wrapper.querySelector('zw-letter-keyboard')!;
      await el.updateComplete;
      const order: string[] = [];
      let detail: ZwSubmitEvent['detail'] | undefined;
      wrapper.addEventListener('zw-submit', (event) => {
        order.push('zw-submit');
        detail = event.detail;
      });
      wrapper.addEventListener('change', () => order.push('change'));
      el.press('submit');
      expect(order).to.deep.equal(['zw-submit', 'change']);
      expect(detail).to.deep.equal({ value: 'sfz' });
    });

    it('ignores keys it does not have', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      let events = 0;
      el.addEventListener('zw-key', () => (events += 1));
      el.press('1');
      el.press('A');
      el.press('backspace');
      expect(el.value).to.equal('');
      expect(events).to.equal(0);
    });
  });

  describe('configuration', () => {
    for (const [attribute, value] of [
      ['layout', 'dvorak'],
      ['maxlength', '0'],
      ['maxlength', 'three'],
      ['value', 'sfz1'],
    ]) {
      it(`shows a translated error for ${attribute}="${value}"`, async () => {
        const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
        const reported = oneEvent(el, 'zw-config-error');
        el.setAttribute(attribute, value);
        const event = await reported;
        expect(event.detail.error.attribute).to.equal(attribute);
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
        expect(alert, 'error state').to.exist;
        expect(alert.textContent).to.contain('组件配置有误').and.contain(attribute).and.contain(value);
        expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('lowers an uppercase value', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard value="SFZ"></zw-letter-keyboard>`);
      expect(el.value).to.equal('sfz');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  });

  describe('sizes', () => {
    it('meets the elder sizes: ≥ 60×60 keys, ≥ 24 px text, line height ≥ 1.3, ≥ 7:1 contrast', async () => {
      const provider = await renderStory(html`<zw-letter-keyboard value="sf"></zw-letter-keyboard>`, 'zh-CN', 'elder');
      const el = provider.querySelector('zw-letter-keyboard')!;
      for (const button of keys(el)) {
        const where = `key ${button.dataset.key}`;
        const box = button.getBoundingClientRect();
        expect(box.height, where).to.be.at.least(60);
        expect(box.width, where).to.be.at.least(60);
        const style = getComputedStyle(button);
        expect(px(style.fontSize), where).to.be.at.least(24);
        expect(px(style.lineHeight) / px(style.fontSize), where).to.be.at.least(1.3);
        expect(contrastRatio(style.color, effectiveBackground(button)), where).to.be.at.least(7);
      }
      expect(px(getComputedStyle(key(el, 'q')).fontSize), 'letters are large').to.be.at.least(32);
    });

    it('keeps normal keys at least 48×48 with large letters', async () => {
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard></zw-letter-keyboard>`);
      for (const button of keys(el)) {
        const box = button.getBoundingClientRect();
        expect(box.height).to.be.at.least(48);
        expect(box.width).to.be.at.least(48);
      }
      expect(px(getComputedStyle(key(el, 'q')).fontSize)).to.be.at.least(24);
    });
  });

  describe('forced colors', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none' }));

    it('keeps every key label readable with system colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await fixture<ZwLetterKeyboard>(html`<zw-letter-keyboard value="s"></zw-letter-keyboard>`);
      const submit = key(el, 'submit');
      const style = getComputedStyle(submit);
      // the search key keeps its own colours, so no Canvas backplate hides HighlightText
      expect(style.forcedColorAdjust).to.equal('none');
      expect(contrastRatio(style.color, style.backgroundColor)).to.be.at.least(4.5);
      for (const name of ['q', 'clear']) {
        const button = key(el, name);
        expect(getComputedStyle(button).borderTopStyle, `${name} has a visible border`).to.equal('solid');
      }
    });
  });
});
