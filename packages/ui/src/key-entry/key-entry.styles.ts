import { css } from 'lit';

/**
 * The look of a key, shared by the keypad and the letter keyboard. Each sets `--_key-height`,
 * `--_key-background` and `--_key-font-size` from its own public tokens; layout stays theirs.
 */
export const keyEntryStyles = css`
  button {
    min-width: var(--zw-sys-touch-target);
    min-height: max(var(--zw-sys-touch-target), var(--_key-height));
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--_key-background);
    color: var(--zw-sys-color-on-surface);
    font: inherit;
    font-size: var(--_key-font-size);
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
    background: var(--zw-sys-color-primary);
    border-color: var(--zw-sys-color-primary);
    color: var(--zw-sys-color-on-primary);
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
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
