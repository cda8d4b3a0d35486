// What every system test starts: the real hall server on a fresh embedded database, the real
// kiosk (Vite, /api proxied to that server) and Debian's Chromium. No mocks.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { checkChromium } from '../../scripts/chromium.mjs';

export const STAFF_TOKEN = 'system-test-staff';

/** Ends a child process: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export function endProcess(child, graceMs = 5_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Resolves with the server's origin once it prints it; rejects when it exits or is too slow. */
function serverOrigin(server, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    let output = '';
    const done = (error, origin) => {
      clearTimeout(timer);
      server.stdout.off('data', onData);
      server.off('exit', onExit);
      if (error) reject(error);
      else resolve(origin);
    };
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(/https?:\/\/[\d.]+:\d+/);
      if (match) done(undefined, match[0]);
    };
    const onExit = (code, signal) => done(new Error(`hall server exited with ${code ?? signal}: ${output}`));
    const timer = setTimeout(() => done(new Error(`hall server did not start in ${timeoutMs} ms: ${output}`)), timeoutMs);
    server.stdout.on('data', onData);
    server.once('exit', onExit);
  });
}

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
    server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/main.ts'], {
      env: { ...process.env, PORT: '0', HALL_DATA_DIR: dataDir, HALL_STAFF_TOKEN: STAFF_TOKEN, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const origin = await serverOrigin(server);
    // Keep reading, so a chatty server never blocks on a full pipe.
    server.stdout.resume();
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
