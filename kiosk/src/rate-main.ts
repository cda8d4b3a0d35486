// The phone rating page (二维码评价): /rate?token=… opened from the pad's QR code. The token is
// the signed, expiring rating token of one transaction (it names the transaction); it is set
// before the elements are defined. Without one, the widget shows its translated error naming
// `token` instead of a blank page.
const token = new URLSearchParams(location.search).get('token')?.trim();
const rating = document.getElementById('rating');
if (token && rating) rating.setAttribute('token', token);

// Dynamic imports (not top-level await: the build targets es2021) run after the line above.
void import('@zhengwu/core/provider/zw-provider.define').then(() => import('@zhengwu/rating/rating/zw-rating.define'));

export {};
