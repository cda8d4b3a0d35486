import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ZwConfigError, baseStyles, type ZwConfig } from '@zhengwu/core';
import { KeyEntryElement } from '../key-entry/key-entry-element.js';
import { keypadStyles } from './zw-keypad.styles.js';

const LAYOUTS = ['numeric', 'id-card'] as const;
type Layout = (typeof LAYOUTS)[number];
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** Length of a resident ID number (GB 11643); its last character may be X. */
const ID_CARD_LENGTH = 18;

/**
 * Arrow keys move between keys (one tab stop); digits, X, Backspace, Escape (clear) typed on a
 * physical keyboard work while the keypad has focus, and Enter after typing submits. Keys that
 * cannot be used now stay focusable and say so (`aria-disabled`).
 *
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
 */
export class ZwKeypad extends KeyEntryElement {
  static override styles = [baseStyles, keypadStyles];

  /** `numeric`, or `id-card` for resident ID numbers (adds X as the 18th character). */
  @property({ reflect: true }) layout: Layout = 'numeric';

  /** Hides the OK key when the surrounding form has its own. */
  @property({ type: Boolean, attribute: 'no-submit' }) noSubmit = false;

  protected override get defaultLimit(): number {
    return this.layout === 'id-card' ? ID_CARD_LENGTH : Number.POSITIVE_INFINITY;
  }

  protected override resolveConfig(): ZwConfig {
    if (!(LAYOUTS as readonly string[]).includes(this.layout)) {
      throw new ZwConfigError('layout', LAYOUTS.join(' | '), this.layout);
    }
    return super.resolveConfig();
  }

  protected characterKeys(): readonly string[] {
    return this.layout === 'id-card' ? [...DIGITS, 'X'] : DIGITS;
  }

  protected characterFor(event: KeyboardEvent): string | undefined {
    if (/^\d$/.test(event.key)) return event.key;
    if (this.layout === 'id-card' && (event.key === 'x' || event.key === 'X')) return 'X';
    return undefined;
  }

  protected override isUnavailable(key: string): boolean {
    // X is only ever the last character of an ID number
    if (key === 'X') return this.value.length !== this.limit - 1;
    return super.isUnavailable(key);
  }

  private digitKey(key: string) {
    return this.renderKey(key, key === 'X' ? this.t('keypad.digitX') : key, 'key');
  }

  private actionKey(key: 'backspace' | 'clear' | 'submit') {
    return this.renderKey(key, this.t(`keypad.${key}`), 'key', key === 'submit' ? 'action submit' : 'action');
  }

  protected renderContent() {
    const idCard = this.layout === 'id-card';
    const groupLabel = this.label ?? this.t(idCard ? 'keypad.idCardLabel' : 'keypad.label');
    return html`<div class="keys" part="keys" role="group" aria-label=${groupLabel}>
      ${DIGITS.slice(0, 9).map((key) => this.digitKey(key))} ${idCard ? this.digitKey('X') : this.actionKey('clear')} ${this.digitKey('0')}
      ${this.actionKey('backspace')} ${idCard ? this.actionKey('clear') : ''} ${this.noSubmit ? '' : this.actionKey('submit')}
    </div>`;
  }
}
