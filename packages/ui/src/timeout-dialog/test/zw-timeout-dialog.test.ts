import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ManualClock } from '@zhengwu/core';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../zw-timeout-dialog.define.js';
import type { ZwTimeoutDialog } from '../zw-timeout-dialog.js';
import type { ZwButton } from '../../button/zw-button.js';
import * as stories from '../stories/zw-timeout-dialog.stories.js';
import { describeStoryMatrix, renderStory, settle, storiesOf } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';
import { center } from '@zhengwu/test-helpers/dom';

const FAKE = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] as const;

function partsOf(el: ZwTimeoutDialog) {
  const root = el.shadowRoot!;
  return {
    dialog: root.querySelector('dialog')!,
    title: root.querySelector<HTMLElement>('[part="title"]')!,
    message: root.querySelector<HTMLElement>('[part="message"]')!,
    status: root.querySelector<HTMLElement>('[role="status"]')!,
    extend: root.querySelector<ZwButton>('zw-button[part="extend"]')!,
    end: root.querySelector<ZwButton>('zw-button[part="end"]')!,
  };
}

/** The number of seconds a zh-CN countdown sentence shows. */
function secondsIn(element: Element): number {
  const match = /，(\d+) 秒后/.exec(element.textContent ?? '');
  return match ? Number(match[1]) : Number.NaN;
}

/** Records the timeout events an element fires, in order. */
function recordEvents(el: HTMLElement) {
  const seen: string[] = [];
  el.addEventListener('zw-timeout-warning', (event) => seen.push(`warning:${event.detail.seconds}`));
  el.addEventListener('zw-timeout-extend', () => seen.push('extend'));
  el.addEventListener('zw-timeout', (event) => seen.push(`timeout:${event.detail.reason}`));
  return seen;
}

describe('zw-timeout-dialog', () => {
  it('is accessible', async () => {
    const el = await fixture<ZwTimeoutDialog>(html`<zw-timeout-dialog></zw-timeout-dialog>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible when the warning is open (modal)', async () => {
    const clock = sinon.useFakeTimers({ toFake: [...FAKE] });
    let el: ZwTimeoutDialog;
    try {
      el = await fixture<ZwTimeoutDialog>(html`<zw-timeout-dialog timeout="5"></zw-timeout-dialog>`);
      clock.tick(5_000);
      await el.updateComplete;
    } finally {
      clock.restore();
    }
    const { dialog } = partsOf(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('stories open the warning through a clock they move, at 25 s and at the last second', async () => {
    for (const [name, seconds] of [
      ['Open', 25],
      ['LastSecond', 1],
    ] as const) {
      const story = storiesOf(stories).find((candidate) => candidate.name === name)!;
      const el = (await renderStory(story.render())).querySelector('zw-timeout-dialog')!;
      expect(partsOf(el).dialog.matches(':modal'), name).to.equal(true);
      expect(secondsIn(partsOf(el).message), name).to.equal(seconds);
    }
  });

  describe('with a fake clock', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: [...FAKE] });
    });
    afterEach(async () => {
      clock.restore();
      await resetMouse();
    });

    async function tick(el: ZwTimeoutDialog, ms: number) {
      clock.tick(ms);
      await el.updateComplete;
    }

    async function setup(timeout = 60, warning = 30, lang = 'zh-CN') {
      const el = await fixture<ZwTimeoutDialog>(
        html`<zw-timeout-dialog lang=${lang} timeout=${timeout} warning=${warning}></zw-timeout-dialog>`,
      );
      return { el, seen: recordEvents(el), ...partsOf(el) };
    }

    it('opens a modal after `timeout` seconds, with focus on 继续使用, and fires zw-timeout-warning', async () => {
      const { el, seen, dialog, title, message, extend } = await setup(60, 30);
      await tick(el, 59_999);
      expect(dialog.open, 'not yet').to.equal(false);
      expect(seen).to.deep.equal([]);
      await tick(el, 1);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.open).to.equal(true);
      expect(seen).to.deep.equal(['warning:30']);
      expect(title.textContent).to.equal('您还在使用吗？');
      expect(message.textContent).to.equal('为保护您的信息，30 秒后将返回首页并清除本次填写的内容。');
      expect(extend.textContent!.trim()).to.equal('继续使用');
      expect(el.shadowRoot!.activeElement, 'focus on the extend button').to.equal(extend);
      expect(extend.shadowRoot!.activeElement?.localName).to.equal('button');
      expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
      expect(dialog.getAttribute('aria-describedby')).to.equal('message');
    });

    it('updates the visible countdown every second, but speaks it only once more at 10 s left', async () => {
      const { el, message, status } = await setup(10, 30);
      await tick(el, 10_000);
      expect(secondsIn(message)).to.equal(30);
      expect(status.textContent!.trim(), 'the start is spoken by the dialog itself').to.equal('');
      await tick(el, 1_000);
      expect(secondsIn(message)).to.equal(29);
      expect(status.textContent!.trim()).to.equal('');
      await tick(el, 18_000);
      expect(secondsIn(message)).to.equal(11);
      expect(status.textContent!.trim()).to.equal('');
      await tick(el, 1_000);
      expect(secondsIn(message)).to.equal(10);
      expect(secondsIn(status)).to.equal(10);
      await tick(el, 1_000);
      expect(secondsIn(message)).to.equal(9);
      expect(secondsIn(status), 'not re-announced each second').to.equal(10);
    });

    it('extends with Enter, Space and Escape, firing zw-timeout-extend and starting over', async () => {
      const { el, seen, dialog, extend } = await setup(20, 20);
      for (const key of ['Enter', 'Space', 'Escape']) {
        await tick(el, 20_000);
        expect(dialog.open, `open before ${key}`).to.equal(true);
        expect(el.shadowRoot!.activeElement, `focus before ${key}`).to.equal(extend);
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(dialog.open, `closed by ${key}`).to.equal(false);
        await tick(el, 19_000);
        expect(dialog.open, `count started over after ${key}`).to.equal(false);
        await tick(el, 1_000);
        expect(dialog.open, `warns again after ${key}`).to.equal(true);
        expect(seen.at(-2), key).to.equal('extend');
        // Close it for the next round.
        el.extend();
        await el.updateComplete;
      }
      expect(seen).to.deep.equal([
        'warning:20',
        'extend',
        'warning:20',
        'extend',
        'warning:20',
        'extend',
        'warning:20',
        'extend',
        'warning:20',
        'extend',
        'warning:20',
        'extend',
      ]);
      expect(seen.filter((name) => name.startsWith('timeout'))).to.deep.equal([]);
    });

    it('extends with a real tap on 继续使用', async () => {
      const { el, seen, dialog, extend } = await setup(30, 20);
      await tick(el, 30_000);
      await sendMouse({ type: 'click', position: center(extend) });
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(seen).to.deep.equal(['warning:20', 'extend']);
    });

    it('fires zw-timeout with reason "ended" from the end button, then rests until the next touch', async () => {
      const { el, seen, dialog, end } = await setup(30, 20);
      await tick(el, 30_000);
      expect(end.textContent!.trim()).to.equal('结束并返回首页');
      await sendMouse({ type: 'click', position: center(end) });
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(seen).to.deep.equal(['warning:20', 'timeout:ended']);
      await tick(el, 600_000);
      expect(dialog.open, 'no nagging on an empty screen').to.equal(false);
      expect(seen).to.have.length(2);
      await sendMouse({ type: 'click', position: [5, 5] });
      await el.updateComplete;
      await tick(el, 30_000);
      expect(dialog.open, 'the next visitor is watched again').to.equal(true);
      expect(seen).to.deep.equal(['warning:20', 'timeout:ended', 'warning:20']);
    });

    it('fires zw-timeout with reason "expired" after `warning` seconds and closes', async () => {
      const { el, seen, dialog, message } = await setup(30, 25);
      await tick(el, 30_000);
      await tick(el, 24_000);
      expect(dialog.open).to.equal(true);
      expect(secondsIn(message)).to.equal(1);
      expect(seen).to.deep.equal(['warning:25']);
      await tick(el, 1_000);
      expect(dialog.open).to.equal(false);
      expect(seen).to.deep.equal(['warning:25', 'timeout:expired']);
      await tick(el, 600_000);
      expect(seen, 'fired once').to.have.length(2);
    });

    it('stays open when the visitor touches or types elsewhere during the warning', async () => {
      const { el, seen, dialog, message } = await setup(30, 30);
      await tick(el, 30_000);
      await sendMouse({ type: 'click', position: [3, 3] });
      await sendKeys({ press: 'Tab' });
      document.dispatchEvent(new Event('touchstart'));
      document.dispatchEvent(new Event('wheel'));
      await tick(el, 1_000);
      expect(dialog.open).to.equal(true);
      expect(secondsIn(message)).to.equal(29);
      expect(seen).to.deep.equal(['warning:30']);
    });

    it('restarts the count on a touch before the warning', async () => {
      const { el, dialog } = await setup(30, 30);
      await tick(el, 29_000);
      await sendMouse({ type: 'click', position: [3, 3] });
      await tick(el, 29_000);
      expect(dialog.open).to.equal(false);
      await tick(el, 1_000);
      expect(dialog.open).to.equal(true);
    });

    it('pauses while disabled, closing an open warning, and counts from zero when enabled', async () => {
      const { el, seen, dialog } = await setup(30, 30);
      await tick(el, 30_000);
      el.disabled = true;
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      await tick(el, 600_000);
      expect(dialog.open).to.equal(false);
      expect(seen).to.deep.equal(['warning:30']);
      el.disabled = false;
      await el.updateComplete;
      await tick(el, 29_000);
      expect(dialog.open).to.equal(false);
      await tick(el, 1_000);
      expect(dialog.open).to.equal(true);
    });

    it('extend() fires zw-timeout-extend only when the warning shows; restart() never does', async () => {
      const { el, seen, dialog } = await setup(30, 30);
      el.extend();
      await tick(el, 30_000);
      expect(dialog.open).to.equal(true);
      el.restart();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      await tick(el, 30_000);
      el.extend();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(seen).to.deep.equal(['warning:30', 'warning:30', 'extend']);
    });

    it('takes timing from <zw-provider> when it has no attributes of its own', async () => {
      const provider = await renderStory(html`<zw-timeout-dialog></zw-timeout-dialog>`);
      provider.setAttribute('idle-timeout', '15');
      provider.setAttribute('idle-warning', '40');
      await settle(provider);
      const el = provider.querySelector('zw-timeout-dialog')!;
      const seen = recordEvents(el);
      await tick(el, 15_000);
      expect(seen).to.deep.equal(['warning:40']);
      expect(secondsIn(partsOf(el).message)).to.equal(40);
    });

    for (const [attribute, value] of [
      ['warning', '5'],
      ['warning', '19'],
      ['warning', 'soon'],
      ['timeout', '0'],
      ['timeout', 'abc'],
    ]) {
      it(`shows a translated config error for ${attribute}="${value}" and never times out`, async () => {
        const el = await fixture<ZwTimeoutDialog>(html`<zw-timeout-dialog lang="zh-CN"></zw-timeout-dialog>`);
        const errors: string[] = [];
        el.addEventListener('zw-config-error', (event) => errors.push(event.detail.error.attribute));
        el.setAttribute(attribute, value);
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
        expect(alert, 'error state').to.exist;
        expect(alert.textContent).to.contain('组件配置有误').and.contain(attribute).and.contain(value);
        expect(alert.getBoundingClientRect().height).to.be.greaterThan(20);
        expect(errors).to.deep.equal([attribute]);
        const seen = recordEvents(el);
        await tick(el, 3_600_000);
        expect(seen, 'not silently clamped and run').to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
      });
    }

    it('accepts exactly 20 seconds of warning', async () => {
      const { el, seen } = await setup(10, 20);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      await tick(el, 10_000);
      expect(seen).to.deep.equal(['warning:20']);
    });
  });

  it('uses English plurals: 1 second, 25 seconds', async () => {
    const openAfter = async (warning: number, seconds: number) => {
      const clock = new ManualClock();
      const el = await fixture<ZwTimeoutDialog>(
        html`<zw-timeout-dialog lang="en" timeout="1" warning=${warning} .clock=${clock}></zw-timeout-dialog>`,
      );
      clock.advance(seconds * 1000);
      await el.updateComplete;
      return el;
    };
    const one = await openAfter(20, 1 + 19);
    expect(partsOf(one).message.textContent).to.equal(
      'To protect your information, this screen returns home and clears what you entered in 1 second.',
    );
    const many = await openAfter(25, 1);
    expect(partsOf(many).message.textContent).to.equal(
      'To protect your information, this screen returns home and clears what you entered in 25 seconds.',
    );
    expect(partsOf(many).title.textContent).to.equal('Are you still there?');
    expect(partsOf(many).extend.textContent!.trim()).to.equal('Keep going');
  });

  it('runs on the clock it is given (.clock), not on the page’s timers', async () => {
    const clock = new ManualClock();
    const el = await fixture<ZwTimeoutDialog>(html`<zw-timeout-dialog timeout="30" warning="30" .clock=${clock}></zw-timeout-dialog>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.open, 'real time does not move it').to.equal(false);
    clock.advance(30_000 + 18_000);
    await el.updateComplete;
    const { dialog, message } = partsOf(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(secondsIn(message)).to.equal(12);
    const done = oneEvent(el, 'zw-timeout');
    clock.advance(12_000);
    expect((await done).detail.reason).to.equal('expired');
  });

  it('meets the elder sizes when open: targets ≥ 60×60, text ≥ 24 px, title ≥ 40 px, contrast ≥ 7:1', async () => {
    const clock = sinon.useFakeTimers({ toFake: [...FAKE] });
    let provider: HTMLElement;
    let el: ZwTimeoutDialog;
    try {
      provider = await renderStory(html`<zw-timeout-dialog timeout="5"></zw-timeout-dialog>`, 'zh-CN', 'elder');
      el = provider.querySelector('zw-timeout-dialog')!;
      clock.tick(5_000);
      await settle(provider);
    } finally {
      clock.restore();
    }
    const { dialog, title, message, extend, end } = partsOf(el);
    expect(dialog.matches(':modal')).to.equal(true);

    const titleStyle = getComputedStyle(title);
    expect(px(titleStyle.fontSize)).to.be.at.least(40);
    expect(contrastRatio(titleStyle.color, effectiveBackground(title))).to.be.at.least(7);

    const messageStyle = getComputedStyle(message);
    expect(px(messageStyle.fontSize)).to.be.at.least(24);
    expect(px(messageStyle.lineHeight) / px(messageStyle.fontSize)).to.be.at.least(1.3);
    expect(contrastRatio(messageStyle.color, effectiveBackground(message))).to.be.at.least(7);

    for (const host of [extend, end]) {
      const button = host.shadowRoot!.querySelector('button')!;
      const box = button.getBoundingClientRect();
      expect(box.height, host.textContent!).to.be.at.least(60);
      expect(box.width, host.textContent!).to.be.at.least(60);
      const style = getComputedStyle(button);
      expect(px(style.fontSize)).to.be.at.least(24);
      expect(contrastRatio(style.color, effectiveBackground(button))).to.be.at.least(7);
    }

    const box = dialog.getBoundingClientRect();
    expect(box.left, 'fits the screen').to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    expect(box.bottom).to.be.at.most(window.innerHeight);
  });
});
