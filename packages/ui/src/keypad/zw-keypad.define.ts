import { define } from '@zhengwu/core';
import { ZwKeypad } from './zw-keypad.js';

define('zw-keypad', ZwKeypad);

declare global {
  interface HTMLElementTagNameMap {
    'zw-keypad': ZwKeypad;
  }
}
