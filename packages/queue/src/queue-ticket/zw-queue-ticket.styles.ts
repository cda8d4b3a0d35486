import { css } from 'lit';
import { hostReset, paperStyles } from '../ticket-format/paper.styles.js';

const screen = css`
  :host {
    --_max: var(--zw-queue-ticket-max-width, 1200px);
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

  p {
    margin: 0;
  }

  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: var(--zw-sys-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tile-item {
    display: flex;
  }

  .tile {
    display: flex;
    flex: 1;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--zw-sys-gap);
    min-block-size: calc(var(--zw-sys-touch-target) * 2.5);
    padding: var(--zw-sys-space);
    border: calc(var(--zw-sys-border-width) * 2) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
    font: inherit;
    text-align: start;
    overflow-wrap: anywhere;
  }

  button.tile {
    cursor: pointer;
    border-color: var(--zw-sys-color-primary);
  }

  button.tile:hover:not(:disabled) {
    background: var(--zw-sys-color-primary-container);
    color: var(--zw-sys-color-on-primary-container);
  }

  button.tile:disabled {
    cursor: progress;
    opacity: 0.6;
  }

  button.tile:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: var(--zw-sys-focus-width);
  }

  .tile .name {
    font-size: var(--zw-sys-font-size-title);
    font-weight: 700;
  }

  .tile .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap) var(--zw-sys-space);
    font-weight: 700;
  }

  .tile .action {
    margin-block-start: auto;
    padding: 0 var(--zw-sys-gap);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-primary);
    color: var(--zw-sys-color-on-primary);
    font-weight: 700;
    line-height: var(--zw-sys-touch-target);
  }

  .tile.closed {
    border-style: dashed;
    background: var(--zw-sys-color-surface-variant);
    color: var(--zw-sys-color-on-surface);
  }

  .priority {
    padding: var(--zw-sys-space);
    border: calc(var(--zw-sys-border-width) * 2) solid var(--zw-sys-color-success);
    border-radius: var(--zw-sys-radius);
  }

  .stale,
  .hint,
  .leaves {
    color: var(--zw-sys-color-on-surface-variant);
  }

  .field-error {
    color: var(--zw-sys-color-error);
    font-weight: 700;
  }

  .code-display {
    font-size: var(--zw-sys-font-size-title);
  }

  .code-display output {
    font-weight: 800;
    letter-spacing: 0.1em;
  }

  .taking {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-gap);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-space);
  }

  /* the card on screen: the paper's layout, drawn larger */
  .screen-card .paper {
    inline-size: auto;
    max-inline-size: 36em;
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
    font-size: var(--zw-sys-font-size-body);
  }

  .screen-card .paper .number {
    font-size: calc(var(--zw-sys-font-size-display) * 2.5);
  }

  .number:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
  }

  /* laid out (to measure its length for @page) but never seen on screen */
  .print-copy {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    visibility: hidden;
    pointer-events: none;
  }

  @media (forced-colors: active) {
    .tile,
    .priority {
      border-color: CanvasText;
    }

    button.tile {
      border-color: ButtonText;
    }

    .tile .action {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }

    button.tile:focus-visible {
      outline-color: Highlight;
    }

    .screen-card .paper {
      background: Canvas;
      color: CanvasText;
    }
  }
`;

const print = css`
  @media print {
    :host {
      display: block;
    }

    .choose,
    .appointment,
    .screen-card,
    .toolbar,
    .leaves {
      display: none;
    }

    .receipt {
      display: block;
    }

    .print-copy {
      position: static;
      visibility: visible;
    }
  }
`;

export const queueTicketStyles = [hostReset, paperStyles, screen, print];
