import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { THEMES } from '@zhengwu/core';
import '../zw-qr-code.define.js';
import type { ZwQrCode } from '../zw-qr-code.js';
import type { ZwQrReadyEvent } from '../zw-qr-ready-event.js';
import * as stories from '../stories/zw-qr-code.stories.js';
import { describeStoryMatrix, renderStory } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px } from '@zhengwu/test-helpers/a11y';
import { decode, hasFinder, rasterize, readFormat, stripQuietZone } from './qr-decode.js';

const RATE_URL = 'https://zwfw.example.gov.cn/rate?t=A001';
const ZH_CN = { label: '二维码', loading: '正在生成二维码…', error: '二维码无法生成，请使用下方链接。' };

/** Renders a code and waits until it is drawn (or has failed). */
async function drawn(template: ReturnType<typeof html>): Promise<ZwQrCode> {
  const el = await fixture<ZwQrCode>(template);
  await waitUntil(() => el.status === 'ready' || el.status === 'error', 'the code was not drawn', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

function parts(el: ZwQrCode) {
  const root = el.shadowRoot!;
  const code = root.querySelector<SVGSVGElement>('svg[part="code"]');
  return {
    code,
    path: code?.querySelector('path')?.getAttribute('d') ?? '',
    total: Number(code?.getAttribute('viewBox')?.split(' ')[2] ?? 0),
    value: root.querySelector<HTMLElement>('[part="value"]'),
    error: root.querySelector<HTMLElement>('[part="error"]'),
    placeholder: root.querySelector<HTMLElement>('[part="placeholder"]'),
  };
}

/** The modules the element drew, read back from its SVG path. */
function modulesOf(el: ZwQrCode): boolean[][] {
  const { path, total } = parts(el);
  return stripQuietZone(rasterize(path, total), 4);
}

/** The next `type` event of `target`, or a failure after `ms` (no test hangs on a lost event). */
function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  ms = 5000,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
}

function qrcodeRequests(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /qrcode|dijkstrajs/.test(path));
}

describe('zw-qr-code', () => {
  it('is accessible', async () => {
    const el = await drawn(html`<zw-qr-code value=${RATE_URL} show-value></zw-qr-code>`);
    expect(el.status).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  describeStoryMatrix(stories);

  it('does not download the qrcode encoder until a value must be drawn', async () => {
    // A fresh document (own module map and resource timeline), as a portal page would be.
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><html lang="zh-CN"><head></head><body></body></html>';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow!;
      const doc = frame.contentDocument!;
      const defined = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the define module did not load in the frame')), 5000);
        win.addEventListener('zw-defined', () => (clearTimeout(timer), resolve()), { once: true });
      });
      const script = doc.createElement('script');
      script.type = 'module';
      script.textContent = `import ${JSON.stringify(
        new URL('../zw-qr-code.define.ts', import.meta.url).pathname,
      )}; dispatchEvent(new Event('zw-defined'));`;
      doc.head.append(script);
      await defined;
      expect(win.customElements.get('zw-qr-code'), 'defined in the frame').to.exist;

      const el = doc.createElement('zw-qr-code') as ZwQrCode;
      doc.body.append(el);
      await el.updateComplete;
      // an element without a value draws nothing and loads nothing
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(el.status).to.equal('empty');
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
      expect(qrcodeRequests(win), 'requested before a value was set').to.deep.equal([]);

      const ready = nextEvent(el, 'zw-qr-ready');
      el.value = RATE_URL;
      await el.updateComplete;
      // while the encoder downloads, the box says so in words
      expect(el.status).to.equal('loading');
      expect(parts(el).placeholder!.textContent!.trim()).to.equal(ZH_CN.loading);
      await ready;
      expect(el.status).to.equal('ready');
      expect(qrcodeRequests(win).length, 'the encoder was requested for the value').to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });

  it('draws a version-1 code as 21 modules plus a quiet zone of 4 on each side', async () => {
    const el = await drawn(html`<zw-qr-code value="A001"></zw-qr-code>`);
    const { code, path, total } = parts(el);
    expect(code!.getAttribute('viewBox')).to.equal('0 0 29 29');
    expect(total).to.equal(29);
    expect(code!.querySelectorAll('path').length, 'one path').to.equal(1);
    const modules = modulesOf(el);
    expect(modules.length).to.equal(21);
    expect(hasFinder(modules, 0, 0), 'top-left finder').to.equal(true);
    expect(hasFinder(modules, 0, 14), 'top-right finder').to.equal(true);
    expect(hasFinder(modules, 14, 0), 'bottom-left finder').to.equal(true);
    // timing pattern alternates between the finders
    for (let index = 8; index < 13; index += 1) {
      expect(modules[6][index], `timing ${index}`).to.equal(index % 2 === 0);
      expect(modules[index][6], `timing ${index}`).to.equal(index % 2 === 0);
    }
    expect(path).to.match(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });

  it('decodes back to its value (read per ISO/IEC 18004, not by the encoder)', async () => {
    for (const [value, level, version] of [
      [RATE_URL, 'M', 3],
      ['A001', 'H', 1],
      ['请A001号到3号窗口办理', 'M', 3],
      ['20250101', 'L', 1],
    ] as const) {
      const el = await drawn(html`<zw-qr-code value=${value} error-correction=${level}></zw-qr-code>`);
      const decoded = decode(modulesOf(el));
      expect(decoded.text, value).to.equal(value);
      expect(decoded.level, value).to.equal(level);
      expect(decoded.version, value).to.equal(version);
    }
  });

  it('fires zw-qr-ready once per drawing with the version and module count', async () => {
    const el = await fixture<ZwQrCode>(html`<zw-qr-code></zw-qr-code>`);
    const seen: ZwQrReadyEvent[] = [];
    el.addEventListener('zw-qr-ready', (event) => seen.push(event));
    el.value = 'A001';
    await waitUntil(() => seen.length === 1, 'no zw-qr-ready');
    expect(seen[0].detail).to.deep.equal({ value: 'A001', version: 1, modules: 21, errorCorrection: 'M' });
    expect(parts(el).code, 'drawn when the event fires').to.exist;
    el.value = RATE_URL;
    await waitUntil(() => seen.length === 2, 'no second zw-qr-ready');
    expect(seen[1].detail.modules).to.equal(29);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.length, 'no extra events').to.equal(2);
  });

  it('keeps only the latest value when it changes quickly', async () => {
    const el = await fixture<ZwQrCode>(html`<zw-qr-code value="A001"></zw-qr-code>`);
    el.value = 'B002';
    await el.updateComplete;
    el.value = 'C003';
    const ready = await nextEvent(el, 'zw-qr-ready');
    expect(ready.detail.value).to.equal('C003');
    expect(decode(modulesOf(el)).text).to.equal('C003');
  });

  it('draws nothing once the value is cleared', async () => {
    const el = await drawn(html`<zw-qr-code value="A001"></zw-qr-code>`);
    el.value = '';
    await el.updateComplete;
    expect(el.status).to.equal('empty');
    expect(Boolean(parts(el).code), 'no code drawn').to.equal(false);
  });

  it('uses the requested error correction level', async () => {
    for (const level of ['L', 'M', 'Q', 'H'] as const) {
      const el = await drawn(html`<zw-qr-code value="A001" error-correction=${level}></zw-qr-code>`);
      expect(readFormat(modulesOf(el)).level).to.equal(level);
    }
  });

  it('names the code for screen readers, translated or as given', async () => {
    const el = await drawn(html`<zw-qr-code value="A001"></zw-qr-code>`);
    const code = parts(el).code!;
    expect(code.getAttribute('role')).to.equal('img');
    expect(code.getAttribute('aria-label')).to.equal(ZH_CN.label);
    el.label = '扫码评价';
    await el.updateComplete;
    expect(code.getAttribute('aria-label')).to.equal('扫码评价');
    el.lang = 'en';
    el.label = undefined;
    await el.updateComplete;
    expect(parts(el).code!.getAttribute('aria-label')).to.equal('QR code');
  });

  it('prints the value under the code with show-value', async () => {
    const el = await drawn(html`<zw-qr-code value=${RATE_URL}></zw-qr-code>`);
    expect(Boolean(parts(el).value), 'value not printed by default').to.equal(false);
    el.showValue = true;
    await el.updateComplete;
    const value = parts(el).value!;
    expect(value.textContent).to.equal(RATE_URL);
    const box = value.getBoundingClientRect();
    expect(box.height, 'visible').to.be.greaterThan(0);
    expect(box.top, 'under the code').to.be.at.least(parts(el).code!.getBoundingClientRect().bottom);
  });

  it('shows a message and the value as text when the value is too long for a QR code', async () => {
    const value = `https://zwfw.example.gov.cn/guide?materials=${'x'.repeat(3000)}`;
    const el = await fixture<ZwQrCode>(html`<zw-qr-code value=${value}></zw-qr-code>`);
    let readyFired = false;
    el.addEventListener('zw-qr-ready', () => (readyFired = true));
    await waitUntil(() => el.status === 'error', 'no error state');
    await el.updateComplete;
    const { code, error } = parts(el);
    expect(Boolean(code), 'no code drawn').to.equal(false);
    expect(Boolean(el.shadowRoot!.querySelector('[role="img"]')), 'no image').to.equal(false);
    expect(error!.textContent).to.contain(ZH_CN.error);
    expect(error!.querySelector('[part="value"]')!.textContent).to.equal(value);
    expect(error!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(readyFired).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows a configuration error for an unknown error-correction level', async () => {
    const el = await fixture<ZwQrCode>(html`<zw-qr-code value="A001" error-correction="X"></zw-qr-code>`);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('error-correction');
    expect(alert.textContent).to.contain('L | M | Q | H');
    expect(el.status).to.equal('empty');
    const event = nextEvent(el, 'zw-config-error');
    el.setAttribute('error-correction', 'lowest');
    expect((await event).detail.error.attribute).to.equal('error-correction');
    el.setAttribute('error-correction', 'Q');
    await waitUntil(() => el.status === 'ready', 'not drawn once fixed');
  });

  it('shows a configuration error for a size that is not a positive number', async () => {
    for (const size of ['big', '0', '-20']) {
      const el = await fixture<ZwQrCode>(html`<zw-qr-code value="A001" size=${size}></zw-qr-code>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent, size).to.contain('size');
    }
  });

  it('is drawn at its size, and at least 120 px in elder mode', async () => {
    const el = await drawn(html`<zw-qr-code value="A001"></zw-qr-code>`);
    expect(parts(el).code!.getBoundingClientRect().width).to.equal(200);
    el.size = 100;
    await el.updateComplete;
    expect(parts(el).code!.getBoundingClientRect().width).to.equal(100);

    const provider = await renderStory(html`<zw-qr-code value="A001" size="100" show-value></zw-qr-code>`, 'zh-CN', 'elder');
    const elder = provider.querySelector('zw-qr-code')!;
    await waitUntil(() => elder.status === 'ready', 'not drawn');
    await elder.updateComplete;
    const box = parts(elder).code!.getBoundingClientRect();
    expect(box.width).to.be.at.least(120);
    expect(box.height).to.equal(box.width);
  });

  it('meets the elder sizes for the printed value: ≥ 24 px, ≥ 1.3 line height, ≥ 7:1 contrast', async () => {
    for (const theme of THEMES) {
      const provider = await renderStory(html`<zw-qr-code value=${RATE_URL} show-value></zw-qr-code>`, 'zh-CN', 'elder', theme);
      const el = provider.querySelector('zw-qr-code')!;
      await waitUntil(() => el.status === 'ready', 'not drawn');
      await el.updateComplete;
      const value = parts(el).value!;
      const style = getComputedStyle(value);
      expect(px(style.fontSize), theme).to.be.at.least(24);
      expect(px(style.lineHeight) / px(style.fontSize), theme).to.be.at.least(1.3);
      expect(contrastRatio(style.color, effectiveBackground(value)), theme).to.be.at.least(7);
    }
  });

  it('keeps black modules on a white quiet zone in every theme and in forced colours', async () => {
    const check = (el: ZwQrCode, where: string) => {
      const svg = parts(el).code!;
      expect(getComputedStyle(svg.querySelector('path')!).fill, where).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(svg.querySelector('rect')!).fill, where).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(svg).backgroundColor, where).to.equal('rgb(255, 255, 255)');
    };
    for (const theme of THEMES) {
      const provider = await renderStory(html`<zw-qr-code value="A001"></zw-qr-code>`, 'zh-CN', 'normal', theme);
      const el = provider.querySelector('zw-qr-code')!;
      await waitUntil(() => el.status === 'ready', 'not drawn');
      await el.updateComplete;
      check(el, theme);
    }
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await drawn(html`<zw-qr-code value="A001" theme="dark"></zw-qr-code>`);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      check(el, 'forced colours');
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('selects the whole printed link with one click, ready to copy', async () => {
    const el = await drawn(html`<zw-qr-code value=${RATE_URL} show-value></zw-qr-code>`);
    const box = parts(el).value!.getBoundingClientRect();
    getSelection()!.removeAllRanges();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    expect(getSelection()!.toString()).to.equal(RATE_URL);
  });

  it('is not a tab stop: the keyboard passes over it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button>before</button><zw-qr-code value="A001"></zw-qr-code><button>after</button></div>`,
    );
    const el = wrapper.querySelector('zw-qr-code')!;
    await waitUntil(() => el.status === 'ready', 'not drawn');
    const [before, after] = wrapper.querySelectorAll('button');
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === after, 'focus skipped the code').to.equal(true);
  });
});
