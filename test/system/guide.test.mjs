// System test: the kiosk's 办事指南 in real Chromium against the real hall server — the tile,
// `sfz` typed on the on-screen keyboard, the 身份证 items, one item's full guide, and the
// printed 一次性告知单 (printed to PDF: only the receipt goes on paper).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHall } from './system-helpers.mjs';

const OUT = '.cache/system/guide';
let hall;

before(async () => {
  hall = await startHall();
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await hall?.stop();
});

/** Taps keys of the on-screen letter keyboard, as a finger would. */
async function tap(page, keys) {
  for (const key of keys) {
    await page.locator(`zw-letter-keyboard button[data-key="${key}"]`).click();
  }
}

test(
  '办事指南: tap the tile, type sfz on the screen keyboard, open a 身份证 guide, print its checklist',
  { timeout: 120_000 },
  async () => {
    const page = await hall.browser.newPage({ viewport: { width: 1080, height: 1920 } });
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
    await page.goto(hall.kioskUrl);
    await page.getByRole('link', { name: /办事指南/ }).click();
    await page.waitForFunction(() => location.hash === '#/guide');
    await page.waitForFunction(
      () => document.querySelector('zw-kiosk-shell')?.shadowRoot?.querySelector('zw-service-catalog')?.searchReady,
      undefined,
      { timeout: 30_000 },
    );

    await tap(page, ['s', 'f', 'z']);
    const rows = page.locator('zw-service-catalog .row .name');
    await rows.first().waitFor({ timeout: 15_000 });
    const names = await rows.allInnerTexts();
    assert.ok(names.length >= 2, `several 身份证 items: ${names}`);
    for (const name of names) assert.match(name, /身份证/);
    assert.equal(await page.locator('zw-service-catalog mark').first().innerText(), '身份证');

    const chosen = names[0];
    await rows.first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/guide/'));
    const code = decodeURIComponent((await page.evaluate(() => location.hash)).split('/').at(-1));
    const item = await hall.get(`/catalog/${code}`);
    assert.equal(item.name, chosen);
    const guide = page.locator('zw-service-guide');
    await guide.getByRole('heading', { name: chosen }).waitFor({ timeout: 15_000 });
    // Every material of the item is in the guide's table.
    const table = await guide.locator('table').first().innerText();
    for (const material of item.materials) assert.ok(table.includes(material.name), `${material.name} in the materials table`);

    await page.screenshot({ path: join(OUT, 'guide.png') });
    // The kiosk's own print job would collide with the test's PDF: record the call instead and
    // end the job with `afterprint`, as the browser does when the receipt is out.
    await page.evaluate(() => {
      window.printCalls = 0;
      window.print = () => void (window.printCalls += 1);
    });
    await guide.getByRole('button', { name: /打印/ }).click();
    await page.waitForFunction(
      () => document.querySelector('zw-kiosk-shell')?.shadowRoot?.querySelector('zw-service-checklist')?.status === 'ready',
      undefined,
      { timeout: 30_000 },
    );
    await page.emulateMedia({ media: 'print' });
    const pdf = join(OUT, 'checklist.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [, width] = info.match(/Page size:\s+([\d.]+) x/);
    assert.ok(Math.abs(Number(width) / (72 / 25.4) - 80) < 1, `an 80 mm receipt, got ${info}`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    assert.ok(text.includes(item.name.replace(/\s+/g, '')), 'the item name is on paper');
    for (const material of item.materials) assert.ok(text.includes(material.name.replace(/\s+/g, '')), `${material.name} on paper`);
    assert.ok(!text.includes('返回首页'), 'only the checklist is printed, not the kiosk around it');
    execFileSync('pdftoppm', ['-png', '-r', '100', pdf, join(OUT, 'checklist')]);
    assert.equal(await page.evaluate(() => window.printCalls), 1, 'the kiosk printed once');

    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForFunction(() => !document.querySelector('zw-kiosk-shell')?.shadowRoot?.querySelector('zw-service-checklist'));
    await page.close();
  },
);
