import type { StaffSession } from '@zhengwu/core/contract';

const key = (apiBase: string, window: string) => `zw-queue-counter:${apiBase}:${window}`;

/**
 * The clerk's session for one window, kept in `sessionStorage`: it survives a reload of the tab
 * and ends with it (or when the server ends the day, which a 401 says).
 */
export const sessionStore = {
  read(apiBase: string, window: string, now = Date.now()): StaffSession | undefined {
    try {
      const raw = globalThis.sessionStorage?.getItem(key(apiBase, window));
      const session = raw ? (JSON.parse(raw) as StaffSession) : undefined;
      if (!session || session.window !== window || typeof session.token !== 'string') return undefined;
      return Date.parse(session.expiresAt) > now ? session : undefined;
    } catch {
      return undefined; // storage off (private mode) or a damaged entry: sign in again
    }
  },
  write(apiBase: string, session: StaffSession): void {
    try {
      globalThis.sessionStorage?.setItem(key(apiBase, session.window), JSON.stringify(session));
    } catch {
      // Without storage the session lasts until the page reloads.
    }
  },
  clear(apiBase: string, window: string): void {
    try {
      globalThis.sessionStorage?.removeItem(key(apiBase, window));
    } catch {
      // nothing kept
    }
  },
};
