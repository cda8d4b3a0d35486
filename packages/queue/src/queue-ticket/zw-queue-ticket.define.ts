import { define } from '@zhengwu/core';
import '@zhengwu/ui/button/zw-button.define';
import '@zhengwu/ui/keypad/zw-keypad.define';
import '@zhengwu/ui/qr-code/zw-qr-code.define';
import { ZwQueueTicket } from './zw-queue-ticket.js';

define('zw-queue-ticket', ZwQueueTicket);

declare global {
  interface HTMLElementTagNameMap {
    'zw-queue-ticket': ZwQueueTicket;
  }
}
