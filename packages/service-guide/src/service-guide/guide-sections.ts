import { html, nothing, type TemplateResult } from 'lit';
import type { Material, ServiceItem } from '@zhengwu/core/contract';
import type { ZwStep } from '@zhengwu/ui';
import {
  CONTENT_LANG,
  audiencesText,
  formsText,
  limitText,
  necessityText,
  safeHref,
  telHref,
  visitsText,
  type Translate,
} from '../item/item-text.js';
import type { GuideLinkKind, GuideSection } from './zw-service-guide-events.js';

/** What the section templates need from the element. */
export interface SectionContext {
  t: Translate;
  list: (items: string[]) => string;
  number: (value: number) => string;
  /** Click handler of links that leave the guide. */
  onLink: (event: Event, url: string, kind: GuideLinkKind) => void;
}

type Row = [field: string, value: TemplateResult | string, content?: boolean];

/** A list of label / value pairs; `content` values are catalog text (Chinese) and say so. */
function fields(t: Translate, rows: Row[]) {
  return html`<dl class="fields">
    ${rows.map(
      ([field, value, content]) =>
        html`<div class="field" data-field=${field}>
          <dt>${t(`guide.field.${field}`)}</dt>
          <dd lang=${content ? CONTENT_LANG : nothing}>${value}</dd>
        </div>`,
    )}
  </dl>`;
}

function textList(texts: string[]) {
  return html`<ol class="texts" lang=${CONTENT_LANG}>
    ${texts.map((text) => html`<li>${text}</li>`)}
  </ol>`;
}

function link(ctx: SectionContext, url: string | undefined, kind: GuideLinkKind, label: TemplateResult | string) {
  const href = safeHref(url);
  if (!href) return nothing;
  return html`<a class="target" href=${href} target="_blank" rel="noopener" @click=${(event: Event) => ctx.onLink(event, href, kind)}
    >${label}</a
  >`;
}

function phone(value: string) {
  return html`<a class="target tel" href=${telHref(value)}>${value}</a>`;
}

function materialFiles(ctx: SectionContext, material: Material) {
  const { t } = ctx;
  const hidden = html`<span class="visually-hidden">${t('guide.materials.of', { name: material.name })}</span>`;
  const blank = link(ctx, material.blankFormUrl, 'blank-form', html`${t('guide.materials.blankForm')}${hidden}`);
  const sample = link(ctx, material.sampleUrl, 'sample', html`${t('guide.materials.sample')}${hidden}`);
  if (blank === nothing && sample === nothing) return t('guide.value.none');
  return html`<span class="file-links">${blank}${sample}</span>`;
}

function materials(ctx: SectionContext, item: ServiceItem) {
  const { t } = ctx;
  if (item.materials.length === 0) return html`<p class="empty">${t('guide.materials.none')}</p>`;
  const columns = ['index', 'name', 'originals', 'copies', 'necessity', 'forms', 'source', 'files'];
  return html`<div class="table-wrap" role="group" aria-labelledby="materials-caption" tabindex="0">
    <table class="materials" part="materials">
      <caption id="materials-caption">
        ${t('guide.materials.caption', { count: item.materials.length })}
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col" class=${column}>${t(`guide.materials.${column}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${item.materials.map(
          (material, index) =>
            html`<tr data-necessity=${material.necessity}>
              <td class="index">${ctx.number(index + 1)}</td>
              <th scope="row" class="name" lang=${CONTENT_LANG}>
                <span class="material-name">${material.name}</span>
                ${material.note ? html`<span class="note">${material.note}</span>` : nothing}
              </th>
              <td class="originals">${t('guide.value.copies', { count: material.originals })}</td>
              <td class="copies">${t('guide.value.copies', { count: material.copies })}</td>
              <td class="necessity"><span class="necessity-${material.necessity}">${necessityText(t, material)}</span></td>
              <td class="forms">${formsText(t, material, ctx.list)}</td>
              <td class="source" lang=${CONTENT_LANG}>${material.source}</td>
              <td class="files">${materialFiles(ctx, material)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The steps for `<zw-steps>`: the name, and the description with the step's time limit. */
export function processSteps(t: Translate, item: ServiceItem): ZwStep[] {
  return item.steps.map((step) => {
    const limit = step.timeLimit ? limitText(t, step.timeLimit) : undefined;
    let description = step.description;
    if (limit) {
      description = description ? t('guide.process.withLimit', { description, limit }) : t('guide.process.limitOnly', { limit });
    }
    return description ? { label: step.name, description } : { label: step.name };
  });
}

function online(ctx: SectionContext, item: ServiceItem) {
  const { t } = ctx;
  const href = item.online ? safeHref(item.onlineUrl) : undefined;
  const rows: Row[] = [['online', t(`guide.value.online.${item.online ? 'yes' : 'no'}`)]];
  if (href) rows.push(['onlineUrl', link(ctx, href, 'online', html`<span class="url">${href}</span>`) as TemplateResult]);
  return html`${fields(t, rows)}
  ${
    href
      ? html`<figure class="qr" part="qr">
          <zw-qr-code value=${href} size="180" label=${t('guide.online.qrLabel')}></zw-qr-code>
          <figcaption>${t('guide.online.scan')}</figcaption>
        </figure>`
      : html`<p class="hint">${t(item.online ? 'guide.online.noAddress' : 'guide.online.offlineOnly')}</p>`
  }`;
}

function faq(t: Translate, item: ServiceItem) {
  if (item.faq.length === 0) return html`<p class="empty">${t('guide.faq.none')}</p>`;
  return html`<dl class="faq">
    ${item.faq.map(
      (entry) =>
        html`<div class="qa">
          <dt><span class="qa-mark">${t('guide.faq.question')}</span><span lang=${CONTENT_LANG}>${entry.question}</span></dt>
          <dd><span class="qa-mark">${t('guide.faq.answer')}</span><span lang=${CONTENT_LANG}>${entry.answer}</span></dd>
        </div>`,
    )}
  </dl>`;
}

/** The body of one section. */
export function sectionBody(section: GuideSection, item: ServiceItem, ctx: SectionContext): TemplateResult | string {
  const { t } = ctx;
  const yesNo = (key: string, value: boolean) => t(`guide.value.${key}.${value ? 'yes' : 'no'}`);
  switch (section) {
    case 'basic':
      return fields(t, [
        ['type', t(`guide.value.type.${item.type}`)],
        ['audiences', audiencesText(t, item, ctx.list)],
        ['department', item.department, true],
        ['level', item.level, true],
        ['visits', visitsText(t, item.visits)],
        ['basicCode', html`<span class="code">${item.basicCode}</span>`],
        ['code', html`<span class="code">${item.code}</span>`],
      ]);
    case 'basis':
      return textList(item.legalBasis);
    case 'conditions':
      return textList(item.conditions);
    case 'materials':
      return materials(ctx, item);
    case 'process':
      return html`<zw-steps overview .steps=${processSteps(t, item)} label=${t('guide.section.process')}></zw-steps>`;
    case 'time':
      return fields(t, [
        ['caseType', t(`guide.value.caseType.${item.caseType}`)],
        ['legalLimit', limitText(t, item.legalLimit)],
        ['promisedLimit', limitText(t, item.promisedLimit)],
      ]);
    case 'fee': {
      const rows: Row[] = [['charged', yesNo('charged', item.fee.charged)]];
      if (item.fee.basis) rows.push(['feeBasis', item.fee.basis, true]);
      if (item.fee.amount) rows.push(['feeAmount', item.fee.amount, true]);
      return fields(t, rows);
    }
    case 'place':
      return fields(t, [
        ['place', item.place, true],
        ['hours', item.hours, true],
        ['appointment', yesNo('appointment', item.appointment)],
      ]);
    case 'contact':
      return fields(t, [
        ['consultPhone', phone(item.consultPhone)],
        ['supervisePhone', phone(item.supervisePhone)],
      ]);
    case 'online':
      return online(ctx, item);
    case 'faq':
      return faq(t, item);
    default:
      return '';
  }
}
