import { define } from '@zhengwu/core';
import { ZwRatingPad } from './zw-rating-pad.js';

define('zw-rating-pad', ZwRatingPad);

declare global {
  interface HTMLElementTagNameMap {
    'zw-rating-pad': ZwRatingPad;
  }
}
