import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { THEMES, type SpeechEngine, type Voice } from '@zhengwu/core';
import '../zw-read-aloud.define.js';
import type { ZwReadAloud } from '../zw-read-aloud.js';
import type { ZwReadAloudStartEvent, ZwReadAloudUnavailableEvent } from '../zw-read-aloud-events.js';
import * as stories from '../stories/zw-read-aloud.stories.js';
import { describeStoryMatrix, renderStory, settle, storiesOf } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';
import { center } from '@zhengwu/test-helpers/dom';

const ZH_CN = {
  read: '朗读',
  stop: '停止朗读',
  unavailable: '本机暂时无法播放语音，已为您放大显示：',
  close: '关闭',
};
const TICKET = '请A001号到3号窗口办理。';

/** A speech engine that records what it was asked; speaking lasts until `finish()` or `fail()`. */
function fakeEngine(
  voices: Voice[] = [
    { lang: 'zh-CN', name: 'Xiaoxiao' },
    { lang: 'en-US', name: 'Jenny' },
  ],
) {
  const spoken: { text: string; voice: Voice; rate: number; finish: () => void; fail: (error: Error) => void }[] = [];
  const counts = { cancels: 0 };
  const engine: SpeechEngine = {
    voices: () => voices,
    onVoicesChanged: () => () => undefined,
    speak: (text, voice, rate) =>
      new Promise<void>((finish, fail) => {
        spoken.push({ text, voice, rate, finish, fail });
      }),
    cancel: () => {
      counts.cancels += 1;
    },
  };
  return { engine, spoken, counts };
}

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function parts(el: ZwReadAloud) {
  const root = el.shadowRoot!;
  const toggle = root.querySelector<HTMLElement>('zw-button[part="button"]')!;
  const close = root.querySelector<HTMLElement>('zw-button[part="close"]');
  return {
    toggle,
    toggleButton: toggle.shadowRoot!.querySelector('button')!,
    panel: root.querySelector<HTMLElement>('[part="panel"]'),
    notice: root.querySelector<HTMLElement>('[part="notice"]'),
    text: root.querySelector<HTMLElement>('[part="text"]'),
    close,
    closeButton: close?.shadowRoot?.querySelector('button') ?? null,
  };
}

async function withBefore(template: unknown) {
  const wrapper = await fixture<HTMLElement>(html`<div><button>before</button>${template}</div>`);
  const el = wrapper.querySelector('zw-read-aloud')!;
  await settle(wrapper);
  return { el, before: wrapper.querySelector('button')! };
}

describe('zw-read-aloud', () => {
  it('is accessible', async () => {
    const { engine } = fakeEngine();
    const el = await fixture<ZwReadAloud>(html`<zw-read-aloud .engine=${engine}>${TICKET}</zw-read-aloud>`);
    await settle(el);
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('the Unavailable story shows the text large, with the notice and a close button', async () => {
    const story = storiesOf(stories).find(({ name }) => name === 'Unavailable')!;
    const provider = await renderStory(story.render());
    const el = provider.querySelector('zw-read-aloud')!;
    const { panel, notice, text, close } = parts(el);
    expect(Boolean(panel), 'panel open').to.equal(true);
    expect(notice!.textContent!.trim()).to.equal(ZH_CN.unavailable);
    expect(text!.textContent!.trim()).to.equal(TICKET);
    expect(close!.textContent!.trim()).to.equal(ZH_CN.close);
    expect(text!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('reads the slotted text, and the text property wins over it', async () => {
    const { engine, spoken } = fakeEngine();
    const el = await fixture<ZwReadAloud>(
      html`<zw-read-aloud .engine=${engine}>
        请A001号
        <b>到3号窗口</b>办理
      </zw-read-aloud>`,
    );
    await settle(el);
    expect(await el.read()).to.equal('speaking');
    expect(spoken[0].text, 'slot text, spaces collapsed').to.equal('请A001号 到3号窗口办理');
    el.stop();
    el.text = '请A零零一号到三号窗口办理';
    await el.updateComplete;
    await el.read();
    expect(spoken[1].text).to.equal('请A零零一号到三号窗口办理');
    expect(el.shadowRoot!.querySelector('slot')!.assignedNodes().length, 'slotted content still shown').to.be.greaterThan(0);
  });

  it('cannot be pressed when there is nothing to read', async () => {
    const { engine, spoken } = fakeEngine();
    const el = await fixture<ZwReadAloud>(html`<zw-read-aloud .engine=${engine}></zw-read-aloud>`);
    await settle(el);
    expect(parts(el).toggleButton.disabled).to.equal(true);
    await sendMouse({ type: 'click', position: center(parts(el).toggle) });
    expect(spoken.length).to.equal(0);
    el.textContent = TICKET;
    await waitUntil(() => !parts(el).toggleButton.disabled, 'enabled once there is text');
  });

  it('starts with Enter and stops with Space from the keyboard; the label follows', async () => {
    const { engine, spoken, counts } = fakeEngine();
    const { el, before } = await withBefore(html`<zw-read-aloud .engine=${engine}>${TICKET}</zw-read-aloud>`);
    const { toggle, toggleButton } = parts(el);
    expect(toggleButton.hasAttribute('aria-pressed'), 'the label alone tells the state').to.equal(false);
    expect(toggle.textContent!.trim()).to.equal(ZH_CN.read);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === toggleButton, 'Tab reaches the button').to.equal(true);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.status === 'speaking', 'not speaking after Enter');
    await settle(el);
    expect(spoken.map(({ text }) => text)).to.deep.equal([TICKET]);
    expect(toggle.textContent!.trim()).to.equal(ZH_CN.stop);

    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.status === 'idle', 'still speaking after Space');
    await settle(el);
    expect(counts.cancels).to.be.at.least(1);
    expect(toggleButton.hasAttribute('aria-pressed'), 'the label alone tells the state').to.equal(false);
    expect(toggle.textContent!.trim()).to.equal(ZH_CN.read);
    expect(deepActive() === toggleButton, 'focus stays on the button').to.equal(true);
  });

  it('stops reading with Escape', async () => {
    const { engine, counts } = fakeEngine();
    const { el, before } = await withBefore(html`<zw-read-aloud .engine=${engine}>${TICKET}</zw-read-aloud>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.status === 'speaking', 'not speaking');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => el.status === 'idle', 'Escape did not stop');
    expect(counts.cancels).to.equal(1);
  });

  it('without voices, opens the panel with focus in it; Escape and the close button return focus', async () => {
    const { el, before } = await withBefore(html`<zw-read-aloud .engine=${null}>${TICKET}</zw-read-aloud>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el).panel !== null, 'panel did not open');
    await settle(el);
    const { panel, text } = parts(el);
    expect(el.status).to.equal('unavailable');
    expect(el.open).to.equal(true);
    expect(text!.textContent!.trim()).to.equal(TICKET);
    expect(deepActive() === panel, 'focus moved to the panel').to.equal(true);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => parts(el).panel === null, 'Escape did not close');
    await settle(el);
    expect(el.status).to.equal('idle');
    expect(deepActive() === parts(el).toggleButton, 'focus back on the button').to.equal(true);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el).panel !== null, 'panel did not open again');
    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === parts(el).closeButton, 'Tab reaches the close button').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el).panel === null, 'close button did not close');
    await settle(el);
    expect(deepActive() === parts(el).toggleButton, 'focus back on the button').to.equal(true);
  });

  it('works with real pointer clicks: read, stop, open the panel and close it', async () => {
    const { engine } = fakeEngine();
    const el = await fixture<ZwReadAloud>(html`<zw-read-aloud .engine=${engine}>${TICKET}</zw-read-aloud>`);
    await settle(el);
    await sendMouse({ type: 'click', position: center(parts(el).toggle) });
    await waitUntil(() => el.status === 'speaking', 'click did not start');
    await sendMouse({ type: 'click', position: center(parts(el).toggle) });
    await waitUntil(() => el.status === 'idle', 'click did not stop');

    el.engine = null;
    await el.updateComplete;
    await sendMouse({ type: 'click', position: center(parts(el).toggle) });
    await waitUntil(() => parts(el).panel !== null, 'panel did not open');
    await settle(el);
    await sendMouse({ type: 'click', position: center(parts(el).close!) });
    await waitUntil(() => parts(el).panel === null, 'close click did not close');
    await settle(el);
    expect(el.open).to.equal(false);
    expect(deepActive() === parts(el).toggleButton, 'focus back on the button').to.equal(true);
  });

  it('fires zw-read-aloud-start with the text and locale, using the voice of the locale', async () => {
    const { engine, spoken } = fakeEngine();
    const el = await fixture<ZwReadAloud>(html`<zw-read-aloud lang="en" .engine=${engine}>Window 3, please</zw-read-aloud>`);
    await settle(el);
    const started: ZwReadAloudStartEvent[] = [];
    el.addEventListener('zw-read-aloud-start', (event) => started.push(event));
    await el.read();
    await waitUntil(() => started.length === 1, 'no zw-read-aloud-start');
    expect(started[0].detail).to.deep.equal({ text: 'Window 3, please', locale: 'en' });
    expect(spoken[0].voice.lang).to.equal('en-US');
    expect(parts(el).toggle.textContent!.trim()).to.equal('Stop reading');
  });

  it('fires zw-read-aloud-unavailable and opens the panel when no voice fits the locale', async () => {
    const { engine, spoken } = fakeEngine([{ lang: 'fr-FR', name: 'Amélie' }]);
    const el = await fixture<ZwReadAloud>(html`<zw-read-aloud .engine=${engine}>${TICKET}</zw-read-aloud>`);
    await settle(el);
    const unavailable: ZwReadAloudUnavailableEvent[] = [];
    el.addEventListener('zw-read-aloud-unavailable', (event) => unavailable.push(event));
    expect(await el.read()).to.equal('unavailable');
    await waitUntil(() => unavailable.length === 1, 'no zw-read-aloud-unavailable');
    expect(unavailable[0].detail).to.deep.equal({ text: TICKET, locale: 'zh-CN' });
    expect(spoken.length).to.equal(0);
    expect(parts(el).text!.textContent!.trim()).to.equal(TICKET);
  });

  it('falls back to the panel when the engine fails while speaking', async () => {
    const { engine, spoken } = fakeEngine();
    const el = await fixture<ZwReadAloud>(html`<zw-read-aloud .engine=${engine}>${TICKET}</zw-read-aloud>`);
    await settle(el);
    let unavailable = 0;
    el.addEventListener('zw-read-aloud-unavailable', () => (unavailable += 1));
    await el.read();
    spoken[0].fail(new Error('synthesis-failed'));
    await waitUntil(() => parts(el).panel !== null, 'panel did not open');
    await settle(el);
    expect(unavailable).to.equal(1);
    expect(el.status).to.equal('unavailable');
    expect(deepActive() === parts(el).panel, 'focus moved to the panel').to.equal(true);
  });

  it('shows the panel when open is set, without speaking, and returns focus when it closes', async () => {
    const { engine, spoken } = fakeEngine();
    const { el, before } = await withBefore(html`<zw-read-aloud .engine=${engine}>${TICKET}</zw-read-aloud>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    el.open = true;
    await settle(el);
    expect(parts(el).text!.textContent!.trim()).to.equal(TICKET);
    expect(spoken.length).to.equal(0);
    expect(deepActive() === parts(el).panel, 'focus moved to the panel').to.equal(true);
    el.open = false;
    await settle(el);
    expect(deepActive() === parts(el).toggleButton, 'focus back on the button').to.equal(true);
  });

  it('stops speaking when it leaves the page, and when its engine is replaced', async () => {
    const first = fakeEngine();
    const el = await fixture<ZwReadAloud>(html`<zw-read-aloud .engine=${first.engine}>${TICKET}</zw-read-aloud>`);
    await settle(el);
    await el.read();
    const second = fakeEngine();
    el.engine = second.engine;
    await el.updateComplete;
    expect(first.counts.cancels).to.equal(1);
    expect(el.status).to.equal('idle');
    await el.read();
    expect(second.spoken.length).to.equal(1);
    el.remove();
    expect(second.counts.cancels).to.equal(1);
    expect(el.status).to.equal('idle');
  });

  it('shows a configuration error for an invalid mode', async () => {
    const el = await fixture<ZwReadAloud>(html`<zw-read-aloud mode="loud">${TICKET}</zw-read-aloud>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('mode');
    expect(alert.textContent).to.contain('loud');
  });

  it('keeps normal targets at least 44×44', async () => {
    const el = await fixture<ZwReadAloud>(html`<zw-read-aloud .engine=${null} open>${TICKET}</zw-read-aloud>`);
    await settle(el);
    for (const button of [parts(el).toggleButton, parts(el).closeButton!]) {
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    }
  });

  it('meets the elder sizes in every theme: 60×60 targets, 24 px text, 32 px fallback text, 7:1', async () => {
    for (const theme of THEMES) {
      const provider = await renderStory(html`<zw-read-aloud .engine=${null} open>${TICKET}</zw-read-aloud>`, 'zh-CN', 'elder', theme);
      const el = provider.querySelector('zw-read-aloud')!;
      const { toggleButton, closeButton, notice, text } = parts(el);
      for (const [name, button] of [
        ['read', toggleButton],
        ['close', closeButton!],
      ] as const) {
        const where = `${theme} ${name}`;
        const box = button.getBoundingClientRect();
        expect(box.width, where).to.be.at.least(60);
        expect(box.height, where).to.be.at.least(60);
        const style = getComputedStyle(button);
        expect(px(style.fontSize), where).to.be.at.least(24);
        expect(contrastRatio(style.color, effectiveBackground(button)), where).to.be.at.least(7);
      }
      const noticeStyle = getComputedStyle(notice!);
      expect(px(noticeStyle.fontSize), `${theme} notice`).to.be.at.least(24);
      expect(contrastRatio(noticeStyle.color, effectiveBackground(notice!)), `${theme} notice`).to.be.at.least(7);
      const textStyle = getComputedStyle(text!);
      expect(px(textStyle.fontSize), `${theme} text`).to.be.at.least(32);
      expect(px(textStyle.lineHeight) / px(textStyle.fontSize), `${theme} text`).to.be.at.least(1.3);
      expect(contrastRatio(textStyle.color, effectiveBackground(text!)), `${theme} text`).to.be.at.least(7);
    }
  });

  it('never sets the fallback text below the title size, even when told to', async () => {
    const provider = await renderStory(
      html`<zw-read-aloud style="--zw-read-aloud-text-size: 12px" .engine=${null} open>${TICKET}</zw-read-aloud>`,
      'zh-CN',
      'elder',
    );
    const { text } = parts(provider.querySelector('zw-read-aloud')!);
    expect(px(getComputedStyle(text!).fontSize)).to.equal(32);
  });
});
