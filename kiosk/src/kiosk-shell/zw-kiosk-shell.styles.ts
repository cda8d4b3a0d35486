import { css } from 'lit';

export const kioskShellStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
    background: var(--zw-sys-color-surface);
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--zw-sys-space);
    padding: var(--zw-sys-space) calc(var(--zw-sys-space) * 2);
    background: var(--zw-sys-color-primary);
    color: var(--zw-sys-color-on-primary);
  }

  .hall {
    margin: 0;
    font-size: var(--zw-sys-font-size-heading);
    line-height: 1.3;
  }

  .zone {
    display: block;
    font-size: var(--zw-sys-font-size-body);
    font-weight: normal;
  }

  .clock {
    font-size: var(--zw-sys-font-size-title);
    font-variant-numeric: tabular-nums;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap);
    align-items: center;
  }

  .controls zw-button {
    --zw-button-background: var(--zw-sys-color-surface);
    --zw-button-color: var(--zw-sys-color-primary);
    --zw-button-border-color: var(--zw-sys-color-on-primary);
  }

  .controls zw-button[pressed='true'] {
    --zw-button-background: var(--zw-sys-color-primary-container);
    --zw-button-color: var(--zw-sys-color-on-primary-container);
  }

  main {
    flex: 1;
    padding: calc(var(--zw-sys-space) * 2);
  }

  h2 {
    margin: 0 0 var(--zw-sys-space);
    font-size: var(--zw-sys-font-size-heading);
    line-height: 1.3;
  }

  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--zw-sys-space);
    padding: 0;
    margin: 0;
    list-style: none;
  }

  .tile {
    display: flex;
    flex-direction: column;
    gap: var(--zw-ref-space-8);
    min-height: calc(var(--zw-sys-touch-target) * 3);
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) dashed var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface-variant);
  }

  .tile strong {
    font-size: var(--zw-sys-font-size-title);
  }

  .badge {
    align-self: flex-start;
    padding: 0 var(--zw-ref-space-8);
    border: var(--zw-sys-border-width) solid currentColor;
    border-radius: var(--zw-sys-radius);
    color: var(--zw-sys-color-on-warning-container);
    background: var(--zw-sys-color-warning-container);
  }

  a.tile {
    color: var(--zw-sys-color-on-primary-container);
    text-decoration: none;
    border-style: solid;
    background: var(--zw-sys-color-primary-container);
    cursor: pointer;
  }

  a.tile:focus-visible,
  h2:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: 2px;
  }

  h2:focus {
    outline: none;
  }

  .back {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap);
    margin-block-end: var(--zw-sys-space);
  }

  .printing {
    margin: 0;
    font-weight: 700;
  }

  .printing:empty {
    display: none;
  }

  /* The checklist being printed: laid out off screen (its QR code must draw), alone on paper. */
  .paper {
    position: fixed;
    inset-inline-start: -10000px;
    inset-block-start: 0;
    inline-size: 80mm;
  }

  @media print {
    header,
    footer,
    .back,
    .printing,
    zw-service-guide,
    zw-timeout-dialog {
      display: none;
    }

    main {
      padding: 0;
    }

    .paper {
      position: static;
      inline-size: auto;
    }
  }

  footer {
    padding: var(--zw-sys-space) calc(var(--zw-sys-space) * 2);
    color: var(--zw-sys-color-on-surface-variant);
    border-top: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
  }

  @media (forced-colors: active) {
    header {
      border-bottom: 2px solid CanvasText;
    }
    .tile,
    .badge {
      border-color: CanvasText;
    }
  }
`;
