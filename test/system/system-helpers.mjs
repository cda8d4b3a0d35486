// What every system test starts: the real hall server on a fresh embedded database, the real
// kiosk (Vite, /api proxied to that server) and Debian's Chromium. No mocks.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { checkChromium } from '../../scripts/chromium.mjs';
import { endProcess, spawnHall } from '../helpers/processes.mjs';

export const STAFF_TOKEN = 'system-test-staff';

/**
 * Starts everything; `stop()` ends it and removes the data folder. When a step fails (no
 * Chromium, a port in use), what was already started is stopped before the error is thrown,
 * so a failed setup never leaves a server that keeps the test process alive.
 */
export async function startHall(env = {}) {
  const found = checkChromium();
  if (!found.ok) throw new Error(found.message);
  const dataDir = mkdtempSync(join(tmpdir(), 'zw-system-'));
  let server;
  let kiosk;
  let browser;
  const stop = async () => {
    const errors = [];
    const attempt = async (step) => {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    };
    await attempt(() => browser?.close());
    await attempt(() => kiosk?.close());
    await attempt(() => endProcess(server));
    rmSync(dataDir, { recursive: true, force: true });
    if (errors.length) throw new AggregateError(errors, 'the hall did not stop cleanly');
  };
  try {
    const started = spawnHall(
      { PORT: '0', HALL_DATA_DIR: dataDir, HALL_STAFF_TOKEN: STAFF_TOKEN, DATABASE_URL: '', ...env },
      { stderr: 'inherit' },
    );
    server = started.child;
    const origin = await started.ready;
    kiosk = await createServer({
      configFile: 'vite.config.ts',
      // A fresh dependency cache each run: one left by an older tree lacks what newer code
      // imports, and Vite, finding it while the page runs, reloads the page mid-test.
      cacheDir: join(dataDir, 'vite'),
      logLevel: 'error',
      server: { port: 0, proxy: { '/api': { target: origin } } },
    });
    await kiosk.listen();
    browser = await chromium.launch({
      executablePath: found.path,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const api = `${origin}/api`;
    return {
      api,
      browser,
      dataDir,
      kioskUrl: kiosk.resolvedUrls.local[0],
      async get(path) {
        const response = await fetch(`${api}${path}`);
        assert.ok(response.ok, `GET ${path} answered ${response.status}`);
        return response.json();
      },
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
