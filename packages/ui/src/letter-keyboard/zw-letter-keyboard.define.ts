import { define } from '@zhengwu/core';
import { ZwLetterKeyboard } from './zw-letter-keyboard.js';

define('zw-letter-keyboard', ZwLetterKeyboard);

declare global {
  interface HTMLElementTagNameMap {
    'zw-letter-keyboard': ZwLetterKeyboard;
  }
}
