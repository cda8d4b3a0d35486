import { define } from '@zhengwu/core';
import { ZwTimeoutDialog } from './zw-timeout-dialog.js';

define('zw-timeout-dialog', ZwTimeoutDialog);

declare global {
  interface HTMLElementTagNameMap {
    'zw-timeout-dialog': ZwTimeoutDialog;
  }
}
