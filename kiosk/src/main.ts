import '@zhengwu/core/provider/zw-provider.define';
import './shell/zw-kiosk-shell.define.js';
