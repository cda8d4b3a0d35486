import { css } from 'lit';

export const stepsStyles = css`
  :host {
    --_marker: var(--zw-steps-marker-size, calc(var(--zw-sys-font-size-body) * 1.75));
    --_done: var(--zw-steps-done-color, var(--zw-sys-color-success));
    --_current: var(--zw-steps-current-color, var(--zw-sys-color-primary));
    --_line: var(--zw-steps-line-color, var(--zw-sys-color-outline));
    --_line-width: max(2px, var(--zw-sys-border-width));
    display: block;
  }

  .position {
    margin: 0 0 var(--zw-sys-space);
    font-size: var(--zw-sys-font-size-title);
    font-weight: 600;
    line-height: var(--zw-sys-line-height);
  }

  ol {
    display: flex;
    flex-direction: column;
    margin: 0;
    /* room for the ring around the current marker */
    padding: calc(var(--_line-width) * 2);
    padding-inline-end: 0;
    list-style: none;
  }

  .step {
    position: relative;
    display: flex;
    gap: var(--zw-sys-space);
    padding-block-end: var(--zw-sys-space);
  }

  .step:last-child {
    padding-block-end: 0;
  }

  /* the line down to the next step: solid once a step is done, dashed before */
  .step::after {
    content: '';
    position: absolute;
    inset-block: calc(var(--_marker) + var(--zw-ref-space-4)) var(--zw-ref-space-4);
    inset-inline-start: calc((var(--_marker) - var(--_line-width)) / 2);
    border-inline-start: var(--_line-width) dashed var(--_line);
  }

  .step.done::after {
    border-inline-start-style: solid;
    border-color: var(--_done);
  }

  .step:last-child::after {
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
    color: var(--zw-sys-color-on-surface-variant);
    font-size: var(--zw-sys-font-size-small);
    font-weight: 700;
    line-height: 1.3;
  }

  /* done: a filled circle with a tick */
  .done .marker {
    border-color: var(--_done);
    background: var(--_done);
    color: var(--zw-sys-color-surface);
  }

  .done .marker::before {
    content: '';
    inline-size: calc(var(--_marker) * 0.22);
    block-size: calc(var(--_marker) * 0.44);
    margin-block-start: calc(var(--_marker) * -0.08);
    border: solid currentColor;
    border-width: 0 calc(var(--_line-width) * 1.5) calc(var(--_line-width) * 1.5) 0;
    transform: rotate(45deg);
  }

  /* current: a filled circle with its number and a ring around it */
  .current .marker {
    border-color: var(--_current);
    background: var(--_current);
    color: var(--zw-sys-color-on-primary);
    outline: var(--_line-width) solid var(--_current);
    outline-offset: var(--_line-width);
  }

  /* overview: a procedure read before starting, every step alike and joined by a solid line */
  :host([overview]) .step::after {
    border-inline-start-style: solid;
  }

  :host([overview]) .marker {
    border-color: var(--_current);
    color: var(--zw-sys-color-on-surface);
  }

  :host([overview]) .label {
    font-weight: 600;
  }

  .text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    /* the first line sits level with the centre of the marker */
    padding-block-start: max(0px, calc((var(--_marker) - 1lh) / 2));
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--zw-sys-gap);
  }

  .label {
    font-size: var(--zw-sys-font-size-body);
    overflow-wrap: anywhere;
  }

  .current .label {
    font-weight: 700;
  }

  .status {
    font-size: var(--zw-sys-font-size-small);
    font-weight: 600;
    color: var(--zw-sys-color-on-surface-variant);
  }

  .done .status {
    color: var(--_done);
  }

  .current .status {
    color: var(--_current);
  }

  .description {
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
    overflow-wrap: anywhere;
  }

  /* horizontal: the steps in a row (wrapping on narrow screens), the line to the right */
  :host([orientation='horizontal']) ol {
    flex-direction: row;
    flex-wrap: wrap;
    row-gap: var(--zw-sys-space);
  }

  :host([orientation='horizontal']) .step {
    flex: 1 1 0;
    flex-direction: column;
    gap: var(--zw-sys-gap);
    min-inline-size: var(--zw-steps-step-min-width, 8em);
    padding-block-end: 0;
    padding-inline-end: var(--zw-sys-gap);
  }

  :host([orientation='horizontal']) .step::after {
    inset-block: calc((var(--_marker) - var(--_line-width)) / 2) auto;
    inset-inline: calc(var(--_marker) + var(--zw-ref-space-8)) var(--zw-ref-space-8);
    border-inline-start: none;
    border-block-start: var(--_line-width) dashed var(--_line);
  }

  :host([orientation='horizontal'][overview]) .step::after {
    border-block-start-style: solid;
  }

  :host([orientation='horizontal']) .step.done::after {
    border-block-start-style: solid;
    border-color: var(--_done);
  }

  :host([orientation='horizontal']) .text {
    padding-block-start: 0;
  }

  @media (forced-colors: active) {
    .marker,
    .done .marker {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .current .marker {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
      outline-color: Highlight;
    }
    .step::after,
    .step.done::after,
    :host([orientation='horizontal']) .step.done::after {
      border-color: CanvasText;
    }
    .status,
    .done .status,
    .current .status,
    .description {
      color: CanvasText;
    }
  }
`;
