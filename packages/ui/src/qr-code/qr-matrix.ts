import type { BitMatrix, QRCode, QRCodeErrorCorrectionLevel } from 'qrcode';

/** Light modules around the code on every side, as ISO/IEC 18004 requires. */
export const QUIET_ZONE = 4;

export type QrEncoder = (text: string, options: { errorCorrectionLevel: QRCodeErrorCorrectionLevel }) => QRCode;

let encoder: Promise<QrEncoder> | undefined;

/**
 * Loads the `qrcode` encoder the first time a code must be drawn (bundlers split it into its
 * own chunk), then reuses it. A page that never shows a QR code never downloads it. A failed
 * load (offline) is not remembered, so the next code tries again.
 */
export function loadQrEncoder(): Promise<QrEncoder> {
  encoder ??= import('qrcode').then(
    (module) => {
      // CommonJS interop differs between bundlers: named exports, or only `default`.
      const api = module as unknown as { create?: QrEncoder; default?: { create?: QrEncoder } };
      const create = api.create ?? api.default?.create;
      if (!create) throw new TypeError('qrcode: create() not found');
      return create;
    },
    (error: unknown) => {
      encoder = undefined;
      throw error;
    },
  );
  return encoder;
}

/**
 * The dark modules of a matrix as the data of ONE SVG path, shifted by the quiet zone: each
 * horizontal run of dark modules is one closed rectangle `M x y h n v1 h-n z`, in a viewBox of
 * one unit per module.
 */
export function matrixPath(modules: Pick<BitMatrix, 'size' | 'get'>, quiet = QUIET_ZONE): string {
  const { size } = modules;
  let path = '';
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col += 1;
      } else {
        const start = col;
        while (col < size && modules.get(row, col)) col += 1;
        const run = col - start;
        path += `M${start + quiet} ${row + quiet}h${run}v1h-${run}z`;
      }
    }
  }
  return path;
}
