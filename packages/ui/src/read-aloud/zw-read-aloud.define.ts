import { define } from '@zhengwu/core';
import { ZwReadAloud } from './zw-read-aloud.js';

define('zw-read-aloud', ZwReadAloud);

declare global {
  interface HTMLElementTagNameMap {
    'zw-read-aloud': ZwReadAloud;
  }
}
