import { define } from '@zhengwu/core';
import '@zhengwu/ui/button/zw-button.define';
import '@zhengwu/ui/keypad/zw-keypad.define';
import '@zhengwu/ui/letter-keyboard/zw-letter-keyboard.define';
import '../deadline/zw-deadline.define.js';
import '../progress-timeline/zw-progress-timeline.define.js';
import { ZwProgressLookup } from './zw-progress-lookup.js';

define('zw-progress-lookup', ZwProgressLookup);

declare global {
  interface HTMLElementTagNameMap {
    'zw-progress-lookup': ZwProgressLookup;
  }
}
