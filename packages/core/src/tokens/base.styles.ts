import { css } from 'lit';
import { refTokens } from './ref.styles.js';
import { sysTokens } from './sys.styles.js';

/** What every element starts from: tokens, the box, focus, hidden text, the error state. */
export const baseStyles = [
  refTokens,
  sysTokens,
  css`
    :host {
      box-sizing: border-box;
      font-family: var(--zw-sys-font-family);
      font-size: var(--zw-sys-font-size-body);
      line-height: var(--zw-sys-line-height);
      color: var(--zw-sys-color-on-surface);
      -webkit-tap-highlight-color: transparent;
    }

    :host([hidden]) {
      display: none !important;
    }

    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }

    :focus-visible {
      outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
      outline-offset: 2px;
    }

    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }

    .zw-config-error {
      display: block;
      padding: var(--zw-sys-space);
      border: var(--zw-sys-border-width) solid var(--zw-sys-color-error);
      border-inline-start-width: 6px;
      border-radius: var(--zw-sys-radius);
      background: var(--zw-sys-color-error-container);
      color: var(--zw-sys-color-on-surface);
    }

    .zw-config-error strong {
      display: block;
      color: var(--zw-sys-color-error);
      font-size: var(--zw-sys-font-size-title);
    }

    .zw-config-error code {
      font-family: ui-monospace, monospace;
      overflow-wrap: anywhere;
    }

    @media (forced-colors: active) {
      .zw-config-error {
        border-color: CanvasText;
      }
      .zw-config-error strong {
        color: CanvasText;
      }
      :focus-visible {
        outline-color: Highlight;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        transition-duration: 0.01ms !important;
      }
    }
  `,
];
