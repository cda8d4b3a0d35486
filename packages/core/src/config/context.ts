import { createContext } from '@lit/context';
import type { ZwConfig } from './config.js';

/** Configuration that `<zw-provider>` hands down to every widget inside it. */
export const configContext = createContext<ZwConfig>(Symbol.for('zhengwu-kit.config'));
