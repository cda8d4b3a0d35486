// System test: 办件进度 at the kiosk in real Chromium against the real hall server — the tile,
// number and 查询码 typed on the on-screen keypad, the countdown and stages of demo applications
// (dated from the day the server started), rating a finished one (一事一评), and the idle wipe
// leaving nothing of it on screen. Then the phone page /progress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHall } from './system-helpers.mjs';

const OUT = '.cache/system/progress';
let hall;

before(async () => {
  hall = await startHall();
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await hall?.stop();
});

/** Taps keys of the on-screen keypad, as a finger would. */
async function tap(page, keys) {
  for (const key of keys) await page.locator(`zw-progress-lookup zw-keypad button[data-key="${key}"]`).click();
}

/** The kiosk's visible text, through every shadow root. */
function screenText(page) {
  return page.evaluate(() => {
    const walk = (root) => {
      let text = '';
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
        if (node.nodeType === Node.ELEMENT_NODE) {
          text += ` ${node.getAttribute('aria-label') ?? ''} ${node.value ?? ''} `;
          if (node.shadowRoot) text += walk(node.shadowRoot);
          text += walk(node);
        }
      }
      return text;
    };
    return walk(document.body);
  });
}

async function lookUp(page, number, secret) {
  await tap(page, [...number, 'submit', ...secret, 'submit']);
  await page.locator('zw-progress-lookup #result-title').waitFor({ timeout: 15_000 });
}

test('办件进度: tile → keypad lookup → countdown and stages → rate it → the idle wipe leaves nothing', { timeout: 150_000 }, async () => {
  const page = await hall.browser.newPage({ viewport: { width: 1080, height: 1920 } });
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  await page.goto(hall.kioskUrl);
  await page.getByRole('link', { name: /办件进度/ }).click();
  await page.waitForFunction(() => location.hash === '#/progress');
  // Focus follows the view to its heading.
  await page.waitForFunction(() => {
    const lookup = document.querySelector('zw-kiosk-shell')?.shadowRoot?.querySelector('zw-progress-lookup');
    return lookup?.shadowRoot?.activeElement?.id === 'title';
  });

  // Due tomorrow (5 working days, accepted 4 working days before the server's start day).
  await lookUp(page, '990100000012', '305716');
  const lookup = page.locator('zw-progress-lookup');
  assert.match(await lookup.locator('#result-title').innerText(), /转移登记/);
  const sentence = lookup.locator('zw-deadline .sentence');
  await sentence.waitFor();
  assert.match(await sentence.innerText(), /^还剩 1 个工作日（\d+月\d+日截止）$/);
  const stages = await lookup.locator('zw-progress-timeline ol > li .name bdi').allInnerTexts();
  assert.deepEqual(stages, ['受理', '审核', '缴税', '登簿']);
  assert.equal(await lookup.locator('zw-progress-timeline li[aria-current="step"] .name bdi').innerText(), '登簿');
  assert.match(await lookup.locator('[part="summary"]').innerText(), /周\*强/);
  await page.screenshot({ path: join(OUT, 'kiosk-due-tomorrow.png') });

  // The same application in elder mode, for the docs.
  await page.getByRole('button', { name: '长辈模式' }).click();
  await page.waitForFunction(() => document.querySelector('zw-kiosk-shell')?.getAttribute('data-zw-mode') === 'elder');
  await page.screenshot({ path: join(OUT, 'kiosk-elder.png'), fullPage: true });
  await page.getByRole('button', { name: '长辈模式' }).click();

  // Start over: nothing of the first application stays.
  await lookup.getByRole('button', { name: '查询其他办件' }).click();
  await page.locator('zw-progress-lookup #number').waitFor();
  assert.ok(!(await screenText(page)).includes('周*强'));

  // Finished and not rated: 一事一评 at the kiosk.
  await lookUp(page, '990100000052', '219476');
  await sentence.waitFor();
  assert.match(await sentence.innerText(), /^已办结，未超过承诺时限/);
  await lookup.getByRole('button', { name: '评价这次服务' }).click();
  const rating = lookup.locator('zw-rating');
  await rating.waitFor({ timeout: 15_000 });
  assert.equal(await rating.getAttribute('channel'), 'kiosk');
  await rating.getByText('满意', { exact: true }).click();
  await rating.getByRole('button', { name: '提交评价' }).click();
  await rating.getByText('评价已提交').waitFor({ timeout: 15_000 });
  await page.screenshot({ path: join(OUT, 'kiosk-rated.png') });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const stats = await hall.get(`/ratings/stats?from=${today}&to=${today}`);
  assert.equal(stats.total, 1);
  assert.equal(stats.byLevel.satisfied, 1);
  assert.ok(stats.byDepartment.some((bucket) => bucket.key === '示例市住房公积金管理中心' && bucket.total === 1));

  // The visitor walks away: the warning, then the wipe back to the home screen.
  await page.evaluate(() => {
    const provider = document.getElementById('provider');
    provider.setAttribute('idle-warning', '20');
    provider.setAttribute('idle-timeout', '1');
  });
  await page.waitForFunction(
    () => location.hash === '' && !document.querySelector('zw-kiosk-shell')?.shadowRoot?.querySelector('zw-progress-lookup'),
    undefined,
    {
      timeout: 40_000,
    },
  );
  const left = await screenText(page);
  for (const trace of ['990100000052', '219476', '徐*琪', '住房公积金提取', '评价已提交']) {
    assert.ok(!left.includes(trace), `nothing of the visit stays on screen: ${trace}`);
  }
  // Coming back shows an empty form.
  await page.getByRole('link', { name: /办件进度/ }).click();
  await page.locator('zw-progress-lookup #number').waitFor();
  assert.equal(await page.locator('zw-progress-lookup #number').inputValue(), '');
  await page.close();
});

test(
  '办件进度 on a phone: /progress?id=… with the phone keyboard, a 补正 and its missing material, offline and back',
  { timeout: 60_000 },
  async () => {
    const page = await hall.browser.newPage({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
    await page.goto(new URL('progress?id=990100000026', hall.kioskUrl).href);
    const lookup = page.locator('zw-progress-lookup');
    await lookup.locator('#secret').waitFor();
    assert.equal(await lookup.locator('#number').inputValue(), '990100000026');
    assert.equal(await lookup.locator('#secret').getAttribute('inputmode'), 'text');
    await lookup.locator('#secret').fill('570392');
    await lookup.locator('#secret').press('Enter');
    await lookup.locator('#result-title').waitFor({ timeout: 15_000 });
    assert.match(await lookup.locator('zw-deadline .sentence').innerText(), /^等待补正材料：材料补齐后重新计时，时限 25 个工作日$/);
    const missing = await lookup.locator('zw-progress-timeline [part="missing"] li').allInnerTexts();
    assert.equal(missing.length, 2);
    await page.screenshot({ path: join(OUT, 'phone-correction.png'), fullPage: true });

    // The phone loses its network: the lookup says so and offers a retry that works once it is back.
    await lookup.getByRole('button', { name: '查询其他办件' }).click();
    await lookup.locator('#number').fill('990100000019');
    await lookup.locator('#secret').fill('128847');
    await page.context().setOffline(true);
    await lookup.getByRole('button', { name: '查询', exact: true }).click();
    const failure = lookup.locator('.failure[role="alert"]');
    await failure.waitFor({ timeout: 15_000 });
    assert.match(await failure.innerText(), /无法连接服务器，请检查网络后重试。/);
    await page.context().setOffline(false);
    await failure.getByRole('button', { name: '重试' }).click();
    // Paused in 特别程序.
    await lookup.locator('#result-title').waitFor({ timeout: 15_000 });
    assert.match(await lookup.locator('zw-deadline .sentence').innerText(), /^计时暂停/);
    assert.match(await lookup.locator('zw-progress-timeline .pause').innerText(), /专家评审/);
    await page.screenshot({ path: join(OUT, 'phone-paused.png'), fullPage: true });
    await page.close();
  },
);
