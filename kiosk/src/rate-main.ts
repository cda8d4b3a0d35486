// The phone rating page (二维码评价): /rate?transaction=… opened from the pad's QR code.
// The transaction is set before the elements are defined; without one, the widget shows its
// translated error naming `transaction-id` instead of a blank page.
const transaction = new URLSearchParams(location.search).get('transaction')?.trim();
const rating = document.getElementById('rating');
if (transaction && rating) rating.setAttribute('transaction-id', transaction);

// Dynamic imports (not top-level await: the build targets es2021) run after the line above.
void import('@zhengwu/core/provider/zw-provider.define').then(() => import('@zhengwu/rating/rating/zw-rating.define'));

export {};
