import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  HALL_UTC_OFFSET_MINUTES,
  LoaderController,
  ZwConfigError,
  ZwElement,
  ZwServerError,
  baseStyles,
  loadStateStyles,
  offsetText,
  renderLoadState,
  type LoadStatus,
  type ZwConfig,
} from '@zhengwu/core';
import type { Application } from '@zhengwu/core/contract';
import type { CalendarSource } from '../calendars/calendar-source.js';
import { PROGRESS_NS } from '../locales/namespace.js';
import { FIELD_LIMITS, fieldProblem, normalizeField, retryTime, type LookupField } from './lookup-fields.js';
import { ZwProgressLookupLoadEvent, ZwProgressLookupRateEvent, ZwProgressLookupResetEvent } from './zw-progress-lookup-events.js';
import { progressLookupStyles } from './zw-progress-lookup.styles.js';
import { apiProgressSource, type Found, type ProgressSource } from './progress-source.js';

export { apiProgressSource, type ProgressSource } from './progress-source.js';

const KEYBOARDS = ['native', 'on-screen'] as const;
const CHANNELS = ['website', 'kiosk'] as const;

/**
 * 办件编号 and 查询码 are two labelled text fields. With `keyboard="on-screen"` (a kiosk) they
 * take no system keyboard: the on-screen keypad types into the chosen field, its OK moves from
 * the number to the 查询码 and then looks up (one action, no second button), and a letter
 * keyboard is one button away for numbers with letters; a physical keyboard works either way.
 * Field errors are announced and tied to their field. Not found (the same answer for a wrong
 * secret), too many tries (with the time to try again), offline, a server that does not answer
 * (the request timeout) and other failures each have their own message; loading always ends.
 *
 * A result shows the item, the applicant (masked by the hall: 张*三), the countdown
 * (`zw-deadline`) and every stage (`zw-progress-timeline`); focus moves to its heading. A
 * finished application that was never rated offers "评价这次服务" (一事一评), and `zw-rating`
 * opens with the token the hall issued to this lookup. The secret is dropped once the answer is
 * in; `reset()` (and leaving the page) forgets everything typed and shown.
 *
 * @tag zw-progress-lookup
 * @summary 办件进度查询: look up an application by its number and 查询码, then see its countdown
 * and stages, and rate a finished one.
 *
 * @csspart form - The lookup form.
 * @csspart field - Each field (label, input, hint, error).
 * @csspart input - Each text input.
 * @csspart error - The failure box (not found, too many tries, offline …).
 * @csspart status - The "正在查询…" line.
 * @csspart result - The result section.
 * @csspart summary - The facts of the application (item, applicant, department, dates, status).
 * @csspart rating - The rating section.
 * @cssprop --zw-progress-lookup-max-width - Widest the form and result grow.
 * @cssprop --zw-progress-lookup-field-height - Height of the text inputs (never below the touch target).
 * @fires zw-progress-lookup-load - An application was found; `detail.application`.
 * @fires zw-progress-lookup-rate - The visitor chose to rate (cancelable); `detail.applicationId`, `detail.token`.
 * @fires zw-progress-lookup-reset - The lookup was cleared.
 */
export class ZwProgressLookup extends ZwElement {
  static override i18nNamespaces = [PROGRESS_NS];
  static override styles = [baseStyles, loadStateStyles, progressLookupStyles];

  /** `native` (the device's keyboard, e.g. a phone) or `on-screen` (the kiosk's keypad and letter keyboard). */
  @property() keyboard: (typeof KEYBOARDS)[number] = 'native';

  /** 评价渠道 of a rating given here: `website` (phone, portal) or `kiosk`. */
  @property() channel: (typeof CHANNELS)[number] = 'website';

  /** 办件编号 to start with, e.g. from the QR code on the receipt. The secret is always typed. */
  @property() number?: string;

  /** Where to look up; default the hall API at `api-base` (stories and tests pass a stand-in). */
  @property({ attribute: false }) client?: ProgressSource;

  /** Where the countdown's calendars come from; default the hall API at `api-base`. */
  @property({ attribute: false }) calendarClient?: CalendarSource;

  /** The day the countdown counts to, `YYYY-MM-DD`; default today in the hall's zone. */
  @property() today?: string;

  @state() private values: Record<LookupField, string> = { number: '', secret: '' };
  @state() private active: LookupField = 'number';
  @state() private letters = false;
  @state() private showErrors = false;
  @state() private rating = false;

  private readonly loader = new LoaderController<Found>(this, {
    onLoad: (found) => {
      this.dispatchEvent(new ZwProgressLookupLoadEvent(found.application));
      this.renderRoot.querySelector<HTMLElement>('#result-title')?.focus();
    },
  });
  private lookups = 0;
  private prefilled?: string;

  /** `idle` (nothing asked), `loading`, `ready`, or what went wrong (`not-found`, `rate-limited`, `offline`, `timeout` …). */
  get status(): LoadStatus {
    return this.loader.status;
  }

  /** The application shown, once found. */
  get application(): Application | undefined {
    return this.loader.value?.application;
  }

  /** Looks up `number` with `secret` (what the form's button does). */
  lookup(number: string, secret: string): Promise<void> {
    this.values = { number: normalizeField('number', number), secret: normalizeField('secret', secret) };
    return this.submit();
  }

  /** Forgets everything typed and shown, and starts again at the number. */
  reset(): void {
    this.values = { number: '', secret: '' };
    this.active = 'number';
    this.letters = false;
    this.showErrors = false;
    this.rating = false;
    this.loader.clear();
    this.dispatchEvent(new ZwProgressLookupResetEvent());
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#number')?.focus());
  }

  /** Focus goes to the heading of what is shown (the form's, or the result's). */
  override focus(options?: FocusOptions): void {
    const heading = () => this.renderRoot.querySelector<HTMLElement>('#result-title, #title');
    const now = heading();
    if (now) now.focus(options);
    // Not drawn yet (strings still loading): focus it once it is.
    else void this.updateComplete.then(() => heading()?.focus(options));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A shared screen: what was typed or shown does not outlive the element on the page.
    this.values = { number: '', secret: '' };
    this.rating = false;
    this.loader.clear();
  }

  protected override resolveConfig(): ZwConfig {
    const config = super.resolveConfig();
    if (!(KEYBOARDS as readonly string[]).includes(this.keyboard)) {
      throw new ZwConfigError('keyboard', KEYBOARDS.join(' | '), this.keyboard);
    }
    if (!(CHANNELS as readonly string[]).includes(this.channel)) {
      throw new ZwConfigError('channel', CHANNELS.join(' | '), this.channel);
    }
    return config;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('number') && this.number && this.number !== this.prefilled) {
      this.prefilled = this.number;
      this.values = { ...this.values, number: normalizeField('number', this.number) };
      if (this.values.number) this.active = 'secret';
    }
  }

  private async submit(): Promise<void> {
    const { number, secret } = this.values;
    if (fieldProblem('number', number) || fieldProblem('secret', secret)) {
      this.showErrors = true;
      this.active = fieldProblem('number', number) ? 'number' : 'secret';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#${this.active}`)?.focus();
      return;
    }
    this.showErrors = false;
    this.rating = false;
    const source = this.client ?? apiProgressSource(this.config.apiBase);
    this.lookups += 1;
    // The secret leaves the form with the request; it is not kept once answered.
    this.values = { number, secret: '' };
    await this.loader.request(`lookup-${this.lookups}`, async (signal) => {
      const [application, rules] = await Promise.all([
        source.lookup({ id: number, secret }, signal),
        source.rules(signal).catch(() => undefined),
      ]);
      return { application, rules };
    });
    if (this.loader.status !== 'ready') {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
    }
  }

  private setField(field: LookupField, value: string): void {
    this.values = { ...this.values, [field]: normalizeField(field, value) };
  }

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    void this.submit();
  };

  /** The on-screen keys' OK: from the number on to the secret, from the secret to the lookup. */
  private readonly onKeysSubmit = () => {
    if (this.active === 'number' && !fieldProblem('number', this.values.number)) {
      this.active = 'secret';
      this.letters = false;
      return;
    }
    void this.submit();
  };

  /** Enter: from the number to the secret, from the secret to the lookup (two fields: no implicit submit). */
  private onEnter(event: KeyboardEvent, field: LookupField): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    if (field === 'number' && !fieldProblem('number', this.values.number)) {
      this.active = 'secret';
      this.renderRoot.querySelector<HTMLInputElement>('#secret')?.focus();
      return;
    }
    void this.submit();
  }

  private readonly onRate = () => {
    const found = this.loader.value;
    if (found?.application.rating?.state !== 'open') return;
    const event = new ZwProgressLookupRateEvent(found.application.id, found.application.rating.token);
    if (!this.dispatchEvent(event)) return;
    this.rating = true;
    // Loaded when asked for: a page that only looks up never carries the rating form.
    void import('@zhengwu/rating/rating/zw-rating.define').then(async () => {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#rating-title')?.focus();
    });
  };

  private time(ms: number): string {
    return this.localize.date(ms, { hour: '2-digit', minute: '2-digit', timeZone: offsetText(HALL_UTC_OFFSET_MINUTES) });
  }

  private renderField(field: LookupField): TemplateResult {
    const problem = this.showErrors ? fieldProblem(field, this.values[field]) : undefined;
    const label = this.t(`lookup.${field}`);
    const onScreen = this.keyboard === 'on-screen';
    return html`<div class="field ${this.active === field && onScreen ? 'active' : ''}" part="field">
      <label for=${field}>${label}</label>
      <input
        id=${field}
        part="input"
        type="text"
        autocomplete="off"
        autocapitalize=${field === 'number' ? 'characters' : 'off'}
        spellcheck="false"
        maxlength=${FIELD_LIMITS[field]}
        inputmode=${onScreen ? 'none' : 'text'}
        enterkeyhint=${field === 'number' ? 'next' : 'search'}
        aria-describedby="${field}-hint${problem ? ` ${field}-error` : ''}"
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${this.values[field]}
        @focus=${() => (this.active = field)}
        @input=${(event: InputEvent) => this.setField(field, (event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => this.onEnter(event, field)}
      />
      <p id="${field}-hint" class="hint">${this.t(`lookup.${field}Hint`)}</p>
      ${
        problem
          ? html`<p id="${field}-error" class="field-error" role="alert">
              ${problem === 'required' ? this.t('lookup.required', { field: label }) : this.t(field === 'number' ? 'lookup.invalidNumber' : 'lookup.invalidSecret')}
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderKeys(): TemplateResult | typeof nothing {
    if (this.keyboard !== 'on-screen') return nothing;
    const field = this.active;
    const onInput = (event: Event) => this.setField(field, (event.target as HTMLInputElement).value);
    const label = this.t(`lookup.${field}`);
    return html`<div class="keys">
      ${
        this.letters
          ? html`<zw-letter-keyboard
              .value=${this.values[field]}
              label=${label}
              @input=${onInput}
              @zw-submit=${this.onKeysSubmit}
            ></zw-letter-keyboard>`
          : html`<zw-keypad
              .value=${this.values[field]}
              label=${label}
              maxlength=${FIELD_LIMITS[field]}
              @input=${onInput}
              @zw-submit=${this.onKeysSubmit}
            ></zw-keypad>`
      }
      <zw-button variant="secondary" @click=${() => (this.letters = !this.letters)}>
        ${this.t(this.letters ? 'lookup.digits' : 'lookup.letters')}
      </zw-button>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const status = this.status;
    const error = this.loader.error;
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    const retryAfter = error instanceof ZwServerError ? error.retryAfterSeconds : undefined;
    return html`<section class="lookup" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${t('lookup.title')}</h2>
      <p class="intro">${t('lookup.intro')}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderField('number')} ${this.renderField('secret')} ${this.renderKeys()}
        ${
          this.keyboard === 'on-screen'
            ? nothing
            : html`<zw-button class="submit" ?disabled=${status === 'loading'} @click=${this.onSubmit}>${t('lookup.submit')}</zw-button>`
        }
      </form>
      ${
        status === 'idle'
          ? nothing
          : renderLoadState({
              status,
              error,
              t,
              loading: t('lookup.searching'),
              messages: {
                'not-found': t('lookup.notFound'),
                'rate-limited': retryAfter
                  ? t('lookup.tooMany', { time: retryTime(retryAfter, Date.now(), (ms) => this.time(ms)) })
                  : t('lookup.tooManySoon'),
              },
              retry: status === 'not-found' || status === 'rate-limited' ? false : undefined,
              onRetry: () => void this.loader.reload(),
            })
      }
    </section>`;
  }

  private renderRating(application: Application): TemplateResult | typeof nothing {
    const rating = application.rating;
    if (!rating) return nothing;
    if (rating.state === 'rated') return html`<p class="rated" part="rating">${this.t('lookup.rated')}</p>`;
    if (!this.rating) {
      return html`<div class="rate" part="rating">
        <zw-button @click=${this.onRate}>${this.t('lookup.rate')}</zw-button>
        <p class="hint">${this.t('lookup.rateIntro')}</p>
      </div>`;
    }
    return html`<section class="rate" part="rating" aria-labelledby="rating-title">
      <h3 id="rating-title" tabindex="-1">${this.t('lookup.rateFor', { item: application.serviceItemName })}</h3>
      <zw-rating transaction-id=${application.id} token=${rating.token} channel=${this.channel} hide-target></zw-rating>
      <zw-button variant="secondary" @click=${() => (this.rating = false)}>${this.t('lookup.rateClose')}</zw-button>
    </section>`;
  }

  private renderResult(found: Found): TemplateResult {
    const { application, rules } = found;
    const t = (key: string, options?: Record<string, unknown>) => this.t(key, options);
    const accepted = this.localize.date(Date.parse(`${application.acceptedOn}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
    return html`<section class="result" part="result" aria-labelledby="result-title">
      <p class="kicker">${t('lookup.result')}</p>
      <h2 id="result-title" tabindex="-1"><bdi>${application.serviceItemName}</bdi></h2>
      <dl part="summary">
        <dt>${t('lookup.number')}</dt>
        <dd><bdi>${application.id}</bdi></dd>
        <dt>${t('lookup.applicant')}</dt>
        <dd><bdi>${application.applicant}</bdi></dd>
        <dt>${t('lookup.department')}</dt>
        <dd><bdi>${application.department}</bdi></dd>
        <dt>${t('lookup.accepted')}</dt>
        <dd>${accepted}</dd>
        <dt>${t('lookup.status.label')}</dt>
        <dd><strong>${t(`lookup.status.${application.status}`)}</strong></dd>
      </dl>
      <zw-deadline
        .application=${application}
        .rules=${rules}
        .client=${this.calendarClient}
        today=${ifDefined(this.today)}
        live
      ></zw-deadline>
      <zw-progress-timeline .application=${application} correction-rule=${rules?.correction ?? 'restart'}></zw-progress-timeline>
      ${this.renderRating(application)}
      <zw-button class="again" variant="secondary" @click=${() => this.reset()}>${t('lookup.again')}</zw-button>
    </section>`;
  }

  protected renderContent(): TemplateResult {
    const found = this.loader.value;
    return found ? this.renderResult(found) : this.renderForm();
  }
}
