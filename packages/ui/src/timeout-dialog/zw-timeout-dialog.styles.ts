import { css } from 'lit';

export const timeoutDialogStyles = css`
  :host {
    display: block;
  }

  dialog {
    box-sizing: border-box;
    width: min(var(--zw-timeout-dialog-width, 40rem), calc(100vw - 2 * var(--zw-sys-space)));
    max-height: calc(100vh - 2 * var(--zw-sys-space));
    overflow: auto;
    padding: calc(var(--zw-sys-space) * 1.5);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: calc(var(--zw-sys-radius) * 2);
    background: var(--zw-timeout-dialog-background, var(--zw-sys-color-surface));
    color: var(--zw-sys-color-on-surface);
    font: inherit;
    font-size: var(--zw-sys-font-size-body);
    line-height: var(--zw-sys-line-height);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.35);
  }

  dialog::backdrop {
    background: var(--zw-timeout-dialog-backdrop, rgb(0 0 0 / 0.6));
  }

  h2 {
    margin: 0 0 var(--zw-sys-space);
    font-size: var(--zw-sys-font-size-heading);
    font-weight: 700;
    line-height: 1.3;
  }

  p {
    margin: 0 0 calc(var(--zw-sys-space) * 1.5);
    font-size: var(--zw-sys-font-size-body);
    line-height: var(--zw-sys-line-height);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zw-sys-space);
  }

  .actions zw-button {
    flex: 1 1 12em;
  }

  /* No animation at all: the dialog appears at once, with or without prefers-reduced-motion. */

  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
      background: Canvas;
      color: CanvasText;
      box-shadow: none;
    }
    dialog::backdrop {
      background: Canvas;
      opacity: 0.8;
    }
  }
`;
