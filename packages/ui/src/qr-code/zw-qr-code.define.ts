import { define } from '@zhengwu/core';
import { ZwQrCode } from './zw-qr-code.js';

define('zw-qr-code', ZwQrCode);

declare global {
  interface HTMLElementTagNameMap {
    'zw-qr-code': ZwQrCode;
  }
}
