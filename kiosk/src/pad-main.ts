// The window rating pad (窗口评价器): /pad?window=3 on the tablet at window 3.
// The window comes from the address, set on the provider before the elements are defined, so
// the pad never starts without it. Without `?window=` the pad shows its translated error
// naming `window-id` instead of a blank screen.
const windowId = new URLSearchParams(location.search).get('window')?.trim();
const provider = document.getElementById('provider');
if (windowId && provider) provider.setAttribute('window-id', windowId);

// Dynamic imports (not top-level await: the build targets es2021) run after the line above.
void import('@zhengwu/core/provider/zw-provider.define').then(() => import('@zhengwu/rating/pad/zw-rating-pad.define'));

export {};
