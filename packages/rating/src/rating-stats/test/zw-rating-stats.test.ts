import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { HallClient, type Locale } from '@zhengwu/core';
import { RATING_LEVELS, type RatingLevel, type RatingStats } from '@zhengwu/core/contract';
import '../zw-rating-stats.define.js';
import { addDays, shanghaiToday, type RatingStatsQuery, type RatingStatsSource, type ZwRatingStats } from '../zw-rating-stats.js';
import { ZwRatingStatsLoadEvent } from '../zw-rating-stats-events.js';
import * as stories from '../stories/zw-rating-stats.stories.js';
import { failingSource } from '../stories/sample-stats.js';
import { NOTHING_RATED, SMALL, TWO_WEEKS, aggregate } from '../stories/sample-stats.js';
import { deepText, describeStoryMatrix, renderStory } from '@zhengwu/test-helpers/stories';
import { contrastRatio, effectiveBackground, px, textElements } from '@zhengwu/test-helpers/a11y';
import { hallServer } from '@zhengwu/test-helpers/hall-server';
import { text, waitFor } from '@zhengwu/test-helpers/dom';

const LOCALE_LIST: Locale[] = ['zh-CN', 'zh-TW', 'en'];

function $<T extends Element = HTMLElement>(el: ZwRatingStats, selector: string): T {
  return el.shadowRoot!.querySelector<T>(selector)!;
}

function $$<T extends Element = HTMLElement>(el: ZwRatingStats, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

const level = (stats: RatingStats, l: RatingLevel) => stats.byLevel[l] ?? 0;
const badOf = (stats: RatingStats) => level(stats, 'dissatisfied') + level(stats, 'very-dissatisfied');

function percent(locale: Locale, rate: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

function count(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

function dayLabel(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', month: 'short', day: 'numeric', weekday: 'short' }).format(
    Date.parse(`${day}T12:00:00+08:00`),
  );
}

/** What the summary shows: label → value. */
function summary(el: ZwRatingStats): Record<string, string> {
  return Object.fromEntries(
    $$(el, '.summary .figure, .levels .level').map((item) => [text(item.querySelector('dt')), text(item.querySelector('dd'))]),
  );
}

function rows(el: ZwRatingStats, section = 'tbody'): string[][] {
  return $$(el, `table ${section} tr`).map((tr) => [...tr.children].map((cell) => text(cell)));
}

/** A source that answers from a list and records the queries. */
function recordingSource(...answers: RatingStats[]) {
  const queries: RatingStatsQuery[] = [];
  const source: RatingStatsSource = {
    ratingStats: async (query) => {
      queries.push(query);
      return answers[Math.min(queries.length, answers.length) - 1];
    },
  };
  return { source, queries };
}

function expectTableMatches(
  el: ZwRatingStats,
  stats: RatingStats,
  buckets: RatingStats['byDay'],
  label: (key: string, l: string) => string,
  locale: Locale = 'zh-CN',
) {
  const none = { 'zh-CN': '—无评价', 'zh-TW': '—無評價', en: '—no ratings' }[locale];
  const expected = buckets.map((bucket) => [
    label(bucket.key, bucket.label),
    count(locale, bucket.total),
    count(locale, bucket.satisfied),
    count(locale, bucket.total - bucket.satisfied),
    bucket.rate == null ? none : percent(locale, bucket.rate),
  ]);
  expect(rows(el)).to.deep.equal(expected);
  expect(rows(el, 'tfoot')[0].slice(1)).to.deep.equal([
    count(locale, stats.total),
    count(locale, stats.satisfied),
    count(locale, stats.total - stats.satisfied),
    stats.rate == null ? none : percent(locale, stats.rate),
  ]);
  // and back to numbers: nothing lost in formatting
  const numbers = rows(el).map((row) => row.slice(1, 4).map((cell) => Number(cell.replace(/[^\d]/g, ''))));
  expect(numbers).to.deep.equal(buckets.map((b) => [b.total, b.satisfied, b.total - b.satisfied]));
}

describe('zw-rating-stats', () => {
  it('is accessible', async () => {
    const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${TWO_WEEKS}></zw-rating-stats>`);
    await expect(el).to.be.accessible();
    expect(el.status).to.equal('ready');
  });

  describe('stories', function () {
    this.timeout(180_000);
    describeStoryMatrix(stories);
  });

  describe('figures', () => {
    it('sums up total, 满意率, 差评 and the count of every level, with its label', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${SMALL}></zw-rating-stats>`);
      expect(summary(el)).to.deep.equal({
        评价总数: '4',
        满意率: '75.0%',
        差评数: '1',
        非常满意: '1',
        满意: '1',
        基本满意: '1',
        不满意: '1',
        非常不满意: '0',
      });
      expect(text($(el, 'h2'))).to.equal('好差评满意率统计');
      expect(text($(el, '.range'))).to.equal('2025年11月3日 至 2025年11月5日');
    });

    it('sums up the two-week data exactly', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${TWO_WEEKS}></zw-rating-stats>`);
      const bad = badOf(TWO_WEEKS);
      expect(bad, 'the sample has 差评').to.be.greaterThan(0);
      const shown = summary(el);
      expect(shown['评价总数']).to.equal(count('zh-CN', TWO_WEEKS.total));
      expect(shown['满意率']).to.equal(percent('zh-CN', TWO_WEEKS.rate!));
      expect(shown['差评数']).to.equal(String(bad));
      for (const [key, label] of [
        ['very-satisfied', '非常满意'],
        ['very-dissatisfied', '非常不满意'],
      ] as const) {
        expect(shown[label]).to.equal(String(level(TWO_WEEKS, key)));
      }
    });

    for (const [group, buckets, label] of [
      ['day', TWO_WEEKS.byDay, (key: string) => dayLabel('zh-CN', key)],
      ['window', TWO_WEEKS.byWindow, (_key: string, l: string) => l],
      ['department', TWO_WEEKS.byDepartment, (_key: string, l: string) => l],
    ] as const) {
      it(`puts exactly the numbers of the stats in the table (group-by=${group})`, async () => {
        const el = await fixture<ZwRatingStats>(html`<zw-rating-stats group-by=${group} .stats=${TWO_WEEKS}></zw-rating-stats>`);
        expectTableMatches(el, TWO_WEEKS, buckets, label);
        const table = $(el, 'table');
        expect(text(table.querySelector('caption'))).to.contain(`按${{ day: '日期', window: '窗口', department: '部门' }[group]}`);
        expect($$(el, 'thead th').map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col']);
        expect($$(el, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
        expect($$(el, 'g.bucket')).to.have.length(buckets.length);
        expect(getComputedStyle(table).display, 'the table is visible').to.equal('table');
        expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
      });
    }

    it('shows "—" and no bar for a bucket nothing was rated in', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${TWO_WEEKS}></zw-rating-stats>`);
      const unrated = TWO_WEEKS.byDay.filter((bucket) => bucket.rate == null);
      expect(unrated.length, 'Sundays have no ratings').to.be.at.least(2);
      for (const bucket of unrated) {
        const group = $(el, `g.bucket[data-key="${bucket.key}"]`);
        expect(group.querySelector('rect.bar'), bucket.key).to.equal(null);
        expect(text(group.querySelector('.value'))).to.equal('—');
        expect(text(group.querySelector('.count'))).to.equal('0 条');
        expect(text($(el, `tbody tr[data-key="${bucket.key}"] td:last-child`))).to.equal('—无评价');
      }
      const rated = TWO_WEEKS.byDay.filter((bucket) => bucket.rate != null && bucket.rate > 0);
      expect($$(el, 'rect.bar')).to.have.length(rated.length);
    });

    it('draws each bar as high as its 满意率, with value and count as text', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${SMALL}></zw-rating-stats>`);
      const [full, half] = ['2025-11-03', '2025-11-05'].map((key) => $(el, `g.bucket[data-key="${key}"]`));
      const fullBar = full.querySelector('rect.bar')!.getBoundingClientRect();
      const halfBar = half.querySelector('rect.bar')!.getBoundingClientRect();
      expect(halfBar.height / fullBar.height).to.be.closeTo(0.5, 0.02);
      expect(halfBar.bottom).to.be.closeTo(fullBar.bottom, 0.5);
      expect(text(full.querySelector('.value'))).to.equal('100.0%');
      expect(text(half.querySelector('.value'))).to.equal('50.0%');
      expect(text(full.querySelector('.count'))).to.equal('2 条');
      expect(text(full.querySelector('.label'))).to.equal('11月3日');
    });

    it('says "所选时间内还没有评价" when nothing was rated', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${NOTHING_RATED}></zw-rating-stats>`);
      expect(el.status).to.equal('empty');
      expect(text($(el, '.empty'))).to.equal('所选时间内还没有评价');
      expect($(el, 'table')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('chart', () => {
    it('is an svg image labelled with a summary of it', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${SMALL}></zw-rating-stats>`);
      const chart = $(el, 'svg');
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.equal('按日期的满意率，共 3 组，最高 100.0%，最低 50.0%');
      el.groupBy = 'window';
      await el.updateComplete;
      expect($(el, 'svg').getAttribute('aria-label')).to.equal('按窗口的满意率，共 2 组，最高 100.0%，最低 50.0%');
      el.lang = 'en';
      await el.updateComplete;
      expect($(el, 'svg').getAttribute('aria-label')).to.equal('Satisfaction rate by window, 2 groups, highest 100.0%, lowest 50.0%');
      el.lang = 'zh-TW';
      el.groupBy = 'department';
      await el.updateComplete;
      expect($(el, 'svg').getAttribute('aria-label')).to.equal('按部門的滿意率，共 2 組，最高 100.0%，最低 50.0%');
    });

    it('summarises the two weeks with the right highest and lowest rates', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${TWO_WEEKS}></zw-rating-stats>`);
      const rates = TWO_WEEKS.byDay.map((b) => b.rate).filter((r): r is number => r != null);
      expect($(el, 'svg').getAttribute('aria-label')).to.equal(
        `按日期的满意率，共 14 组，最高 ${percent('zh-CN', Math.max(...rates))}，最低 ${percent('zh-CN', Math.min(...rates))}`,
      );
      expect(Math.min(...rates), 'the sample has a poor day').to.be.below(0.9);
    });

    it('uses en plurals for one group', async () => {
      const one = aggregate('2025-11-03', '2025-11-03', [
        { day: '2025-11-03', windowId: '1', windowName: '1号窗口', department: '市公安局', level: 'basic' },
      ]);
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats lang="en" .stats=${one}></zw-rating-stats>`);
      expect($(el, 'svg').getAttribute('aria-label')).to.equal('Satisfaction rate by day, 1 group, highest 100.0%, lowest 100.0%');
    });

    it('has no text in the svg that is not in the table too', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats group-by="window" .stats=${TWO_WEEKS}></zw-rating-stats>`);
      const table = text($(el, 'table'));
      for (const value of $$(el, 'g.bucket .value')) expect(table).to.contain(text(value));
    });

    it('scrolls sideways on a narrow screen instead of overflowing the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><zw-rating-stats .stats=${TWO_WEEKS}></zw-rating-stats></div>`,
      );
      const el = wrapper.querySelector('zw-rating-stats')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const chart = $(el, '.chart');
      expect(chart.scrollWidth).to.be.greaterThan(chart.clientWidth);
      expect(getComputedStyle(chart).overflowX).to.equal('auto');
      expect(chart.tabIndex, 'keyboard users can scroll it').to.equal(0);
      expect(wrapper.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    describe('forced colors', () => {
      afterEach(() => emulateMedia({ forcedColors: 'none' }));

      it('outlines the bars with a system colour', async () => {
        await emulateMedia({ forcedColors: 'active' });
        const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${SMALL}></zw-rating-stats>`);
        const style = getComputedStyle($(el, 'rect.bar'));
        expect(style.stroke).to.not.equal('none');
        expect(px(style.strokeWidth)).to.be.at.least(2);
        expect(contrastRatio(style.stroke, effectiveBackground($(el, '.chart')))).to.be.at.least(4.5);
      });
    });
  });

  describe('locales', () => {
    it('formats 满意率 as a percentage with one decimal in every locale', async () => {
      const stats = { ...SMALL, rate: 0.98765, satisfied: 3 };
      for (const locale of LOCALE_LIST) {
        const el = await fixture<ZwRatingStats>(html`<zw-rating-stats lang=${locale} .stats=${stats}></zw-rating-stats>`);
        const rate = text($(el, '.figure.rate dd'));
        expect(rate, locale).to.equal(percent(locale, 0.98765));
        expect(rate, locale).to.match(/98[.,]8\s?%/);
        expectTableMatches(el, stats, SMALL.byDay, (key) => dayLabel(locale, key), locale);
      }
    });

    it('translates every text, with no raw key, in every locale', async () => {
      const titles = { 'zh-CN': '好差评满意率统计', 'zh-TW': '好差評滿意率統計', en: 'Service rating satisfaction' };
      for (const locale of LOCALE_LIST) {
        const el = await fixture<ZwRatingStats>(html`<zw-rating-stats lang=${locale} .stats=${SMALL}></zw-rating-stats>`);
        expect(text($(el, 'h2'))).to.equal(titles[locale]);
        expect(deepText(el)).not.to.match(/\b(stats|rating)[.:][a-z]/);
        const failed = await fixture<ZwRatingStats>(html`<zw-rating-stats lang=${locale} .client=${failingSource()}></zw-rating-stats>`);
        await waitFor(() => failed.status === 'error', 'the error state');
        await failed.updateComplete;
        expect(deepText(failed)).not.to.match(/\b(stats|rating)[.:][a-z]/);
      }
    });
  });

  describe('configuration', () => {
    for (const [attribute, value, extra] of [
      ['from', '2025-13-01', ''],
      ['from', '2025-02-30', ''],
      ['from', 'yesterday', ''],
      ['to', '20251103', ''],
      ['to', '', ''],
      ['from', '2025-11-10', '2025-11-03'],
      ['from', '2024-01-01', '2025-11-03'],
      ['group-by', 'week', ''],
      ['refresh', '5', ''],
      ['refresh', 'soon', ''],
    ]) {
      it(`shows a translated error for ${attribute}="${value}"${extra ? ` with to="${extra}"` : ''}`, async () => {
        const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${SMALL}></zw-rating-stats>`);
        const reported = oneEvent(el, 'zw-config-error');
        if (extra) el.setAttribute('to', extra);
        el.setAttribute(attribute, value);
        const { error } = (await reported).detail;
        expect(error.attribute).to.equal(attribute);
        expect(error.received).to.equal(value);
        await el.updateComplete;
        const alert = $(el, '[role="alert"]');
        expect(alert, 'error state').to.exist;
        expect(text(alert)).to.contain('组件配置有误').and.contain(attribute);
        expect($(el, 'table')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('accepts valid dates, group-by values and refresh ≥ 10', async () => {
      const el = await fixture<ZwRatingStats>(
        html`<zw-rating-stats from="2024-02-29" to="2024-03-01" group-by="department" refresh="10" .stats=${SMALL}></zw-rating-stats>`,
      );
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($(el, 'table')).to.exist;
    });

    it('asks for the last 30 days in Asia/Shanghai by default, and for the given filters', async () => {
      const { source, queries } = recordingSource(SMALL);
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .client=${source}></zw-rating-stats>`);
      await waitFor(() => queries.length === 1 && el.status === 'ready', `the first load ${JSON.stringify(queries)} ${el.status}`, 3000);
      const today = shanghaiToday();
      expect(today).to.equal(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()));
      expect(queries[0]).to.deep.equal({ from: addDays(today, -29), to: today });
      el.window = '3';
      el.department = '市公安局';
      el.from = addDays(today, -6);
      await waitFor(() => queries.length === 2, `the second load ${JSON.stringify(queries)} ${el.status}`, 3000);
      expect(queries[1]).to.deep.equal({ from: addDays(today, -6), to: today, window: '3', department: '市公安局' });
      await el.updateComplete;
      expect(text($(el, '.range')))
        .to.contain('窗口：3')
        .and.contain('部门：市公安局');
    });
  });

  describe('loading', () => {
    it('shows a loading line, then the figures, and fires zw-rating-stats-load', async () => {
      let answer!: (stats: RatingStats) => void;
      const source: RatingStatsSource = { ratingStats: () => new Promise((resolve) => (answer = resolve)) };
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .client=${source}></zw-rating-stats>`);
      expect(el.status).to.equal('loading');
      expect(text($(el, '[role="status"]'))).to.equal('正在加载满意率统计…');
      expect($(el, '.base').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'zw-rating-stats-load');
      answer(SMALL);
      const event = await loaded;
      expect(event).to.be.instanceOf(ZwRatingStatsLoadEvent);
      expect(event.detail.stats === SMALL).to.equal(true);
      expect(event.bubbles && event.composed).to.equal(true);
      expect($(el, '.base').getAttribute('aria-busy')).to.equal('false');
      expect(rows(el)).to.have.length(3);
    });

    it('does not fetch when .stats is given', async () => {
      const { source, queries } = recordingSource(SMALL);
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${TWO_WEEKS} .client=${source}></zw-rating-stats>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(queries).to.have.length(0);
      expect(el.status).to.equal('ready');
    });

    it('shows a translated error with its code and a retry button when the server fails', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .client=${failingSource()}></zw-rating-stats>`);
      await waitFor(() => el.status === 'error', 'the error state');
      await el.updateComplete;
      const alert = $(el, '.failure[role="alert"]');
      expect(text(alert)).to.contain('满意率统计暂时无法获取').and.contain('503 unavailable');
      expect(text(alert.querySelector('zw-button'))).to.equal('重试');
      await expect(el).to.be.accessible();
    });

    it('fetches again every `refresh` seconds', async () => {
      const second = { ...SMALL, total: 5, byLevel: { ...SMALL.byLevel, 'very-satisfied': 2 } };
      const { source, queries } = recordingSource(SMALL, second);
      const original = window.setTimeout;
      const timers: { handler: () => void; ms: number }[] = [];
      window.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) => {
        if (ms === 10_000) {
          timers.push({ handler, ms });
          return 0;
        }
        return original(handler, ms, ...rest);
      }) as typeof window.setTimeout;
      try {
        const el = await fixture<ZwRatingStats>(html`<zw-rating-stats refresh="10" .client=${source}></zw-rating-stats>`);
        await waitFor(() => el.status === 'ready' && timers.length === 1, 'the first load and a timer');
        expect(summary(el)['评价总数']).to.equal('4');
        const loaded = oneEvent(el, 'zw-rating-stats-load');
        timers[0].handler();
        await loaded;
        expect(queries).to.have.length(2);
        expect(summary(el)['评价总数']).to.equal('5');
        expect(timers, 'scheduled again').to.have.length(2);
      } finally {
        window.setTimeout = original;
      }
    });
  });

  describe('against the real hall server', function () {
    this.timeout(60_000);

    it('shows the total, 满意率 and 差评 of ratings just given', async () => {
      const { url, staffToken } = await hallServer();
      const visitor = new HallClient({ baseUrl: `${url}/api` });
      const staff = new HallClient({ baseUrl: `${url}/api`, staffToken });
      const hall = await visitor.hall();
      const counter = hall.windows[hall.windows.length - 1];
      const reason = hall.ratingReasons[0].code;
      const today = shanghaiToday();
      const before = await visitor.ratingStats({ from: today, to: today });

      const given: RatingLevel[] = ['very-satisfied', 'very-satisfied', 'satisfied', 'basic', 'dissatisfied', 'very-dissatisfied'];
      for (const level of given) {
        const ticket = await visitor.takeTicket({ category: counter.categories[0] });
        let called = await staff.callNext(counter.id);
        for (let i = 0; called.ticket && called.ticket.id !== ticket.id && i < 100; i += 1) called = await staff.callNext(counter.id);
        expect(called.ticket?.id).to.equal(ticket.id);
        const done = await staff.complete(counter.id, {});
        const rating = await visitor.submitRating(
          {
            transactionId: done.rating!.transactionId,
            token: done.ratingToken!,
            level,
            channel: 'window-pad',
            reasons: level === 'dissatisfied' || level === 'very-dissatisfied' ? [reason] : [],
          },
          crypto.randomUUID(),
        );
        expect(rating.level).to.equal(level);
      }

      const el = await fixture<ZwRatingStats>(
        html`<zw-rating-stats group-by="window" api-base=${`${url}/api`} from=${today} to=${today}></zw-rating-stats>`,
      );
      const event = el.status === 'ready' ? undefined : await oneEvent(el, 'zw-rating-stats-load');
      const shown: RatingStats = event?.detail.stats ?? el.data!;
      await el.updateComplete;
      const after = await visitor.ratingStats({ from: today, to: today });

      // Our ratings are in; others' may be too (tests run side by side).
      expect(shown.total)
        .to.be.at.least(before.total + given.length)
        .and.at.most(after.total);
      for (const each of RATING_LEVELS) {
        const mine = given.filter((l) => l === each).length;
        expect(level(shown, each) - level(before, each), each).to.be.at.least(mine);
      }
      if (after.total === shown.total) expect(shown).to.deep.equal(after);

      const figures = summary(el);
      const bad = badOf(shown);
      expect(figures['评价总数']).to.equal(count('zh-CN', shown.total));
      expect(figures['满意率']).to.equal(percent('zh-CN', shown.rate!));
      expect(figures['差评数']).to.equal(count('zh-CN', bad));
      expect(bad).to.be.at.least(badOf(before) + 2);
      expect(shown.satisfied / shown.total).to.be.closeTo(shown.rate!, 1e-9);

      // the row of our window holds at least our six ratings, four of them satisfied
      const ours = shown.byWindow.find((bucket) => bucket.key === counter.id)!;
      const earlier = before.byWindow.find((bucket) => bucket.key === counter.id);
      expect(ours.total - (earlier?.total ?? 0)).to.be.at.least(6);
      expect(ours.satisfied - (earlier?.satisfied ?? 0)).to.be.at.least(4);
      const row = rows(el).find((cells) => cells[0] === ours.label)!;
      expect(row).to.deep.equal([
        ours.label,
        count('zh-CN', ours.total),
        count('zh-CN', ours.satisfied),
        count('zh-CN', ours.total - ours.satisfied),
        percent('zh-CN', ours.rate!),
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows the offline state with a retry button, and loads when the server is back', async () => {
      const { url } = await hallServer();
      const today = shanghaiToday();
      await hallServer('stop');
      let el: ZwRatingStats;
      try {
        el = await fixture<ZwRatingStats>(html`<zw-rating-stats api-base=${`${url}/api`} from=${today} to=${today}></zw-rating-stats>`);
        await waitFor(() => el.status === 'offline', 'the offline state');
        await el.updateComplete;
        const alert = $(el, '.failure[role="alert"]');
        expect(text(alert)).to.contain('无法连接服务器');
        expect(text(alert), 'no stale note without data').not.to.contain('可能不是最新的');
        expect(alert.querySelector('zw-button')).to.exist;
        await expect(el).to.be.accessible();
      } finally {
        await hallServer('start');
      }
      const loaded = oneEvent(el, 'zw-rating-stats-load');
      $(el, '.failure zw-button').click();
      await loaded;
      await el.updateComplete;
      expect(['ready', 'empty']).to.include(el.status);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement, 'focus moves to the heading').to.equal($(el, 'h2'));
    });

    it('keeps the last figures when the server goes away, and says they may be out of date', async () => {
      const { url } = await hallServer();
      const today = shanghaiToday();
      const el = await fixture<ZwRatingStats>(
        html`<zw-rating-stats api-base=${`${url}/api`} from=${addDays(today, -6)} to=${today}></zw-rating-stats>`,
      );
      await waitFor(() => el.data !== undefined, 'the first load');
      const first = el.data!;
      await hallServer('stop');
      try {
        await el.reload();
        await el.updateComplete;
        expect(el.status).to.equal('offline');
        expect(el.data === first).to.equal(true);
        expect(text($(el, '.failure')))
          .to.contain('无法连接服务器')
          .and.contain('可能不是最新的');
        if (first.total > 0) expect(rows(el)).to.have.length(7);
        await expect(el).to.be.accessible();
      } finally {
        await hallServer('start');
      }
      await el.reload();
      expect(el.status).to.not.equal('offline');
    });
  });

  describe('sizes', () => {
    it('meets the elder sizes: heading ≥ 40 px, text ≥ 24 px, line height ≥ 1.3, ≥ 7:1 contrast', async () => {
      for (const theme of ['light', 'dark', 'high-contrast'] as const) {
        for (const template of [
          html`<zw-rating-stats .stats=${TWO_WEEKS}></zw-rating-stats>`,
          html`<zw-rating-stats .client=${failingSource()}></zw-rating-stats>`,
        ]) {
          const provider = await renderStory(template, 'zh-CN', 'elder', theme);
          const el = provider.querySelector('zw-rating-stats')!;
          await waitFor(() => el.status !== 'loading', 'a settled state');
          await el.updateComplete;
          expect(px(getComputedStyle($(el, 'h2')).fontSize), 'heading').to.be.at.least(40);
          const texts = textElements(el.shadowRoot!).filter((node) => node.localName !== 'zw-button');
          expect(texts.length).to.be.greaterThan(3);
          for (const node of texts) {
            const where = `${theme} ${el.status}: <${node.localName} class="${node.getAttribute('class') ?? ''}"> "${text(node)}"`;
            const style = getComputedStyle(node);
            expect(px(style.fontSize), where).to.be.at.least(24);
            if (!(node instanceof SVGElement)) expect(px(style.lineHeight) / px(style.fontSize), where).to.be.at.least(1.3);
            expect(contrastRatio(style.color, effectiveBackground(node)), where).to.be.at.least(7);
          }
        }
      }
    });

    it('keeps normal text at least 16 px', async () => {
      const el = await fixture<ZwRatingStats>(html`<zw-rating-stats .stats=${TWO_WEEKS}></zw-rating-stats>`);
      for (const node of textElements(el.shadowRoot!)) {
        expect(px(getComputedStyle(node).fontSize), text(node)).to.be.at.least(16);
      }
    });
  });
});
