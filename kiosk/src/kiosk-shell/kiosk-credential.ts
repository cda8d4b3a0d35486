/**
 * The kiosk's own credential (`npm run -s kiosk-token -w @zhengwu/hall-server -- lobby-1`): the
 * hall's administrator opens `/?kiosk-token=…` once on the terminal; it is kept in localStorage
 * (a visit's wipe never touches it) and taken out of the address at once, so it is never shown,
 * bookmarked or sent as a referrer. Tickets taken with it are the hall's own, not anonymous ones.
 */
const KEY = 'zw-kiosk-token';
const TOKEN = /^[A-Za-z0-9_.-]{16,200}$/;

export function kioskCredential(location: Location = window.location, storage: Storage = window.localStorage): string | undefined {
  const search = new URLSearchParams(location.search);
  const given = search.get('kiosk-token')?.trim();
  if (given !== undefined) {
    search.delete('kiosk-token');
    const rest = search.size ? `?${search}` : '';
    history.replaceState(history.state, '', `${location.pathname}${rest}${location.hash}`);
    if (TOKEN.test(given)) storage.setItem(KEY, given);
  }
  const kept = storage.getItem(KEY) ?? undefined;
  return kept && TOKEN.test(kept) ? kept : undefined;
}
