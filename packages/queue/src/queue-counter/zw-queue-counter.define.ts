import '@zhengwu/ui/button/zw-button.define';
import { define } from '@zhengwu/core';
import { ZwQueueCounter } from './zw-queue-counter.js';

define('zw-queue-counter', ZwQueueCounter);

declare global {
  interface HTMLElementTagNameMap {
    'zw-queue-counter': ZwQueueCounter;
  }
}
