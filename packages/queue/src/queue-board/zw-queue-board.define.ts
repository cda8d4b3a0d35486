import '@zhengwu/ui/button/zw-button.define';
import { define } from '@zhengwu/core';
import { ZwQueueBoard } from './zw-queue-board.js';

define('zw-queue-board', ZwQueueBoard);

declare global {
  interface HTMLElementTagNameMap {
    'zw-queue-board': ZwQueueBoard;
  }
}
