import { define } from '@zhengwu/core';
import { ZwProgressTimeline } from './zw-progress-timeline.js';

define('zw-progress-timeline', ZwProgressTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'zw-progress-timeline': ZwProgressTimeline;
  }
}
