// A web-test-runner plugin that runs the real hall server (a child process on a fresh
// embedded database) for browser tests. Tests reach it cross-origin, as a portal page would,
// and drive it with server commands:
//   executeServerCommand('hall-server', { action: 'info' })     → { url, staffToken }
//   executeServerCommand('hall-server', { action: 'stop' })     → the server is gone (offline)
//   executeServerCommand('hall-server', { action: 'start' })    → back on the same database
//   executeServerCommand('hall-server', { action: 'restart' })  → SIGKILL, then start again
//   executeServerCommand('hall-server', { action: 'pad-token', window: '6' }) → { …, padToken }
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export function hallServerPlugin() {
  // Made when the runner starts, so a run that fails before that leaves no folder behind.
  let dataDir;
  const staffToken = randomBytes(16).toString('hex');
  const padSecret = randomBytes(24).toString('hex');
  const padTokens = new Map();
  // Printed by the documented command, so the tests use pad tokens as a hall gets them.
  const padToken = (window) => {
    if (!padTokens.has(window)) {
      const printed = spawnSync(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/ratings/pad-token-cli.ts', window],
        { env: { ...process.env, HALL_PAD_SECRET: padSecret }, encoding: 'utf8' },
      );
      const token = printed.stdout.match(/^window \S+: (\S+)/)?.[1];
      if (!token) throw new Error(`no pad token for window ${window}: ${printed.stderr}`);
      padTokens.set(window, token);
    }
    return padTokens.get(window);
  };
  let child;
  let url;
  let port = 0;
  let corsOrigins = '';

  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;

  // SIGTERM, then SIGKILL should the server not exit within 5 s.
  const stop = (signal = 'SIGTERM') =>
    new Promise((resolve) => {
      if (!running()) return resolve();
      const stopping = child;
      const kill = setTimeout(() => stopping.kill('SIGKILL'), 5_000);
      stopping.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      stopping.kill(signal);
    });

  // Starting a running server is a no-op: a second child could not take the port and the
  // first would outlive the test run. A server that does not come up is ended, not left behind.
  const start = () =>
    new Promise((resolve, reject) => {
      if (running()) return resolve();
      const server = spawn(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/main.ts'],
        {
          env: {
            ...process.env,
            PORT: String(port),
            HALL_DATA_DIR: dataDir,
            HALL_STAFF_TOKEN: staffToken,
            HALL_PAD_SECRET: padSecret,
            HALL_CORS_ORIGINS: corsOrigins,
            DATABASE_URL: '',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child = server;
      let output = '';
      let started = false;
      const timer = setTimeout(() => {
        reject(new Error(`hall server did not start in 30 s:\n${output}`));
        server.kill('SIGKILL');
      }, 30_000);
      const onData = (chunk) => {
        output += chunk;
        const match = !started && output.match(/https?:\/\/[\d.]+:(\d+)/);
        if (match) {
          started = true;
          clearTimeout(timer);
          url = match[0];
          port = Number(match[1]); // restarts keep the same origin
          resolve();
        }
      };
      server.stdout.on('data', onData);
      server.stderr.on('data', (chunk) => (output += chunk));
      server.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (!started) reject(new Error(`hall server exited with ${code ?? signal}:\n${output}`));
      });
    });

  return {
    name: 'hall-server',
    async serverStart({ config }) {
      // Test pages reach the server cross-origin, as a portal page would.
      const hosts = new Set([config.hostname ?? 'localhost', 'localhost', '127.0.0.1']);
      corsOrigins = [...hosts].map((host) => `http://${host}:${config.port}`).join(',');
      dataDir = mkdtempSync(join(tmpdir(), 'zw-hall-test-'));
      try {
        await start();
      } catch (error) {
        await stop('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
        throw error;
      }
    },
    async serverStop() {
      await stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    async executeCommand({ command, payload }) {
      if (command !== 'hall-server') return undefined;
      const action = payload?.action ?? 'info';
      if (action === 'stop') await stop();
      if (action === 'start') await start();
      if (action === 'restart') {
        await stop('SIGKILL');
        await start();
      }
      if (action === 'pad-token') return { url, staffToken, padToken: padToken(String(payload.window)) };
      return { url, staffToken };
    },
  };
}
