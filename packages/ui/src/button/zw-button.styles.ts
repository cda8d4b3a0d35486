import { css } from 'lit';

export const buttonStyles = css`
  :host {
    display: inline-block;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--zw-sys-gap);
    width: 100%;
    min-width: var(--zw-button-min-width, var(--zw-sys-touch-target));
    min-height: var(--zw-button-min-height, var(--zw-sys-touch-target));
    padding: var(--zw-ref-space-8) var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-button-border-color, var(--zw-sys-color-primary));
    border-radius: var(--zw-button-radius, var(--zw-sys-radius));
    background: var(--zw-button-background, var(--zw-sys-color-primary));
    color: var(--zw-button-color, var(--zw-sys-color-on-primary));
    font: inherit;
    font-size: var(--zw-button-font-size, var(--zw-sys-font-size-body));
    font-weight: 600;
    line-height: var(--zw-sys-line-height);
    cursor: pointer;
    touch-action: manipulation;
    user-select: none;
  }

  button:active:not(:disabled) {
    transform: translateY(1px);
    filter: brightness(0.92);
  }

  :host([variant='secondary']) button {
    --zw-button-background: var(--zw-sys-color-surface);
    --zw-button-color: var(--zw-sys-color-primary);
  }

  :host([variant='quiet']) button {
    --zw-button-background: transparent;
    --zw-button-color: var(--zw-sys-color-primary);
    --zw-button-border-color: transparent;
  }

  :host([variant='danger']) button {
    --zw-button-background: var(--zw-sys-color-error);
    --zw-button-border-color: var(--zw-sys-color-error);
    --zw-button-color: var(--zw-sys-color-surface);
  }

  :host([size='large']) button {
    min-height: calc(var(--zw-sys-touch-target) * 1.5);
    font-size: var(--zw-sys-font-size-title);
  }

  button:disabled {
    cursor: not-allowed;
    border-style: dashed;
    background: var(--zw-sys-color-surface-variant);
    color: var(--zw-sys-color-on-surface-variant);
    border-color: var(--zw-sys-color-outline);
  }

  ::slotted([slot='prefix']) {
    flex: none;
  }

  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
