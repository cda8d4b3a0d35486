// System test: the real kiosk's checklist page (/checklist?item=…&layout=…, served by Vite with
// /api proxied) in real Chromium against the real hall server, printed to PDF as a kiosk with
// --kiosk-printing would, then read back with poppler (pdfinfo, pdftotext, pdftoppm).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startHall } from './system-helpers.mjs';

/** 存量房买卖过户 in the seed catalog: eight materials, notes, a blank form, online. */
const ITEM = '11990100MB0103001D070301001000';
const MM_IN_PT = 72 / 25.4;
/** Where the PDFs and their PNG renderings are kept for people to look at. */
const OUT = '.cache/system/checklist';

let hall;
let browser;

const squash = (text) => text.replace(/\s+/g, '');

/** Page sizes in points, one per page, from `pdfinfo -l`. */
function pageSizes(pdf) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/gm)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
    name: match[3],
  }));
}

/** Opens the kiosk page and waits until the element says the sheet is complete. */
async function openChecklist(layout) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    document.addEventListener('zw-service-checklist-load', (event) => {
      window.checklistReady = event.detail;
    });
  });
  await page.goto(`${hall.kioskUrl}checklist?item=${ITEM}&layout=${layout}`);
  await page.waitForFunction(() => window.checklistReady, undefined, { timeout: 60_000 });
  return page;
}

before(async () => {
  hall = await startHall();
  browser = hall.browser;
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await hall?.stop();
});

for (const layout of ['receipt', 'a4']) {
  test(`the ${layout} checklist prints with the item, hall and every material`, { timeout: 120_000 }, async () => {
    const [item, hallInfo] = await Promise.all([hall.get(`/catalog/${ITEM}`), hall.get('/hall')]);
    const page = await openChecklist(layout);
    const ready = await page.evaluate(() => window.checklistReady);
    assert.deepEqual(ready, { code: ITEM, layout });
    const qr = await page.evaluate(() => document.querySelector('zw-service-checklist').qrUrl);
    assert.equal(qr, `https://zwfw.example.gov.cn/guide?item=${ITEM}`);

    const pdf = join(OUT, `${layout}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await page.close();

    const sizes = pageSizes(pdf);
    assert.ok(sizes.length >= 1, 'at least one page');
    if (layout === 'receipt') {
      assert.equal(sizes.length, 1, 'a receipt is one strip, not pages');
      const [{ width, height }] = sizes;
      assert.ok(Math.abs(width / MM_IN_PT - 80) < 1, `80 mm wide, got ${(width / MM_IN_PT).toFixed(1)} mm`);
      assert.ok(height > width * 2, `long and narrow, got ${(height / MM_IN_PT).toFixed(0)} mm`);
    } else {
      for (const { width, height, name } of sizes) {
        assert.ok(Math.abs(width / MM_IN_PT - 210) < 1 && Math.abs(height / MM_IN_PT - 297) < 1, `A4, got ${width} x ${height} pts`);
        assert.equal(name, 'A4');
      }
    }

    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    for (const expected of [item.name, item.code, hallInfo.name, ...item.materials.map((material) => material.name)]) {
      assert.ok(text.includes(squash(expected)), `the ${layout} PDF says "${expected}"`);
    }
    assert.ok(text.includes('一次性告知单'));
    assert.ok(!text.includes('打印告知单'), 'the print button is not printed');

    execFileSync('pdftoppm', ['-png', '-r', '150', pdf, join(OUT, layout)]);
    const pngs = readdirSync(OUT).filter((file) => file.startsWith(`${layout}-`) && file.endsWith('.png'));
    assert.equal(pngs.length, sizes.length, 'one PNG per page');
  });
}

test('the checklist page without ?item= shows a translated error, not a blank page', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  await page.goto(`${hall.kioskUrl}checklist`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.innerText(), /item/);
  await page.close();
});
