import { html, nothing, type TemplateResult } from 'lit';
import type { ServiceItemSummary } from '@zhengwu/core/contract';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface NoneView {
  t: Translate;
  /** Items nearest what was typed (from a shorter part of it), best first. */
  closest: readonly ServiceItemSummary[];
  /** The 高频 tiles, as the home shows them. */
  tiles: TemplateResult | typeof nothing;
  renderChoice: (item: ServiceItemSummary) => TemplateResult;
}

/**
 * Nothing matched: never a bare empty list. The nearest items, the 高频 tiles, and the staff.
 */
export function renderNone(view: NoneView): TemplateResult {
  const { t, closest } = view;
  return html`
    <div class="none" part="none">
      <p class="message" part="status">${t('catalog.noneHint')}</p>
      ${
        closest.length > 0
          ? html`<section class="closest" aria-labelledby="closest-title">
              <h3 id="closest-title">${t('catalog.closest')}</h3>
              <ul>
                ${closest.map((item) => html`<li>${view.renderChoice(item)}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${view.tiles}
      <p class="ask" part="ask">${t('catalog.askStaff')}</p>
    </div>
  `;
}
