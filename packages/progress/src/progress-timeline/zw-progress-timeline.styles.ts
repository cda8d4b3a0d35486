import { css } from 'lit';

export const progressTimelineStyles = css`
  :host {
    --_marker: var(--zw-progress-timeline-marker-size, calc(var(--zw-sys-font-size-body) * 1.75));
    --_line: var(--zw-progress-timeline-line-color, var(--zw-sys-color-outline));
    --_current: var(--zw-progress-timeline-current-color, var(--zw-sys-color-primary));
    --_pause-bg: var(--zw-progress-timeline-pause-background, var(--zw-sys-color-warning-container));
    --_pause-fg: var(--zw-progress-timeline-pause-color, var(--zw-sys-color-on-warning-container));
    --_line-width: max(2px, var(--zw-sys-border-width));
    display: block;
  }

  .position {
    margin: 0 0 var(--zw-sys-space);
    font-size: var(--zw-sys-font-size-title);
    font-weight: 600;
  }

  ol {
    margin: 0;
    padding: calc(var(--_line-width) * 2);
    padding-inline-end: 0;
    list-style: none;
  }

  .entry {
    position: relative;
    display: flex;
    gap: var(--zw-sys-space);
    padding-block-end: var(--zw-sys-space);
  }

  .entry:last-child {
    padding-block-end: 0;
  }

  .entry::after {
    content: '';
    position: absolute;
    inset-block: calc(var(--_marker) + var(--zw-ref-space-4)) var(--zw-ref-space-4);
    inset-inline-start: calc((var(--_marker) - var(--_line-width)) / 2);
    border-inline-start: var(--_line-width) solid var(--_line);
  }

  .entry:last-child::after {
    display: none;
  }

  .marker {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: var(--_line-width) solid var(--_line);
    border-radius: 50%;
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
    font-size: var(--zw-sys-font-size-small);
    font-weight: 700;
  }

  .current .marker {
    border-color: var(--_current);
    background: var(--_current);
    color: var(--zw-sys-color-on-primary);
    outline: var(--_line-width) solid var(--_current);
    outline-offset: var(--_line-width);
  }

  .pause .marker {
    border-style: dashed;
  }

  .body {
    flex: 1;
    min-inline-size: 0;
  }

  .name {
    margin: 0;
    font-size: var(--zw-sys-font-size-body);
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .result {
    display: inline-block;
    margin-inline-start: var(--zw-sys-gap);
    padding: 0 var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid currentColor;
    border-radius: var(--zw-sys-radius);
    font-size: var(--zw-sys-font-size-small);
    font-weight: 600;
  }

  .result.approved {
    color: var(--zw-sys-color-success);
  }

  .result.returned,
  .result.correction {
    color: var(--zw-sys-color-error);
  }

  .result.current {
    color: var(--_current);
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 var(--zw-sys-gap);
    margin: var(--zw-ref-space-4) 0 0;
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  bdi {
    unicode-bidi: isolate;
  }

  .note,
  .missing,
  .pause-box p {
    margin: var(--zw-ref-space-4) 0 0;
    overflow-wrap: anywhere;
  }

  .missing {
    padding: var(--zw-sys-gap);
    border-inline-start: calc(var(--_line-width) * 2) solid var(--zw-sys-color-error);
    background: var(--zw-sys-color-error-container);
    color: var(--zw-sys-color-on-surface);
  }

  .missing ul {
    margin: var(--zw-ref-space-4) 0 0;
    padding-inline-start: 1.5em;
  }

  .pause-box {
    padding: var(--zw-sys-gap) var(--zw-sys-space);
    border: var(--_line-width) dashed var(--_pause-fg);
    border-radius: var(--zw-sys-radius);
    background: var(--_pause-bg);
    color: var(--_pause-fg);
  }

  .pause-box .name {
    color: inherit;
  }

  .clock {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .marker,
    .result,
    .pause-box,
    .missing {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }

    .current .marker {
      background: Highlight;
      color: HighlightText;
      outline-color: Highlight;
    }
  }
`;
