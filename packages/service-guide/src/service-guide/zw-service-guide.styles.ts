import { css } from 'lit';

export const serviceGuideStyles = css`
  :host {
    --_accent: var(--zw-service-guide-accent, var(--zw-sys-color-primary));
    --_nav: var(--zw-service-guide-nav-width, 15em);
    display: block;
    min-inline-size: 0;
    container: guide / inline-size;
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

  h2:focus,
  h3:focus {
    outline: none;
  }

  h2:focus-visible,
  h3:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: 2px;
  }

  p {
    margin: 0;
  }

  /* anything touched: a touch target in both directions */
  .target {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--zw-sys-touch-target);
    min-inline-size: var(--zw-sys-touch-target);
    color: var(--zw-sys-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    overflow-wrap: anywhere;
  }

  /* ---------------------------------------------------------------- header */

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-gap);
    padding-block-end: var(--zw-sys-space);
    border-block-end: 4px solid var(--_accent);
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .facts li {
    padding: var(--zw-ref-space-4) var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    font-size: var(--zw-sys-font-size-small);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--zw-sys-gap) var(--zw-sys-space);
  }

  .print-hint {
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
  }

  /* ---------------------------------------------------------------- section index */

  .layout {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-space);
    min-inline-size: 0;
  }

  .toc {
    display: flex;
    flex-direction: column;
    gap: var(--zw-ref-space-4);
  }

  .toc-title {
    font-size: var(--zw-sys-font-size-small);
    font-weight: 700;
    color: var(--zw-sys-color-on-surface-variant);
  }

  .toc ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-ref-space-4) var(--zw-sys-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .toc a {
    padding-inline: var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    text-decoration: none;
    font-size: var(--zw-sys-font-size-small);
  }

  .toc a:hover {
    text-decoration: underline;
  }

  /* wide screens: the index stays beside the sections */
  @container guide (min-width: 900px) {
    :host(:not([data-zw-mode='elder'])) .layout {
      display: grid;
      grid-template-columns: var(--_nav) minmax(0, 1fr);
      align-items: start;
    }

    :host(:not([data-zw-mode='elder'])) .toc {
      position: sticky;
      inset-block-start: 0;
    }

    :host(:not([data-zw-mode='elder'])) .toc ol {
      flex-direction: column;
    }

    :host(:not([data-zw-mode='elder'])) .toc a {
      inline-size: 100%;
      border-width: 0 0 0 4px;
      border-radius: 0;
      border-color: transparent;
    }

    :host(:not([data-zw-mode='elder'])) .toc a:hover {
      border-color: var(--_accent);
    }
  }

  /* ---------------------------------------------------------------- sections */

  .sections {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-space);
    min-inline-size: 0;
  }

  .section {
    min-inline-size: 0;
    padding-block-start: var(--zw-sys-gap);
    border-block-start: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    scroll-margin-block-start: var(--zw-sys-space);
  }

  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--zw-sys-gap) var(--zw-sys-space);
  }

  h3 {
    flex: 1 1 12em;
    display: flex;
    align-items: center;
    min-block-size: var(--zw-sys-touch-target);
    margin: 0;
    font-size: var(--zw-sys-font-size-title);
    font-weight: 700;
    line-height: 1.3;
  }

  h3 .title {
    padding-inline-start: var(--zw-sys-gap);
    border-inline-start: 6px solid var(--_accent);
  }

  .fold {
    flex: 1;
    gap: var(--zw-sys-gap);
    margin: 0;
    padding: 0;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }

  .fold .title {
    padding-inline-start: 0;
    border: none;
  }

  .chevron {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
    fill: var(--_accent);
    transition: transform 0.15s;
  }

  .fold[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }

  .fold-state {
    margin-inline-start: auto;
    font-size: var(--zw-sys-font-size-small);
    font-weight: 600;
    color: var(--zw-sys-color-primary);
    text-decoration: underline;
  }

  .speak {
    flex: 0 1 auto;
  }

  /* the large-text panel of a device that cannot speak takes the whole width */
  .speak:has(zw-read-aloud[open]) {
    flex-basis: 100%;
  }

  .section-body {
    padding-block: var(--zw-sys-gap) var(--zw-sys-space);
  }

  .section-body[hidden] {
    padding-block: 0;
  }

  .fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--zw-sys-gap);
    margin: 0;
  }

  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  @container guide (min-width: 640px) {
    .field {
      grid-template-columns: 9em minmax(0, 1fr);
      gap: var(--zw-sys-space);
    }
  }

  /* a label beside a touch target sits level with the target's text */
  .field:has(> dd > .target) > dt {
    align-self: center;
  }

  dt {
    font-weight: 700;
    color: var(--zw-sys-color-on-surface-variant);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .code {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.02em;
  }

  .texts {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-gap);
    margin: 0;
    padding-inline-start: 1.6em;
  }

  .empty,
  .hint {
    color: var(--zw-sys-color-on-surface-variant);
  }

  /* ---------------------------------------------------------------- materials table */

  .table-wrap {
    max-inline-size: 100%;
    overflow-x: auto;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--zw-sys-font-size-small);
  }

  caption {
    padding-block-end: var(--zw-sys-gap);
    font-size: var(--zw-sys-font-size-body);
    font-weight: 700;
    text-align: start;
  }

  th,
  td {
    padding: var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--zw-sys-color-surface-variant);
    white-space: nowrap;
  }

  td.index,
  td.originals,
  td.copies,
  td.necessity,
  td.forms {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  tbody th {
    min-inline-size: 10em;
  }

  .material-name {
    display: block;
    font-size: var(--zw-sys-font-size-body);
  }

  .note {
    display: block;
    font-weight: 400;
    color: var(--zw-sys-color-on-surface-variant);
  }

  .necessity-required {
    font-weight: 700;
  }

  .necessity-deferrable {
    font-style: italic;
  }

  .file-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--zw-sys-gap);
  }

  /* ---------------------------------------------------------------- online, faq */

  .qr {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--zw-sys-space);
    margin: var(--zw-sys-space) 0 0;
  }

  .qr figcaption {
    flex: 1 1 10em;
    font-weight: 600;
  }

  .url {
    font-family: ui-monospace, monospace;
  }

  .faq {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-space);
    margin: 0;
  }

  .faq dt {
    color: var(--zw-sys-color-on-surface);
  }

  .qa-mark {
    margin-inline-end: var(--zw-sys-gap);
    font-weight: 700;
  }

  /* ---------------------------------------------------------------- states (the shared ones: core's loadStateStyles) */

  code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .base,
    thead th {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .header,
    .section,
    .facts li,
    .toc a,
    th,
    td {
      border-color: CanvasText;
    }
    h3 .title {
      border-color: CanvasText;
    }
    .target,
    .fold-state {
      color: LinkText;
    }
    .fold {
      color: ButtonText;
    }
    .chevron {
      fill: ButtonText;
    }
    dt,
    .note,
    .empty,
    .hint,
    .print-hint,
    .toc-title {
      color: CanvasText;
    }
  }
`;
