import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { HallClient, LOCALES, THEMES } from '@zhengwu/core';
import '../zw-service-checklist.define.js';
import type { ZwServiceChecklist } from '../zw-service-checklist.js';
import { ZwChecklistPrintEvent, ZwServiceChecklistLoadEvent } from '../zw-service-checklist-events.js';
import { MM, printPageRule } from '@zhengwu/core/print/print-page';
import * as stories from '../stories/zw-service-checklist.stories.js';
import { SAMPLE_HALL, withHall } from '../stories/zw-service-checklist.stories.js';
import { REAL_ESTATE_TRANSFER, UNEMPLOYMENT_BENEFIT, failingSource, pendingSource } from '../../service-guide/stories/sample-item.js';
import { deepText, describeStoryMatrix, renderStory } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px, textElements } from '@zhengwu/test-helpers/a11y';
import { hallServer } from '@zhengwu/test-helpers/hall-server';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

const CODE = REAL_ESTATE_TRANSFER.code;
const GUIDE_BASE = 'https://zwfw.example.gov.cn/guide';
const RAW_KEY = /\b(guide|checklist|value|field|materials)\.[a-z][\w-]*\b/;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function checklist(template: TemplateResult): Promise<ZwServiceChecklist> {
  const el = await fixture<ZwServiceChecklist>(template);
  await waitFor(() => el.status !== 'loading' && el.status !== 'idle', 'a settled state');
  await el.updateComplete;
  return el;
}

const sample = (layout: string, extra: Partial<{ date: string }> = {}) =>
  checklist(
    html`<zw-service-checklist
      layout=${layout}
      hall-name=${SAMPLE_HALL.name}
      guide-base=${GUIDE_BASE}
      date=${extra.date ?? '2025-11-03'}
      .data=${REAL_ESTATE_TRANSFER}
    ></zw-service-checklist>`,
  );

/** label → value of a field list on the paper. */
function rowsOf(el: ZwServiceChecklist, list: string): Record<string, string> {
  return Object.fromEntries($$(el, `${list} .row`).map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]));
}

describe('zw-service-checklist', () => {
  it('is accessible', async () => {
    const el = await sample('receipt');
    await expect(el).to.be.accessible();
    expect(el.status).to.equal('ready');
  });

  describe('stories', function () {
    this.timeout(600_000);
    describeStoryMatrix(stories);
  });

  describe('against the real hall server', function () {
    this.timeout(60_000);

    for (const layout of ['receipt', 'a4']) {
      it(`shows the item, its code, the hall from GET /hall, the date, every material and the QR code (${layout})`, async () => {
        const { url } = await hallServer();
        const client = new HallClient({ baseUrl: `${url}/api` });
        const [item, hall] = await Promise.all([client.catalogItem(CODE), client.hall()]);
        const ready = new Promise<ZwServiceChecklistLoadEvent>((resolve) =>
          document.addEventListener('zw-service-checklist-load', resolve, { once: true }),
        );
        const el = await checklist(
          html`<zw-service-checklist
            api-base=${`${url}/api`}
            item=${CODE}
            layout=${layout}
            guide-base=${GUIDE_BASE}
            date="2025-11-03"
          ></zw-service-checklist>`,
        );
        const event = await ready;
        expect(event).to.be.instanceOf(ZwServiceChecklistLoadEvent);
        expect(event.detail).to.deep.equal({ code: CODE, layout });
        await expect(el).to.be.accessible();

        expect(text($(el, '.hall'))).to.equal(hall.name);
        expect(text($(el, '.title'))).to.equal('一次性告知单');
        expect(rowsOf(el, '.meta')).to.deep.equal({ 事项名称: item.name, 实施编码: item.code, 打印日期: '2025年11月3日' });
        expect(rowsOf(el, '.where')).to.deep.equal({
          办理地点: item.place,
          办理时间: item.hours,
          咨询电话: item.consultPhone,
          承诺时限: '5 个工作日',
        });
        expect(text($(el, '.materials-title'))).to.equal(`申请材料（共 ${item.materials.length} 项）`);
        const names = layout === 'receipt' ? $$(el, '.material .name span[lang]') : $$(el, 'tbody .material-name');
        expect(names.map(text)).to.deep.equal(item.materials.map((material) => material.name));
        const qr = $(el, 'zw-qr-code');
        expect(qr.getAttribute('value')).to.equal(`${GUIDE_BASE}?item=${CODE}`);
        expect(el.qrUrl).to.equal(`${GUIDE_BASE}?item=${CODE}`);
        expect(text($(el, 'figcaption'))).to.equal('手机扫码，查看完整办事指南');
      });
    }

    it('says "not found" for a code the server does not know', async () => {
      const { url } = await hallServer();
      const el = await checklist(html`<zw-service-checklist api-base=${`${url}/api`} item="NO-SUCH-ITEM-404"></zw-service-checklist>`);
      expect(el.status).to.equal('not-found');
      expect(text($(el, '[role="alert"]'))).to.contain('没有找到编码为 NO-SUCH-ITEM-404 的事项');
      expect($(el, '[role="alert"] zw-button')).to.equal(null);
      expect($(el, '.paper')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('goes offline when the server stops, and the retry button recovers', async () => {
      const { url } = await hallServer();
      await hallServer('stop');
      let el: ZwServiceChecklist;
      try {
        el = await checklist(html`<zw-service-checklist api-base=${`${url}/api`} item=${CODE}></zw-service-checklist>`);
        expect(el.status).to.equal('offline');
        expect(text($(el, '[role="alert"]'))).to.contain('无法连接服务器');
        await expect(el).to.be.accessible();
      } finally {
        await hallServer('start');
      }
      const ready = oneEvent(el, 'zw-service-checklist-load');
      $(el, '[role="alert"] zw-button').click();
      await ready;
      expect(el.status).to.equal('ready');
      await waitFor(() => el.shadowRoot!.activeElement === $(el, '.toolbar zw-button'), 'focus on the print button');
    });
  });

  describe('receipt', () => {
    it('is one 80 mm column: a box, counts and necessity in words for every material', async () => {
      const el = await sample('receipt');
      const paper = $(el, '.paper');
      expect(paper.getBoundingClientRect().width).to.be.closeTo(80 * MM, 1);
      const items = $$(el, 'li.material');
      expect(items).to.have.length(REAL_ESTATE_TRANSFER.materials.length);
      const first = items[0];
      expect(text(first.querySelector('.box'))).to.equal('☐');
      expect(first.querySelector('.box')!.getAttribute('aria-hidden')).to.equal('true');
      expect([...first.querySelectorAll('.material-text p')].map(text)).to.deep.equal([
        '1. 申请人居民身份证',
        '原件 1 份，复印件 0 份',
        '必要 · 纸质和电子',
        '来源：公安机关',
        '买卖双方居民身份证',
      ]);
      expect(text(items[6].querySelector('.kind'))).to.equal('非必要 · 纸质');
    });

    it('says 容缺后补 and photocopies in words', async () => {
      const el = await checklist(
        html`<zw-service-checklist layout="receipt" hall-name=${SAMPLE_HALL.name} .data=${UNEMPLOYMENT_BENEFIT}></zw-service-checklist>`,
      );
      const texts = $$(el, 'li.material').map(text);
      expect(texts[1]).to.contain('容缺后补');
      expect(texts[2]).to.contain('原件 1 份，复印件 1 份');
      expect($(el, 'zw-qr-code'), 'no guide address: no QR code').to.equal(null);
    });

    it('is black on white in every theme, saying nothing by colour', async () => {
      for (const theme of THEMES) {
        const provider = await renderStory(
          html`<zw-service-checklist layout="receipt" hall-name=${SAMPLE_HALL.name} .data=${REAL_ESTATE_TRANSFER}></zw-service-checklist>`,
          'zh-CN',
          'normal',
          theme,
        );
        const el = provider.querySelector('zw-service-checklist')!;
        await waitFor(() => el.status === 'ready', 'ready');
        await el.updateComplete;
        expect(getComputedStyle($(el, '.paper')).backgroundColor, theme).to.equal('rgb(255, 255, 255)');
        for (const node of textElements($(el, '.paper'))) {
          expect(getComputedStyle(node).color, `${theme} ${text(node)}`).to.equal('rgb(0, 0, 0)');
        }
      }
    });

    it('sets the printed page to 80 mm wide and as long as the receipt', async () => {
      const el = await sample('receipt');
      const rule = printPageRule();
      const [, width, length] = rule.match(/size: (\d+)mm (\d+)mm/) ?? [];
      expect(width, rule).to.equal('80');
      expect(Number(length)).to.be.closeTo($(el, '.paper').getBoundingClientRect().height / MM + 2, 1.5);
      el.remove();
      expect(printPageRule(), 'released when gone').to.equal('');
    });
  });

  describe('A4', () => {
    it('is a 210 mm page with a table of every material and A4 page size', async () => {
      const el = await sample('a4');
      expect($(el, '.paper').getBoundingClientRect().width).to.be.closeTo(210 * MM, 1);
      expect(printPageRule()).to.match(/size: a4/i);
      const table = $(el, 'table.materials');
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
        '核对',
        '序号',
        '材料名称',
        '原件',
        '复印件',
        '必要性',
        '材料形式',
        '来源',
      ]);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(REAL_ESTATE_TRANSFER.materials.length);
      expect([...rows[0].children].map(text)).to.deep.equal([
        '☐',
        '1',
        '申请人居民身份证 买卖双方居民身份证',
        '1 份',
        '0 份',
        '必要',
        '纸质和电子',
        '公安机关',
      ]);
    });
  });

  describe('printing', () => {
    it('prints only the paper: no toolbar, no shadow, no preview padding', async () => {
      const el = await sample('a4');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '.toolbar')).display).to.equal('none');
        expect(getComputedStyle($(el, '.paper')).boxShadow).to.equal('none');
        expect(getComputedStyle($(el, '.paper')).paddingTop).to.equal('0px');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('fires zw-checklist-print and prints, unless the event is cancelled', async () => {
      const el = await sample('receipt');
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed += 1;
      };
      try {
        const fired = oneEvent(el, 'zw-checklist-print');
        $(el, '.toolbar zw-button').click();
        const event = await fired;
        expect(event).to.be.instanceOf(ZwChecklistPrintEvent);
        expect(event.detail).to.deep.equal({ code: CODE, layout: 'receipt' });
        expect(printed).to.equal(1);
        el.addEventListener('zw-checklist-print', (each) => each.preventDefault(), { once: true });
        $(el, '.toolbar zw-button').click();
        expect(printed, 'cancelled: the kiosk prints itself').to.equal(1);
      } finally {
        window.print = original;
      }
    });
  });

  describe('configuration', () => {
    for (const [attribute, value] of [
      ['layout', 'letter'],
      ['guide-url', 'javascript:alert(1)'],
      ['guide-base', 'ftp://example.gov.cn/guide'],
      ['date', '2025-13-01'],
      ['item', '身份证'],
    ]) {
      it(`shows a translated error for ${attribute}="${value}"`, async () => {
        const el = await fixture<ZwServiceChecklist>(
          html`<zw-service-checklist item=${CODE} .client=${withHall(pendingSource())}></zw-service-checklist>`,
        );
        const reported = oneEvent(el, 'zw-config-error');
        el.setAttribute(attribute, value);
        const { error } = (await reported).detail;
        expect(error.attribute).to.equal(attribute);
        expect(error.received).to.equal(value);
        await el.updateComplete;
        expect(text($(el, '[role="alert"]')))
          .to.contain('组件配置有误')
          .and.contain(attribute);
        await expect(el).to.be.accessible();
      });
    }

    it('puts guide-url in the QR code as given, before guide-base', async () => {
      const el = await checklist(
        html`<zw-service-checklist
          hall-name="x"
          guide-url="https://m.example.gov.cn/g/42"
          guide-base=${GUIDE_BASE}
          .data=${REAL_ESTATE_TRANSFER}
        ></zw-service-checklist>`,
      );
      expect(el.qrUrl).to.equal('https://m.example.gov.cn/g/42');
    });
  });

  describe('locales', () => {
    it('translates labels in three locales, keeps catalog text, leaves no raw key', async () => {
      const titles = { 'zh-CN': '一次性告知单', 'zh-TW': '一次性告知單', en: 'Materials checklist' };
      const counts = { 'zh-CN': '原件 1 份，复印件 0 份', 'zh-TW': '正本 1 份，影本 0 份', en: 'Originals: 1 copy; photocopies: 0 copies' };
      for (const locale of LOCALES) {
        for (const layout of ['receipt', 'a4']) {
          const el = await checklist(
            html`<zw-service-checklist
              lang=${locale}
              layout=${layout}
              hall-name=${SAMPLE_HALL.name}
              .data=${REAL_ESTATE_TRANSFER}
            ></zw-service-checklist>`,
          );
          expect(text($(el, '.title')), locale).to.equal(titles[locale]);
          if (layout === 'receipt') expect(text($$(el, '.material-text p')[1]), locale).to.equal(counts[locale]);
          expect(text($(el, '.meta .item dd')), locale).to.equal(REAL_ESTATE_TRANSFER.name);
          expect(deepText(el), `${locale} ${layout}`).not.to.match(RAW_KEY);
        }
      }
    });
  });

  describe('sizes', () => {
    it('meets the elder sizes off the paper: text ≥ 24 px, ≥ 7:1 contrast, print button ≥ 60 px', async () => {
      for (const theme of THEMES) {
        for (const template of [
          html`<zw-service-checklist layout="receipt" hall-name="x" .data=${REAL_ESTATE_TRANSFER}></zw-service-checklist>`,
          html`<zw-service-checklist item=${CODE} .client=${withHall(pendingSource())}></zw-service-checklist>`,
          html`<zw-service-checklist item=${CODE} .client=${withHall(failingSource())}></zw-service-checklist>`,
        ]) {
          const provider = await renderStory(template, 'zh-CN', 'elder', theme);
          const el = provider.querySelector('zw-service-checklist')!;
          await waitFor(() => el.status !== 'idle', 'started');
          await el.updateComplete;
          const screen = textElements(el.shadowRoot!).filter((node) => !node.closest('.paper') && !node.localName.startsWith('zw-'));
          for (const node of screen) {
            const style = getComputedStyle(node);
            const where = `${theme} ${el.status} "${text(node)}"`;
            expect(px(style.fontSize), where).to.be.at.least(24);
            expect(px(style.lineHeight) / px(style.fontSize), where).to.be.at.least(1.3);
            expect(contrastRatio(style.color, effectiveBackground(node)), where).to.be.at.least(7);
          }
          for (const button of $$(el, 'zw-button')) {
            const box = button.getBoundingClientRect();
            expect(box.width, `${theme} ${el.status}`).to.be.at.least(60);
            expect(box.height, `${theme} ${el.status}`).to.be.at.least(60);
          }
        }
      }
    });
  });
});
