import type { ZwQueueStatusRateEvent } from '@zhengwu/queue/queue-status/zw-queue-status-events';

// The phone page of a queue ticket (/ticket?id=…&secret=…), opened from the ticket's QR code.
// The secret proves holding the ticket: without it the page shows only the translated "not
// found". Both are set before the elements are defined.
const search = new URLSearchParams(location.search);
const status = document.getElementById('status');
for (const [param, attribute] of [
  ['id', 'ticket-id'],
  ['secret', 'secret'],
] as const) {
  const value = search.get(param)?.trim();
  if (value && status) status.setAttribute(attribute, value);
}

// A finished ticket's rating opens the phone rating page with the token the claim answered.
status?.addEventListener('zw-queue-status-rate', (event) => {
  const { request } = (event as ZwQueueStatusRateEvent).detail;
  location.assign(`/rate?token=${encodeURIComponent(request.token)}`);
});

// Dynamic imports (not top-level await: the build targets es2021) run after the lines above.
void import('@zhengwu/core/provider/zw-provider.define').then(() => import('@zhengwu/queue/queue-status/zw-queue-status.define'));

export {};
