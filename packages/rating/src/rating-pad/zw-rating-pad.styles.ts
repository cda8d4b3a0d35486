import { css } from 'lit';

export const ratingPadStyles = css`
  :host {
    --_photo: var(--zw-rating-pad-photo-size, calc(var(--zw-sys-font-size-body) * 7));
    display: block;
    min-block-size: var(--zw-rating-pad-min-height, 100vh);
    background: var(--zw-sys-color-surface);
    color: var(--zw-sys-color-on-surface);
  }

  p,
  h1 {
    margin: 0;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--zw-sys-space);
    min-block-size: inherit;
    padding: var(--zw-sys-space);
    background: var(--zw-sys-color-surface);
  }

  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: calc(var(--zw-sys-space) * 1.5);
    justify-content: center;
  }

  .base.rating .body,
  .base.submitting .body,
  .base.error .body {
    justify-content: flex-start;
  }

  /* ---- offline badge: words and a symbol, never colour alone ---- */
  .offline {
    display: flex;
    align-items: center;
    gap: var(--zw-sys-gap);
    padding: var(--zw-ref-space-8) var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-inline-start: 6px solid var(--zw-sys-color-on-surface);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-warning-container);
    color: var(--zw-sys-color-on-surface);
    font-size: var(--zw-sys-font-size-body);
    font-weight: 700;
  }

  .offline-icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    border: 3px solid currentColor;
    border-radius: 50%;
    background: linear-gradient(45deg, transparent 44%, currentColor 44% 56%, transparent 56%);
  }

  /* ---- idle: the staff card ---- */
  .card {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--zw-sys-space) * 1.5);
    padding: calc(var(--zw-sys-space) * 1.5);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface-variant);
  }

  .photo {
    flex: none;
    inline-size: var(--_photo);
    block-size: calc(var(--_photo) * 1.25);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    object-fit: cover;
  }

  .placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    background: var(--zw-sys-color-primary-container);
    color: var(--zw-sys-color-on-primary-container);
    font-size: calc(var(--_photo) * 0.45);
    font-weight: 700;
    line-height: 1.3;
  }

  .who {
    display: flex;
    flex-direction: column;
    gap: var(--zw-ref-space-4);
    min-inline-size: 0;
  }

  .name {
    font-size: var(--zw-sys-font-size-display);
    font-weight: 700;
    line-height: 1.3;
  }

  .number,
  .window-name,
  .department {
    font-size: var(--zw-sys-font-size-title);
    line-height: var(--zw-sys-line-height);
  }

  .card-message {
    font-size: var(--zw-sys-font-size-title);
  }

  .invitation {
    text-align: center;
  }

  .welcome,
  .prompt,
  .thanks-title {
    font-size: var(--zw-sys-font-size-display);
    font-weight: 700;
    line-height: 1.3;
  }

  .hint,
  .qr-hint,
  .thanks-message {
    font-size: var(--zw-sys-font-size-body);
    line-height: var(--zw-sys-line-height);
  }

  .prompt:focus,
  .thanks:focus {
    outline: none;
  }

  .prompt:focus-visible,
  .thanks:focus-visible {
    outline: var(--zw-sys-focus-width) solid var(--zw-sys-color-focus);
    outline-offset: 2px;
  }

  /* ---- a request: the rating and, beside it, the QR code for the phone ---- */
  .rating-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--zw-sys-space) * 1.5);
  }

  .rating-box {
    flex: 1 1 32rem;
    min-inline-size: 0;
  }

  .qr {
    display: flex;
    flex: 0 1 auto;
    flex-direction: column;
    align-items: center;
    gap: var(--zw-sys-gap);
    max-inline-size: 20rem;
    padding: var(--zw-sys-space);
    border: var(--zw-sys-border-width) solid var(--zw-sys-color-outline);
    border-radius: var(--zw-sys-radius);
    background: var(--zw-sys-color-surface);
    text-align: center;
  }

  .qr zw-qr-code {
    --zw-qr-code-min-size: var(--zw-rating-pad-qr-size, 180px);
  }

  .qr-label {
    font-size: var(--zw-sys-font-size-title);
    font-weight: 700;
    line-height: 1.3;
  }

  /* ---- thanks (the level chosen is never shown) ---- */
  .thanks {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--zw-sys-space);
    text-align: center;
  }

  .icon-done {
    inline-size: calc(var(--zw-sys-font-size-display) * 2);
    block-size: calc(var(--zw-sys-font-size-display) * 2);
    border: 6px solid var(--zw-sys-color-success);
    border-radius: 50%;
    background:
      linear-gradient(-45deg, transparent 46%, var(--zw-sys-color-success) 46% 56%, transparent 56%) 62% 48% / 50% 60% no-repeat,
      linear-gradient(45deg, transparent 40%, var(--zw-sys-color-success) 40% 56%, transparent 56%) 28% 64% / 30% 30% no-repeat;
  }

  @media (forced-colors: active) {
    .offline,
    .card,
    .qr {
      border-color: CanvasText;
    }
    .icon-done {
      border-color: CanvasText;
    }
    .placeholder {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
