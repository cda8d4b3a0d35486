import { css } from 'lit';

export const ratingStatsStyles = css`
  :host {
    --_bar: var(--zw-rating-stats-bar-color, var(--zw-sys-color-primary));
    --_grid: var(--zw-rating-stats-grid-color, var(--zw-sys-color-outline));
    display: block;
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-space);
    min-inline-size: 0;
    color: var(--zw-sys-color-on-surface);
    background: var(--zw-sys-color-surface);
  }

  h2 {
    margin: 0;
    font-size: var(--zw-sys-font-size-heading);
    font-weight: 700;
    line-height: 1.3;
  }

  h2:focus {
    outline: none;
  }

  h2:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
  }

  .range {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--zw-sys-space);
    margin: 0;
    margin-block-start: calc(var(--zw-sys-space) * -0.5);
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
  }

  .message {
    margin: 0;
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) dashed var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    font-size: var(--zw-sys-font-size-body);
  }

  .failure {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--zw-sys-gap);
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-inline-start-width: 6px;
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-warning-container);
    color: var(--zw-sys-color-on-surface);
  }

  .failure.error {
    border-color: var(--zw-sys-color-error);
    background: var(--zw-sys-color-error-container);
  }

  .failure p {
    margin: 0;
    font-size: var(--zw-sys-font-size-body);
  }

  .failure-message {
    font-weight: 700;
  }

  /* summary: big figures that wrap on narrow screens */
  .summary,
  .levels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap) var(--zw-sys-space);
    margin: 0;
  }

  .figure {
    display: flex;
    flex-direction: column;
    min-inline-size: 8em;
    padding: var(--zw-sys-gap) var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
  }

  dt {
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
  }

  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  .figure dd {
    font-size: var(--zw-sys-font-size-display);
    font-weight: 700;
    line-height: 1.3;
  }

  .levels-title {
    margin: 0;
    font-size: var(--zw-sys-font-size-title);
    line-height: 1.3;
  }

  .level {
    display: flex;
    align-items: baseline;
    gap: var(--zw-sys-gap);
    padding-inline-end: var(--zw-sys-space);
    border-inline-end: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
  }

  .level:last-child {
    border-inline-end: none;
  }

  .level dd {
    font-size: var(--zw-sys-font-size-body);
    font-weight: 700;
  }

  /* the chart scrolls sideways when it has many bars; it never shrinks its text */
  .chart,
  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
    border-radius: var(--zw-sys-radius);
  }

  .chart {
    padding-block: var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
  }

  .chart svg {
    display: block;
    font-size: var(--zw-sys-font-size-small);
    line-height: var(--zw-sys-line-height);
    overflow: visible;
  }

  .chart text {
    fill: currentColor;
    color: var(--zw-sys-color-on-surface);
    font-variant-numeric: tabular-nums;
  }

  .chart .value {
    font-weight: 700;
  }

  .bar {
    fill: var(--_bar);
    stroke: var(--zw-sys-color-on-surface);
    stroke-width: 1px;
  }

  .grid {
    stroke: var(--_grid);
    stroke-width: 1px;
    stroke-dasharray: 4 4;
  }

  .grid.axis {
    stroke: var(--zw-sys-color-on-surface);
    stroke-width: 2px;
    stroke-dasharray: none;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--zw-sys-font-size-body);
    font-variant-numeric: tabular-nums;
  }

  caption {
    padding-block-end: var(--zw-sys-gap);
    font-size: var(--zw-sys-font-size-body);
    font-weight: 700;
    text-align: start;
  }

  th,
  td {
    padding: var(--zw-ref-space-4, 4px) var(--zw-sys-gap);
    border-block-end: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    white-space: nowrap;
  }

  th {
    text-align: start;
    font-weight: 700;
  }

  td {
    text-align: end;
  }

  thead th {
    text-align: end;
    border-block-end-width: 2px;
  }

  thead th:first-child {
    text-align: start;
  }

  tbody th {
    font-weight: 400;
  }

  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-end: none;
    border-block-start: 2px solid var(--zw-sys-color-on-surface);
  }

  @media (forced-colors: active) {
    .base,
    .figure,
    .failure,
    .failure.error {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .range,
    dt {
      color: CanvasText;
    }
    .chart text {
      fill: CanvasText;
    }
    /* bars: a system-colour fill with a strong outline, so they show in any scheme */
    .bar {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 2px;
    }
    .grid,
    .grid.axis {
      stroke: CanvasText;
    }
    th,
    td,
    tfoot th,
    tfoot td,
    .chart,
    .level {
      border-color: CanvasText;
    }
  }
`;
