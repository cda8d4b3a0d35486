import { css } from 'lit';
import { keyEntryStyles } from '../key-entry/key-entry.styles.js';

export const letterKeyboardStyles = [
  keyEntryStyles,
  css`
    :host {
      display: block;
      max-width: var(--zw-keyboard-max-width, 60rem);
      --_key-height: var(--zw-keyboard-key-height, calc(var(--zw-sys-touch-target) * 1.25));
      --_key-background: var(--zw-keyboard-key-background, var(--zw-sys-color-surface-variant));
      --_key-font-size: var(--zw-keyboard-key-font-size, var(--zw-sys-font-size-heading));
    }

    .keys {
      /* key widths follow the keyboard's own width (container units), never below the target */
      container-type: inline-size;
      display: flex;
      flex-direction: column;
      gap: var(--zw-keyboard-gap, var(--zw-sys-gap));
    }

    .row {
      --_gap: var(--zw-keyboard-gap, var(--zw-sys-gap));
      --_key: max(var(--zw-sys-touch-target), calc((100cqi - 9 * var(--_gap)) / 10));
      display: flex;
      gap: var(--_gap);
    }

    /* each letter row starts a third of a key further right, as on a real keyboard, so that up
     and down always have one nearest key */
    .row-2 {
      padding-inline-start: calc((var(--_key) + var(--_gap)) / 3);
    }

    .row-3 {
      padding-inline-start: calc((var(--_key) + var(--_gap)) * 2 / 3);
    }

    button {
      flex: none;
      width: var(--_key);
      padding: 0 var(--zw-ref-space-4);
    }

    button.action {
      width: calc(var(--_key) * 2 + var(--_gap));
    }

    button.submit {
      flex: 1 1 auto;
    }
  `,
];
