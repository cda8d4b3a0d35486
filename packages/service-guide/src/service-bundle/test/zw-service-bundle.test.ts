import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { HallClient } from '@zhengwu/core';
import '../zw-service-bundle.define.js';
import type { ZwServiceBundle } from '../zw-service-bundle.js';
import { ZwBundlePrintEvent } from '../zw-service-bundle-events.js';
import { MM, printPageRule } from '@zhengwu/core/print/print-page';
import * as stories from '../stories/zw-service-bundle.stories.js';
import { BIRTH_BUNDLE } from '../stories/sample-bundle.js';
import { byDepartment } from '../merge-materials.js';
import { describeStoryMatrix } from '@zhengwu/test-helpers/stories';
import { hallServer } from '@zhengwu/test-helpers/hall-server';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function shown(template: TemplateResult): Promise<ZwServiceBundle> {
  const el = await fixture<ZwServiceBundle>(template);
  await waitFor(() => el.status !== 'loading' && el.status !== 'idle', 'a settled state');
  await el.updateComplete;
  return el;
}

const sample = (layout: string) =>
  shown(
    html`<zw-service-bundle layout=${layout} hall-name="示例市政务服务中心" date="2026-11-30" .data=${BIRTH_BUNDLE}></zw-service-bundle>`,
  );

describe('zw-service-bundle', () => {
  it('is accessible', async () => {
    const el = await sample('a4');
    await expect(el).to.be.accessible();
    expect(el.status).to.equal('ready');
  });

  describe('stories', function () {
    this.timeout(600_000);
    describeStoryMatrix(stories);
  });

  it("shows every item's steps in order, grouped by department", async () => {
    const el = await sample('a4');
    const departments = $$(el, '.department');
    expect(departments.map((each) => text(each.querySelector('bdi')))).to.deep.equal(['示例市公安局', '示例市医疗保障局']);
    const items = $$(el, '.department .item');
    expect(items.map((each) => text(each.querySelector('h4')))).to.deep.equal(BIRTH_BUNDLE.items.map((item) => item.name));
    const steps = [...items[2].querySelectorAll('.step')].map((step) => text(step.querySelector('.step-name')));
    expect(steps).to.deep.equal(['申请', '审核', '发放']);
    expect(text(items[2].querySelector('.step-number'))).to.equal('第 1 步，共 3 步');
    expect(text($(el, '.summary'))).to.contain('共 3 个事项，涉及 2 个部门');
  });

  for (const layout of ['a4', 'receipt']) {
    it(`lists each shared material once on the merged sheet, with the items needing it (${layout})`, async () => {
      const el = await sample(layout);
      const names = layout === 'receipt' ? $$(el, '.material .name span[lang]') : $$(el, 'tbody .material-name');
      expect(names.map(text)).to.deep.equal(['出生医学证明', '申请人居民身份证', '居民户口簿', '出院记录']);
      const rows = layout === 'receipt' ? $$(el, 'li.material') : $$(el, 'tbody tr');
      expect(text(rows[1].querySelector('.needed-by'))).to.equal('出生登记（新生儿入户）、城乡居民基本医疗保险参保登记和生育津贴申领需要');
      expect(rows.filter((row) => row.dataset.shared === 'true')).to.have.length(3);
      expect(text($(el, '.intro'))).to.contain('其中 3 项为多个事项共用');
      expect(text($(el, '.materials-title'))).to.equal('申请材料（共 4 项）');
    });
  }

  it('sets the printed page: A4, or one 80 mm receipt as long as the sheet', async () => {
    const a4 = await sample('a4');
    expect(printPageRule()).to.match(/size: a4/i);
    a4.remove();
    const receipt = await sample('receipt');
    const paper = $(receipt, '.paper');
    expect(paper.getBoundingClientRect().width).to.be.closeTo(80 * MM, 1);
    expect(printPageRule()).to.match(/size: 80mm \d+mm/);
  });

  it('prints the merged sheet alone: the guide part is hidden in print', async () => {
    const el = await sample('a4');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '.order')).display).to.equal('none');
      expect(getComputedStyle($(el, '.toolbar')).display).to.equal('none');
      expect(getComputedStyle($(el, '.paper')).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('fires a cancelable print event from the print button, reached by keyboard', async () => {
    const el = await sample('receipt');
    const button = $(el, '.toolbar zw-button');
    button.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'zw-bundle-print');
    expect(event).to.be.instanceOf(ZwBundlePrintEvent);
    expect(event.detail).to.deep.equal({ code: 'birth', layout: 'receipt' });
    event.preventDefault();
  });

  for (const [attribute, value] of [
    ['bundle', 'not a code!'],
    ['layout', 'letter'],
    ['date', '2026-13-01'],
  ]) {
    it(`shows a translated error naming ${attribute}="${value}"`, async () => {
      const el = await fixture<ZwServiceBundle>(html`<zw-service-bundle bundle="birth" .data=${BIRTH_BUNDLE}></zw-service-bundle>`);
      const reported = oneEvent(el, 'zw-config-error');
      if (attribute === 'bundle') el.data = undefined;
      el.setAttribute(attribute, value);
      const { error } = (await reported).detail;
      expect(error.attribute).to.equal(attribute);
      expect(error.received).to.equal(value);
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain(attribute);
      expect($(el, '.paper')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  describe('against the real hall server', function () {
    this.timeout(60_000);

    it('shows 出生一件事 from GET /catalog/bundles/birth: five items, each shared material once', async () => {
      const { url } = await hallServer();
      const client = new HallClient({ baseUrl: `${url}/api` });
      const guide = await client.bundleGuide('birth');
      const ready = new Promise<Event>((resolve) => document.addEventListener('zw-service-bundle-load', resolve, { once: true }));
      const el = await shown(html`<zw-service-bundle api-base=${`${url}/api`} bundle="birth" date="2026-11-30"></zw-service-bundle>`);
      await ready;
      await expect(el).to.be.accessible();
      const grouped = byDepartment(guide.items).flatMap((group) => group.items.map((item) => item.name));
      expect($$(el, '.department .item h4').map(text)).to.deep.equal(grouped);
      expect(grouped).to.have.length(5);
      const names = $$(el, 'tbody .material-name').map(text);
      expect(new Set(names).size).to.equal(names.length);
      const all = guide.items.flatMap((item) => item.materials.map((material) => material.name));
      expect(names.length).to.be.lessThan(all.length);
      expect(names).to.have.members([...new Set(all)]);
      expect(text($(el, '.hall'))).to.equal((await client.hall()).name);
    });

    it('says "not found" for a bundle the hall does not have', async () => {
      const { url } = await hallServer();
      const el = await shown(html`<zw-service-bundle api-base=${`${url}/api`} bundle="no-such-bundle"></zw-service-bundle>`);
      expect(el.status).to.equal('not-found');
      expect(text($(el, '[role="alert"]'))).to.contain('没有找到编码为 no-such-bundle 的一件事');
    });
  });
});
