/** Where the kiosk is, kept in the address's hash so the back button and a reload work. */
export type KioskRoute =
  { view: 'home' } | { view: 'catalog' } | { view: 'guide'; code: string } | { view: 'progress' } | { view: 'ticket' };

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** `#/guide` → the catalog, `#/guide/<实施编码>` → that item's guide, `#/progress` → 办件进度, `#/ticket` → 排队取号, anything else → home. */
export function parseRoute(hash: string): KioskRoute {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'progress' && parts.length === 1) return { view: 'progress' };
  if (parts[0] === 'ticket' && parts.length === 1) return { view: 'ticket' };
  if (parts[0] !== 'guide') return { view: 'home' };
  if (parts.length === 1) return { view: 'catalog' };
  return parts.length === 2 && CODE.test(parts[1]) ? { view: 'guide', code: parts[1] } : { view: 'home' };
}

export function routeHash(route: KioskRoute): string {
  if (route.view === 'catalog') return '#/guide';
  if (route.view === 'progress') return '#/progress';
  if (route.view === 'ticket') return '#/ticket';
  if (route.view === 'guide') return `#/guide/${encodeURIComponent(route.code)}`;
  return '';
}
