// The window console (窗口叫号): /counter?window=3 on the clerk's screen at window 3. The clerk
// signs in there with their own credential; the window comes from the address and is set before
// the elements are defined, so a missing one shows the console's translated error.
const windowId = new URLSearchParams(location.search).get('window')?.trim();
const provider = document.getElementById('provider');
if (windowId && provider) provider.setAttribute('window-id', windowId);

// Dynamic imports (not top-level await: the build targets es2021) run after the lines above.
void import('@zhengwu/core/provider/zw-provider.define').then(() => import('@zhengwu/queue/queue-counter/zw-queue-counter.define'));

export {};
