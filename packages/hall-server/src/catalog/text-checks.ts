/** Checks on the text of an imported catalog that the contract's shapes do not make. */

// Bidi embeddings, overrides and isolates: they can make a name display as something else.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// Zero-width characters: two names that look alike would be different items.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
// One phone number: digits with an optional +, spaces, dashes, brackets and an extension.
const PHONE = /^\+?[\d\s()-]*\d[\d\s()-]*(?:(?:转|ext\.?|x)\s*\d{1,6})?$/i;
const PHONE_SEPARATORS = /[、,，;；/]/;

/** Fields named so hold names; free text may carry zero-width joiners legitimately. */
const NAME_FIELDS = new Set(['name', 'department', 'themes', 'audiences', 'level', 'place', 'question']);
const URL_FIELDS = new Set(['blankFormUrl', 'sampleUrl', 'onlineUrl']);
const PHONE_FIELDS = new Set(['consultPhone', 'supervisePhone']);

export interface TextProblem {
  path: string;
  message: string;
}

/** Whether a text is an http(s) address (the rule the guide uses before it makes a link). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function isPhoneText(value: string): boolean {
  const parts = value.split(PHONE_SEPARATORS).map((part) => part.trim());
  return parts.every((part) => part.length >= 3 && part.length <= 30 && PHONE.test(part));
}

/**
 * Every string NFC-normalised (so that 身份证 typed two ways is one text), and the problems of
 * the item's text: bidi controls anywhere, zero-width characters in names, URLs that are not
 * http(s), phone fields that are not phone numbers.
 */
export function normaliseText(value: unknown, problems: TextProblem[], path = '', field = ''): unknown {
  if (typeof value === 'string') {
    const text = value.normalize('NFC');
    if (BIDI_CONTROLS.test(text))
      problems.push({ path, message: 'Bidirectional control characters (U+202A–U+202E, U+2066–U+2069) are not allowed' });
    if (NAME_FIELDS.has(field) && ZERO_WIDTH.test(text)) problems.push({ path, message: 'Zero-width characters are not allowed in names' });
    if (URL_FIELDS.has(field) && !isHttpUrl(text)) problems.push({ path, message: 'Not an http(s) address' });
    if (PHONE_FIELDS.has(field) && !isPhoneText(text)) problems.push({ path, message: 'Not a phone number' });
    return text;
  }
  if (Array.isArray(value)) return value.map((item, index) => normaliseText(item, problems, `${path}[${index}]`, field));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.normalize('NFC'), normaliseText(item, problems, path ? `${path}.${key}` : key, key)]),
    );
  }
  return value;
}
