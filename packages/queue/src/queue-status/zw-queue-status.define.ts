import { define } from '@zhengwu/core';
import '@zhengwu/ui/button/zw-button.define';
import { ZwQueueStatus } from './zw-queue-status.js';

define('zw-queue-status', ZwQueueStatus);

declare global {
  interface HTMLElementTagNameMap {
    'zw-queue-status': ZwQueueStatus;
  }
}
