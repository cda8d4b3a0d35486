/**
 * What an attribute accepts, for the error message: English `text` for the console, and an
 * i18n `key` (with `values`) so the shown message is in the element's language.
 */
export interface ConfigExpectation {
  text: string;
  /** `ns:key` of the translated description, e.g. `core:expected.milliseconds`. */
  key: string;
  values?: Record<string, string | number>;
}

/**
 * Thrown (and shown) when an element is configured with a value it cannot use.
 * Names the attribute, what was expected and what was received, so a portal developer can
 * fix the page without reading the source.
 */
export class ZwConfigError extends Error {
  override readonly name = 'ZwConfigError';
  /** A short description of the accepted values in English, e.g. `normal | elder`. */
  readonly expected: string;
  /** The i18n key of `expected` when it is words (a list of literal values needs none). */
  readonly expectedKey?: string;
  readonly expectedValues?: Record<string, string | number>;

  constructor(
    /** The attribute (or property) that holds the bad value, e.g. `mode`. */
    readonly attribute: string,
    /** The accepted values: literal text (`normal | elder`), or words with their i18n key. */
    expected: string | ConfigExpectation,
    /** The value received, as text. */
    readonly received: string,
  ) {
    const text = typeof expected === 'string' ? expected : expected.text;
    super(`Invalid "${attribute}": expected ${text}, received "${received}".`);
    this.expected = text;
    if (typeof expected !== 'string') {
      this.expectedKey = expected.key;
      this.expectedValues = expected.values;
    }
  }
}
