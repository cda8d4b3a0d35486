import { css } from 'lit';

/** The loading, not-found, offline and error states a guide and a checklist share. */
export const itemStateStyles = css`
  .message {
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) dashed var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
  }

  .failure {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--zw-sys-gap);
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-inline-start-width: 6px;
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-warning-container);
    color: var(--zw-sys-color-on-surface);
  }

  .failure.error,
  .failure.invalid {
    border-color: var(--zw-sys-color-error);
    background: var(--zw-sys-color-error-container);
  }

  .failure-message {
    font-weight: 700;
  }
`;
