import { define } from '@zhengwu/core';
import '@zhengwu/ui/button/zw-button.define';
import { ZwRatingStats } from './zw-rating-stats.js';

define('zw-rating-stats', ZwRatingStats);

declare global {
  interface HTMLElementTagNameMap {
    'zw-rating-stats': ZwRatingStats;
  }
}
