// The pad shows these inside it.
import '@zhengwu/ui/qr-code/zw-qr-code.define';
import '@zhengwu/ui/timeout-dialog/zw-timeout-dialog.define';
import '../rating/zw-rating.define.js';
import { define } from '@zhengwu/core';
import { ZwRatingPad } from './zw-rating-pad.js';

define('zw-rating-pad', ZwRatingPad);

declare global {
  interface HTMLElementTagNameMap {
    'zw-rating-pad': ZwRatingPad;
  }
}
