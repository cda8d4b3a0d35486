import { css } from 'lit';
import { keyEntryStyles } from '../key-entry/key-entry.styles.js';

export const keypadStyles = [
  keyEntryStyles,
  css`
    :host {
      display: block;
      max-width: var(--zw-keypad-max-width, 28rem);
      --_key-height: var(--zw-keypad-key-height, calc(var(--zw-sys-touch-target) * 1.25));
      --_key-background: var(--zw-keypad-key-background, var(--zw-sys-color-surface-variant));
      --_key-font-size: var(--zw-keypad-key-font-size, var(--zw-sys-font-size-heading));
    }

    .keys {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      gap: var(--zw-keypad-gap, var(--zw-sys-gap));
    }

    button.submit {
      grid-column: 1 / -1;
    }

    :host([layout='id-card']) button.submit {
      grid-column: 2 / -1;
    }
  `,
];
