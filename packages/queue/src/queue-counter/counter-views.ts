import { html, nothing, type TemplateResult } from 'lit';
import type { Hall } from '@zhengwu/core/contract';
import { COUNTER_BUTTONS, type CounterButton } from './counter-actions.js';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface SignInView {
  t: T;
  hall?: Hall;
  busy: boolean;
  message?: string;
  onSubmit: (staffId: string, credential: string) => void;
}

/** 工号 (a list when the hall names its staff) and the clerk's own credential. */
export function signInForm(view: SignInView): TemplateResult {
  const { t, hall } = view;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form')!;
    const staff = form.querySelector<HTMLInputElement | HTMLSelectElement>('#staff')!.value.trim();
    const credential = form.querySelector<HTMLInputElement>('#credential')!.value;
    view.onSubmit(staff, credential);
  };
  const staffList = hall?.staff ?? [];
  return html`<section class="sign-in" aria-labelledby="sign-in-title">
    <h2 id="sign-in-title" tabindex="-1">${t('counter.signIn.title')}</h2>
    <form
      part="sign-in"
      novalidate
      @submit=${submit}
      @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && !event.isComposing && (event.target as HTMLElement).localName === 'input' && submit(event)}
    >
      <label for="staff">${t('counter.signIn.staff')}</label>
      ${
        staffList.length
          ? html`<select id="staff" name="staff">
              ${staffList.map((staff) => html`<option value=${staff.id}>${staff.number} ${staff.name}</option>`)}
            </select>`
          : html`<input id="staff" name="staff" autocomplete="username" spellcheck="false" />`
      }
      <label for="credential">${t('counter.signIn.credential')}</label>
      <input id="credential" name="credential" type="password" autocomplete="current-password" aria-describedby="credential-hint" />
      <p id="credential-hint" class="hint">${t('counter.signIn.credentialHint')}</p>
      ${view.message ? html`<p class="message error" role="alert">${view.message}</p>` : nothing}
      <zw-button class="submit" ?disabled=${view.busy} @click=${submit}>
        ${view.busy ? t('counter.signIn.busy') : t('counter.signIn.submit')}
      </zw-button>
    </form>
  </section>`;
}

export interface TransferView {
  t: T;
  hall?: Hall;
  number: string;
  window: string;
  busy: boolean;
  onConfirm: (to: { category: string } | { window: string }) => void;
  onCancel: () => void;
}

/** 转办: to another category's queue, or to one window, from the hall's lists. */
export function transferPanel(view: TransferView): TemplateResult {
  const { t, hall } = view;
  const categories = hall?.categories ?? [];
  const windows = (hall?.windows ?? []).filter((window) => window.id !== view.window);
  const confirm = (event: Event) => {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form')!;
    const kind = form.querySelector<HTMLInputElement>('input[name=to]:checked')?.value;
    if (kind === 'window') view.onConfirm({ window: form.querySelector<HTMLSelectElement>('#to-window')!.value });
    else view.onConfirm({ category: form.querySelector<HTMLSelectElement>('#to-category')!.value });
  };
  const keydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    view.onCancel();
  };
  return html`<section class="transfer" part="transfer" aria-labelledby="transfer-title" @keydown=${keydown}>
    <h3 id="transfer-title" tabindex="-1">${t('counter.transfer.title', { number: view.number })}</h3>
    <form novalidate @submit=${confirm}>
      <fieldset>
        <legend>${t('counter.transfer.to')}</legend>
        <label><input type="radio" name="to" value="category" checked /> ${t('counter.transfer.toCategory')}</label>
        <label><input type="radio" name="to" value="window" /> ${t('counter.transfer.toWindow')}</label>
      </fieldset>
      <label for="to-category">${t('counter.transfer.category')}</label>
      <select id="to-category">
        ${categories.map((category) => html`<option value=${category.code}>${category.name}</option>`)}
      </select>
      <label for="to-window">${t('counter.transfer.window')}</label>
      <select id="to-window">
        ${windows.map((window) => html`<option value=${window.id}>${window.name}</option>`)}
      </select>
      <div class="row">
        <zw-button class="confirm" ?disabled=${view.busy} @click=${confirm}>${t('counter.transfer.confirm')}</zw-button>
        <zw-button class="cancel" variant="secondary" @click=${view.onCancel}>${t('counter.transfer.cancel')}</zw-button>
      </div>
    </form>
  </section>`;
}

export interface ActionsView {
  busy: boolean;
  serving: boolean;
  paused: boolean;
  label: (id: CounterButton) => string;
  onPress: (id: CounterButton) => void;
}

const NEEDS_TICKET: readonly CounterButton[] = ['recall', 'no-show', 'transfer', 'complete'];

/** The six buttons, each with its shortcut; all disabled while an action is in flight. */
export function actionButtons(view: ActionsView): TemplateResult {
  return html`<div class="actions" part="actions">
    ${COUNTER_BUTTONS.map(
      ({ id, key }) =>
        html`<zw-button
          class="action ${id}"
          data-action=${id}
          variant=${id === 'call-next' ? 'primary' : 'secondary'}
          ?disabled=${view.busy || (NEEDS_TICKET.includes(id) && !view.serving) || (id === 'call-next' && view.paused)}
          @click=${() => view.onPress(id)}
          ><span>${view.label(id)}</span> <kbd>${key}</kbd></zw-button
        >`,
    )}
  </div>`;
}

/** "快捷键: N 叫号 R 重呼 …", under the buttons. */
export function shortcutList(title: string, label: (id: CounterButton) => string): TemplateResult {
  return html`<p class="shortcuts">
    ${title}: ${COUNTER_BUTTONS.map(({ id, key }) => html`<span class="shortcut"><kbd>${key}</kbd> ${label(id)}</span> `)}
  </p>`;
}
