import { html, type TemplateResult } from 'lit';
import { normaliseQuery } from '../search/pinyin-match.js';
import { FACET_KINDS, type Facet, type FacetKind } from './catalog-facets.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FacetsView {
  t: Translate;
  values: Record<FacetKind, string[]>;
  /** The kind of facet whose values are shown. */
  browsing: FacetKind;
  /** The facet in effect, if any. */
  facet: Facet | null;
  onBrowse: (kind: FacetKind) => void;
  onChoose: (facet: Facet) => void;
}

const facetLabel = (t: Translate, kind: FacetKind, value: string) => (kind === 'audience' ? t(`catalog.audience.${value}`) : value);

/** The browse controls: the kinds (服务对象, 主题, 部门) and the values of the one shown, as toggle buttons. */
export function renderFacets(view: FacetsView): TemplateResult {
  const { t, values, browsing, facet } = view;
  const kinds = FACET_KINDS.filter((kind) => values[kind].length > 0);
  const pressed = (value: string) => facet?.kind === browsing && facet.value === value;
  return html`
    <section class="facets" part="facets" aria-labelledby="facets-title">
      <h3 id="facets-title">${t('catalog.browse')}</h3>
      <div class="kinds" role="group" aria-label=${t('catalog.browseBy')}>
        ${kinds.map(
          (kind) =>
            html`<button
              type="button"
              class="kind"
              aria-pressed=${browsing === kind ? 'true' : 'false'}
              @click=${() => view.onBrowse(kind)}
            >
              ${t(`catalog.facet.${kind}`)}
            </button>`,
        )}
      </div>
      <div class="values" role="group" aria-label=${t(`catalog.facet.${browsing}`)}>
        ${values[browsing].map(
          (value) =>
            html`<button
              type="button"
              class="value"
              aria-pressed=${pressed(value) ? 'true' : 'false'}
              @click=${() => view.onChoose({ kind: browsing, value })}
            >
              ${facetLabel(t, browsing, value)}
            </button>`,
        )}
      </div>
    </section>
  `;
}

/** The live count line: "共 120 项（按主题）", "找到 3 项", "已找到 40 项，继续查找中…", or none found. */
export function countText(t: Translate, state: { query: string; facet: Facet | null; rows: number; total: number | null }): string {
  const { query, facet, rows, total } = state;
  const within = facet ? t('catalog.within', { facet: facetLabel(t, facet.kind, facet.value) }) : '';
  if (total === null) return t('catalog.counting', { count: rows });
  if (!normaliseQuery(query)) return `${t('catalog.all', { count: total })}${within}`;
  return total === 0 ? t('catalog.none', { query }) : `${t('catalog.found', { count: total })}${within}`;
}
