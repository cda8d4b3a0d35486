/**
 * Thrown (and shown) when an element is configured with a value it cannot use.
 * Names the attribute, what was expected and what was received, so a portal developer can
 * fix the page without reading the source.
 */
export class ZwConfigError extends Error {
  override readonly name = 'ZwConfigError';

  constructor(
    /** The attribute (or property) that holds the bad value, e.g. `mode`. */
    readonly attribute: string,
    /** A short description of the accepted values, e.g. `normal | elder`. */
    readonly expected: string,
    /** The value received, as text. */
    readonly received: string,
  ) {
    super(`Invalid "${attribute}": expected ${expected}, received "${received}".`);
  }
}
