import { css } from 'lit';

/* 一件事 tiles: outlined, not filled, so they read apart from the 高频事项 tiles without colour alone. */
export const catalogBundleStyles = css`
  .bundles ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: var(--zw-sys-gap);
    margin: 0;
    margin-block-start: var(--zw-sys-gap);
    padding: 0;
    list-style: none;
  }

  .bundle-tile {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25em;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: calc(var(--zw-sys-touch-target) * 1.4);
    padding: var(--zw-sys-gap);
    text-align: start;
    text-decoration: none;
    color: var(--zw-sys-color-on-surface);
    background: var(--zw-sys-color-surface);
    border: calc(var(--zw-sys-border-width) * 2) solid var(--zw-sys-color-primary);
    border-radius: var(--zw-sys-radius);
    cursor: pointer;
  }

  .bundle-name {
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .bundle-count {
    font-size: var(--zw-sys-font-size-small);
    color: var(--zw-sys-color-on-surface-variant);
  }

  @media (forced-colors: active) {
    .bundle-tile {
      border-color: ButtonText;
    }
  }
`;
