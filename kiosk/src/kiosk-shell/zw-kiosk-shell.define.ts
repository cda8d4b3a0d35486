import { define } from '@zhengwu/core';
import { ZwKioskShell } from './zw-kiosk-shell.js';

define('zw-kiosk-shell', ZwKioskShell);

declare global {
  interface HTMLElementTagNameMap {
    'zw-kiosk-shell': ZwKioskShell;
  }
}
