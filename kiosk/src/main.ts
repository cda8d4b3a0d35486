import '@zhengwu/core/provider/zw-provider.define';
import './kiosk-shell/zw-kiosk-shell.define.js';
