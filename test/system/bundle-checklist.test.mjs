// System test: 出生一件事's merged 一次性告知单 from the real hall server, in real Chromium, printed
// to PDF on A4 and on the 80 mm receipt, and read back with poppler: each material once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { checkChromium } from '../../scripts/chromium.mjs';
import { endProcess, spawnHall } from '../helpers/processes.mjs';

const BUNDLE = 'birth';
const MM_IN_PT = 72 / 25.4;
const OUT = '.cache/system/bundle-checklist';

let server;
let origin;
let browser;
let script;
let dataDir;

const squash = (text) => text.replace(/\s+/g, '');

before(async () => {
  const found = checkChromium();
  if (!found.ok) throw new Error(found.message);
  dataDir = mkdtempSync(join(tmpdir(), 'zw-bundle-'));
  const started = spawnHall(
    { PORT: '0', HALL_DATA_DIR: dataDir, HALL_STAFF_TOKEN: 'system-test-staff', DATABASE_URL: '' },
    { stderr: 'inherit' },
  );
  server = started.child;
  origin = await started.ready;
  const bundled = await build({
    stdin: {
      contents: "import '@zhengwu/service-guide/service-bundle/zw-service-bundle.define.js';",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    conditions: ['source'],
    write: false,
    logLevel: 'error',
  });
  script = bundled.outputFiles[0].text;
  browser = await chromium.launch({
    executablePath: found.path,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  await endProcess(server);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A page on the hall's own origin (no CORS) holding the element, once it says it is shown. */
async function openBundle(layout) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>一件事</title>
    <script type="module" src="/bundle-test.js"></script></head>
    <body><zw-service-bundle api-base="/api" bundle="${BUNDLE}" layout="${layout}" date="2026-11-30"></zw-service-bundle></body></html>`;
  await page.route(`${origin}/bundle-test.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.route(`${origin}/bundle-test.js`, (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script }));
  await page.addInitScript(() => {
    document.addEventListener('zw-service-bundle-load', (event) => {
      window.bundleReady = event.detail;
    });
  });
  await page.goto(`${origin}/bundle-test.html`);
  await page.waitForFunction(() => window.bundleReady, undefined, { timeout: 60_000 });
  return page;
}

for (const layout of ['a4', 'receipt']) {
  test(`the merged checklist prints on ${layout} with each shared material once`, { timeout: 120_000 }, async () => {
    const guide = await (await fetch(`${origin}/api/catalog/bundles/${BUNDLE}`)).json();
    const names = guide.items.flatMap((item) => item.materials.map((material) => material.name));
    const distinct = [...new Set(names)];
    assert.ok(distinct.length < names.length, 'the seed bundle shares materials between its items');

    const page = await openBundle(layout);
    const ready = await page.evaluate(() => window.bundleReady);
    assert.deepEqual(ready, { code: BUNDLE, layout, materials: distinct.length });
    const pdf = join(OUT, `${layout}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await page.close();

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [, width, height] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
    if (layout === 'receipt') {
      assert.ok(Math.abs(Number(width) / MM_IN_PT - 80) < 1, `80 mm wide, got ${width} pts`);
      assert.match(info, /Pages:\s+1\n/, 'a receipt is one strip');
    } else {
      assert.ok(Math.abs(Number(width) / MM_IN_PT - 210) < 1 && Math.abs(Number(height) / MM_IN_PT - 297) < 1, 'A4');
    }
    const text = squash(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }));
    assert.ok(!text.includes('办理顺序'), 'the guide part is not printed');
    assert.ok(text.includes('一次性告知单'));
    // Longer names first, so that 居民户口簿 is not counted inside another name.
    let rest = text;
    for (const name of [...distinct].sort((a, b) => b.length - a.length)) {
      const count = rest.split(squash(name)).length - 1;
      assert.ok(count >= 1, `${name} is on the sheet`);
      rest = rest.split(squash(name)).join('|');
      // Once in the materials; the "needed by" column names items, not materials.
      assert.equal(count, 1, `${name} is listed once, got ${count}`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', pdf, join(OUT, layout)]);
  });
}
