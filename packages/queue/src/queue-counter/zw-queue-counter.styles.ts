import { css } from 'lit';

export const queueCounterStyles = css`
  :host {
    display: block;
    max-inline-size: var(--zw-queue-counter-max-width, 1100px);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    white-space: normal;
  }

  h2,
  h3,
  p,
  dl,
  dd,
  ul {
    margin: 0;
    padding: 0;
  }

  li {
    list-style: none;
  }

  bdi {
    overflow-wrap: anywhere;
  }

  .base {
    padding: var(--zw-sys-space);
  }

  section,
  form {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-gap);
  }

  h2 {
    font-size: var(--zw-sys-font-size-heading);
  }

  h3 {
    font-size: var(--zw-sys-font-size-title);
  }

  label,
  legend,
  dt {
    font-weight: 700;
  }

  input,
  select {
    box-sizing: border-box;
    min-block-size: var(--zw-sys-touch-target);
    padding: 0 var(--zw-sys-gap);
    border: calc(var(--zw-sys-border-width) * 2) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
    font: inherit;
  }

  input[type='radio'] {
    min-block-size: auto;
    inline-size: 1.2em;
    block-size: 1.2em;
  }

  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-space);
    margin: 0;
    padding: var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
  }

  .hint,
  .rule,
  .shortcuts {
    color: var(--zw-sys-color-on-surface-variant);
    font-size: var(--zw-sys-font-size-small);
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap) var(--zw-sys-space);
    align-items: center;
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--zw-sys-gap) var(--zw-sys-space);
    align-items: baseline;
  }

  .serving {
    font-size: var(--zw-sys-font-size-display);
    font-weight: 800;
    font-variant-numeric: tabular-nums;
  }

  .waiting {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap) var(--zw-sys-space);
  }

  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: var(--zw-sys-gap);
  }

  kbd {
    padding: 0 0.3em;
    border: var(--zw-sys-border-width) solid currentColor;
    border-radius: calc(var(--zw-sys-radius) / 2);
    font-family: inherit;
    font-size: 0.85em;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap);
  }

  .paused,
  .message {
    padding: var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-inline-start-width: 6px;
    border-radius: var(--zw-sys-radius);
  }

  .paused,
  .message.nobody {
    background: var(--zw-sys-color-warning-container);
    color: var(--zw-sys-color-on-warning-container);
  }

  .message.error {
    border-color: var(--zw-sys-color-error);
    background: var(--zw-sys-color-error-container);
    color: var(--zw-sys-color-on-surface);
  }

  section.transfer {
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface-variant);
  }

  h2:focus-visible,
  h3:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: var(--zw-sys-focus-width);
  }

  @media (forced-colors: active) {
    input,
    select,
    fieldset,
    .paused,
    .message,
    section.transfer,
    kbd {
      border-color: CanvasText;
    }
  }
`;
