// A web-test-runner plugin that runs the real hall server (a child process on a fresh
// embedded database) for browser tests. Tests reach it cross-origin, as a portal page would,
// and drive it with server commands:
//   executeServerCommand('hall-server', { action: 'info' })     → { url, staffToken }
//   executeServerCommand('hall-server', { action: 'stop' })     → the server is gone (offline)
//   executeServerCommand('hall-server', { action: 'start' })    → back on the same database
//   executeServerCommand('hall-server', { action: 'restart' })  → SIGKILL, then start again
//   executeServerCommand('hall-server', { action: 'pad-token', window: '6' }) → { …, padToken }
//   executeServerCommand('hall-server', { action: 'hanging' })  → { url } of a server that
//     accepts connections and never answers
//   executeServerCommand('hall-server', { action: 'refusing' }) → { url } of a second real hall
//     whose allowed origins exclude the test page (a CORS refusal)
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { endProcess, printedTokens, spawnHall } from './processes.mjs';

export function hallServerPlugin() {
  // Made when the runner starts, so a run that fails before that leaves no folder behind.
  let dataDir;
  const staffToken = randomBytes(16).toString('hex');
  const padSecret = randomBytes(24).toString('hex');
  const padTokens = new Map();
  // Printed by the documented command, so the tests use pad tokens as a hall gets them.
  const padToken = (window) => {
    if (!padTokens.has(window)) {
      padTokens.set(window, printedTokens('ratings/pad-token-cli.ts', padSecret, [window]).get(window));
    }
    return padTokens.get(window);
  };
  let child;
  let url;
  let port = 0;
  let corsOrigins = '';

  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  // Starting a running server is a no-op: a second child could not take the port and the
  // first would outlive the test run.
  const start = async () => {
    if (running()) return;
    const started = hallProcess({ port, dataDir, staffToken, padSecret, corsOrigins });
    child = started.child;
    url = await started.ready;
    port = Number(new URL(url).port); // restarts keep the same origin
  };

  const stop = (signal = 'SIGTERM') => endProcess(child, signal);

  // A server that takes connections and never answers: a request to it can only time out.
  let hanging;
  const sockets = new Set();
  const startHanging = () =>
    (hanging ??= new Promise((resolve) => {
      const server = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
    }));

  // A second real hall that allows another origin only: the test page is refused.
  let refusing;
  let refusingDir;
  const startRefusing = () => {
    if (!refusing) {
      refusingDir = mkdtempSync(join(tmpdir(), 'zw-hall-refusing-'));
      refusing = hallProcess({ port: 0, dataDir: refusingDir, staffToken, padSecret, corsOrigins: 'https://portal.example.gov.cn' });
    }
    return refusing.ready;
  };

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
      if (refusing) await endProcess(refusing.child);
      if (hanging) {
        const { server } = await hanging;
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => server.close(resolve));
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (refusingDir) rmSync(refusingDir, { recursive: true, force: true });
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
      if (action === 'hanging') return { url: (await startHanging()).url };
      if (action === 'refusing') return { url: await startRefusing() };
      return { url, staffToken };
    },
  };
}

/** The hall server on its own data folder, CORS for `corsOrigins`; `ready` resolves to its origin. */
function hallProcess({ port, dataDir, staffToken, padSecret, corsOrigins }) {
  return spawnHall({
    PORT: String(port),
    HALL_DATA_DIR: dataDir,
    HALL_STAFF_TOKEN: staffToken,
    HALL_PAD_SECRET: padSecret,
    HALL_CORS_ORIGINS: corsOrigins,
    DATABASE_URL: '',
  });
}
