import '@lit-labs/virtualizer';
import '@zhengwu/ui/button/zw-button.define';
import { define } from '@zhengwu/core';
import { ZwServiceCatalog } from './zw-service-catalog.js';

define('zw-service-catalog', ZwServiceCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'zw-service-catalog': ZwServiceCatalog;
  }
}
