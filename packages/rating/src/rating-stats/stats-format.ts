// Formatting of the statistics (percentages, counts, days) in the element's locale, and the
// table of every figure.
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '@zhengwu/core';
import type { RatingStats } from '@zhengwu/core/contract';
import { dayInstant, isDay } from './stats-range.js';
import type { RatingStatsBucket, RatingStatsGroup } from './zw-rating-stats.js';

type Localize = Pick<LocalizeController, 't' | 'number' | 'date'>;

export class StatsFormat {
  constructor(private readonly localize: Localize) {}

  t(key: string, options?: Record<string, unknown>): string {
    return this.localize.t(key, options);
  }

  /** 满意率 with one decimal: "96.5%". */
  percent(rate: number): string {
    return this.localize.number(rate, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  count(value: number): string {
    return this.localize.number(value);
  }

  dayText(day: string, options: Intl.DateTimeFormatOptions): string {
    return isDay(day) ? this.localize.date(dayInstant(day), options) : day;
  }

  bucketLabel(bucket: RatingStatsBucket, group: RatingStatsGroup, short: boolean): string {
    if (group !== 'day') return bucket.label;
    return this.dayText(bucket.key, short ? { month: 'short', day: 'numeric' } : { month: 'short', day: 'numeric', weekday: 'short' });
  }

  rangeText(from: string, to: string): string {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
    return this.t('stats.range', { from: this.dayText(from, options), to: this.dayText(to, options) });
  }

  bucketsOf(stats: RatingStats, group: RatingStatsGroup): RatingStatsBucket[] {
    if (group === 'window') return stats.byWindow;
    if (group === 'department') return stats.byDepartment;
    return stats.byDay;
  }
}

/** Every figure as a table: the chart is one image to a screen reader, this gives each number. */
export function statsTable(
  format: StatsFormat,
  stats: RatingStats,
  buckets: readonly RatingStatsBucket[],
  group: RatingStatsGroup,
): TemplateResult {
  const rateCell = (rate: number | null) =>
    rate == null
      ? html`<span aria-hidden="true">${format.t('stats.none')}</span><span class="visually-hidden">${format.t('stats.noneSpoken')}</span>`
      : format.percent(rate);
  return html`<div class="table-wrap" role="group" aria-label=${format.t('stats.table.label')} tabindex="0">
    <table part="table">
      <caption>
        ${format.t('stats.table.caption', { by: format.t(`stats.by.${group}`), range: format.rangeText(stats.from, stats.to) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${format.t(`stats.table.group.${group}`)}</th>
          <th scope="col">${format.t('stats.table.total')}</th>
          <th scope="col">${format.t('stats.table.satisfied')}</th>
          <th scope="col">${format.t('stats.table.bad')}</th>
          <th scope="col">${format.t('stats.table.rate')}</th>
        </tr>
      </thead>
      <tbody>
        ${buckets.map(
          (bucket) =>
            html`<tr data-key=${bucket.key}>
              <th scope="row">${format.bucketLabel(bucket, group, false)}</th>
              <td>${format.count(bucket.total)}</td>
              <td>${format.count(bucket.satisfied)}</td>
              <td>${format.count(bucket.total - bucket.satisfied)}</td>
              <td>${rateCell(bucket.rate)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${format.t('stats.table.sum')}</th>
          <td>${format.count(stats.total)}</td>
          <td>${format.count(stats.satisfied)}</td>
          <td>${format.count(stats.total - stats.satisfied)}</td>
          <td>${rateCell(stats.rate)}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}
