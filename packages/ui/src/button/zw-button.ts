import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ZwElement, ZwConfigError, baseStyles, type ZwConfig } from '@zhengwu/core';
import { UI_NS } from '../locales/namespace.js';
import { buttonStyles } from './zw-button.styles.js';

const VARIANTS = ['primary', 'secondary', 'quiet', 'danger'] as const;
const SIZES = ['normal', 'large'] as const;

/**
 * A native `<button>` inside, so it is focusable, pressed by Enter and Space, and announced
 * as a button; `label` names it when its content is only a symbol.
 *
 * @tag zw-button
 * @summary A big touch button: at least 48 px (64 px in elder mode) in both directions.
 *
 * @slot - The label.
 * @slot prefix - An icon or symbol before the label.
 * @csspart base - The native button.
 * @cssprop --zw-button-background - Fill colour.
 * @cssprop --zw-button-color - Label colour.
 * @cssprop --zw-button-border-color - Border colour.
 * @cssprop --zw-button-radius - Corner radius.
 * @cssprop --zw-button-min-height - Least height (never below the touch target).
 * @cssprop --zw-button-min-width - Least width.
 * @cssprop --zw-button-font-size - Label size.
 * @fires click - The native click, from touch, mouse, Enter or Space.
 */
export class ZwButton extends ZwElement {
  static override i18nNamespaces = [UI_NS];
  static override styles = [baseStyles, buttonStyles];
  static override shadowRootOptions = { ...ZwElement.shadowRootOptions, delegatesFocus: true };

  /** `primary`, `secondary`, `quiet` or `danger`. */
  @property({ reflect: true }) variant: (typeof VARIANTS)[number] = 'primary';

  /** `normal` or `large` (a tile-sized target for home screens). */
  @property({ reflect: true }) size: (typeof SIZES)[number] = 'normal';

  /** Whether the button can be used. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Accessible name when the label is only a symbol. */
  @property() label?: string;

  /** Marks the button as the current item of a set (e.g. the chosen language). */
  @property({ attribute: 'pressed' }) pressed?: 'true' | 'false';

  protected override resolveConfig(): ZwConfig {
    if (!(VARIANTS as readonly string[]).includes(this.variant)) {
      throw new ZwConfigError('variant', VARIANTS.join(' | '), this.variant);
    }
    if (!(SIZES as readonly string[]).includes(this.size)) {
      throw new ZwConfigError('size', SIZES.join(' | '), this.size);
    }
    return super.resolveConfig();
  }

  protected renderContent() {
    return html`<button
      part="base"
      type="button"
      ?disabled=${this.disabled}
      aria-label=${ifDefined(this.label)}
      aria-pressed=${ifDefined(this.pressed)}
    >
      <slot name="prefix"></slot><slot></slot>
    </button>`;
  }
}
