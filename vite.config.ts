import { defineConfig, defaultClientConditions, type Plugin } from 'vite';

/** `/pad?window=3` and `/rate?transaction=…` are the addresses printed on screens and QR codes. */
function cleanPageUrls(): Plugin {
  const pages = ['pad', 'rate', 'checklist'];
  const rewrite = (url: string | undefined) => {
    const [path, query] = (url ?? '').split('?');
    const page = pages.find((name) => path === `/${name}` || path === `/${name}/`);
    return page ? `/${page}.html${query ? `?${query}` : ''}` : url;
  };
  // Returns nothing: a function returned from configureServer would run as a post hook.
  const install = (server: { middlewares: { use: (handler: (request: { url?: string }, response: unknown, next: () => void) => void) => unknown } }): void => {
    server.middlewares.use((request, _response, next) => {
      request.url = rewrite(request.url);
      next();
    });
  };
  return { name: 'clean-page-urls', configureServer: install, configurePreviewServer: install };
}

// The kiosk app: the self-service home, the window rating pad and the phone rating page.
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
      input: {
        home: 'kiosk/index.html',
        pad: 'kiosk/pad.html',
        rate: 'kiosk/rate.html',
        checklist: 'kiosk/checklist.html',
      },
    },
  },
});
