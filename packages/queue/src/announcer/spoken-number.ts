/**
 * A ticket number as halls read it: the letter, then each digit on its own ("A001" → "A零零一"),
 * so that a speech engine never says "A一" or "A one hundred". `digits` are the locale's ten
 * digit words: ten characters run together ("零一…九"), or ten words with spaces between
 * ("0 1 … 9"), which are then read apart.
 */
export function spokenNumber(number: string, digits: string): string {
  const words = digits.includes(' ') ? digits.split(' ') : [...digits];
  const [, letter = '', figures = number] = /^([A-Z]*)(\d*)$/.exec(number) ?? [];
  const read = [...figures].map((digit) => words[Number(digit)] ?? digit);
  return digits.includes(' ') ? [letter, ...read].filter(Boolean).join(' ') : `${letter}${read.join('')}`;
}
