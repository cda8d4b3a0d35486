import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ZwElement, ZwConfigError, baseStyles, type ZwConfig } from '@zhengwu/core';
import { UI_NS } from '../locales/namespace.js';
import { QUIET_ZONE, loadQrEncoder, matrixPath } from './qr-matrix.js';
import { ZwQrReadyEvent } from './zw-qr-ready-event.js';
import { qrCodeStyles } from './zw-qr-code.styles.js';

const LEVELS = ['L', 'M', 'Q', 'H'] as const;
export type QrErrorCorrection = (typeof LEVELS)[number];

/** Where drawing stands: nothing to draw, encoder loading, drawn, or impossible. */
export type QrCodeStatus = 'empty' | 'loading' | 'ready' | 'error';

interface Drawing {
  value: string;
  errorCorrection: QrErrorCorrection;
  version: number;
  modules: number;
  path: string;
}

/**
 * The `qrcode` encoder is loaded only when a value must be drawn, so pages without a code never
 * download it. The modules are drawn as one SVG path (no `innerHTML`, so a strict
 * Content-Security-Policy is fine), black on a white quiet zone of 4 modules in every theme,
 * because phone scanners need dark modules on a light ground.
 *
 * States: with no `value` nothing is shown; while the encoder loads the box says so; when the
 * value is too long for any QR code (or the encoder cannot be loaded), a visible message and
 * the value itself as text take its place, so the visitor can still copy or read it.
 *
 * @tag zw-qr-code
 * @summary Shows a URL or text as a QR code that a visitor scans with a phone: to rate a
 * service on the phone (二维码评价), follow a queue ticket, or take a materials list along.
 *
 * @csspart base - The box around the code (and the printed value).
 * @csspart code - The `<svg>` of the code (`role="img"`), quiet zone included.
 * @csspart placeholder - The box that says the code is being created.
 * @csspart value - The printed value, under the code (`show-value`) or in the error state.
 * @csspart error - The message shown when the value cannot become a QR code.
 * @csspart config-error - The error shown when an attribute is invalid.
 * @cssprop --zw-qr-code-min-size - Smallest the code is drawn, whatever `size` says (elder
 *   mode never goes below 120 px).
 * @fires zw-qr-ready - The code was drawn and can be scanned; `detail.version`, `detail.modules`.
 * @fires zw-config-error - `error-correction` or `size` is invalid.
 */
export class ZwQrCode extends ZwElement {
  static override i18nNamespaces = [UI_NS];
  static override styles = [baseStyles, qrCodeStyles];

  /** The URL or text to encode, e.g. `https://zwfw.example.gov.cn/rate?t=A001`. */
  @property() value = '';

  /** Width and height of the code in CSS pixels, quiet zone included (at least 120 in elder mode). */
  @property({ type: Number }) size = 200;

  /** Accessible name of the code, e.g. "扫码评价". Defaults to the translated "二维码". */
  @property() label?: string;

  /**
   * Error correction level: `L` (7 %), `M` (15 %, default), `Q` (25 %) or `H` (30 %). Higher
   * levels survive smudged screens and worn paper but need a denser code.
   */
  @property({ attribute: 'error-correction' }) errorCorrection: QrErrorCorrection = 'M';

  /** Prints the value under the code, for visitors who cannot scan it. */
  @property({ type: Boolean, reflect: true, attribute: 'show-value' }) showValue = false;

  @state() private phase: QrCodeStatus = 'empty';
  @state() private drawing?: Drawing;

  private requested?: string;
  private generation = 0;

  /** `empty` (no value), `loading`, `ready` (drawn) or `error` (the value cannot be encoded). */
  get status(): QrCodeStatus {
    return this.phase;
  }

  protected override resolveConfig(): ZwConfig {
    if (!(LEVELS as readonly string[]).includes(this.errorCorrection)) {
      throw new ZwConfigError('error-correction', LEVELS.join(' | '), String(this.errorCorrection));
    }
    if (typeof this.size !== 'number' || !Number.isFinite(this.size) || this.size <= 0) {
      throw new ZwConfigError('size', { text: 'a number of CSS pixels > 0', key: 'core:expected.cssPixels' }, String(this.size));
    }
    return super.resolveConfig();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const request = this.configError ? undefined : `${this.errorCorrection}\n${this.value}`;
    if (request !== this.requested) {
      this.requested = request;
      this.startDrawing();
    }
  }

  private startDrawing(): void {
    const generation = ++this.generation;
    this.drawing = undefined;
    if (this.configError || !this.value) {
      this.phase = 'empty';
      return;
    }
    this.phase = 'loading';
    void this.draw(this.value, this.errorCorrection, generation);
  }

  private async draw(value: string, errorCorrection: QrErrorCorrection, generation: number) {
    let drawing: Drawing;
    try {
      const encode = await loadQrEncoder();
      const code = encode(value, { errorCorrectionLevel: errorCorrection });
      drawing = {
        value,
        errorCorrection,
        version: code.version,
        modules: code.modules.size,
        path: matrixPath(code.modules),
      };
    } catch (error) {
      // Too much data for a QR code (expected: shown, not logged), or a broken or missing
      // encoder (logged for the developer). Either way the visitor gets the value as text.
      if (!(error instanceof Error) || error.constructor !== Error) {
        console.error('[zhengwu-kit] <zw-qr-code> could not load or run the qrcode encoder', error);
      }
      if (generation === this.generation) this.phase = 'error';
      return;
    }
    if (generation !== this.generation) return;
    this.drawing = drawing;
    this.phase = 'ready';
    await this.updateComplete;
    if (generation !== this.generation) return;
    this.dispatchEvent(new ZwQrReadyEvent({ value, errorCorrection, version: drawing.version, modules: drawing.modules }));
  }

  protected renderContent() {
    if (this.phase === 'empty') return nothing;
    const box = styleMap({ '--_zw-qr-size': `${this.size}px` });
    if (this.phase === 'loading') {
      return html`<div class="base" part="base" style=${box}>
        <div class="placeholder" part="placeholder">${this.t('qr.loading')}</div>
      </div>`;
    }
    if (this.phase === 'error' || !this.drawing) {
      return html`<div class="base failed" part="base" style=${box}>
        <div class="error" part="error">
          <p class="message">${this.t('qr.error')}</p>
          <p class="value" part="value">${this.value}</p>
        </div>
      </div>`;
    }
    const { path, modules, value } = this.drawing;
    const total = modules + 2 * QUIET_ZONE;
    return html`<div class="base" part="base" style=${box}>
      <svg
        class="code"
        part="code"
        role="img"
        aria-label=${this.label || this.t('qr.label')}
        viewBox="0 0 ${total} ${total}"
        shape-rendering="crispEdges"
        focusable="false"
      >
        ${svg`<rect class="light" width=${total} height=${total} fill="#ffffff"></rect><path class="dark" d=${path} fill="#000000"></path>`}
      </svg>
      ${this.showValue ? html`<p class="value" part="value">${value}</p>` : nothing}
    </div>`;
  }
}
