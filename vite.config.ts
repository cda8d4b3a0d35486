import { fileURLToPath } from 'node:url';
import { defineConfig, defaultClientConditions, type Plugin } from 'vite';

/** `/pad?window=3`, `/rate?token=…`, `/progress?id=…`, `/ticket?id=…` and the rest are the addresses printed on screens and QR codes. */
function cleanPageUrls(): Plugin {
  const pages = ['pad', 'rate', 'checklist', 'progress', 'ticket', 'board', 'counter'];
  const rewrite = (url: string | undefined) => {
    const [path, query] = (url ?? '').split('?');
    const page = pages.find((name) => path === `/${name}` || path === `/${name}/`);
    return page ? `/${page}.html${query ? `?${query}` : ''}` : url;
  };
  // Returns nothing: a function returned from configureServer would run as a post hook.
  const install = (server: {
    middlewares: { use: (handler: (request: { url?: string }, response: unknown, next: () => void) => void) => unknown };
  }): void => {
    server.middlewares.use((request, _response, next) => {
      request.url = rewrite(request.url);
      next();
    });
  };
  return { name: 'clean-page-urls', configureServer: install, configurePreviewServer: install };
}

const page = (name: string) => fileURLToPath(new URL(`kiosk/${name}`, import.meta.url));

// The kiosk app: the self-service home, the window rating pad, the phone pages (rating, progress,
// ticket), the calling board and the window console.
// Workspace packages resolve to their TypeScript sources (`source` condition), so `npm start`
// needs no build step first.
export default defineConfig({
  root: 'kiosk',
  plugins: [cleanPageUrls()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.KIOSK_PORT ?? 5173) },
  preview: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.KIOSK_PORT ?? 4173) },
  build: {
    outDir: '../dist/kiosk',
    emptyOutDir: true,
    target: 'es2021',
    rollupOptions: {
      // Absolute: the dev server's dependency scan reads these too, relative to `root`, and
      // without a scan it finds dependencies while pages load and reloads them mid-use.
      input: {
        home: page('index.html'),
        pad: page('pad.html'),
        rate: page('rate.html'),
        checklist: page('checklist.html'),
        progress: page('progress.html'),
        ticket: page('ticket.html'),
        board: page('board.html'),
        counter: page('counter.html'),
      },
    },
  },
});
