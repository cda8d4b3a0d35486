import { css } from 'lit';

/**
 * Notes on the rules below (kept out of the template: CSS comments would ship to every page).
 * - Each level is a large card: a face, its name in words and a native radio.
 * - Chosen: a thicker border, a filled card, bold text and a tick (not colour alone).
 * - The status and alert regions stay in the page so screen readers hear what appears.
 * - Icons are drawn in CSS (a tick, a clock while the rating waits, an exclamation mark); the
 *   words beside them say the same.
 */
export const ratingStyles = css`
  :host {
    --_choice-min-height: var(--zw-rating-choice-min-height, calc(var(--zw-sys-touch-target) * 2));
    --_choice-min-width: var(--zw-rating-choice-min-width, 7.5em);
    --_face: var(--zw-rating-face-size, calc(var(--zw-sys-font-size-body) * 2.25));
    --_checked-background: var(--zw-rating-checked-background, var(--zw-sys-color-primary-container));
    --_checked-color: var(--zw-rating-checked-color, var(--zw-sys-color-on-primary-container));
    --_border: max(2px, var(--zw-sys-border-width));
    display: block;
    color: var(--zw-sys-color-on-surface);
  }

  p {
    margin: 0;
  }

  .target {
    margin-block-end: var(--zw-sys-space);
    padding: var(--zw-ref-space-8) var(--zw-sys-space);
    border-inline-start: 4px solid var(--zw-sys-color-primary);
    background: var(--zw-sys-color-surface-variant);
    color: var(--zw-sys-color-on-surface);
    font-size: var(--zw-sys-font-size-body);
    overflow-wrap: anywhere;
  }

  form {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-space);
  }

  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--zw-sys-gap);
    font-weight: 700;
  }

  .question {
    font-size: var(--zw-sys-font-size-title);
    line-height: var(--zw-sys-line-height);
  }

  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_choice-min-width)), 1fr));
    gap: var(--zw-sys-gap);
  }

  .choice {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--zw-ref-space-4);
    min-block-size: max(var(--_choice-min-height), var(--zw-sys-touch-target));
    padding: var(--zw-sys-gap);
    border: var(--_border) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
    text-align: center;
    cursor: pointer;
    touch-action: manipulation;
    user-select: none;
  }

  .choice:hover {
    border-color: var(--zw-sys-color-primary);
  }

  .choice:has(input:focus-visible) {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: 2px;
  }

  .choice.checked {
    border-color: var(--zw-sys-color-primary);
    box-shadow: inset 0 0 0 var(--_border) var(--zw-sys-color-primary);
    background: var(--_checked-background);
    color: var(--_checked-color);
  }

  .choice.checked .choice-label {
    font-weight: 700;
  }

  .choice.checked::after {
    content: '';
    position: absolute;
    inset-block-start: var(--zw-ref-space-8);
    inset-inline-end: var(--zw-ref-space-12);
    inline-size: 0.45em;
    block-size: 0.9em;
    border: solid currentColor;
    border-width: 0 0.18em 0.18em 0;
    transform: rotate(45deg);
  }

  .choice input {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
    accent-color: var(--zw-sys-color-primary);
    cursor: pointer;
  }

  .choice input:focus-visible {
    outline: none;
  }

  .face {
    inline-size: var(--_face);
    block-size: var(--_face);
    flex: none;
  }

  .choice-label {
    font-size: var(--zw-sys-font-size-body);
    line-height: var(--zw-sys-line-height);
  }

  .reasons-legend {
    font-size: var(--zw-sys-font-size-body);
  }

  .hint,
  .counter {
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
  }

  .hint {
    margin-block-end: var(--zw-sys-gap);
  }

  .required {
    font-weight: 600;
  }

  .field-error {
    margin-block-end: var(--zw-sys-gap);
    padding-inline-start: var(--zw-sys-gap);
    border-inline-start: 4px solid var(--zw-sys-color-error);
    color: var(--zw-sys-color-on-surface);
    font-size: var(--zw-sys-font-size-body);
    font-weight: 700;
  }

  .reason-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
    gap: var(--zw-sys-gap);
  }

  .reason {
    display: flex;
    align-items: center;
    gap: var(--zw-sys-gap);
    min-block-size: var(--zw-sys-touch-target);
    padding: var(--zw-ref-space-4) var(--zw-sys-gap);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
    cursor: pointer;
  }

  .reason:has(input:checked) {
    border-color: var(--zw-sys-color-primary);
    box-shadow: inset 0 0 0 1px var(--zw-sys-color-primary);
    font-weight: 700;
  }

  .reason input {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
    accent-color: var(--zw-sys-color-primary);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--zw-ref-space-4);
  }

  .field label {
    font-weight: 700;
  }

  textarea,
  input[type='tel'] {
    min-block-size: var(--zw-sys-touch-target);
    padding: var(--zw-ref-space-8) var(--zw-sys-gap);
    border: var(--_border) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
    font: inherit;
  }

  textarea {
    inline-size: 100%;
    resize: vertical;
  }

  input[type='tel'] {
    inline-size: min(100%, 16em);
  }

  input[aria-invalid='true'] {
    border-color: var(--zw-sys-color-error);
    border-width: calc(var(--_border) * 1.5);
  }

  .actions zw-button {
    display: block;
  }

  .reasons-status,
  .reasons-problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--zw-sys-gap);
  }

  .reasons-problem {
    padding: var(--zw-sys-gap) var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-error);
    border-inline-start-width: 6px;
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-error-container);
    color: var(--zw-sys-color-on-surface);
  }

  .outcome,
  .problem {
    display: flex;
    align-items: center;
    gap: var(--zw-sys-space);
  }

  .outcome:empty,
  .problem:empty {
    display: block;
  }

  .outcome:not(:empty),
  .problem:not(:empty) {
    padding: var(--zw-sys-space);
    border: var(--_border) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
  }

  .outcome.sent:not(:empty) {
    border-color: var(--zw-sys-color-success);
    border-inline-start-width: 6px;
  }

  .outcome.queued:not(:empty) {
    border-color: var(--zw-sys-color-on-warning-container);
    border-inline-start-width: 6px;
    background: var(--zw-sys-color-warning-container);
    color: var(--zw-sys-color-on-surface);
  }

  .problem:not(:empty) {
    border-color: var(--zw-sys-color-error);
    border-inline-start-width: 6px;
    background: var(--zw-sys-color-error-container);
    color: var(--zw-sys-color-on-surface);
  }

  .outcome:focus,
  .problem:focus {
    outline: none;
  }

  .outcome:focus-visible,
  .problem:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
  }

  .outcome-text {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--zw-sys-gap);
  }

  .outcome-title {
    font-size: var(--zw-sys-font-size-title);
    font-weight: 700;
    line-height: var(--zw-sys-line-height);
  }

  .outcome-message {
    font-size: var(--zw-sys-font-size-body);
  }

  .icon {
    flex: none;
    position: relative;
    inline-size: calc(var(--zw-sys-font-size-title) * 1.75);
    block-size: calc(var(--zw-sys-font-size-title) * 1.75);
    border: var(--_border) solid currentColor;
    border-radius: 50%;
  }

  .icon-done {
    color: var(--zw-sys-color-success);
  }

  .icon-done::after {
    content: '';
    position: absolute;
    inset: 18% 34% 30%;
    border: solid currentColor;
    border-width: 0 4px 4px 0;
    transform: rotate(45deg);
  }

  .icon-saved::before,
  .icon-saved::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(50% - 2px);
    inset-block-end: 50%;
    inline-size: 4px;
    block-size: 32%;
    background: currentColor;
    transform-origin: 50% 100%;
  }

  .icon-saved::after {
    block-size: 24%;
    transform: rotate(100deg);
  }

  .icon-problem::before,
  .icon-problem::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(50% - 2px);
    inline-size: 4px;
    background: currentColor;
  }

  .icon-problem::before {
    inset-block: 20% 42%;
  }

  .icon-problem::after {
    inset-block: 66% 22%;
  }

  .spinner {
    flex: none;
    display: inline-block;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 3px solid var(--zw-sys-color-outline);
    border-block-start-color: var(--zw-sys-color-primary);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (forced-colors: active) {
    .choice,
    .reason,
    textarea,
    input[type='tel'] {
      border-color: CanvasText;
    }
    .choice.checked {
      forced-color-adjust: none;
      border-color: Highlight;
      box-shadow: inset 0 0 0 var(--_border) Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .reason:has(input:checked) {
      border-color: Highlight;
    }
    .choice:has(input:focus-visible) {
      outline-color: Highlight;
    }
    .field-error,
    .outcome:not(:empty),
    .problem:not(:empty),
    .reasons-problem,
    input[aria-invalid='true'] {
      border-color: CanvasText;
    }
    .hint,
    .counter,
    .icon {
      color: CanvasText;
    }
    .spinner {
      border-color: CanvasText;
      border-block-start-color: Highlight;
    }
  }
`;
