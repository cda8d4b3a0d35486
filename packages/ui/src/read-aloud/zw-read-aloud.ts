import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ZwElement, ReadAloudController, baseStyles, type ReadAloudStatus, type SpeechEngine } from '@zhengwu/core';
import { UI_NS } from '../locales/namespace.js';
import type { ZwButton } from '../button/zw-button.js';
import '../button/zw-button.define.js';
import { ZwReadAloudStartEvent, ZwReadAloudUnavailableEvent } from './zw-read-aloud-events.js';
import { readAloudStyles } from './zw-read-aloud.styles.js';

/**
 * The button's label switches between reading and stopping (no `aria-pressed`, since a toggle
 * whose label changes would be announced twice, as the ARIA practices warn);
 * Escape stops reading. The voice is the one of the element's locale, a little slower than
 * usual. Many Linux Chromium kiosks have no voices: then the panel opens with the text in large
 * type, focus moves into it, and its close button or Escape closes it and returns focus to the
 * button.
 *
 * @tag zw-read-aloud
 * @summary A button that reads text aloud (语音朗读) for elderly and low-vision visitors, and
 * shows the text large on screen when the device cannot speak.
 *
 * @slot - The text to read, shown beside the button. The `text` property, when not empty, wins:
 *   then the slotted content is only shown, and `text` is what is read.
 * @csspart base - The row holding the button, the slotted text and the panel.
 * @csspart button - The read / stop button (a `zw-button`).
 * @csspart content - The wrapper of the slotted text.
 * @csspart panel - The large-text panel shown when speech is unavailable.
 * @csspart notice - The sentence that says speech is unavailable.
 * @csspart text - The text in large type inside the panel.
 * @csspart close - The close button of the panel (a `zw-button`).
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-read-aloud-text-size - Size of the text in the panel (never below the title
 *   size; the heading size by default).
 * @cssprop --zw-read-aloud-panel-background - Fill of the panel.
 * @fires zw-read-aloud-start - Speaking started; `detail.text`, `detail.locale`.
 * @fires zw-read-aloud-unavailable - No voice could speak (no engine, no voice for the locale, or
 *   the engine failed); the panel opened with the text. `detail.text`, `detail.locale`.
 * @fires zw-config-error - An attribute is invalid.
 */
export class ZwReadAloud extends ZwElement {
  static override i18nNamespaces = [UI_NS];
  static override styles = [baseStyles, readAloudStyles];
  static override shadowRootOptions = { ...ZwElement.shadowRootOptions, delegatesFocus: true };

  /**
   * The text to read. When not empty it wins over the slotted content (which is then only
   * shown), e.g. to read "A零零一号" where the screen shows "A001".
   */
  @property() text = '';

  /**
   * The speech engine. Left unset, the browser's `speechSynthesis` is used; `null` means the
   * device cannot speak, so the text is always shown large instead. Kiosks can bring recorded
   * clips or a server voice; tests bring a fake. A property only (`.engine=${…}`).
   */
  @property({ attribute: false }) engine?: SpeechEngine | null;

  /**
   * Whether the large-text panel is shown. It opens by itself when speech is unavailable, and
   * closes with its close button or Escape; set it to show the text large without speaking.
   */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('zw-button[part="button"]') private toggleButton?: ZwButton;
  @query('[part="panel"]') private panel?: HTMLElement;

  private reader = new ReadAloudController(this);
  private lastStatus: ReadAloudStatus = 'idle';
  private pendingEvents: Event[] = [];
  private focusPanel = false;
  private focusButton = false;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  /** `idle`, `speaking`, or `unavailable` (the device could not speak the text). */
  get status(): ReadAloudStatus {
    return this.reader.status;
  }

  /**
   * Reads the text aloud in the element's locale; opens the large-text panel instead when no
   * voice can. Resolves with the status reached.
   */
  async read(): Promise<ReadAloudStatus> {
    await this.updateComplete;
    const text = this.currentText();
    if (!text) return this.reader.status;
    return this.reader.speak(text, this.locale);
  }

  /** Stops reading. */
  stop(): void {
    this.reader.stop();
  }

  /** The text that would be read now: `text`, else the slotted content, spaces collapsed. */
  private currentText(): string {
    const own = this.text.replace(/\s+/g, ' ').trim();
    if (own) return own;
    const slot = this.shadowRoot?.querySelector<HTMLSlotElement>('slot:not([name])');
    const nodes = slot
      ? slot.assignedNodes({ flatten: true })
      : [...this.childNodes].filter((node) => !(node instanceof Element && node.hasAttribute('slot')));
    return nodes
      .map((node) => node.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  private get panelHasFocus(): boolean {
    const active = this.shadowRoot?.activeElement;
    return Boolean(active && this.panel?.contains(active));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('engine')) {
      this.reader.stop();
      this.removeController(this.reader);
      this.reader = new ReadAloudController(this, { engine: this.engine });
    }
    if (changed.has('open') && changed.get('open') !== undefined) {
      if (this.open) {
        this.focusPanel = true;
      } else {
        // Closing ends the fallback, so the next failure opens the panel again.
        if (this.reader.status === 'unavailable') this.reader.stop();
        this.focusButton ||= this.panelHasFocus;
      }
    }
    const status = this.reader.status;
    if (status !== this.lastStatus) {
      this.lastStatus = status;
      const detail = { text: this.reader.text, locale: this.locale };
      if (status === 'speaking') this.pendingEvents.push(new ZwReadAloudStartEvent(detail));
      if (status === 'unavailable') {
        this.open = true;
        this.focusPanel = true;
        this.pendingEvents.push(new ZwReadAloudUnavailableEvent(detail));
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusPanel && this.open) this.panel?.focus();
    if (this.focusButton && !this.open) this.toggleButton?.focus();
    this.focusPanel = false;
    this.focusButton = false;
    for (const event of this.pendingEvents.splice(0)) this.dispatchEvent(event);
  }

  private onToggle() {
    if (this.reader.status === 'speaking') this.stop();
    else void this.read();
  }

  private close() {
    this.focusButton = true;
    this.open = false;
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    if (this.open) {
      event.preventDefault();
      this.close();
    } else if (this.reader.status === 'speaking') {
      event.preventDefault();
      this.stop();
    }
  }

  protected renderContent() {
    const speaking = this.reader.status === 'speaking';
    const text = this.currentText();
    const { mode, theme } = this.config;
    return html`<div class="base" part="base">
      <zw-button
        part="button"
        class="toggle"
        variant="secondary"
        lang=${this.locale}
        mode=${mode}
        theme=${theme}
        ?disabled=${!text}
        @click=${this.onToggle}
      >
        ${speaking ? this.renderStopIcon() : this.renderSpeakerIcon()} ${this.t(speaking ? 'readAloud.stop' : 'readAloud.read')}
      </zw-button>
      <div class="content" part="content">
        <slot @slotchange=${() => this.requestUpdate()}></slot>
      </div>
      ${this.open ? this.renderPanel() : nothing}
    </div>`;
  }

  private renderPanel() {
    const text = this.reader.status === 'unavailable' && this.reader.text ? this.reader.text : this.currentText();
    const { mode, theme } = this.config;
    return html`<div class="panel" part="panel" role="region" aria-labelledby="notice" tabindex="-1">
      <p class="notice" part="notice" id="notice">${this.t('readAloud.unavailable')}</p>
      <p class="text" part="text">${text}</p>
      <zw-button part="close" class="close" lang=${this.locale} mode=${mode} theme=${theme} @click=${this.close}
        >${this.t('readAloud.close')}</zw-button
      >
    </div>`;
  }

  private renderSpeakerIcon() {
    return html`<svg slot="prefix" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.5 4.5 0 0 0 16.5 12zM14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23z"
      ></path>
    </svg>`;
  }

  private renderStopIcon() {
    return html`<svg slot="prefix" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="6" y="6" width="12" height="12" rx="1"></rect>
    </svg>`;
  }
}
