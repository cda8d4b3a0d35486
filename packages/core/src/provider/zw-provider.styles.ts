import { css } from 'lit';

export const providerStyles = css`
  :host {
    display: block;
    background: var(--zw-provider-background, var(--zw-sys-color-surface));
    color: var(--zw-sys-color-on-surface);
  }

  .zw-config-error {
    margin: var(--zw-sys-space);
  }

  @media (forced-colors: active) {
    :host {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
