// What the browser benchmarks share: Debian's Chromium and a Vite dev server for the pages in
// this folder (workspace packages from their TypeScript sources), plus the routes a benchmark
// hands its page.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, defaultClientConditions } from 'vite';

export const chromium = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * Serves test/bench/pages on 127.0.0.1 with no HMR socket: Vite's client reloads the page when
 * its socket drops, which an offline period would do. `routes` maps a path to a connect handler.
 */
export async function servePages({ work, entry, routes = {} }) {
  const vite = await createServer({
    configFile: false,
    root: dirname(fileURLToPath(import.meta.url)),
    cacheDir: join(work, 'vite-cache'),
    logLevel: 'warn',
    clearScreen: false,
    resolve: { conditions: ['source', ...defaultClientConditions] },
    server: { host: '127.0.0.1', port: 0, hmr: false, ws: false, watch: null },
    optimizeDeps: { entries: [entry] },
    plugins: [
      {
        name: 'bench-routes',
        configureServer(server) {
          for (const [path, handler] of Object.entries(routes)) server.middlewares.use(path, handler);
        },
      },
    ],
  });
  await vite.listen();
  return vite;
}
