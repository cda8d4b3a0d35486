import '@zhengwu/ui/button/zw-button.define';
import { define } from '@zhengwu/core';
import { ZwRating } from './zw-rating.js';

define('zw-rating', ZwRating);

declare global {
  interface HTMLElementTagNameMap {
    'zw-rating': ZwRating;
  }
}
