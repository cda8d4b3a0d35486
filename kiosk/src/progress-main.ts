// The phone page of 办件进度 (/progress). A receipt's QR code may carry the number (?id=…); the
// 查询码 is always typed, never put in a link.
const id = new URLSearchParams(location.search).get('id')?.trim();
const lookup = document.getElementById('lookup');
if (id && lookup) lookup.setAttribute('number', id);

// Dynamic imports (not top-level await: the build targets es2021) run after the line above.
void import('@zhengwu/core/provider/zw-provider.define').then(() => import('@zhengwu/progress/progress-lookup/zw-progress-lookup.define'));

export {};
