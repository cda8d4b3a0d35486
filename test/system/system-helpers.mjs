// What every system test starts: the real hall server on a fresh embedded database, the real
// kiosk (Vite, /api proxied to that server) and Debian's Chromium. No mocks.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';

export const STAFF_TOKEN = 'system-test-staff';

/** Starts everything; `stop()` ends it and removes the data folder. */
export async function startHall(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'zw-system-'));
  const server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/main.ts'], {
    env: { ...process.env, PORT: '0', HALL_DATA_DIR: dataDir, HALL_STAFF_TOKEN: STAFF_TOKEN, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`hall server did not start: ${output}`)), 30_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/https?:\/\/[\d.]+:\d+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
  });
  const kiosk = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, proxy: { '/api': { target: origin } } },
  });
  await kiosk.listen();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const api = `${origin}/api`;
  return {
    api,
    browser,
    kioskUrl: kiosk.resolvedUrls.local[0],
    async get(path) {
      const response = await fetch(`${api}${path}`);
      assert.ok(response.ok, `GET ${path} answered ${response.status}`);
      return response.json();
    },
    async stop() {
      await browser.close();
      await kiosk.close();
      server.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
