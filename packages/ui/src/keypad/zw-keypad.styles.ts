import { css } from 'lit';

export const keypadStyles = css`
  :host {
    display: block;
    max-width: var(--zw-keypad-max-width, 28rem);
  }

  .keys {
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    gap: var(--zw-keypad-gap, var(--zw-sys-gap));
  }

  button {
    min-width: var(--zw-sys-touch-target);
    min-height: var(--zw-keypad-key-height, calc(var(--zw-sys-touch-target) * 1.25));
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-keypad-key-background, var(--zw-sys-color-surface-variant));
    color: var(--zw-sys-color-on-surface);
    font: inherit;
    font-size: var(--zw-keypad-key-font-size, var(--zw-sys-font-size-heading));
    font-weight: 600;
    line-height: 1.3;
    cursor: pointer;
    touch-action: manipulation;
    user-select: none;
  }

  button.action {
    font-size: var(--zw-sys-font-size-body);
  }

  button.submit {
    grid-column: 1 / -1;
    background: var(--zw-sys-color-primary);
    border-color: var(--zw-sys-color-primary);
    color: var(--zw-sys-color-on-primary);
  }

  :host([layout='id-card']) button.submit {
    grid-column: 2 / -1;
  }

  button:active:not([aria-disabled='true']),
  button.flash {
    filter: brightness(0.85);
    transform: translateY(1px);
  }

  button[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--zw-sys-color-on-surface-variant);
    border-style: dashed;
    background: transparent;
  }

  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    /* without this the text backplate (Canvas) would hide HighlightText */
    button.submit {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
