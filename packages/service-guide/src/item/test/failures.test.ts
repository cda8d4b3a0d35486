import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LOCALES, type Locale } from '@zhengwu/core';
import coreZhCN from '@zhengwu/core/locales/zh-CN';
import coreZhTW from '@zhengwu/core/locales/zh-TW';
import coreEn from '@zhengwu/core/locales/en';
import '../../service-catalog/zw-service-catalog.define.js';
import '../../service-guide/zw-service-guide.define.js';
import type { ZwServiceCatalog } from '../../service-catalog/zw-service-catalog.js';
import type { ZwServiceGuide } from '../../service-guide/zw-service-guide.js';
import { REAL_ESTATE_TRANSFER } from '../../service-guide/stories/sample-item.js';
import { hallServer, hangingServer, refusingHall } from '@zhengwu/test-helpers/hall-server';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

// What a visitor reads for each failure, against real servers: a server that never answers,
// an address that is not a hall API, and a hall that refuses this page's origin.
const CORE = { 'zh-CN': coreZhCN, 'zh-TW': coreZhTW, en: coreEn } satisfies Record<Locale, unknown>;
const CODE = REAL_ESTATE_TRANSFER.code;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

type Widget = ZwServiceCatalog | ZwServiceGuide;

const widgets: Record<string, (apiBase: string, lang: Locale) => TemplateResult> = {
  catalog: (apiBase, lang) => html`<zw-service-catalog lang=${lang} api-base=${apiBase} request-timeout="1000"></zw-service-catalog>`,
  guide: (apiBase, lang) =>
    html`<zw-service-guide lang=${lang} api-base=${apiBase} item=${CODE} request-timeout="1000"></zw-service-guide>`,
};

async function settled(template: TemplateResult, within = 8000): Promise<Widget> {
  const el = await fixture<Widget>(template);
  await waitFor(() => el.status !== 'loading' && el.status !== 'idle', 'a settled state', within);
  await el.updateComplete;
  return el;
}

function expectFailure(el: Widget, locale: Locale, kind: 'timeout' | 'not-hall-api' | 'origin-refused') {
  const alert = $(el, '.failure[role="alert"]');
  expect(alert, `${locale} ${el.localName}: an alert`).to.exist;
  expect(el.status, `${locale} ${el.localName}`).to.equal(kind);
  expect(text(alert!), `${locale} ${el.localName}`).to.contain(CORE[locale].load.failure[kind]);
  const retry = alert!.querySelector('zw-button');
  expect(retry, `${locale} ${el.localName}: a retry button`).to.exist;
  return retry as HTMLElement;
}

describe('failures against real servers', () => {
  it('a server that accepts and never answers ends in the timeout error, with a retry that times out again', async () => {
    const url = await hangingServer();
    for (const [name, widget] of Object.entries(widgets)) {
      for (const locale of LOCALES) {
        const started = performance.now();
        const el = await settled(widget(`${url}/api`, locale));
        expect(performance.now() - started, `${locale} ${name}: ends soon after the 1 s timeout`).to.be.below(4000);
        const retry = expectFailure(el, locale, 'timeout');
        if (locale === 'zh-CN') {
          retry.click();
          await waitFor(() => el.status === 'loading', 'loading again');
          await waitFor(() => el.status === 'timeout', 'the timeout again', 4000);
        }
      }
    }
  }).timeout(30_000);

  it('an HTML 404 (a portal page at a wrong api-base) says "not a hall API", not "not found"', async () => {
    for (const [name, widget] of Object.entries(widgets)) {
      for (const locale of LOCALES) {
        const el = await settled(widget('/no-such-portal-path/api', locale));
        expectFailure(el, locale, 'not-hall-api');
        expect(text($(el, '.failure')!), `${locale} ${name}`).not.to.contain(CODE);
      }
    }
  });

  it('the real hall without /api in api-base is not a hall API either', async () => {
    const { url } = await hallServer();
    const el = await settled(widgets.guide(url, 'zh-CN'));
    expectFailure(el, 'zh-CN', 'not-hall-api');
  });

  it('a real hall whose allowed origins exclude this page says the origin was refused', async () => {
    const url = await refusingHall();
    for (const widget of Object.values(widgets)) {
      for (const locale of LOCALES) {
        const el = await settled(widget(`${url}/api`, locale));
        expectFailure(el, locale, 'origin-refused');
      }
    }
  }).timeout(40_000);
});

describe('configuration errors in the element’s language', () => {
  it('translates what was expected, not only the frame around it', async () => {
    const guide = await fixture<ZwServiceGuide>(html`<zw-service-guide lang="zh-CN" item="身份证"></zw-service-guide>`);
    const said = text($(guide, '[part="config-error"]')!);
    expect(said).to.contain('事项实施编码').and.not.contain('an item code');
    const tiles = await fixture<ZwServiceCatalog>(html`<zw-service-catalog lang="zh-TW" tiles="99" .items=${[]}></zw-service-catalog>`);
    expect(text($(tiles, '[part="config-error"]')!)).to.contain('0 到 24 的整數');
    const timeout = await fixture<ZwServiceGuide>(
      html`<zw-service-guide lang="en" request-timeout="fast" item=${CODE}></zw-service-guide>`,
    );
    expect(text($(timeout, '[part="config-error"]')!))
      .to.contain('request-timeout')
      .and.contain('a whole number of milliseconds ≥ 1000');
  });

  for (const href of ["javascript:alert('{code}')", 'data:text/html,{code}', 'vbscript:{code}', ' JavaScript:void({code})']) {
    it(`refuses item-href="${href}" with an error naming the attribute, and makes no links`, async () => {
      const el = await fixture<ZwServiceCatalog>(
        html`<zw-service-catalog lang="zh-CN" item-href=${href} .items=${[]}></zw-service-catalog>`,
      );
      expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
      const said = text($(el, '[part="config-error"]')!);
      expect(said).to.contain('item-href').and.contain('含 {code} 的 http(s) 网址或路径');
    });
  }
});
