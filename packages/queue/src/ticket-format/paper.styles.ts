import { css } from 'lit';

/** The host page stays outside: the inherited properties the queue elements rely on. */
export const hostReset = css`
  :host {
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    white-space: normal;
    font-style: normal;
    font-weight: 400;
    text-transform: none;
  }
`;

/**
 * The printed ticket: black on white in every theme, sized in millimetres and points (never by
 * the screen's tokens), one narrow column the width of the print head (48 or 72 mm).
 */
export const paperStyles = css`
  .paper {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 1.2mm;
    margin: 0;
    padding: 0;
    background: #fff;
    color: #000;
    font-size: 10pt;
    line-height: 1.3;
    text-align: center;
    overflow-wrap: anywhere;
  }

  .paper.p80mm {
    inline-size: 72mm;
  }

  .paper.p58mm {
    inline-size: 48mm;
    font-size: 9pt;
  }

  .paper .hall {
    font-size: 1.2em;
    font-weight: 700;
  }

  .paper .number {
    margin: 0;
    font-size: 44pt;
    line-height: 1;
    font-weight: 800;
    letter-spacing: 0.02em;
  }

  .paper.p58mm .number {
    font-size: 34pt;
  }

  .paper .category {
    font-size: 1.3em;
    font-weight: 700;
  }

  .paper .badge {
    border: 0.3mm solid currentColor;
    padding: 0 1mm;
  }

  .paper .card-facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6mm 2mm;
    inline-size: 100%;
    margin: 0;
    text-align: start;
  }

  .paper dt {
    font-weight: 700;
  }

  .paper dd {
    margin: 0;
  }

  .paper .short-code {
    font-size: 1.4em;
    font-weight: 800;
    letter-spacing: 0.1em;
  }

  .paper .qr {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 1mm;
  }

  .paper p {
    margin: 0;
  }

  .paper .hint {
    color: inherit;
  }
`;
