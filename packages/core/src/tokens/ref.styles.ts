import { css } from 'lit';

/**
 * Reference tier: the raw palette and scales. Nothing uses these directly except the system
 * tier; override them on an element (not on an ancestor) to rebrand everything at once.
 */
export const refTokens = css`
  :host {
    --zw-ref-blue-10: #041e49;
    --zw-ref-blue-30: #0842a0;
    --zw-ref-blue-40: #0b57d0;
    --zw-ref-blue-80: #a8c7fa;
    --zw-ref-blue-90: #d3e3fd;
    --zw-ref-red-30: #8c1d18;
    --zw-ref-red-80: #ffb4ab;
    --zw-ref-red-95: #fceeee;
    --zw-ref-green-30: #0d5a2b;
    --zw-ref-green-80: #8fd8a4;
    --zw-ref-amber-30: #6b4a00;
    --zw-ref-amber-95: #fff4d6;
    --zw-ref-neutral-0: #000000;
    --zw-ref-neutral-10: #1b1c1f;
    --zw-ref-neutral-20: #2f3033;
    --zw-ref-neutral-30: #46474a;
    --zw-ref-neutral-50: #76777a;
    --zw-ref-neutral-90: #e3e3e6;
    --zw-ref-neutral-95: #f1f1f4;
    --zw-ref-neutral-99: #fdfcff;
    --zw-ref-neutral-100: #ffffff;
    --zw-ref-yellow-hc: #ffff00;
    --zw-ref-cyan-hc: #00ffff;

    --zw-ref-font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans', system-ui, sans-serif;
    --zw-ref-font-size-16: 16px;
    --zw-ref-font-size-18: 18px;
    --zw-ref-font-size-20: 20px;
    --zw-ref-font-size-24: 24px;
    --zw-ref-font-size-28: 28px;
    --zw-ref-font-size-32: 32px;
    --zw-ref-font-size-40: 40px;
    --zw-ref-font-size-48: 48px;
    --zw-ref-space-4: 4px;
    --zw-ref-space-8: 8px;
    --zw-ref-space-12: 12px;
    --zw-ref-space-16: 16px;
    --zw-ref-space-24: 24px;
    --zw-ref-space-32: 32px;
    --zw-ref-radius-8: 8px;
    --zw-ref-radius-12: 12px;
  }
`;
