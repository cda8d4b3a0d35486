export { MM, claimPrintPage, printPageRule, releasePrintPage } from '@zhengwu/core/print/print-page';

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
