import { define } from '@zhengwu/core';
import { ZwDeadline } from './zw-deadline.js';

define('zw-deadline', ZwDeadline);

declare global {
  interface HTMLElementTagNameMap {
    'zw-deadline': ZwDeadline;
  }
}
