import { define } from '../define.js';
import { ZwProvider } from './zw-provider.js';

define('zw-provider', ZwProvider);

declare global {
  interface HTMLElementTagNameMap {
    'zw-provider': ZwProvider;
  }
}
