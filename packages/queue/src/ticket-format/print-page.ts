/**
 * The printed page's size. `@page` inside a shadow root is ignored by browsers, so the ticket
 * adopts one constructed sheet into the document (allowed under a strict CSP, unlike a `<style>`
 * element), as the service checklist does. The last ticket to claim it wins; releasing removes it.
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

/** The `@page` rule in effect, for tests. */
export function printPageRule(): string {
  return owner && sheet ? [...sheet.cssRules].map((rule) => rule.cssText).join('\n') : '';
}

/** Millimetres in CSS pixels (96 px per inch). */
export const MM = 96 / 25.4;

export const PAPERS = ['58mm', '80mm'] as const;
export type Paper = (typeof PAPERS)[number];

/** Paper width and its printable width (the print head: 384 / 576 dots at 8 dots per mm). */
export const PAPER_WIDTH: Record<Paper, { paper: number; printable: number }> = {
  '58mm': { paper: 58, printable: 48 },
  '80mm': { paper: 80, printable: 72 },
};

/** One receipt as long as the ticket (a roll has no page breaks), margins leaving the printable width. */
export function ticketPageRule(paper: Paper, lengthMm: number): string {
  const { paper: width, printable } = PAPER_WIDTH[paper];
  const side = (width - printable) / 2;
  return `@page { size: ${width}mm ${Math.ceil(lengthMm)}mm; margin: 2mm ${side}mm; }`;
}
