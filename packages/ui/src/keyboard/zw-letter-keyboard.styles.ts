import { css } from 'lit';

export const letterKeyboardStyles = css`
  :host {
    display: block;
    max-width: var(--zw-keyboard-max-width, 60rem);
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
    min-width: var(--zw-sys-touch-target);
    min-height: max(
      var(--zw-sys-touch-target),
      var(--zw-keyboard-key-height, calc(var(--zw-sys-touch-target) * 1.25))
    );
    padding: 0 var(--zw-ref-space-4);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-keyboard-key-background, var(--zw-sys-color-surface-variant));
    color: var(--zw-sys-color-on-surface);
    font: inherit;
    font-size: var(--zw-keyboard-key-font-size, var(--zw-sys-font-size-heading));
    font-weight: 600;
    line-height: 1.3;
    cursor: pointer;
    touch-action: manipulation;
    user-select: none;
  }

  button.action {
    width: calc(var(--_key) * 2 + var(--_gap));
    font-size: var(--zw-sys-font-size-body);
  }

  button.submit {
    flex: 1 1 auto;
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
