import { html, nothing, type TemplateResult } from 'lit';
import type { ServiceItem } from '@zhengwu/core/contract';
import { CONTENT_LANG, formsText, limitText, necessityText } from '../item/item-text.js';
import type { MaterialsView } from '../service-checklist/checklist-materials.js';
import type { MergedMaterial } from './merge-materials.js';

const copies = (view: MaterialsView, count: number) => view.t('guide.value.copies', { count });

/** "出生登记（新生儿入户）、生育津贴申领": which items need the material. */
function neededBy(view: MaterialsView, merged: MergedMaterial) {
  const names = merged.neededBy.map((item) => item.name);
  return html`<span class="needed-by" lang=${CONTENT_LANG}>${view.t('bundle.sheet.neededBy', { items: view.list(names) })}</span>`;
}

/** On a receipt: one narrow column, a box to tick before each material. */
export function renderMergedList(view: MaterialsView, materials: MergedMaterial[]): TemplateResult {
  return html`<ol class="materials" part="materials">
    ${materials.map(
      (merged, index) =>
        html`<li class="material" data-necessity=${merged.material.necessity} data-shared=${merged.neededBy.length > 1}>
          <span class="box" aria-hidden="true">☐</span>
          <div class="material-text">
            <p class="name">
              <span class="number">${view.number(index + 1)}.</span> <span lang=${CONTENT_LANG}>${merged.material.name}</span>
            </p>
            <p>
              ${view.t('checklist.counts', { originals: copies(view, merged.material.originals), copies: copies(view, merged.material.copies) })}
            </p>
            <p class="kind">
              ${view.t('checklist.kind', {
                necessity: necessityText(view.t, merged.material),
                forms: formsText(view.t, merged.material, view.list),
              })}
            </p>
            <p>${neededBy(view, merged)}</p>
          </div>
        </li>`,
    )}
  </ol>`;
}

/** On A4: a table, the items needing each material in the last column. */
export function renderMergedTable(view: MaterialsView, materials: MergedMaterial[]): TemplateResult {
  const { t } = view;
  return html`<table class="materials" part="materials">
    <thead>
      <tr>
        <th scope="col" class="check">${t('checklist.check')}</th>
        ${['index', 'name', 'originals', 'copies', 'necessity'].map(
          (column) => html`<th scope="col" class=${column}>${t(`guide.materials.${column}`)}</th>`,
        )}
        <th scope="col" class="items">${t('bundle.sheet.items')}</th>
      </tr>
    </thead>
    <tbody>
      ${materials.map(
        (merged, index) =>
          html`<tr data-necessity=${merged.material.necessity} data-shared=${merged.neededBy.length > 1}>
            <td class="check"><span class="box" aria-hidden="true">☐</span></td>
            <td class="index">${view.number(index + 1)}</td>
            <th scope="row" class="name" lang=${CONTENT_LANG}><span class="material-name">${merged.material.name}</span></th>
            <td class="count">${copies(view, merged.material.originals)}</td>
            <td class="count">${copies(view, merged.material.copies)}</td>
            <td class="necessity">${necessityText(t, merged.material)}</td>
            <td class="items">${neededBy(view, merged)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** One item's steps, as the bundle's guide lists them under its department. */
export function renderItemSteps(view: MaterialsView, item: ServiceItem, headingId: string): TemplateResult {
  const { t } = view;
  return html`<section class="item" aria-labelledby=${headingId}>
    <h4 id=${headingId} lang=${CONTENT_LANG}>${item.name}</h4>
    <p class="item-meta">${t('bundle.guide.itemMeta', { limit: limitText(t, item.promisedLimit), place: item.place })}</p>
    <ol class="steps">
      ${item.steps.map(
        (step, index) =>
          html`<li class="step">
            <span class="step-number">${t('bundle.guide.step', { number: view.number(index + 1), count: item.steps.length })}</span>
            <span class="step-name" lang=${CONTENT_LANG}>${step.name}</span>
            ${step.description ? html`<span class="step-description" lang=${CONTENT_LANG}>${step.description}</span>` : nothing}
          </li>`,
      )}
    </ol>
  </section>`;
}
