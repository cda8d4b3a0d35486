import { css } from 'lit';

/* The guide part, on screen; the paper itself takes the single-item checklist's styles. */
export const serviceBundleStyles = css`
  .heading {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-gap);
  }

  .heading .name {
    margin: 0;
    font-size: var(--zw-sys-font-size-title, 1.6em);
    overflow-wrap: anywhere;
  }

  .heading .name:focus-visible {
    outline: 3px solid var(--zw-sys-color-focus, currentColor);
    outline-offset: 2px;
  }

  .summary,
  .item-meta,
  .step-description {
    color: var(--zw-sys-color-on-surface-variant, inherit);
  }

  .order h3 {
    margin: 0 0 var(--zw-sys-gap);
  }

  .departments,
  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .department {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-gap);
    padding: var(--zw-sys-space);
    margin-block-end: var(--zw-sys-gap);
    border: 1px solid var(--zw-sys-color-outline, currentColor);
    border-radius: var(--zw-sys-radius);
  }

  .department-name {
    font-weight: 700;
    font-size: var(--zw-sys-font-size-body);
  }

  .item h4 {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .step {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--zw-sys-gap);
    padding-block: 0.25em;
  }

  .step-description {
    grid-column: 2;
    overflow-wrap: anywhere;
  }

  .step-number {
    font-weight: 700;
    white-space: nowrap;
  }

  .needed-by {
    font-size: 9pt;
  }

  /* The names and necessity stay readable; the "needed by" column takes what is left. */
  .a4 table.materials th.name {
    inline-size: 38mm;
  }

  .a4 table.materials .necessity {
    white-space: nowrap;
  }

  .a4 .meta .items,
  .a4 .meta .item {
    grid-column: span 3;
  }

  .paper .meta .items dd {
    font-size: 9.5pt;
  }

  @media print {
    .heading,
    .order {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .department {
      border-color: CanvasText;
    }
  }
`;
