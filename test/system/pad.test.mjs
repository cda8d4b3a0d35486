// System test: the real kiosk (/pad?window=3, served by Vite with /api proxied) in real
// Chromium against the real hall server on a fresh embedded database. No mocks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { STAFF_TOKEN, startHall } from './system-helpers.mjs';

const PAD_SECRET = 'system-test-pad-secret-0123456789';
let hall;
let api;
let browser;
let kioskUrl;

/** The pad's address as the README says to get it: the pad-token command's output. */
function padPath(window) {
  const printed = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'packages/hall-server/src/ratings/pad-token-cli.ts', window],
    { env: { ...process.env, HALL_PAD_SECRET: PAD_SECRET }, encoding: 'utf8' },
  );
  const path = printed.stdout.match(/\((\/pad\?\S+)\)/)?.[1];
  assert.ok(path, `pad-token printed no address: ${printed.stdout}${printed.stderr}`);
  return path.slice(1);
}

async function call(path, { method = 'GET', body, staff = false } = {}) {
  const headers = { 'content-type': 'application/json', ...(staff ? { authorization: `Bearer ${STAFF_TOKEN}` } : {}) };
  const response = await fetch(`${api}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  return response.json();
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const windowStats = (window) => call(`/ratings/stats?from=${today()}&to=${today()}&window=${window}`);

before(async () => {
  hall = await startHall({ HALL_PAD_SECRET: PAD_SECRET });
  ({ api, browser, kioskUrl } = hall);
});

after(async () => {
  await hall?.stop();
});

test('the window pad: complete at window 3 → rating → thank you → idle, counted once', { timeout: 120_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let loads = 0;
  page.on('load', () => (loads += 1));
  const pad = () =>
    page.evaluate(() => {
      const element = document.querySelector('zw-rating-pad');
      return element ? { phase: element.phase, connection: element.connectionState } : null;
    });
  await page.goto(`${kioskUrl}${padPath('3')}`);
  await page.waitForFunction(() => document.querySelector('zw-rating-pad')?.connectionState === 'open', undefined, { timeout: 60_000 });
  assert.equal((await pad()).phase, 'idle');

  const hall = await call('/hall');
  const window3 = hall.windows.find((window) => window.id === '3');
  await page.getByText(window3.staff.name, { exact: true }).waitFor();

  const before = (await windowStats('3')).total;

  // a completion at another window must not wake this pad
  await call('/windows/4/complete', { method: 'POST', body: {}, staff: true });
  await page.waitForTimeout(1000);
  assert.equal((await pad()).phase, 'idle');

  await call('/tickets', { method: 'POST', body: { category: window3.categories[0] } });
  await call('/windows/3/call-next', { method: 'POST', body: {}, staff: true });
  const done = await call('/windows/3/complete', { method: 'POST', body: {}, staff: true });
  assert.ok(done.rating?.transactionId);

  await page.getByRole('radio', { name: '满意', exact: true }).click({ timeout: 15_000 });
  await page.getByRole('button', { name: '提交评价' }).click();
  await page.waitForFunction(() => document.querySelector('zw-rating-pad')?.phase === 'thanks', undefined, { timeout: 15_000 });
  const thanksText = await page.locator('zw-rating-pad').innerText();
  assert.ok(!thanksText.includes('满意'), `the thank-you screen must not show the level: ${thanksText}`);
  await page.waitForFunction(() => document.querySelector('zw-rating-pad')?.phase === 'idle', undefined, { timeout: 20_000 });

  const stats = await windowStats('3');
  assert.equal(stats.total, before + 1, 'exactly one rating recorded');
  assert.equal(stats.byLevel.satisfied, 1);
  // A reload mid-test (the dev server re-bundling dependencies it found late) once failed this
  // test when it came just after the pad connected; the kiosk server must never need one.
  assert.equal(loads, 1, 'the pad page loaded once');
  await page.close();
});

test('a pad without ?window= shows a translated error, not a blank page', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  await page.goto(`${kioskUrl}pad`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.innerText(), /window-id/);
  await page.close();
});

test('a pad opened after the clerk completed still asks for that rating', { timeout: 120_000 }, async () => {
  const hall = await call('/hall');
  const window4 = hall.windows.find((window) => window.id === '4');
  const before = (await windowStats('4')).total;
  await call('/tickets', { method: 'POST', body: { category: window4.categories[0] } });
  await call('/windows/4/call-next', { method: 'POST', body: {}, staff: true });
  const done = await call('/windows/4/complete', { method: 'POST', body: {}, staff: true });

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${kioskUrl}${padPath('4')}`);
  await page.waitForFunction(() => document.querySelector('zw-rating-pad')?.phase === 'rating', undefined, { timeout: 60_000 });
  const shown = await page.evaluate(() => document.querySelector('zw-rating-pad')?.target?.transactionId);
  assert.equal(shown, done.rating.transactionId);
  await page.getByRole('radio', { name: '非常满意', exact: true }).click({ timeout: 15_000 });
  await page.getByRole('button', { name: '提交评价' }).click();
  await page.waitForFunction(() => document.querySelector('zw-rating-pad')?.phase === 'thanks', undefined, { timeout: 15_000 });
  assert.equal((await windowStats('4')).total, before + 1);
  await page.close();
});

test('the phone link is a signed, one-time token: rated once, then refused; a forged one is refused', { timeout: 120_000 }, async () => {
  const done = await call('/windows/2/complete', { method: 'POST', body: {}, staff: true });
  const before = (await windowStats('2')).total;
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const rate = async (token, level) => {
    await page.goto(`${kioskUrl}rate?token=${encodeURIComponent(token)}`);
    await page.getByRole('radio', { name: level, exact: true }).click({ timeout: 30_000 });
    await page.getByRole('button', { name: '提交评价' }).click();
  };
  await rate(done.ratingToken, '满意');
  await page.getByText('评价已提交').waitFor({ timeout: 15_000 });
  assert.equal((await windowStats('2')).total, before + 1);

  // the same link again, another answer: 一次一评
  await rate(done.ratingToken, '基本满意');
  await page.getByText('本次业务已经评价过了').waitFor({ timeout: 15_000 });

  // a link with a made-up signature for another transaction
  const other = await call('/windows/2/complete', { method: 'POST', body: {}, staff: true });
  const forged = `${other.ratingToken.split('.')[0]}.${'A'.repeat(43)}`;
  await rate(forged, '满意');
  await page.getByText('invalid_rating_token').waitFor({ timeout: 15_000 });
  assert.equal((await windowStats('2')).total, before + 1, 'nothing recorded for the forged link');

  // the old address with a bare transaction id no longer rates anything
  await page.goto(`${kioskUrl}rate?transaction=${other.rating.transactionId}`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.innerText(), /token/);
  await page.close();
});

test('a pad without its pad token says so and never connects', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  await page.goto(`${kioskUrl}pad?window=3`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.innerText(), /pad-token/);
  assert.equal(await page.evaluate(() => document.querySelector('zw-rating-pad')?.connectionState), 'closed');
  await page.close();
});
