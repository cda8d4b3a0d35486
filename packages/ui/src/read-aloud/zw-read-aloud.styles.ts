import { css } from 'lit';

export const readAloudStyles = css`
  :host {
    display: block;
  }

  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--zw-sys-gap) var(--zw-sys-space);
  }

  .toggle {
    flex: none;
  }

  .icon {
    width: 1.2em;
    height: 1.2em;
    flex: none;
    fill: currentColor;
  }

  .content {
    flex: 1 1 12em;
    min-width: 0;
    color: var(--zw-sys-color-on-surface);
  }

  .panel {
    flex: 1 1 100%;
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-inline-start: 6px solid var(--zw-sys-color-primary);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-read-aloud-panel-background, var(--zw-sys-color-surface-variant));
    color: var(--zw-sys-color-on-surface);
  }

  .notice {
    margin: 0;
    font-size: var(--zw-sys-font-size-body);
    color: var(--zw-sys-color-on-surface);
  }

  /* The text itself, large: never below the title size (32 px in elder mode). */
  .text {
    margin: var(--zw-sys-space) 0;
    font-size: max(var(--zw-sys-font-size-title), var(--zw-read-aloud-text-size, var(--zw-sys-font-size-heading)));
    font-weight: 600;
    line-height: var(--zw-sys-line-height);
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .notice,
    .content {
      color: CanvasText;
    }
    .icon {
      fill: ButtonText;
    }
  }
`;
