export { UI_NS } from './locales/namespace.js';
export { ZwKeyEvent } from './events/zw-key-event.js';
export { ZwSubmitEvent } from './events/zw-submit-event.js';
export { ZwTimeoutEvent, ZwTimeoutExtendEvent, ZwTimeoutWarningEvent } from './events/zw-timeout-events.js';
export { KeyEntryElement } from './key-entry/key-entry-element.js';
export { ZwButton } from './button/zw-button.js';
export { ZwKeypad } from './keypad/zw-keypad.js';
export { ZwLetterKeyboard } from './letter-keyboard/zw-letter-keyboard.js';
export { ZwSteps, type ZwStep, type ZwStepStatus } from './steps/zw-steps.js';
export { ZwTimeoutDialog } from './timeout-dialog/zw-timeout-dialog.js';
export { ZwQrCode, type QrErrorCorrection, type QrCodeStatus } from './qr-code/zw-qr-code.js';
export { ZwQrReadyEvent, type ZwQrReadyDetail } from './qr-code/zw-qr-ready-event.js';
export { matrixPath } from './qr-code/qr-matrix.js';
export { ZwReadAloud } from './read-aloud/zw-read-aloud.js';
export {
  ZwReadAloudStartEvent,
  ZwReadAloudUnavailableEvent,
  type ZwReadAloudDetail,
} from './read-aloud/zw-read-aloud-events.js';
