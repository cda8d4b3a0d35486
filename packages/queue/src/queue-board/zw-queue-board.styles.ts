import { css } from 'lit';

export const queueBoardStyles = css`
  :host {
    --_number: var(--zw-queue-board-number-size, min(26vh, 20vw));
    --_window: var(--zw-queue-board-window-size, min(10vh, 8vw));
    --_text: var(--zw-queue-board-text-size, max(var(--zw-sys-font-size-title), 3.2vh));
    display: block;
    min-block-size: var(--zw-queue-board-min-height, 100vh);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    white-space: normal;
  }

  h1,
  h2,
  p,
  ol,
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
    display: grid;
    grid-template-rows: auto 1fr auto;
    gap: var(--zw-sys-space);
    min-block-size: inherit;
    padding: var(--zw-sys-space);
    font-size: var(--_text);
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap);
    align-items: baseline;
    justify-content: space-between;
  }

  .hall {
    font-size: calc(var(--_text) * 1.3);
    font-weight: 700;
  }

  .clock {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }

  .main {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: var(--zw-sys-space);
  }

  .call {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-gap);
    align-items: center;
    justify-content: center;
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-primary-container);
    color: var(--zw-sys-color-on-primary-container);
    text-align: center;
  }

  /* The flash is a ring around the call: the text keeps its colours (and its contrast) throughout. */
  .call::after {
    position: absolute;
    inset: 0;
    border: calc(var(--zw-sys-border-width) * 10) solid var(--zw-sys-color-primary);
    border-radius: inherit;
    content: '';
    opacity: 0;
    pointer-events: none;
  }

  .call.flash::after {
    animation: zw-board-flash 0.6s steps(2, jump-none) infinite alternate;
  }

  @keyframes zw-board-flash {
    from {
      opacity: 0;
    }
    to {
      opacity: 1;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .call.flash::after {
      animation: none;
      opacity: 1;
    }
  }

  .now {
    font-weight: 700;
  }

  .number {
    font-size: var(--_number);
    font-weight: 800;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }

  .window {
    font-size: var(--_window);
    font-weight: 700;
    line-height: 1.2;
  }

  .tag {
    padding: 0 var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid currentColor;
    border-radius: var(--zw-sys-radius);
  }

  .recent,
  .waiting {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-gap);
  }

  h2 {
    font-size: var(--_text);
  }

  .recent li {
    display: flex;
    justify-content: space-between;
    gap: var(--zw-sys-gap);
    padding-block: calc(var(--zw-sys-gap) / 2);
    border-block-end: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    font-size: calc(var(--_text) * 1.2);
  }

  .recent .recent-number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .waiting ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap) var(--zw-sys-space);
  }

  .waiting li strong {
    margin-inline-start: var(--zw-sys-gap);
  }

  .notices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-gap);
    align-items: center;
    font-size: var(--zw-sys-font-size-small);
  }

  .notice {
    padding: calc(var(--zw-sys-gap) / 2) var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-warning-container);
    color: var(--zw-sys-color-on-warning-container);
  }

  .failure {
    padding: var(--zw-sys-space);
  }

  @media (forced-colors: active) {
    .call,
    .notice,
    .tag {
      border-color: CanvasText;
    }
    .call::after {
      border-color: Highlight;
    }
  }
`;
