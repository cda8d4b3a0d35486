import { define } from '@zhengwu/core';
import '@zhengwu/ui/button/zw-button.define';
import { ZwServiceChecklist } from './zw-service-checklist.js';

define('zw-service-checklist', ZwServiceChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'zw-service-checklist': ZwServiceChecklist;
  }
}
