import { define } from '@zhengwu/core';
import { ZwSteps } from './zw-steps.js';

define('zw-steps', ZwSteps);

declare global {
  interface HTMLElementTagNameMap {
    'zw-steps': ZwSteps;
  }
}
