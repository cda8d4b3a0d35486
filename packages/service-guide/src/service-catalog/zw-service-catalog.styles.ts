import { css } from 'lit';

export const serviceCatalogStyles = css`
  :host {
    --_list-height: var(--zw-service-catalog-list-height, 60vh);
    display: block;
    min-inline-size: 0;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-space);
    color: var(--zw-sys-color-on-surface);
    background: var(--zw-sys-color-surface);
    font-size: var(--zw-sys-font-size-body);
    line-height: var(--zw-sys-line-height);
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }

  h2 {
    font-size: var(--zw-sys-font-size-heading);
  }

  h3 {
    font-size: var(--zw-sys-font-size-title);
  }

  .search label {
    display: block;
    font-weight: 700;
  }

  .field {
    display: flex;
    gap: var(--zw-sys-gap);
    align-items: stretch;
  }

  input[type='search'] {
    flex: 1;
    min-inline-size: 0;
    min-block-size: var(--zw-sys-touch-target);
    padding-inline: var(--zw-sys-gap);
    font: inherit;
    color: var(--zw-sys-color-on-surface);
    background: var(--zw-sys-color-surface);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
  }

  .hint,
  .notice {
    margin: 0;
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
  }

  .notice {
    padding: var(--zw-sys-gap);
    color: var(--zw-sys-color-on-warning-container);
    background: var(--zw-sys-color-warning-container);
    border-radius: var(--zw-sys-radius);
  }

  .tiles ul,
  .closest ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: var(--zw-sys-gap);
    margin: 0;
    margin-block-start: var(--zw-sys-gap);
    padding: 0;
    list-style: none;
  }

  button,
  a {
    font: inherit;
    color: inherit;
  }

  .tile {
    display: flex;
    align-items: center;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: calc(var(--zw-sys-touch-target) * 1.4);
    padding: var(--zw-sys-gap);
    font-weight: 700;
    text-align: start;
    text-decoration: none;
    color: var(--zw-sys-color-on-primary-container);
    background: var(--zw-sys-color-primary-container);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    cursor: pointer;
  }

  .kinds,
  .values {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap);
    margin-block-start: var(--zw-sys-gap);
  }

  .kind,
  .value {
    min-block-size: var(--zw-sys-touch-target);
    min-inline-size: var(--zw-sys-touch-target);
    padding-inline: var(--zw-sys-space);
    background: var(--zw-sys-color-surface);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    cursor: pointer;
  }

  .kind {
    font-weight: 700;
  }

  .kind[aria-pressed='true'],
  .value[aria-pressed='true'] {
    color: var(--zw-sys-color-on-primary);
    background: var(--zw-sys-color-primary);
    border-color: var(--zw-sys-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .count {
    margin: 0;
    font-weight: 700;
  }

  .list {
    block-size: var(--_list-height);
    overflow: auto;
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
  }

  .list.short {
    block-size: auto;
    max-block-size: none;
  }

  .row {
    box-sizing: border-box;
    inline-size: 100%;
    border-block-end: 1px solid var(--zw-sys-color-outline);
  }

  .choice {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--zw-sys-touch-target);
    padding: var(--zw-sys-gap) var(--zw-sys-space);
    text-align: start;
    text-decoration: none;
    background: transparent;
    border: 0;
    cursor: pointer;
  }

  .name {
    font-weight: 700;
  }

  mark {
    color: inherit;
    background: var(--zw-sys-color-warning-container);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--zw-sys-space);
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
  }

  .badge {
    font-weight: 700;
    color: var(--zw-sys-color-on-surface);
  }

  /* the loading line and failure box: core's loadStateStyles */

  button:focus-visible,
  a:focus-visible,
  .list:focus-visible,
  input:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: 2px;
  }

  .choice:hover,
  .value:hover,
  .kind:hover {
    background: var(--zw-sys-color-surface-variant);
  }

  .kind[aria-pressed='true']:hover,
  .value[aria-pressed='true']:hover {
    background: var(--zw-sys-color-primary);
  }

  @media (forced-colors: active) {
    .tile,
    .kind,
    .value,
    input[type='search'] {
      border-color: ButtonText;
    }

    .kind[aria-pressed='true'],
    .value[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }

    mark {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;
