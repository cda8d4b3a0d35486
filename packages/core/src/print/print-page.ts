/**
 * The printed page's size. `@page` rules inside a shadow root are ignored by browsers, so an
 * element that prints (a checklist, a ticket) adopts one constructed sheet into the document
 * (allowed under a strict CSP, unlike a `<style>` element). One sheet for the whole page, kept
 * here once: the last element to claim it wins; releasing removes it.
 */
let sheet: CSSStyleSheet | undefined;
let owner: object | undefined;

export function claimPrintPage(claimant: object, cssText: string): void {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(cssText);
  owner = claimant;
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function releasePrintPage(claimant: object): void {
  if (owner !== claimant || !sheet) return;
  owner = undefined;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
}

/** The `@page` rule of the sheet in effect, for tests. */
export function printPageRule(): string {
  return owner && sheet ? [...sheet.cssRules].map((rule) => rule.cssText).join('\n') : '';
}

/** Millimetres in CSS pixels (96 px per inch). */
export const MM = 96 / 25.4;
