import { html, type TemplateResult } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import { ZwElement, ZwConfigError, RovingFocusController, type ZwConfig } from '@zhengwu/core';
import { UI_NS } from '../locales/namespace.js';
import { ZwKeyEvent } from '../events/zw-key-event.js';
import { ZwSubmitEvent } from '../events/zw-submit-event.js';

/** The keys every on-screen key entry has besides its characters. */
export type ActionKey = 'backspace' | 'clear' | 'submit';

const NAVIGATION = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Tab'];
const ACTION_FOR: Record<string, ActionKey> = { Backspace: 'backspace', Delete: 'backspace', Escape: 'clear' };

/**
 * What the keypad and the letter keyboard share: a `value` typed by touch, mouse or a physical
 * keyboard, one tab stop with arrow keys between keys, and the same events.
 *
 * Keys that cannot be used right now are `aria-disabled`, not `disabled`, so the focused key
 * never drops focus to the page (which would silence the physical keyboard). Enter right after
 * physical typing submits; Enter or Space on a key reached with the arrows presses that key.
 */
export abstract class KeyEntryElement extends ZwElement {
  static override i18nNamespaces = [UI_NS];

  /** What has been typed so far. */
  @property() value = '';

  /** Most characters accepted; no limit when unset. */
  @property({ type: Number }) maxlength?: number;

  /** Accessible name of the key group, e.g. "查询码". Defaults to the translated name. */
  @property() label?: string;

  @queryAll('button[data-key]') protected keyButtons!: NodeListOf<HTMLButtonElement>;

  protected readonly roving = new RovingFocusController(this, { items: () => [...this.keyButtons] });

  /** Whether the visitor is typing on a physical keyboard (then Enter submits). */
  private typing = false;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.onPhysicalKey(event));
    this.addEventListener('pointerdown', () => (this.typing = false));
  }

  /** The character keys shown and accepted, e.g. digits or letters. */
  protected abstract characterKeys(): readonly string[];

  /** The character a physical key stands for, if any (e.g. `x` → `X` on the ID keypad). */
  protected abstract characterFor(event: KeyboardEvent): string | undefined;

  /** The most characters accepted when `maxlength` is not set. */
  protected get defaultLimit(): number {
    return Number.POSITIVE_INFINITY;
  }

  protected get limit(): number {
    return this.maxlength ?? this.defaultLimit;
  }

  /** Whether a key can be pressed now. Subclasses add their own rules (call `super`). */
  protected isUnavailable(key: string): boolean {
    if (key === 'backspace' || key === 'clear') return this.value.length === 0;
    if (key === 'submit') return false;
    return this.value.length >= this.limit;
  }

  protected override resolveConfig(): ZwConfig {
    if (this.maxlength != null && !(Number.isInteger(this.maxlength) && this.maxlength > 0)) {
      throw new ZwConfigError(
        'maxlength',
        { text: 'a whole number ≥ 1', key: 'core:expected.wholeNumberMin', values: { min: 1 } },
        this.getAttribute('maxlength') ?? String(this.maxlength),
      );
    }
    return super.resolveConfig();
  }

  /** Presses a key as if touched: a character, `'backspace'`, `'clear'` or `'submit'`. */
  press(key: string): void {
    const known = this.characterKeys().includes(key) || key in { backspace: 1, clear: 1, submit: 1 };
    if (!known || this.isUnavailable(key)) return;
    if (key === 'submit') {
      this.dispatchEvent(new ZwKeyEvent(key, this.value));
      this.dispatchEvent(new ZwSubmitEvent(this.value));
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      return;
    }
    const next = key === 'backspace' ? this.value.slice(0, -1) : key === 'clear' ? '' : `${this.value}${key}`;
    this.value = next;
    this.dispatchEvent(new ZwKeyEvent(key, next));
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: key.length === 1 ? key : null }));
  }

  private onPhysicalKey(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (NAVIGATION.includes(event.key)) {
      this.typing = false;
      return;
    }
    let key: string | undefined = ACTION_FOR[event.key] ?? this.characterFor(event);
    if (event.key === 'Enter') {
      const onKey = event.composedPath()[0] instanceof HTMLButtonElement;
      if (onKey && !this.typing) return; // the native button presses itself
      key = 'submit';
    }
    if (!key) return;
    event.preventDefault();
    if (key !== 'submit') this.typing = true;
    this.press(key);
    this.flash(key);
  }

  private flash(key: string) {
    const button = [...this.keyButtons].find((candidate) => candidate.dataset.key === key);
    if (!button) return;
    button.classList.add('flash');
    setTimeout(() => button.classList.remove('flash'), 120);
  }

  /** One key; `label` is its visible text (actions are translated by the caller). */
  protected renderKey(key: string, label: string, part: string, className = ''): TemplateResult {
    return html`<button
      type="button"
      part=${part}
      class=${className}
      data-key=${key}
      aria-disabled=${this.isUnavailable(key) ? 'true' : 'false'}
      @click=${() => {
        this.typing = false;
        this.press(key);
      }}
    >
      ${label}
    </button>`;
  }

  /** Focuses the key that holds the tab stop, as for a native control. */
  override focus(options?: FocusOptions): void {
    const keys = [...this.keyButtons];
    const first = keys.find((button) => button.tabIndex === 0) ?? keys[0];
    if (first) this.roving.focus(first);
    else super.focus(options);
  }
}
