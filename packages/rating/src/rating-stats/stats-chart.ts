// The bar chart's geometry as plain numbers, in em of the chart's font size (so elder mode
// scales it as a whole). The element turns it into SVG.

const GUTTER = 3.4; // room for "100%" on the left
const TOP = 2; // room for the value over a full bar
const PLOT = 8; // height of 100 %
const SLOT_MIN = 4.6;
const SLOT_MAX = 9;
const BAR_SHARE = 0.56;

/** Rough width of text in em: CJK and full-width characters 1 em, others 0.6 em. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\uffff]/.test(char) ? 1 : 0.6;
  return width;
}

/** `text`, cut with `ellipsis` to fit `widthEm`. */
export function fitText(text: string, widthEm: number, ellipsis = '…'): string {
  if (textWidthEm(text) <= widthEm) return text;
  let fitted = '';
  for (const char of text) {
    if (textWidthEm(fitted + char + ellipsis) > widthEm) break;
    fitted += char;
  }
  return fitted + ellipsis;
}

/** `1.234em`, rounded to thousandths. */
export const em = (value: number): string => `${Math.round(value * 1000) / 1000}em`;

export interface ChartLayout {
  /** Width of one bucket's slot. */
  slot: number;
  width: number;
  height: number;
  /** The x of the plot's left edge. */
  left: number;
  /** The y of the 0 % line. */
  base: number;
  /** Height of 100 %. */
  plot: number;
  barWidth: number;
}

/** Slots as wide as the widest text (within bounds), one per bucket. */
export function chartLayout(buckets: number, widestTextEm: number): ChartLayout {
  const slot = Math.min(SLOT_MAX, Math.max(SLOT_MIN, widestTextEm + 1));
  const base = TOP + PLOT;
  return {
    slot,
    width: GUTTER + buckets * slot + 0.5,
    height: base + 3.4,
    left: GUTTER,
    base,
    plot: PLOT,
    barWidth: slot * BAR_SHARE,
  };
}

/** Where a bucket's bar goes: centred in its slot, as high as its rate (none without one). */
export function barOf(layout: ChartLayout, index: number, rate: number | null) {
  const centre = layout.left + index * layout.slot + layout.slot / 2;
  const top = rate == null ? layout.base : layout.base - rate * layout.plot;
  return { centre, top, x: centre - layout.barWidth / 2, height: rate == null ? 0 : rate * layout.plot };
}
