import { css } from 'lit';
import { hostReset } from '../ticket-format/paper.styles.js';

const styles = css`
  :host {
    --_max: var(--zw-queue-status-max-width, 720px);
    display: block;
  }

  section {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--zw-sys-space);
    max-inline-size: var(--_max);
    margin-inline: auto;
    text-align: center;
    overflow-wrap: anywhere;
  }

  h2,
  p {
    margin: 0;
  }

  h2 {
    font-size: var(--zw-sys-font-size-heading);
    line-height: 1.3;
  }

  .number {
    font-size: calc(var(--zw-sys-font-size-display) * 2);
    font-weight: 800;
    line-height: 1.1;
  }

  .category,
  .label {
    font-size: var(--zw-sys-font-size-title);
  }

  .position {
    font-size: var(--zw-sys-font-size-display);
    font-weight: 700;
  }

  .wait strong {
    font-size: var(--zw-sys-font-size-title);
  }

  .live {
    color: var(--zw-sys-color-on-surface-variant);
  }

  .live.off {
    padding: var(--zw-sys-gap);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-warning-container);
    color: var(--zw-sys-color-on-warning-container);
  }

  .notice {
    padding: var(--zw-sys-gap) var(--zw-sys-space);
    border: calc(var(--zw-sys-border-width) * 2) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    font-size: var(--zw-sys-font-size-title);
    font-weight: 700;
  }

  .done {
    font-size: var(--zw-sys-font-size-title);
  }

  /* unmistakable: the whole screen, the largest type there is */
  .called-space {
    min-block-size: 100vh;
  }

  .called {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    justify-content: center;
    max-inline-size: none;
    margin: 0;
    padding: var(--zw-sys-space);
    background: var(--zw-sys-color-primary);
    color: var(--zw-sys-color-on-primary);
  }

  .called h2 {
    font-size: calc(var(--zw-sys-font-size-display) * 1.6);
  }

  .called-number {
    font-size: calc(var(--zw-sys-font-size-display) * 1.4);
    font-weight: 800;
  }

  .recalled {
    font-size: var(--zw-sys-font-size-title);
    font-weight: 700;
  }

  h2:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: var(--zw-sys-focus-width);
  }

  .called h2:focus-visible {
    outline-color: currentColor;
  }

  @media (forced-colors: active) {
    .called {
      border: 0.5em solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .live.off,
    .notice {
      border: 2px solid CanvasText;
    }
  }
`;

export const queueStatusStyles = [hostReset, styles];
