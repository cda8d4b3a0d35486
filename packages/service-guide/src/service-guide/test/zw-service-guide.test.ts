import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { HallClient, LOCALES, THEMES, type Messages, type SpeechEngine, type Voice } from '@zhengwu/core';
import type { ServiceItem } from '@zhengwu/core/contract';
import type { ZwReadAloud, ZwSteps } from '@zhengwu/ui';
import '../zw-service-guide.define.js';
import type { ZwServiceGuide } from '../zw-service-guide.js';
import { FOLDING_SECTIONS } from '../zw-service-guide.js';
import {
  GUIDE_SECTIONS,
  ZwGuideLinkEvent,
  ZwServiceGuideLoadEvent,
  ZwGuidePrintEvent,
  type GuideSection,
} from '../zw-service-guide-events.js';
import * as stories from '../stories/zw-service-guide.stories.js';
import { REAL_ESTATE_TRANSFER, UNEMPLOYMENT_BENEFIT, failingSource, invalidSource, pendingSource } from '../stories/sample-item.js';
import zhCN from '../../locales/zh-CN.js';
import zhTW from '../../locales/zh-TW.js';
import en from '../../locales/en.js';
import { deepText, describeStoryMatrix, renderStory } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px, textElements } from '@zhengwu/test-helpers/a11y';
import { hallServer } from '@zhengwu/test-helpers/hall-server';
import { keysOf, placeholdersOf } from '@zhengwu/test-helpers/locales';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

/** 存量房买卖过户 in the seed catalog. */
const SEED_CODE = REAL_ESTATE_TRANSFER.code;
const RAW_KEY = /\b(guide|checklist|item|value|field|section)\.[a-z][\w-]*\b/;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function guide(template: TemplateResult): Promise<ZwServiceGuide> {
  const el = await fixture<ZwServiceGuide>(template);
  await waitFor(() => el.status !== 'loading' && el.status !== 'idle', 'a settled state');
  await el.updateComplete;
  return el;
}

/** label → value of a section's field list. */
function fieldsOf(el: ZwServiceGuide, section: GuideSection): Record<string, string> {
  return Object.fromEntries(
    $$(el, `#body-${section} .field`).map((field) => [text(field.querySelector('dt')), text(field.querySelector('dd'))]),
  );
}

function expectNoRawKeys(el: Element, where: string) {
  expect(deepText(el), `${where}: no raw key`).not.to.match(RAW_KEY);
  for (const reader of $$<ZwReadAloud>(el, 'zw-read-aloud')) expect(reader.text, `${where}: speech`).not.to.match(RAW_KEY);
}

/** A speech engine that records what it was asked to say. */
function fakeEngine(): { engine: SpeechEngine; spoken: string[] } {
  const spoken: string[] = [];
  const voices: Voice[] = [{ lang: 'zh-CN', name: 'Xiaoxiao' }];
  return {
    spoken,
    engine: {
      voices: () => voices,
      onVoicesChanged: () => () => undefined,
      speak: (said) => {
        spoken.push(said);
        return new Promise<void>(() => undefined);
      },
      cancel: () => undefined,
    },
  };
}

describe('zw-service-guide', () => {
  it('is accessible', async () => {
    const el = await guide(html`<zw-service-guide .data=${REAL_ESTATE_TRANSFER}></zw-service-guide>`);
    await expect(el).to.be.accessible();
    expect(el.status).to.equal('ready');
  });

  describe('stories', function () {
    this.timeout(600_000);
    describeStoryMatrix(stories);
  });

  describe('a real seed item from the hall server', function () {
    this.timeout(60_000);

    it('shows every field of the 办事指南', async () => {
      const { url } = await hallServer();
      const item = await new HallClient({ baseUrl: `${url}/api` }).catalogItem(SEED_CODE);
      const loaded = new Promise<ZwServiceGuideLoadEvent>((resolve) =>
        document.addEventListener('zw-service-guide-load', resolve, { once: true }),
      );
      const el = await guide(html`<zw-service-guide api-base=${`${url}/api`} item=${SEED_CODE}></zw-service-guide>`);
      expect((await loaded).detail.item).to.deep.equal(item);
      for (const section of FOLDING_SECTIONS) el.toggleSection(section, true);
      await el.updateComplete;
      await expect(el).to.be.accessible();

      expect(text($(el, 'h2'))).to.equal(item.name);
      expect($(el, 'h2').getAttribute('lang')).to.equal('zh-CN');
      expect($$(el, '.facts li').map(text)).to.deep.equal(['承诺件', '承诺时限：5 个工作日', '到办事现场 1 次', '可网上办理', '可预约']);
      expect(fieldsOf(el, 'basic')).to.deep.equal({
        事项类型: '行政确认',
        服务对象: '自然人和法人',
        实施主体: item.department,
        行使层级: item.level,
        到办事现场次数: '1 次',
        基本编码: item.basicCode,
        实施编码: item.code,
      });
      expect($$(el, '#body-basis li').map(text)).to.deep.equal(item.legalBasis);
      expect($$(el, '#body-conditions li').map(text)).to.deep.equal(item.conditions);

      // 申请材料: a real table, one row per material, every column
      const table = $(el, 'table.materials');
      expect(text(table.querySelector('caption'))).to.equal(`申请材料（共 ${item.materials.length} 项）`);
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
        '序号',
        '材料名称',
        '原件',
        '复印件',
        '必要性',
        '材料形式',
        '来源',
        '空表及样表',
      ]);
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(item.materials.length);
      const necessity = { required: '必要', optional: '非必要', deferrable: '容缺后补' };
      const forms = { paper: '纸质', electronic: '电子' };
      item.materials.forEach((material, index) => {
        const cells = [...rows[index].children];
        expect(cells[1].localName).to.equal('th');
        expect(cells[1].getAttribute('scope')).to.equal('row');
        expect(text(cells[1].querySelector('.material-name'))).to.equal(material.name);
        expect(text(cells[1].querySelector('.note'))).to.equal(material.note ?? '');
        expect(cells.map(text).slice(2, 7)).to.deep.equal([
          `${material.originals} 份`,
          `${material.copies} 份`,
          necessity[material.necessity],
          new Intl.ListFormat('zh-CN', { type: 'conjunction' }).format(material.forms.map((form) => forms[form])),
          material.source,
        ]);
        const links = [...cells[7].querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(links).to.deep.equal([material.blankFormUrl, material.sampleUrl].filter(Boolean));
        if (!links.length) expect(text(cells[7])).to.equal('无');
      });
      const form = item.materials.find((material) => material.blankFormUrl)!;
      const formRow = rows[item.materials.indexOf(form)];
      expect(text(formRow.querySelector('a'))).to.equal(`空白表格：${form.name}`);

      // 办理流程 through zw-steps, as an ordered overview
      const steps = $<ZwSteps>(el, 'zw-steps');
      expect(steps.overview).to.equal(true);
      await steps.updateComplete;
      expect(steps.shadowRoot!.querySelector('ol')).to.exist;
      expect([...steps.shadowRoot!.querySelectorAll('.label')].map(text)).to.deep.equal(item.steps.map((step) => step.name));
      expect(text(steps.shadowRoot!.querySelectorAll('.description')[2])).to.equal(`${item.steps[2].description}（时限：2 个工作日）`);

      expect(fieldsOf(el, 'time')).to.deep.equal({ 办件类型: '承诺件', 法定办结时限: '30 个工作日', 承诺办结时限: '5 个工作日' });
      expect(fieldsOf(el, 'fee')).to.deep.equal({ 是否收费: '收费', 收费依据: item.fee.basis, 收费标准: item.fee.amount });
      expect(fieldsOf(el, 'place')).to.deep.equal({ 办理地点: item.place, 办理时间: item.hours, 是否可预约: '可预约' });
      expect(fieldsOf(el, 'contact')).to.deep.equal({ 咨询电话: item.consultPhone, 监督电话: item.supervisePhone });
      expect($$(el, '#body-contact a').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:099955103301', 'tel:12345']);
      expect(fieldsOf(el, 'online')).to.deep.equal({ 是否网办: '可网上办理', 网办地址: item.onlineUrl });
      const qr = $(el, '#body-online zw-qr-code');
      expect(qr.getAttribute('value')).to.equal(item.onlineUrl);
      expect(text($(el, '#body-online figcaption'))).to.equal('用手机扫描二维码，在手机上继续办理。');
      expect($$(el, '#body-faq dt').map(text)).to.deep.equal(item.faq.map((entry) => `问${entry.question}`));
      expect($$(el, '#body-faq dd').map(text)).to.deep.equal(item.faq.map((entry) => `答${entry.answer}`));
    });

    it('renders every seed item in full: all materials, steps, questions and both phones', async function () {
      this.timeout(120_000);
      const { url } = await hallServer();
      const client = new HallClient({ baseUrl: `${url}/api` });
      const { items } = await client.catalog();
      expect(items!.length).to.be.at.least(70);
      for (const summary of items!) {
        const item = await client.catalogItem(summary.code);
        const el = await guide(html`<zw-service-guide .data=${item}></zw-service-guide>`);
        const where = `${item.code} ${item.name}`;
        expect(el.status, where).to.equal('ready');
        expect($$(el, 'tbody .material-name').map(text), where).to.deep.equal(item.materials.map((m) => m.name));
        expect(
          $<ZwSteps>(el, 'zw-steps').steps.map((step) => step.label),
          where,
        ).to.deep.equal(item.steps.map((s) => s.name));
        expect($$(el, '#body-faq dt').length, where).to.equal(item.faq.length);
        expect($$(el, '#body-contact a[href^="tel:"]').length, where).to.equal(2);
        expect(Boolean($(el, '#body-online zw-qr-code')), where).to.equal(Boolean(item.online && item.onlineUrl));
        expect(fieldsOf(el, 'basic')['到办事现场次数'], where).to.equal(`${item.visits} 次`);
      }
    });

    it('says "not found" for a code the server does not know, without a retry button', async () => {
      const { url } = await hallServer();
      const el = await guide(html`<zw-service-guide api-base=${`${url}/api`} item="NO-SUCH-ITEM-404"></zw-service-guide>`);
      expect(el.status).to.equal('not-found');
      const alert = $(el, '.failure[role="alert"]');
      expect(text(alert)).to.contain('没有找到编码为 NO-SUCH-ITEM-404 的事项').and.contain('返回事项列表');
      expect(alert.querySelector('zw-button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('goes offline when the server stops, and the retry button recovers when it is back', async () => {
      const { url } = await hallServer();
      await hallServer('stop');
      let el: ZwServiceGuide;
      try {
        el = await guide(html`<zw-service-guide api-base=${`${url}/api`} item=${SEED_CODE}></zw-service-guide>`);
        expect(el.status).to.equal('offline');
        const alert = $(el, '.failure[role="alert"]');
        expect(text(alert)).to.contain('无法连接服务器');
        expect(text(alert.querySelector('zw-button'))).to.equal('重试');
        await expect(el).to.be.accessible();
      } finally {
        await hallServer('start');
      }
      const loaded = oneEvent(el, 'zw-service-guide-load');
      $(el, '.failure zw-button').click();
      await loaded;
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(text($(el, 'h2'))).to.equal(REAL_ESTATE_TRANSFER.name);
      expect(el.shadowRoot!.activeElement === $(el, 'h2'), 'focus moves to the item name').to.equal(true);
    });
  });

  describe('states', () => {
    it('shows a loading line while the item is on its way', async () => {
      const el = await fixture<ZwServiceGuide>(html`<zw-service-guide item=${SEED_CODE} .client=${pendingSource()}></zw-service-guide>`);
      expect(el.status).to.equal('loading');
      expect(text($(el, '[role="status"]'))).to.equal('正在加载办事指南…');
      expect($(el, '.base').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('shows the error code and a retry button when the server fails', async () => {
      const el = await guide(html`<zw-service-guide item=${SEED_CODE} .client=${failingSource()}></zw-service-guide>`);
      expect(el.status).to.equal('error');
      expect(text($(el, '.failure')))
        .to.contain('办事指南暂时无法获取')
        .and.contain('503 database_unavailable');
      expect($(el, '.failure zw-button')).to.exist;
    });

    it('names the wrong fields of invalid data, for staff', async () => {
      const el = await guide(html`<zw-service-guide item=${SEED_CODE} .client=${invalidSource()}></zw-service-guide>`);
      expect(el.status).to.equal('invalid');
      expect(text($(el, '.failure-message'))).to.contain('数据有误');
      expect($$(el, '.issues li code').map(text)).to.deep.equal(['materials.0.originals', 'promisedLimit.unit']);
      expect($(el, '.failure zw-button'), 'the server may be fixed: retry').to.exist;
      await expect(el).to.be.accessible();
    });

    it('checks a data property against the contract', async () => {
      const bad = { ...REAL_ESTATE_TRANSFER, promisedLimit: { value: 5, unit: 'week' } } as unknown as ServiceItem;
      const el = await guide(html`<zw-service-guide .data=${bad}></zw-service-guide>`);
      expect(el.status).to.equal('invalid');
      expect($$(el, '.issues li code').map(text)).to.deep.equal(['promisedLimit.unit']);
      expect($(el, '.failure zw-button'), 'retrying the same object cannot help').to.equal(null);
      el.data = UNEMPLOYMENT_BENEFIT;
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(text($(el, 'h2'))).to.equal(UNEMPLOYMENT_BENEFIT.name);
    });

    for (const [attribute, value] of [
      ['item', ''],
      ['item', '身份证'],
      ['item', 'a b'],
    ]) {
      it(`shows a translated configuration error for item="${value}" without data`, async () => {
        const el = await fixture<ZwServiceGuide>(html`<zw-service-guide item=${SEED_CODE} .client=${pendingSource()}></zw-service-guide>`);
        const reported = oneEvent(el, 'zw-config-error');
        el.setAttribute(attribute, value);
        const { error } = (await reported).detail;
        expect(error.attribute).to.equal('item');
        expect(error.received).to.equal(value);
        await el.updateComplete;
        expect(el.status).to.equal('idle');
        expect(text($(el, '[role="alert"]')))
          .to.contain('组件配置有误')
          .and.contain('item');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('sections, folds and keyboard', () => {
    it('has a section index of in-page links and a real heading per section', async () => {
      const el = await guide(html`<zw-service-guide .data=${REAL_ESTATE_TRANSFER}></zw-service-guide>`);
      const nav = $(el, 'nav');
      expect(text(el.shadowRoot!.getElementById(nav.getAttribute('aria-labelledby')!))).to.equal('本页目录');
      expect([...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(GUIDE_SECTIONS.map((s) => `#sec-${s}`));
      expect(
        $$(el, 'h3').map((h3) =>
          text(h3)
            .replace(/(展开|收起)$/, '')
            .trim(),
        ),
      ).to.deep.equal([
        '基本信息',
        '设定依据',
        '受理条件',
        '申请材料',
        '办理流程',
        '办理时限',
        '收费情况',
        '办理地点和时间',
        '咨询和监督',
        '网上办理',
        '常见问题',
      ]);
      expect($(el, 'h2').localName).to.equal('h2');
      for (const section of FOLDING_SECTIONS) {
        const button = $(el, `h3 > button#head-${section}`);
        expect(button.getAttribute('aria-controls')).to.equal(`body-${section}`);
      }
      expect(el.isOpen('basis'), 'legal basis is folded at first').to.equal(false);
      expect($(el, '#body-basis').getAttribute('hidden')).to.equal('until-found');
      expect(el.isOpen('materials')).to.equal(true);
    });

    it('reaches every section link with Tab and moves focus to the section with Enter', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">before</button><zw-service-guide .data=${REAL_ESTATE_TRANSFER}></zw-service-guide></div>`,
      );
      const el = wrapper.querySelector('zw-service-guide')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 20 && reached.length < GUIDE_SECTIONS.length; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement;
        if (active?.localName === 'a' && active.closest('nav')) reached.push(active.getAttribute('href')!);
      }
      expect(reached).to.deep.equal(GUIDE_SECTIONS.map((s) => `#sec-${s}`));

      // a folded section: Enter on its link unfolds it and focuses its heading button
      $(el, 'nav a[href="#sec-faq"]').focus();
      const toggled = oneEvent(el, 'zw-guide-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await toggled).detail).to.deep.equal({ section: 'faq', open: true });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === $(el, '#head-faq')).to.equal(true);
      expect($(el, '#head-faq').getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#body-faq').hasAttribute('hidden')).to.equal(false);
      expect(location.hash, 'the page address is left alone').to.equal('');

      // an open section: focus goes to its heading
      $(el, 'nav a[href="#sec-fee"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === $(el, 'h3#head-fee')).to.equal(true);
    });

    it('folds and unfolds with Enter and Space, and Tab goes on to the read-aloud button', async () => {
      const el = await guide(html`<zw-service-guide .data=${REAL_ESTATE_TRANSFER}></zw-service-guide>`);
      const button = $(el, '#head-materials');
      button.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#body-materials').hasAttribute('hidden')).to.equal(true);
      expect($(el, '#body-materials table').checkVisibility(), 'folded content is not shown').to.equal(false);
      expect(text(button.querySelector('.fold-state'))).to.equal('展开');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#body-materials table').checkVisibility()).to.equal(true);
      expect($(el, '#body-materials').getBoundingClientRect().height).to.be.greaterThan(100);
      await sendKeys({ press: 'Tab' });
      const reader = $(el, '#sec-materials zw-read-aloud');
      expect(el.shadowRoot!.activeElement === reader).to.equal(true);
    });
  });

  describe('read aloud', () => {
    it('has one read-aloud button per section that speaks that section', async () => {
      const el = await guide(html`<zw-service-guide .data=${REAL_ESTATE_TRANSFER}></zw-service-guide>`);
      const readers = $$<ZwReadAloud>(el, 'zw-read-aloud');
      expect(readers).to.have.length(GUIDE_SECTIONS.length);
      const materials = $<ZwReadAloud>(el, '#sec-materials zw-read-aloud');
      expect(materials.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('朗读“申请材料”');
      for (const material of REAL_ESTATE_TRANSFER.materials) expect(materials.text).to.contain(material.name);
      expect(materials.text).to.contain('第 1 项，申请人居民身份证，原件 1 份，复印件 0 份，必要');
      expect($<ZwReadAloud>(el, '#sec-contact zw-read-aloud').text).to.equal('咨询和监督。咨询电话：0999-55103301。监督电话：12345');

      const { engine, spoken } = fakeEngine();
      const fee = $<ZwReadAloud>(el, '#sec-fee zw-read-aloud');
      fee.engine = engine;
      await fee.updateComplete;
      fee.shadowRoot!.querySelector<HTMLElement>('zw-button')!.click();
      await waitFor(() => spoken.length === 1, 'speech');
      expect(spoken[0]).to.equal(
        `收费情况。是否收费：收费。收费依据：${REAL_ESTATE_TRANSFER.fee.basis}。收费标准：${REAL_ESTATE_TRANSFER.fee.amount}`,
      );
    });
  });

  describe('events', () => {
    it('fires zw-guide-print with the item code', async () => {
      const el = await guide(html`<zw-service-guide .data=${REAL_ESTATE_TRANSFER}></zw-service-guide>`);
      const printing = oneEvent(el, 'zw-guide-print');
      $(el, 'zw-button.print').click();
      const event = await printing;
      expect(event).to.be.instanceOf(ZwGuidePrintEvent);
      expect(event.detail).to.deep.equal({ code: REAL_ESTATE_TRANSFER.code, name: REAL_ESTATE_TRANSFER.name });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires a cancelable zw-guide-link for blank forms, samples and the online address', async () => {
      const el = await guide(html`<zw-service-guide .data=${REAL_ESTATE_TRANSFER}></zw-service-guide>`);
      const seen: ZwGuideLinkEvent[] = [];
      el.addEventListener('zw-guide-link', (event) => {
        seen.push(event);
        event.preventDefault(); // a kiosk shows the address instead of opening it
      });
      for (const link of $$<HTMLAnchorElement>(el, '#body-materials a, #body-online a')) link.click();
      expect(seen.map((event) => event.detail.kind)).to.deep.equal(['blank-form', 'sample', 'online']);
      expect(seen[2].detail.url).to.equal(REAL_ESTATE_TRANSFER.onlineUrl);
    });
  });

  describe('locales', () => {
    it('translates labels in three locales and keeps catalog text as written', async () => {
      const expected = {
        'zh-CN': { materials: '申请材料', type: '行政确认', visits: '到办事现场 1 次', print: '打印一次性告知单' },
        'zh-TW': { materials: '申請材料', type: '行政確認', visits: '到辦事現場 1 次', print: '列印一次性告知單' },
        en: {
          materials: 'Application materials',
          type: 'Administrative confirmation',
          visits: 'Visits to the hall: 1 visit',
          print: 'Print the materials checklist',
        },
      };
      for (const locale of LOCALES) {
        const el = await guide(html`<zw-service-guide lang=${locale} .data=${REAL_ESTATE_TRANSFER}></zw-service-guide>`);
        const want = expected[locale];
        expect(text($(el, '#head-materials .title')), locale).to.equal(want.materials);
        expect(Object.values(fieldsOf(el, 'basic'))[0], locale).to.equal(want.type);
        expect($$(el, '.facts li').map(text), locale).to.include(want.visits);
        expect(text($(el, 'zw-button.print')), locale).to.equal(want.print);
        expect(text($(el, 'h2')), `${locale}: the name stays Chinese`).to.equal(REAL_ESTATE_TRANSFER.name);
        expect($(el, 'tbody th').getAttribute('lang')).to.equal('zh-CN');
        expectNoRawKeys(el, locale);
        for (const client of [failingSource(), invalidSource()]) {
          const failed = await guide(html`<zw-service-guide lang=${locale} item=${SEED_CODE} .client=${client}></zw-service-guide>`);
          expectNoRawKeys(failed, `${locale} ${failed.status}`);
        }
      }
    });

    it('has the same guide and checklist strings in every locale', () => {
      const bare = (keys: string[]) => [...new Set(keys.map((key) => key.replace(/_(one|other)$/, '')))].sort();
      for (const block of ['guide', 'checklist'] as const) {
        const reference = bare(keysOf(zhCN[block], `${block}.`));
        expect(reference.length).to.be.greaterThan(10);
        for (const [name, messages] of [
          ['zh-TW', zhTW],
          ['en', en],
        ] as const) {
          expect(bare(keysOf(messages[block], `${block}.`)), `${name} ${block}`).to.deep.equal(reference);
        }
        const lookup = (messages: Messages, key: string) =>
          key
            .split('.')
            .reduce<Messages | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), messages);
        for (const key of keysOf(zhCN[block], `${block}.`)) {
          const mine = placeholdersOf(lookup(zhCN, key) as string);
          expect(placeholdersOf(lookup(zhTW, key) as string), `zh-TW ${key}`).to.deep.equal(mine);
          const english = lookup(en, key) ?? lookup(en, `${key}_other`);
          expect(placeholdersOf(english as string), `en ${key}`).to.deep.equal(mine);
        }
      }
    });
  });

  describe('sizes', () => {
    async function elderGuide(theme: (typeof THEMES)[number]) {
      const provider = await renderStory(
        html`<zw-service-guide .data=${REAL_ESTATE_TRANSFER}></zw-service-guide>`,
        'zh-CN',
        'elder',
        theme,
      );
      const el = provider.querySelector('zw-service-guide')!;
      await el.updateComplete;
      for (const section of FOLDING_SECTIONS) el.toggleSection(section, true);
      await el.updateComplete;
      return el;
    }

    it('meets the elder sizes: text ≥ 24 px, line height ≥ 1.3, ≥ 7:1 contrast, in every theme', async function () {
      this.timeout(60_000);
      for (const theme of THEMES) {
        const el = await elderGuide(theme);
        expect(px(getComputedStyle($(el, 'h2')).fontSize)).to.be.at.least(40);
        const texts = textElements(el.shadowRoot!).filter((node) => !node.localName.startsWith('zw-'));
        expect(texts.length).to.be.greaterThan(50);
        for (const node of texts) {
          const where = `${theme}: <${node.localName} class="${node.getAttribute('class') ?? ''}"> "${text(node).slice(0, 30)}"`;
          const style = getComputedStyle(node);
          expect(px(style.fontSize), where).to.be.at.least(24);
          expect(px(style.lineHeight) / px(style.fontSize), where).to.be.at.least(1.3);
          expect(contrastRatio(style.color, effectiveBackground(node)), where).to.be.at.least(7);
        }
      }
    });

    it('makes every target at least 60 × 60 in elder mode', async () => {
      const el = await elderGuide('light');
      const targets = [
        ...$$(el, 'a, button, zw-button'),
        ...$$<ZwReadAloud>(el, 'zw-read-aloud').map((reader) => reader.shadowRoot!.querySelector<HTMLElement>('zw-button')!),
      ];
      expect(targets.length).to.be.greaterThan(GUIDE_SECTIONS.length * 2);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        const where = `<${target.localName} class="${target.getAttribute('class') ?? ''}"> "${text(target).slice(0, 20)}"`;
        expect(box.width, where).to.be.at.least(60);
        expect(box.height, where).to.be.at.least(60);
      }
    });

    it('keeps normal text at least 16 px and targets at least 44 px', async () => {
      const el = await guide(html`<zw-service-guide .data=${REAL_ESTATE_TRANSFER}></zw-service-guide>`);
      for (const node of textElements(el.shadowRoot!)) {
        expect(px(getComputedStyle(node).fontSize), text(node)).to.be.at.least(16);
      }
      for (const target of $$(el, 'nav a, #body-materials a, #body-contact a, button')) {
        expect(target.getBoundingClientRect().height, text(target)).to.be.at.least(44);
      }
    });
  });
});
