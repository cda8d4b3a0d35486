import { html } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ZwElement, ZwConfigError, RovingFocusController, baseStyles, type ZwConfig } from '@zhengwu/core';
import { UI_NS } from '../locales/namespace.js';
import { ZwKeyEvent } from '../events/zw-key-event.js';
import { ZwSubmitEvent } from '../events/zw-submit-event.js';
import { keypadStyles } from './zw-keypad.styles.js';

const LAYOUTS = ['numeric', 'id-card'] as const;
type Layout = (typeof LAYOUTS)[number];
type Key = string; // '0'–'9', 'X', 'backspace', 'clear', 'submit'

/** Length of a resident ID number (GB 11643); its last character may be X. */
const ID_CARD_LENGTH = 18;

/**
 * @tag zw-keypad
 * @summary An on-screen numeric keypad for touch screens without a keyboard; the `id-card`
 * layout adds the X that ends some resident ID numbers.
 *
 * @csspart keys - The grid of keys.
 * @csspart key - Each key.
 * @cssprop --zw-keypad-max-width - Widest the keypad grows.
 * @cssprop --zw-keypad-gap - Space between keys.
 * @cssprop --zw-keypad-key-height - Height of a key (never below the touch target).
 * @cssprop --zw-keypad-key-background - Fill of a key.
 * @cssprop --zw-keypad-key-font-size - Size of the digits.
 * @fires zw-key - A key was pressed; `detail.key` and the new `detail.value`.
 * @fires input - The value changed.
 * @fires zw-submit - The visitor pressed OK (or Enter); `detail.value`.
 * @fires change - Fired with `zw-submit`, as a form control would.
 *
 * Arrow keys move between keys (one tab stop); digits, X, Backspace, Escape (clear) and Enter
 * typed on a physical keyboard work while the keypad has focus.
 */
export class ZwKeypad extends ZwElement {
  static override i18nNamespaces = [UI_NS];
  static override styles = [baseStyles, keypadStyles];

  /** `numeric`, or `id-card` for resident ID numbers (adds X as the 18th character). */
  @property({ reflect: true }) layout: Layout = 'numeric';

  /** What has been typed so far. */
  @property() value = '';

  /** Most characters accepted; 18 by default for `id-card`. */
  @property({ type: Number }) maxlength?: number;

  /** Accessible name of the keypad, e.g. "查询码". Defaults to the translated keypad name. */
  @property() label?: string;

  /** Hides the OK key when the surrounding form has its own. */
  @property({ type: Boolean, attribute: 'no-submit' }) noSubmit = false;

  @queryAll('button') private keyButtons!: NodeListOf<HTMLButtonElement>;

  private readonly roving = new RovingFocusController(this, { items: () => [...this.keyButtons] });

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.onPhysicalKey(event));
  }

  private get limit(): number {
    return this.maxlength ?? (this.layout === 'id-card' ? ID_CARD_LENGTH : Number.POSITIVE_INFINITY);
  }

  protected override resolveConfig(): ZwConfig {
    if (!(LAYOUTS as readonly string[]).includes(this.layout)) {
      throw new ZwConfigError('layout', LAYOUTS.join(' | '), this.layout);
    }
    if (this.maxlength != null && !(Number.isInteger(this.maxlength) && this.maxlength > 0)) {
      throw new ZwConfigError('maxlength', 'a whole number ≥ 1', String(this.maxlength));
    }
    return super.resolveConfig();
  }

  private keys(): Key[] {
    const last = this.layout === 'id-card' ? ['X', '0', 'backspace'] : ['clear', '0', 'backspace'];
    const submit = this.noSubmit ? [] : ['submit'];
    const clear = this.layout === 'id-card' ? ['clear'] : [];
    return ['1', '2', '3', '4', '5', '6', '7', '8', '9', ...last, ...clear, ...submit];
  }

  private isDisabled(key: Key): boolean {
    if (/^\d$/.test(key)) return this.value.length >= this.limit;
    // X is only ever the last character of an ID number
    if (key === 'X') return this.value.length !== this.limit - 1;
    if (key === 'backspace' || key === 'clear') return this.value.length === 0;
    return false;
  }

  /** Presses a key as if touched: `'0'`–`'9'`, `'X'`, `'backspace'`, `'clear'` or `'submit'`. */
  press(key: Key): void {
    if (!this.keys().includes(key) || this.isDisabled(key)) return;
    if (key === 'submit') {
      this.dispatchEvent(new ZwKeyEvent(key, this.value));
      this.dispatchEvent(new ZwSubmitEvent(this.value));
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      return;
    }
    const next =
      key === 'backspace' ? this.value.slice(0, -1) : key === 'clear' ? '' : `${this.value}${key}`;
    this.value = next;
    this.dispatchEvent(new ZwKeyEvent(key, next));
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: key.length === 1 ? key : null }));
  }

  private onPhysicalKey(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const map: Record<string, Key> = { Backspace: 'backspace', Escape: 'clear', Delete: 'clear' };
    let key: Key | undefined = map[event.key];
    if (/^\d$/.test(event.key)) key = event.key;
    if (event.key === 'x' || event.key === 'X') key = 'X';
    // Enter on a focused key presses that key (native button); elsewhere it submits.
    if (event.key === 'Enter' && !(event.composedPath()[0] instanceof HTMLButtonElement)) key = 'submit';
    if (!key) return;
    event.preventDefault();
    // Unavailable keys stay focusable (aria-disabled), so focus is never lost mid-typing.
    this.press(key);
    this.flash(key);
  }

  private flash(key: Key) {
    const button = this.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-key="${key}"]`);
    if (!button) return;
    button.classList.add('flash');
    setTimeout(() => button.classList.remove('flash'), 120);
  }

  private labelOf(key: Key): string | undefined {
    if (key === 'backspace' || key === 'clear' || key === 'submit') return this.t(`keypad.${key}`);
    return undefined;
  }

  protected renderContent() {
    const groupLabel =
      this.label ?? this.t(this.layout === 'id-card' ? 'keypad.idCardLabel' : 'keypad.label');
    return html`<div class="keys" part="keys" role="group" aria-label=${groupLabel}>
      ${this.keys().map(
        (key) => html`<button
          type="button"
          part="key"
          class=${classMap({ action: key.length > 1, submit: key === 'submit' })}
          data-key=${key}
          aria-disabled=${this.isDisabled(key) ? 'true' : 'false'}
          @click=${() => this.press(key)}
        >
          ${this.labelOf(key) ?? (key === 'X' ? this.t('keypad.digitX') : key)}
        </button>`,
      )}
    </div>`;
  }

  /** Focuses the first key, so `el.focus()` works as for a native control. */
  override focus(options?: FocusOptions): void {
    const first = [...this.keyButtons].find((button) => button.tabIndex === 0) ?? this.keyButtons[0];
    if (first) this.roving.focus(first);
    else super.focus(options);
  }
}
