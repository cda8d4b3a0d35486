import { css } from 'lit';

export const deadlineStyles = css`
  :host {
    --_frame: var(--zw-deadline-border-color, var(--zw-sys-color-outline));
    --_warn-bg: var(--zw-deadline-overdue-background, var(--zw-sys-color-error-container));
    --_warn-fg: var(--zw-deadline-overdue-color, var(--zw-sys-color-error));
    --_pause-bg: var(--zw-deadline-paused-background, var(--zw-sys-color-warning-container));
    --_pause-fg: var(--zw-deadline-paused-color, var(--zw-sys-color-on-warning-container));
    display: block;
  }

  .deadline {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--zw-ref-space-4) var(--zw-sys-gap);
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--_frame);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
  }

  .icon {
    grid-row: span 3;
    inline-size: var(--zw-sys-font-size-heading);
    block-size: var(--zw-sys-font-size-heading);
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .label {
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
  }

  .sentence {
    font-size: var(--zw-sys-font-size-title);
    font-weight: 700;
  }

  .limit,
  .provisional {
    font-size: var(--zw-sys-font-size-small);
  }

  .provisional {
    grid-column: 1 / -1;
    padding-block-start: var(--zw-sys-gap);
    border-block-start: var(--zw-sys-border-width) dashed var(--_frame);
  }

  /* Overdue: a thick frame, the warning sign and the words of the sentence — not colour alone. */
  .overdue {
    border: calc(var(--zw-sys-border-width) * 4) solid var(--_warn-fg);
    border-inline-start-width: calc(var(--zw-sys-border-width) * 10);
    background: var(--_warn-bg);
  }

  .overdue .sentence,
  .overdue .icon {
    color: var(--_warn-fg);
  }

  .soon {
    border: calc(var(--zw-sys-border-width) * 3) solid var(--zw-sys-color-primary);
  }

  .paused {
    border: calc(var(--zw-sys-border-width) * 3) dashed var(--_pause-fg);
    background: var(--_pause-bg);
    color: var(--_pause-fg);
  }

  .paused .label {
    color: inherit;
  }

  @media (forced-colors: active) {
    .deadline {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }

    .overdue .sentence,
    .overdue .icon {
      color: CanvasText;
    }
  }
`;
