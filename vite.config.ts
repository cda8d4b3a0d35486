import { defineConfig, defaultClientConditions } from 'vite';

// The kiosk app. Workspace packages resolve to their TypeScript sources (`source` condition),
// so `npm start` needs no build step first.
export default defineConfig({
  root: 'kiosk',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.KIOSK_PORT ?? 5173) },
  preview: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.KIOSK_PORT ?? 4173) },
  build: { outDir: '../dist/kiosk', emptyOutDir: true, target: 'es2021' },
});
