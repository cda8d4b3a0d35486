import { css } from 'lit';

/**
 * System tier: what things mean (surface, text, primary action, target size). Themes and the
 * elder scale switch these on the host's `data-zw-theme` / `data-zw-mode`, which the base
 * element keeps in step with the effective configuration.
 */
export const sysTokens = css`
  :host {
    /* light theme: body text 15.9:1, primary 7.5:1 against white */
    --zw-sys-color-surface: var(--zw-ref-neutral-100);
    --zw-sys-color-surface-variant: var(--zw-ref-neutral-95);
    --zw-sys-color-on-surface: var(--zw-ref-neutral-10);
    --zw-sys-color-on-surface-variant: var(--zw-ref-neutral-30);
    --zw-sys-color-outline: var(--zw-ref-neutral-50);
    --zw-sys-color-primary: var(--zw-ref-blue-30);
    --zw-sys-color-on-primary: var(--zw-ref-neutral-100);
    --zw-sys-color-primary-container: var(--zw-ref-blue-90);
    --zw-sys-color-on-primary-container: var(--zw-ref-blue-10);
    --zw-sys-color-error: var(--zw-ref-red-30);
    --zw-sys-color-error-container: var(--zw-ref-red-95);
    --zw-sys-color-success: var(--zw-ref-green-30);
    --zw-sys-color-warning-container: var(--zw-ref-amber-95);
    --zw-sys-color-on-warning-container: var(--zw-ref-amber-30);
    --zw-sys-color-focus: var(--zw-ref-blue-40);

    --zw-sys-font-family: var(--zw-ref-font-family);
    --zw-sys-font-size-body: var(--zw-ref-font-size-18);
    --zw-sys-font-size-small: var(--zw-ref-font-size-16);
    --zw-sys-font-size-title: var(--zw-ref-font-size-24);
    --zw-sys-font-size-heading: var(--zw-ref-font-size-28);
    --zw-sys-font-size-display: var(--zw-ref-font-size-40);
    --zw-sys-line-height: 1.5;
    --zw-sys-touch-target: 48px;
    --zw-sys-space: var(--zw-ref-space-16);
    --zw-sys-gap: var(--zw-ref-space-8);
    --zw-sys-radius: var(--zw-ref-radius-8);
    --zw-sys-border-width: 1px;
    --zw-sys-focus-width: 3px;

    color-scheme: light;
  }

  :host([data-zw-theme='dark']) {
    --zw-sys-color-surface: var(--zw-ref-neutral-10);
    --zw-sys-color-surface-variant: var(--zw-ref-neutral-20);
    --zw-sys-color-on-surface: var(--zw-ref-neutral-95);
    --zw-sys-color-on-surface-variant: var(--zw-ref-neutral-90);
    --zw-sys-color-outline: var(--zw-ref-neutral-50);
    --zw-sys-color-primary: var(--zw-ref-blue-80);
    --zw-sys-color-on-primary: var(--zw-ref-blue-10);
    --zw-sys-color-primary-container: var(--zw-ref-blue-30);
    --zw-sys-color-on-primary-container: var(--zw-ref-neutral-100);
    --zw-sys-color-error: var(--zw-ref-red-80);
    --zw-sys-color-error-container: var(--zw-ref-neutral-20);
    --zw-sys-color-success: var(--zw-ref-green-80);
    --zw-sys-color-warning-container: var(--zw-ref-neutral-20);
    --zw-sys-color-on-warning-container: var(--zw-ref-neutral-95);
    --zw-sys-color-focus: var(--zw-ref-blue-80);
    color-scheme: dark;
  }

  :host([data-zw-theme='high-contrast']) {
    --zw-sys-color-surface: var(--zw-ref-neutral-0);
    --zw-sys-color-surface-variant: var(--zw-ref-neutral-0);
    --zw-sys-color-on-surface: var(--zw-ref-neutral-100);
    --zw-sys-color-on-surface-variant: var(--zw-ref-neutral-100);
    --zw-sys-color-outline: var(--zw-ref-neutral-100);
    --zw-sys-color-primary: var(--zw-ref-yellow-hc);
    --zw-sys-color-on-primary: var(--zw-ref-neutral-0);
    --zw-sys-color-primary-container: var(--zw-ref-neutral-0);
    --zw-sys-color-on-primary-container: var(--zw-ref-yellow-hc);
    --zw-sys-color-error: var(--zw-ref-yellow-hc);
    --zw-sys-color-error-container: var(--zw-ref-neutral-0);
    --zw-sys-color-success: var(--zw-ref-cyan-hc);
    --zw-sys-color-warning-container: var(--zw-ref-neutral-0);
    --zw-sys-color-on-warning-container: var(--zw-ref-yellow-hc);
    --zw-sys-color-focus: var(--zw-ref-cyan-hc);
    --zw-sys-border-width: 2px;
    color-scheme: dark;
  }

  /* Elder mode: body ≥ 24 px, headings ≥ 40 px, targets ≥ 60 px, line-height ≥ 1.3 */
  :host([data-zw-mode='elder']) {
    --zw-sys-font-size-body: var(--zw-ref-font-size-24);
    --zw-sys-font-size-small: var(--zw-ref-font-size-24);
    --zw-sys-font-size-title: var(--zw-ref-font-size-32);
    --zw-sys-font-size-heading: var(--zw-ref-font-size-40);
    --zw-sys-font-size-display: var(--zw-ref-font-size-48);
    --zw-sys-line-height: 1.5;
    --zw-sys-touch-target: 64px;
    --zw-sys-space: var(--zw-ref-space-24);
    --zw-sys-gap: var(--zw-ref-space-12);
    --zw-sys-radius: var(--zw-ref-radius-12);
    --zw-sys-border-width: 2px;
    --zw-sys-focus-width: 4px;
    /* secondary text at full strength: 7:1 or more everywhere */
    --zw-sys-color-on-surface-variant: var(--zw-sys-color-on-surface);
  }
`;
