// The 一次性告知 checklist print page: /checklist?item=<实施编码>&layout=receipt|a4, where the
// kiosk goes when a guide fires `zw-guide-print`. Receipt by default: kiosks have a receipt
// printer. The query is copied onto the element before it is defined, so it never starts
// without them; without `?item=` it shows its translated error naming `item`.
const query = new URLSearchParams(location.search);
const checklist = document.getElementById('checklist');
const item = query.get('item')?.trim();
if (checklist) {
  if (item) checklist.setAttribute('item', item);
  checklist.setAttribute('layout', query.get('layout')?.trim() || 'receipt');
}

// Dynamic imports (not top-level await: the build targets es2021) run after the lines above.
void import('@zhengwu/core/provider/zw-provider.define').then(
  () => import('@zhengwu/service-guide/service-checklist/zw-service-checklist.define'),
);

export {};
