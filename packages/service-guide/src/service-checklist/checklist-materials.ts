import { html, nothing, type TemplateResult } from 'lit';
import type { Material, ServiceItem } from '@zhengwu/core/contract';
import { CONTENT_LANG, formsText, necessityText, type Translate } from '../item/item-text.js';

/** What the materials need from the element: its `t()` and number and list formats. */
export interface MaterialsView {
  t: Translate;
  number: (value: number) => string;
  list: (items: string[]) => string;
}

function counts(view: MaterialsView, material: Material): string {
  return view.t('checklist.counts', {
    originals: view.t('guide.value.copies', { count: material.originals }),
    copies: view.t('guide.value.copies', { count: material.copies }),
  });
}

function kind(view: MaterialsView, material: Material): string {
  const { t } = view;
  return t('checklist.kind', { necessity: necessityText(t, material), forms: formsText(t, material, view.list) });
}

/** On a receipt: one narrow column, a box to tick before each material. */
export function renderMaterialList(view: MaterialsView, item: ServiceItem): TemplateResult {
  return html`<ol class="materials" part="materials">
    ${item.materials.map(
      (material, index) =>
        html`<li class="material" data-necessity=${material.necessity}>
          <span class="box" aria-hidden="true">☐</span>
          <div class="material-text">
            <p class="name"><span class="number">${view.number(index + 1)}.</span> <span lang=${CONTENT_LANG}>${material.name}</span></p>
            <p>${counts(view, material)}</p>
            <p class="kind">${kind(view, material)}</p>
            <p lang=${CONTENT_LANG}>${view.t('checklist.source', { source: material.source })}</p>
            ${material.note ? html`<p class="note" lang=${CONTENT_LANG}>${material.note}</p>` : nothing}
          </div>
        </li>`,
    )}
  </ol>`;
}

/** On A4: a table with a box to tick in the first column. */
export function renderMaterialTable(view: MaterialsView, item: ServiceItem): TemplateResult {
  const { t } = view;
  return html`<table class="materials" part="materials">
    <thead>
      <tr>
        <th scope="col" class="check">${t('checklist.check')}</th>
        ${['index', 'name', 'originals', 'copies', 'necessity', 'forms', 'source'].map(
          (column) => html`<th scope="col" class=${column}>${t(`guide.materials.${column}`)}</th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${item.materials.map(
        (material, index) =>
          html`<tr data-necessity=${material.necessity}>
            <td class="check"><span class="box" aria-hidden="true">☐</span></td>
            <td class="index">${view.number(index + 1)}</td>
            <th scope="row" class="name" lang=${CONTENT_LANG}>
              <span class="material-name">${material.name}</span>
              ${material.note ? html`<span class="note">${material.note}</span>` : nothing}
            </th>
            <td class="count">${t('guide.value.copies', { count: material.originals })}</td>
            <td class="count">${t('guide.value.copies', { count: material.copies })}</td>
            <td class="necessity">${necessityText(t, material)}</td>
            <td>${formsText(t, material, view.list)}</td>
            <td lang=${CONTENT_LANG}>${material.source}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
