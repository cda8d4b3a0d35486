import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ZwConfigError, baseStyles, type ZwConfig } from '@zhengwu/core';
import { KeyEntryElement } from '../key-entry/key-entry-element.js';
import { letterKeyboardStyles } from './zw-letter-keyboard.styles.js';

const LAYOUTS = ['qwerty', 'alphabetical'] as const;
type Layout = (typeof LAYOUTS)[number];

const ACTIONS = ['clear', 'backspace', 'submit'] as const;

/** Letter rows of 10, 9 and 7 keys; each row sits a third of a key further right. */
const ROWS: Record<Layout, readonly string[]> = {
  qwerty: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  alphabetical: ['abcdefghij', 'klmnopqrs', 'tuvwxyz'],
};

const LETTER = /^[a-z]$/;

/**
 * One tab stop: arrow keys move between keys by their place on screen, Home and End jump to
 * the first and last key. While the keyboard has focus, a–z, Backspace (or Delete) and Escape
 * (to clear) typed on a physical keyboard work too. Enter right after typing searches; Enter
 * or Space on a key reached with the arrows presses that key. Keys that cannot be used now
 * stay focusable and say so (`aria-disabled`).
 *
 * @tag zw-letter-keyboard
 * @summary An on-screen A–Z keyboard for typing pinyin initials (e.g. `sfz` for 身份证) on a
 * touch screen without a physical keyboard.
 *
 * @csspart keys - The group holding every key.
 * @csspart row - Each row of keys (three letter rows, then the action row).
 * @csspart key - Each key.
 * @csspart letter - Each letter key.
 * @csspart action - The clear, delete and search keys.
 * @cssprop --zw-keyboard-max-width - Widest the keyboard grows.
 * @cssprop --zw-keyboard-gap - Space between keys.
 * @cssprop --zw-keyboard-key-height - Height of a key (never below the touch target).
 * @cssprop --zw-keyboard-key-background - Fill of a key.
 * @cssprop --zw-keyboard-key-font-size - Size of the letters.
 * @fires zw-key - A key was pressed; `detail.key` (`a`–`z`, `backspace`, `clear`, `submit`) and
 * the new `detail.value`.
 * @fires input - The value changed.
 * @fires zw-submit - The visitor pressed the search key (or Enter after typing); `detail.value`.
 * @fires change - Fired with `zw-submit`, as a form control would.
 */
export class ZwLetterKeyboard extends KeyEntryElement {
  static override styles = [baseStyles, letterKeyboardStyles];

  /** `qwerty` (rows of 10, 9 and 7 letters, the default) or `alphabetical` (A to Z in the same rows). */
  @property({ reflect: true }) layout: Layout = 'qwerty';

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value') && typeof this.value === 'string') this.value = this.value.toLowerCase();
    super.willUpdate(changed);
  }

  protected override resolveConfig(): ZwConfig {
    if (!(LAYOUTS as readonly string[]).includes(this.layout)) {
      throw new ZwConfigError('layout', LAYOUTS.join(' | '), this.layout);
    }
    if (typeof this.value !== 'string' || !/^[a-z]*$/.test(this.value)) {
      throw new ZwConfigError('value', { text: 'letters a–z only', key: 'core:expected.letters' }, String(this.value));
    }
    return super.resolveConfig();
  }

  private rows(): readonly string[] {
    return ROWS[this.layout] ?? ROWS.qwerty;
  }

  protected characterKeys(): readonly string[] {
    return [...this.rows().join('')];
  }

  protected characterFor(event: KeyboardEvent): string | undefined {
    const lower = event.key.length === 1 ? event.key.toLowerCase() : '';
    return LETTER.test(lower) ? lower : undefined;
  }

  protected renderContent() {
    return html`<div class="keys" part="keys" role="group" aria-label=${this.label ?? this.t('keyboard.label')}>
      ${this.rows().map(
        (row, index) =>
          html`<div class="row letters row-${index + 1}" part="row">
            ${[...row].map((key) => this.renderKey(key, key.toUpperCase(), 'key letter', 'letter'))}
          </div>`,
      )}
      <div class="row actions" part="row">
        ${ACTIONS.map((key) => this.renderKey(key, this.t(`keyboard.${key}`), 'key action', `action ${key}`))}
      </div>
    </div>`;
  }
}
