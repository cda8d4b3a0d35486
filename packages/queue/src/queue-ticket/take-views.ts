import { html, nothing, type TemplateResult } from 'lit';
import { renderLoadState, type LoadStatus } from '@zhengwu/core';
import type { QueueCategory } from '@zhengwu/core/contract';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface TakeView {
  status: LoadStatus;
  error: unknown;
  /** The category being taken (kept through a failure, for the retry). */
  category?: QueueCategory;
  /** `unknown_appointment` or `appointment_used`: said beside the code, not as a failure. */
  appointmentError?: string;
  onRetry: () => void;
  onCancel: () => void;
}

/** "正在取号…", or what went wrong with the visitor's choice kept and a retry. */
export function renderTakeState(t: T, view: TakeView): TemplateResult | typeof nothing {
  const { status } = view;
  if (status === 'idle' || status === 'ready' || view.appointmentError) return nothing;
  const name = view.category?.name ?? '';
  return html`<div class="taking" part="taking">
    ${status === 'loading' ? nothing : html`<p class="choice">${t('ticket.failed', { category: name })}</p>`}
    ${renderLoadState({
      status,
      error: view.error,
      t,
      loading: t('ticket.taking', { category: name }),
      retry: true,
      onRetry: view.onRetry,
    })}
    ${status === 'loading' ? nothing : html`<zw-button variant="secondary" @click=${view.onCancel}>${t('ticket.back')}</zw-button>`}
  </div>`;
}

export interface AppointmentView extends TakeView {
  code: string;
  onCode: (code: string) => void;
  onSubmit: () => void;
}

/** 预约签到: the code typed on the keypad (or a keyboard), OK takes the ticket. */
export function renderAppointment(t: T, category: QueueCategory, view: AppointmentView): TemplateResult {
  const problem = view.appointmentError;
  return html`<section class="appointment" aria-labelledby="appointment-title">
    <h2 id="appointment-title" tabindex="-1">${t('ticket.appointment.title', { category: category.name })}</h2>
    <p class="intro">${t('ticket.appointment.intro')}</p>
    <p class="code-display" aria-live="polite"><span>${t('ticket.appointment.code')}</span> <output>${view.code || '—'}</output></p>
    ${problem ? html`<p class="field-error" role="alert">${t(`ticket.appointment.${problem}`)}</p>` : nothing}
    <zw-keypad
      .value=${view.code}
      label=${t('ticket.appointment.code')}
      maxlength="32"
      @input=${(event: Event) => view.onCode((event.target as HTMLInputElement).value)}
      @zw-submit=${view.onSubmit}
    ></zw-keypad>
    ${renderTakeState(t, view)}
    <zw-button variant="secondary" @click=${view.onCancel}>${t('ticket.back')}</zw-button>
  </section>`;
}
