import { css } from 'lit';

export const progressLookupStyles = css`
  :host {
    --_max: var(--zw-progress-lookup-max-width, 960px);
    --_field-height: max(var(--zw-sys-touch-target), var(--zw-progress-lookup-field-height, 0px));
    display: block;
  }

  section {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-space);
    max-inline-size: var(--_max);
  }

  h2,
  h3 {
    margin: 0;
    font-size: var(--zw-sys-font-size-heading);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  h3 {
    font-size: var(--zw-sys-font-size-title);
  }

  h2:focus-visible,
  h3:focus-visible,
  .failure:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: var(--zw-sys-focus-width);
  }

  p {
    margin: 0;
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-space);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--zw-ref-space-4);
  }

  label {
    font-weight: 700;
  }

  input {
    box-sizing: border-box;
    min-block-size: var(--_field-height);
    padding: 0 var(--zw-sys-gap);
    border: calc(var(--zw-sys-border-width) * 2) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
    font: inherit;
    font-size: var(--zw-sys-font-size-title);
    letter-spacing: 0.08em;
  }

  input:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: 2px;
  }

  /* The field the on-screen keys type into: a thicker frame and a bar, not colour alone. */
  .active input {
    border-width: calc(var(--zw-sys-border-width) * 4);
    border-color: var(--zw-sys-color-primary);
    box-shadow: inset 6px 0 0 var(--zw-sys-color-primary);
  }

  input[aria-invalid='true'] {
    border-color: var(--zw-sys-color-error);
  }

  .hint,
  .intro,
  .kicker {
    color: var(--zw-sys-color-on-surface-variant);
    font-size: var(--zw-sys-font-size-small);
  }

  .field-error {
    color: var(--zw-sys-color-error);
    font-weight: 700;
  }

  .field-error::before {
    content: '⚠ ';
  }

  .keys {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--zw-sys-gap);
  }

  .keys > :first-child {
    align-self: stretch;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--zw-ref-space-4) var(--zw-sys-space);
    margin: 0;
  }

  dt {
    color: var(--zw-sys-color-on-surface-variant);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  bdi {
    unicode-bidi: isolate;
  }

  .rate {
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface-variant);
  }

  .rated {
    font-weight: 700;
  }

  .rated::before {
    content: '✓ ';
  }

  @media (forced-colors: active) {
    input,
    .active input,
    .rate {
      border-color: CanvasText;
      box-shadow: none;
    }

    .active input {
      outline: var(--zw-sys-focus-width) solid Highlight;
    }

    .field-error {
      color: CanvasText;
    }
  }
`;
