import type { ConfigExpectation } from '@zhengwu/core';

/**
 * What a rating attribute accepts, for `ZwConfigError`: English for the console, and the key
 * of the same words in the `rating` namespace for the error shown on the page.
 */
export function expected(name: string, text: string, values?: Record<string, string | number>): ConfigExpectation {
  return { text, key: `rating:expected.${name}`, values };
}
