import { define } from '@zhengwu/core';
import '@zhengwu/ui/button/zw-button.define';
import '@zhengwu/ui/steps/zw-steps.define';
import '@zhengwu/ui/read-aloud/zw-read-aloud.define';
import { ZwServiceGuide } from './zw-service-guide.js';

define('zw-service-guide', ZwServiceGuide);

declare global {
  interface HTMLElementTagNameMap {
    'zw-service-guide': ZwServiceGuide;
  }
}
