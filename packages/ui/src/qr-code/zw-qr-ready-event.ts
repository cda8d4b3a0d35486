/** What `zw-qr-ready` tells about the code that was drawn. */
export interface ZwQrReadyDetail {
  /** The text or URL encoded. */
  value: string;
  /** The QR version chosen for it (1–40). */
  version: number;
  /** Modules per side, without the quiet zone (21 for version 1). */
  modules: number;
  /** The error correction level used. */
  errorCorrection: 'L' | 'M' | 'Q' | 'H';
}

/** A QR code was drawn on screen and can be scanned. */
export class ZwQrReadyEvent extends Event {
  readonly detail: ZwQrReadyDetail;

  constructor(detail: ZwQrReadyDetail) {
    super('zw-qr-ready', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'zw-qr-ready': ZwQrReadyEvent;
  }
}
