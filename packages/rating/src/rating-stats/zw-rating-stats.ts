import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LoaderController, ZwElement, ZwConfigError, ZwServerError, baseStyles, failureKind, type ZwConfig } from '@zhengwu/core';
import { RATING_LEVELS } from '@zhengwu/core/contract/rating-rules';
import type { RatingStats } from '@zhengwu/core/contract';
import { RATING_NS } from '../locales/namespace.js';
import { barOf, chartLayout, em, fitText, textWidthEm } from './stats-chart.js';
import { StatsFormat, statsTable } from './stats-format.js';
import { checkRefresh, statsRange } from './stats-range.js';
import { ZwRatingStatsLoadEvent } from './zw-rating-stats-events.js';
import { ratingStatsStyles } from './zw-rating-stats.styles.js';

export { DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS, MIN_REFRESH_SECONDS, addDays, isDay, shanghaiToday } from './stats-range.js';

export const RATING_STATS_GROUPS = ['day', 'window', 'department'] as const;
export type RatingStatsGroup = (typeof RATING_STATS_GROUPS)[number];

/** One bar of the chart and one row of the table. */
export type RatingStatsBucket = RatingStats['byDay'][number];

/** What is asked of the hall server. */
export interface RatingStatsQuery {
  from: string;
  to: string;
  window?: string;
  department?: string;
}

/** Where the figures come from: a `HallClient`, or anything with the same `ratingStats`; by default the API at `api-base`. */
export interface RatingStatsSource {
  ratingStats(query: RatingStatsQuery, signal?: AbortSignal): Promise<RatingStats>;
}

/** `loading` (nothing to show yet), `ready`, `empty` (nothing rated), `offline` or `error`. */
export type RatingStatsStatus = 'loading' | 'ready' | 'empty' | 'offline' | 'error';

/**
 * With `.stats` set, the element shows those figures and fetches nothing (stories, dashboards
 * that already hold them). Otherwise it asks the hall server at `api-base` (`GET
 * /ratings/stats`) and shows, never a blank box: a loading line; the figures; "所选时间内还没有
 * 评价" when nothing was rated; when the server cannot be reached or answers with an error, a
 * translated message with a retry button, keeping the last figures (said to be possibly out of
 * date) if there were any.
 *
 * The table is always visible under the chart: the chart is one image to a screen reader (its
 * label sums it up), the table gives every number to screen-reader and keyboard users. Many
 * buckets make the chart scroll sideways in a focusable box instead of squeezing it.
 *
 * @tag zw-rating-stats
 * @summary 好差评满意率 for a date range, grouped by day, window or department: a summary, an
 * accessible SVG bar chart and the same figures as a table, for a hall's 效能监测 screen.
 *
 * @csspart base - The whole statistics block.
 * @csspart title - The heading.
 * @csspart range - The line with the date range and the filters.
 * @csspart summary - The totals: ratings, 满意率, 差评.
 * @csspart levels - The count of each of the five levels.
 * @csspart chart - The scrollable box around the chart.
 * @csspart bar - Each bar of the chart.
 * @csspart table - The table with every figure.
 * @csspart status - The loading and empty messages.
 * @csspart error - The offline or error message with its retry button.
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-rating-stats-bar-color - Fill of the bars.
 * @cssprop --zw-rating-stats-grid-color - The 0 / 50 / 100 % lines.
 * @fires zw-rating-stats-load - Figures arrived from the hall server; `detail.stats`.
 * @fires zw-config-error - `from`, `to`, `group-by` or `refresh` is invalid; the error is shown.
 */
export class ZwRatingStats extends ZwElement {
  static override i18nNamespaces = [RATING_NS];
  static override styles = [baseStyles, ratingStatsStyles];

  /** First day, `YYYY-MM-DD` (Asia/Shanghai). Defaults to 29 days before `to`. */
  @property() from?: string;

  /** Last day, `YYYY-MM-DD` (Asia/Shanghai), included. Defaults to today. */
  @property() to?: string;

  /** What each bar stands for: `day` (default), `window` or `department`. */
  @property({ attribute: 'group-by' }) groupBy: RatingStatsGroup = 'day';

  /** Only ratings of this window id (e.g. `3`). */
  @property() window?: string;

  /** Only ratings of this department. */
  @property() department?: string;

  /** Fetch again every this many seconds (at least 10); none by default. */
  @property({ type: Number }) refresh?: number;

  /** The heading. Defaults to the translated "好差评满意率统计". */
  @property() label?: string;

  /** Figures to show as they are, without fetching. */
  @property({ attribute: false }) stats?: RatingStats;

  /** Where to fetch from; defaults to a `HallClient` on `api-base`. */
  @property({ attribute: false }) client?: RatingStatsSource;

  @state() private loadedAt?: Date;

  /** The last figures stay on screen while a new request runs and when it fails. */
  private readonly loader = new LoaderController<RatingStats>(this, {
    keepValue: true,
    onLoad: (stats) => this.dispatchEvent(new ZwRatingStatsLoadEvent(stats)),
  });
  private readonly format = new StatsFormat(this.localize);
  /** The range in effect, after defaults. */
  private range = { from: '', to: '' };
  private requested?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private loads = 0;
  private focusAfterRetry = false;

  /** The figures on screen: given ones, or the last fetched. */
  get data(): RatingStats | undefined {
    return this.stats ?? this.loader.value;
  }

  /** Where the element stands; see `RatingStatsStatus`. */
  get status(): RatingStatsStatus {
    if (!this.stats && this.loader.error !== undefined && !this.loader.loading) {
      return failureKind(this.loader.error) === 'offline' ? 'offline' : 'error';
    }
    const data = this.data;
    if (!data) return 'loading';
    return data.total === 0 ? 'empty' : 'ready';
  }

  /** The query in effect (defaults applied). */
  get query(): RatingStatsQuery {
    const query: RatingStatsQuery = { ...this.range };
    if (this.window) query.window = this.window;
    if (this.department) query.department = this.department;
    return query;
  }

  protected override resolveConfig(): ZwConfig {
    if (!(RATING_STATS_GROUPS as readonly string[]).includes(this.groupBy)) {
      throw new ZwConfigError('group-by', RATING_STATS_GROUPS.join(' | '), String(this.groupBy));
    }
    const range = statsRange(this.from, this.to);
    checkRefresh(this.refresh, this.getAttribute('refresh'));
    this.range = range;
    return super.resolveConfig();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: fetch again (disconnecting stopped everything).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
    this.requested = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const wanted =
      this.configError || this.stats
        ? undefined
        : JSON.stringify([
            this.config.apiBase,
            this.range.from,
            this.range.to,
            this.window ?? '',
            this.department ?? '',
            this.refresh ?? 0,
          ]);
    if (wanted !== this.requested || (wanted && changed.has('client'))) {
      this.requested = wanted;
      if (wanted) {
        void this.load();
      } else {
        this.stopTimer();
        this.loader.clear();
      }
    }
  }

  /** Fetches the figures now (also what the retry button does). Resolves when done. */
  reload(): Promise<void> {
    if (this.stats || this.configError) return Promise.resolve();
    return this.load();
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async load(): Promise<void> {
    this.stopTimer();
    const load = ++this.loads;
    const query = this.query;
    const { apiBase } = this.config;
    const client = this.client;
    await this.loader.request(
      this.requested ?? '',
      async (signal) => {
        try {
          const stats = client
            ? await client.ratingStats(query, signal)
            : await (await import('./stats-api.js')).getRatingStats({ baseUrl: apiBase }, query, signal);
          this.loadedAt = new Date();
          return stats;
        } finally {
          // The newest load (and only while still wanted) schedules the next, before it is shown.
          if (load === this.loads && this.refresh && this.requested && this.isConnected) {
            this.timer = setTimeout(() => void this.load(), this.refresh * 1000);
          }
        }
      },
      // Each call means "fetch now": a new query, the retry button or the refresh timer.
      true,
    );
  }

  private readonly onRetry = () => {
    this.focusAfterRetry = true;
    void this.reload();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusAfterRetry && !this.loader.loading) {
      this.focusAfterRetry = false;
      // Failed again: stay on the button. Loaded: go to the heading above the new figures.
      const target = this.renderRoot.querySelector<HTMLElement>('.failure zw-button') ?? this.renderRoot.querySelector<HTMLElement>('h2');
      target?.focus();
    }
  }

  /** The chart's accessible name, e.g. "按日期的满意率，共 12 组，最高 98.2%，最低 76.0%". */
  chartSummary(buckets: readonly RatingStatsBucket[], group: RatingStatsGroup): string {
    const rates = buckets.map((bucket) => bucket.rate).filter((rate): rate is number => rate != null);
    const by = this.t(`stats.by.${group}`);
    if (rates.length === 0) return this.t('stats.chart.summaryNone', { by, count: buckets.length });
    return this.t('stats.chart.summary', {
      by,
      count: buckets.length,
      max: this.format.percent(Math.max(...rates)),
      min: this.format.percent(Math.min(...rates)),
    });
  }

  // ---------------------------------------------------------------- rendering

  protected renderContent() {
    const data = this.data;
    const from = data?.from ?? this.range.from;
    const to = data?.to ?? this.range.to;
    const status = this.status;
    const failed = status === 'offline' || status === 'error';
    const filters = [
      this.window ? this.t('stats.filter.window', { value: this.window }) : '',
      this.department ? this.t('stats.filter.department', { value: this.department }) : '',
    ].filter(Boolean);
    return html`<section class="base" part="base" aria-labelledby="title" aria-busy=${this.loader.loading ? 'true' : 'false'}>
      <h2 id="title" part="title" tabindex="-1">${this.label || this.t('stats.title')}</h2>
      <p class="range" part="range">
        <span>${this.format.rangeText(from, to)}</span>${filters.map((filter) => html` <span class="filter">${filter}</span>`)}
      </p>
      ${failed ? this.renderFailure(Boolean(data)) : nothing} ${data ? this.renderData(data) : nothing}
      ${!data && !failed ? html`<p class="message" part="status" role="status">${this.t('stats.loading')}</p>` : nothing}
    </section>`;
  }

  private renderFailure(stale: boolean) {
    const error = this.loader.error;
    const kind = failureKind(error);
    const code = error instanceof ZwServerError ? `${error.status} ${error.code}` : undefined;
    // Offline and plain server errors have the statistics' own words; the rest say what happened.
    const message = kind === 'offline' || kind === 'error' ? `stats.${kind}` : `core:load.failure.${kind}`;
    return html`<div class="failure ${kind === 'offline' ? 'offline' : 'error'}" part="error" role="alert">
      <p class="failure-message">${this.t(message)}</p>
      ${code ? html`<p class="failure-code">${this.t('stats.errorCode', { code })}</p>` : nothing}
      ${
        stale && this.loadedAt
          ? html`<p class="stale">
              ${this.t('stats.stale', { time: this.localize.date(this.loadedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
            </p>`
          : nothing
      }
      <zw-button class="retry" variant="secondary" @click=${this.onRetry}>${this.t('stats.retry')}</zw-button>
    </div>`;
  }

  private renderData(stats: RatingStats) {
    if (stats.total === 0) {
      return html`<p class="message empty" part="status">${this.t('stats.empty')}</p>`;
    }
    const group = this.groupBy as RatingStatsGroup;
    const buckets = this.format.bucketsOf(stats, group);
    const bad = (stats.byLevel.dissatisfied ?? 0) + (stats.byLevel['very-dissatisfied'] ?? 0);
    return html`<dl class="summary" part="summary">
        <div class="figure total">
          <dt>${this.t('stats.summary.total')}</dt>
          <dd>${this.format.count(stats.total)}</dd>
        </div>
        <div class="figure rate">
          <dt>${this.t('stats.summary.rate')}</dt>
          <dd>${stats.rate == null ? this.t('stats.none') : this.format.percent(stats.rate)}</dd>
        </div>
        <div class="figure bad">
          <dt>${this.t('stats.summary.bad')}</dt>
          <dd>${this.format.count(bad)}</dd>
        </div>
      </dl>
      <h3 class="levels-title" id="levels-title">${this.t('stats.levels.title')}</h3>
      <dl class="levels" part="levels">
        ${RATING_LEVELS.map(
          (level) =>
            html`<div class="level" data-level=${level}>
              <dt>${this.t(`stats.levels.${level}`)}</dt>
              <dd>${this.format.count(stats.byLevel[level] ?? 0)}</dd>
            </div>`,
        )}
      </dl>
      ${this.renderChart(buckets, group)} ${statsTable(this.format, stats, buckets, group)}`;
  }

  private renderChart(buckets: readonly RatingStatsBucket[], group: RatingStatsGroup) {
    const labels = buckets.map((bucket) => this.format.bucketLabel(bucket, group, true));
    const counts = buckets.map((bucket) => this.t('stats.chart.count', { value: this.format.count(bucket.total) }));
    const widest = Math.max(textWidthEm(this.format.percent(1)), ...labels.map(textWidthEm), ...counts.map(textWidthEm));
    const layout = chartLayout(buckets.length, widest);
    const { base, left, plot, slot, width, height } = layout;
    const grid = [0, 0.5, 1].map(
      (share) => svg`<line class="grid ${share === 0 ? 'axis' : ''}" x1=${em(left - 0.2)} x2=${em(width)}
          y1=${em(base - share * plot)} y2=${em(base - share * plot)}></line>
        <text class="tick" x=${em(left - 0.4)} y=${em(base - share * plot + 0.35)} text-anchor="end">${this.localize.number(share, { style: 'percent' })}</text>`,
    );
    const bars: SVGTemplateResult[] = buckets.map((bucket, index) => {
      const { rate } = bucket;
      const bar = barOf(layout, index, rate);
      return svg`<g class="bucket" data-key=${bucket.key}>
        ${
          bar.height > 0
            ? svg`<rect class="bar" part="bar" x=${em(bar.x)} y=${em(bar.top)} width=${em(layout.barWidth)} height=${em(bar.height)}></rect>`
            : nothing
        }
        <text class="value" x=${em(bar.centre)} y=${em(bar.top - 0.35)} text-anchor="middle">${rate == null ? this.t('stats.none') : this.format.percent(rate)}</text>
        <text class="label" x=${em(bar.centre)} y=${em(base + 1.3)} text-anchor="middle">${fitText(labels[index], slot - 0.4)}</text>
        <text class="count" x=${em(bar.centre)} y=${em(base + 2.8)} text-anchor="middle">${counts[index]}</text>
      </g>`;
    });
    return html`<div class="chart" part="chart" role="group" aria-label=${this.t('stats.chart.label')} tabindex="0">
      <svg role="img" aria-label=${this.chartSummary(buckets, group)} width=${em(width)} height=${em(height)} focusable="false">
        ${grid}${bars}
      </svg>
    </div>`;
  }
}
