// The window rating pad (窗口评价器): /pad?window=3&token=… on the tablet at window 3, where
// `token` is that window's pad token (its device credential, from the hall's administrator).
// Both are set before the elements are defined, so the pad never starts without them; a
// missing one shows the pad's translated error naming `window-id` or `pad-token`.
const search = new URLSearchParams(location.search);
const windowId = search.get('window')?.trim();
const token = search.get('token')?.trim();
const provider = document.getElementById('provider');
if (windowId && provider) provider.setAttribute('window-id', windowId);
if (token) document.querySelector('zw-rating-pad')?.setAttribute('pad-token', token);

// Dynamic imports (not top-level await: the build targets es2021) run after the lines above.
void import('@zhengwu/core/provider/zw-provider.define').then(() => import('@zhengwu/rating/rating-pad/zw-rating-pad.define'));

export {};
