import { define } from '@zhengwu/core';
import { ZwButton } from './zw-button.js';

define('zw-button', ZwButton);

declare global {
  interface HTMLElementTagNameMap {
    'zw-button': ZwButton;
  }
}
