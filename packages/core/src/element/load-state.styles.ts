import { css } from 'lit';

/** The loading line and the failure box every fetching element shows (see `renderLoadState`). */
// Written compactly: Lit ships CSS as written, and every fetching widget carries this sheet.
export const loadStateStyles = css`
  .message,
  .failure {
    margin: 0;
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) dashed var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
  }
  .failure {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--zw-sys-gap);
    border-style: solid;
    border-inline-start-width: 6px;
    background: var(--zw-sys-color-warning-container);
    color: var(--zw-sys-color-on-surface);
    overflow-wrap: anywhere;
  }
  .failure p {
    margin: 0;
  }
  .failure:is(.error, .invalid, .not-hall-api, .origin-refused) {
    border-color: var(--zw-sys-color-error);
    background: var(--zw-sys-color-error-container);
  }
  .failure-message {
    font-weight: 700;
  }
  .issues summary {
    display: flex;
    align-items: center;
    min-block-size: var(--zw-sys-touch-target);
    cursor: pointer;
  }
  .issues ul {
    margin: 0;
    padding-inline-start: 1.4em;
  }
  @media (forced-colors: active) {
    .message,
    .failure {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
