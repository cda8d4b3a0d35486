import { define } from '@zhengwu/core';
import '@zhengwu/ui/button/zw-button.define';
import { ZwServiceBundle } from './zw-service-bundle.js';

define('zw-service-bundle', ZwServiceBundle);

declare global {
  interface HTMLElementTagNameMap {
    'zw-service-bundle': ZwServiceBundle;
  }
}
