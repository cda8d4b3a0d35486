export { UI_NS } from './locales/namespace.js';
export { ZwKeyEvent } from './events/zw-key-event.js';
export { ZwSubmitEvent } from './events/zw-submit-event.js';
export { ZwTimeoutEvent, ZwTimeoutExtendEvent, ZwTimeoutWarningEvent } from './events/zw-timeout-events.js';
export { ZwButton } from './button/zw-button.js';
export { ZwKeypad } from './keypad/zw-keypad.js';
export { ZwTimeoutDialog } from './timeout-dialog/zw-timeout-dialog.js';
