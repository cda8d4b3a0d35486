// Screenshots for the README and for reviewing elder mode:
//   node scripts/screenshot.mjs kiosk [out.png] [mode]      the kiosk (dev server)
//   node scripts/screenshot.mjs story <story-id> [out.png] [mode] [locale] [theme]
//                                                           a story from dist/storybook
import { createServer as createHttpServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const [what = 'kiosk', ...rest] = process.argv.slice(2);

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
function serveStatic(root) {
  const server = createHttpServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const browser = await chromium.launch({ executablePath, args });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
try {
  if (what === 'kiosk') {
    const [out = 'docs/kiosk.png', mode = 'normal'] = rest;
    const vite = await createServer({ configFile: 'vite.config.ts', server: { port: 0 }, logLevel: 'error' });
    await vite.listen();
    const url = vite.resolvedUrls.local[0];
    await page.goto(url);
    await page.waitForSelector('zw-kiosk-shell');
    if (mode === 'elder') await page.evaluate(() => document.querySelector('#provider').setAttribute('mode', 'elder'));
    await page.waitForFunction(() => document.querySelector('zw-kiosk-shell')?.shadowRoot?.querySelector('h2'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: out, fullPage: true });
    await vite.close();
  } else if (what === 'story') {
    const [id, out = `docs/${id}.png`, mode = 'normal', locale = 'zh-CN', theme = 'light'] = rest;
    const server = await serveStatic('dist/storybook');
    const { port } = server.address();
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=mode:${mode};locale:${locale};theme:${theme}`);
    await page.waitForSelector('#storybook-root zw-provider');
    await page.waitForTimeout(500);
    const root = await page.$('#storybook-root');
    await root.screenshot({ path: out });
    server.close();
  }
  console.log(`saved ${what} ${rest.join(' ')}`);
} finally {
  await browser.close();
}
