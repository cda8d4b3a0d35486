import { css } from 'lit';

export const qrCodeStyles = css`
  :host {
    display: inline-block;
    vertical-align: top;
    max-width: 100%;
    --_zw-qr-min: var(--zw-qr-code-min-size, 0px);
  }

  /* Elder mode: a code a trembling hand can still frame with a phone camera */
  :host([data-zw-mode='elder']) {
    --_zw-qr-min: max(120px, var(--zw-qr-code-min-size, 0px));
  }

  .base {
    --_zw-qr-box: max(var(--_zw-qr-min), var(--_zw-qr-size, 200px));
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--zw-sys-gap);
    max-width: 100%;
  }

  .code,
  .placeholder {
    display: block;
    flex: none;
    width: var(--_zw-qr-box);
    height: var(--_zw-qr-box);
  }

  /* Scanners need dark modules on a light ground: black on white in every theme. */
  .code {
    background: #ffffff;
    color-scheme: light;
  }

  .code .light {
    fill: #ffffff;
  }

  .code .dark {
    fill: #000000;
  }

  .placeholder {
    display: grid;
    place-items: center;
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) dashed var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface-variant);
    color: var(--zw-sys-color-on-surface-variant);
    font-size: var(--zw-sys-font-size-small);
    text-align: center;
  }

  .value {
    box-sizing: border-box;
    width: max(var(--_zw-qr-box), 12em);
    max-width: 100%;
    margin: 0;
    color: var(--zw-sys-color-on-surface);
    font-size: var(--zw-sys-font-size-body);
    text-align: center;
    overflow-wrap: anywhere;
    user-select: all;
  }

  .error {
    box-sizing: border-box;
    width: max(var(--_zw-qr-box), 16em);
    max-width: 100%;
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-error);
    border-inline-start-width: 6px;
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-error-container);
    color: var(--zw-sys-color-on-surface);
  }

  .error .message {
    margin: 0 0 var(--zw-sys-gap);
    font-weight: 600;
  }

  .error .value {
    width: auto;
    text-align: start;
    font-family: ui-monospace, monospace;
  }

  @media (forced-colors: active) {
    .code {
      forced-color-adjust: none;
      background: #ffffff;
      outline: 2px solid CanvasText;
    }
    .placeholder,
    .error {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
