import { css } from 'lit';

/*
 * The paper is paper: black on white in every theme, sized in mm and pt, with nothing said by
 * colour alone, so a thermal receipt printer (which prints black only) loses nothing.
 */
export const serviceChecklistStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-gap);
    color: var(--zw-sys-color-on-surface);
  }

  p {
    margin: 0;
  }

  .toolbar {
    display: flex;
    justify-content: center;
    padding-block: var(--zw-sys-gap);
  }

  .stage {
    display: flex;
    justify-content: center;
    padding: var(--zw-sys-space);
    overflow-x: auto;
    border-radius: var(--zw-sys-radius);
    background: var(--zw-service-checklist-stage, var(--zw-sys-color-surface-variant));
  }

  .paper {
    flex: none;
    box-sizing: border-box;
    background: #ffffff;
    color: #000000;
    color-scheme: light;
    box-shadow: 0 1px 6px rgb(0 0 0 / 35%);
    font-family: var(--zw-sys-font-family);
    font-size: 10.5pt;
    line-height: 1.45;
  }

  .paper.receipt {
    inline-size: 80mm;
    padding: 5mm 4mm 9mm;
  }

  .paper.a4 {
    inline-size: 210mm;
    min-block-size: 297mm;
    padding: 12mm 14mm;
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }

  dl {
    margin: 0;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  dt {
    font-size: 9pt;
    font-weight: 700;
  }

  .masthead {
    padding-block-end: 2.5mm;
    border-block-end: 1.5pt solid #000000;
  }

  .hall {
    font-size: 11pt;
    font-weight: 700;
  }

  .title {
    font-size: 16pt;
    letter-spacing: 0.15em;
  }

  .meta,
  .where {
    display: flex;
    flex-direction: column;
    gap: 1.5mm;
    padding-block: 2.5mm;
  }

  .meta .item dd {
    font-size: 12pt;
    font-weight: 700;
  }

  .code dd {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: 9.5pt;
  }

  .intro {
    padding-block: 2mm;
    border-block: 0.75pt dashed #000000;
    font-size: 9.5pt;
  }

  .materials-title {
    padding-block: 2.5mm 1.5mm;
    font-size: 11.5pt;
  }

  .box {
    font-size: 15pt;
    line-height: 1;
  }

  .note {
    font-size: 9pt;
  }

  .where {
    margin-block-start: 2.5mm;
    border-block-start: 0.75pt dashed #000000;
  }

  .qr {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 1.5mm;
    margin: 0;
    padding-block: 3mm;
    border-block-start: 0.75pt dashed #000000;
    text-align: center;
    break-inside: avoid;
  }

  .qr figcaption {
    font-size: 9.5pt;
    font-weight: 700;
  }

  .footer {
    padding-block-start: 2mm;
    border-block-start: 0.75pt dashed #000000;
    font-size: 8.5pt;
  }

  /* ---------------------------------------------------------------- receipt: one narrow column */

  .receipt .masthead,
  .receipt .title {
    text-align: center;
  }

  ol.materials {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .material {
    display: grid;
    grid-template-columns: 6mm minmax(0, 1fr);
    column-gap: 1mm;
    padding-block: 1.8mm;
    border-block-end: 0.5pt dotted #000000;
    break-inside: avoid;
  }

  .material:last-child {
    border-block-end: none;
  }

  .material .name {
    font-size: 11pt;
    font-weight: 700;
  }

  .material .kind {
    font-weight: 700;
  }

  /* ---------------------------------------------------------------- A4: a table */

  .a4 .masthead {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 2mm 6mm;
  }

  .a4 .title {
    font-size: 20pt;
  }

  .a4 .meta,
  .a4 .where {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 2mm 6mm;
  }

  .a4 .meta .code {
    grid-column: span 2;
  }

  .a4 .meta .item,
  .a4 .where .place,
  .a4 .where .hours {
    grid-column: span 3;
  }

  .a4 .where .phone,
  .a4 .where .promised {
    grid-column: span 1;
  }

  table.materials {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 10pt;
  }

  table.materials th,
  table.materials td {
    padding: 1.5mm 2mm;
    border: 0.75pt solid #000000;
    text-align: start;
    vertical-align: top;
  }

  table.materials thead th {
    font-size: 9pt;
    white-space: nowrap;
  }

  table.materials tr {
    break-inside: avoid;
  }

  table.materials .check,
  table.materials .index,
  table.materials .count {
    text-align: center;
    white-space: nowrap;
  }

  .material-name {
    display: block;
  }

  table.materials tbody th .note {
    display: block;
    font-weight: 400;
  }

  table.materials .necessity {
    font-weight: 700;
  }

  .a4 .qr {
    flex-direction: row;
    justify-content: flex-start;
    gap: 5mm;
    text-align: start;
  }

  /* ---------------------------------------------------------------- screen states (the shared ones: core's loadStateStyles) */

  .message {
    font-size: var(--zw-sys-font-size-body);
  }

  /* ---------------------------------------------------------------- print: the paper alone */

  @media print {
    .toolbar {
      display: none;
    }

    .base {
      gap: 0;
    }

    .stage {
      display: block;
      padding: 0;
      overflow: visible;
      border-radius: 0;
      background: none;
    }

    .paper {
      box-shadow: none;
    }

    /* the page margins (@page) take the place of the preview's padding */
    .paper.a4 {
      inline-size: auto;
      min-block-size: 0;
      padding: 0;
    }
  }

  @media (forced-colors: active) {
    .paper {
      background: Canvas;
      color: CanvasText;
      box-shadow: none;
      border-color: CanvasText;
    }
    .paper {
      border: 1px solid CanvasText;
    }
    .masthead,
    .intro,
    .where,
    .qr,
    .footer,
    .material,
    table.materials th,
    table.materials td {
      border-color: CanvasText;
    }
  }
`;
