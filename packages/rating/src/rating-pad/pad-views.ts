// The parts of the pad that only show state: the staff card and the thank-you screen.
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '@zhengwu/core';
import type { ServiceWindow } from '@zhengwu/core/contract';
import type { PadHallState } from './pad-hall-loader.js';

type Localize = Pick<LocalizeController, 't'>;

function photo(l: Localize, staff: NonNullable<ServiceWindow['staff']>): TemplateResult {
  if (staff.photoUrl) {
    return html`<img class="photo" part="photo" src=${staff.photoUrl} alt=${l.t('pad.staff.photo', { name: staff.name })} />`;
  }
  return html`<span class="photo placeholder" part="photo" aria-hidden="true">${Array.from(staff.name)[0] ?? ''}</span>`;
}

/** The idle card: photo, name, 工号, window and department; or why it is not there yet. */
export function staffCard(l: Localize, window: ServiceWindow | undefined, hall: PadHallState): TemplateResult {
  if (!window) {
    const failed = hall === 'failed';
    return html`<div class="card pending" part="staff-card" role=${failed ? 'alert' : 'status'}>
      <p class="card-message">${l.t(failed ? 'pad.staff.unavailable' : 'pad.staff.loading')}</p>
    </div>`;
  }
  const { staff } = window;
  return html`<section class="card" part="staff-card" aria-label=${l.t('pad.staff.label')}>
    ${staff ? photo(l, staff) : nothing}
    <div class="who">
      ${
        staff
          ? html`<p class="name">${staff.name}</p>
              <p class="number">${l.t('pad.staff.number', { number: staff.number })}</p>`
          : nothing
      }
      <p class="window-name">${window.name}</p>
      <p class="department">${window.department}</p>
    </div>
  </section>`;
}

/** Thank you; never which level was chosen (staff must not see it). */
export function thanksView(l: Localize): TemplateResult {
  return html`<div class="thanks" part="thanks" role="status" tabindex="-1">
    <span class="icon-done" aria-hidden="true"></span>
    <h1 class="thanks-title">${l.t('pad.thanks.title')}</h1>
    <p class="thanks-message">${l.t('pad.thanks.message')}</p>
  </div>`;
}
