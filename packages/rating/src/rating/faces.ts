import { html, svg, type TemplateResult } from 'lit';
import type { RatingLevel } from '@zhengwu/core/contract/rating-rules';

/** Mouths of the faces, from a wide smile to a deep frown (decoration: the text says it). */
const MOUTHS: Record<RatingLevel, string> = {
  'very-satisfied': 'M13 27 Q24 41 35 27',
  satisfied: 'M15 29 Q24 36 33 29',
  basic: 'M15 32 L33 32',
  dissatisfied: 'M15 35 Q24 29 33 35',
  'very-dissatisfied': 'M13 37 Q24 24 35 37',
};

/** The face drawn on a level. */
export function face(level: RatingLevel): TemplateResult {
  return html`<svg class="face" part="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
    ${svg`<circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
      <circle cx="17" cy="19" r="2.8" fill="currentColor" />
      <circle cx="31" cy="19" r="2.8" fill="currentColor" />
      <path d=${MOUTHS[level]} fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />`}
  </svg>`;
}
