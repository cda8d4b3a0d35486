// System test: a hall's queue end to end, the real pages in real Chromium against the real hall
// server on a fresh embedded database. The kiosk takes a ticket → the phone page shows its place
// → the clerk signed in at window 3 calls it → the board shows it and speaks the sentence (or
// chimes where no voice exists) → the phone says 请到 3号窗口 → complete → window 3's pad asks for
// the rating. No mocks: only the speech engine is stubbed, since this Chromium has no voices.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHall } from './system-helpers.mjs';

const PAD_SECRET = 'system-test-pad-secret-0123456789';
let hall;

/** What a hall's command line prints, as the README says to run it. */
function printed(script, args, env = {}) {
  const result = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', script, ...args], {
    env: { ...process.env, HALL_PAD_SECRET: PAD_SECRET, ...env },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `${script} failed: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

before(async () => {
  hall = await startHall({ HALL_PAD_SECRET: PAD_SECRET });
});

after(async () => {
  await hall?.stop();
});

/** The board page with a speech engine that has a zh-CN voice and records what it was asked to say. */
async function boardWithVoice(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.addInitScript(() => {
    const spoken = [];
    Object.defineProperty(window, 'spoken', { value: spoken });
    const stub = {
      getVoices: () => [{ lang: 'zh-CN', name: 'stub zh-CN', voiceURI: 'stub', localService: true, default: true }],
      speak(utterance) {
        spoken.push(utterance.text);
        setTimeout(() => utterance.dispatchEvent(new Event('end')), 50);
      },
      cancel() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
  });
  await page.goto(url);
  return page;
}

/** The board page on this Chromium as it is (no voices): counts the chimes' oscillators. */
async function boardWithoutVoice(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.addInitScript(() => {
    let chimes = 0;
    Object.defineProperty(window, 'chimes', { get: () => chimes });
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args) {
      chimes += 1;
      return start.apply(this, args);
    };
  });
  await page.goto(url);
  return page;
}

test(
  'take a ticket at the kiosk, follow it on the phone, call it at window 3, hear it on the board, rate it at the pad',
  { timeout: 240_000 },
  async () => {
    const { browser, kioskUrl } = hall;
    const kioskToken = printed('packages/hall-server/src/queue/kiosk-token-cli.ts', ['lobby-1']).match(/kiosk lobby-1: (\S+)/)?.[1];
    assert.ok(kioskToken, 'kiosk-token printed a token');
    const credential = printed('packages/hall-server/src/staff/credential-cli.ts', ['S1003'], { HALL_DATA_DIR: hall.dataDir })
      .trim()
      .split(/\s+/)
      .at(-1);
    const padPath = printed('packages/hall-server/src/ratings/pad-token-cli.ts', ['3']).match(/\((\/pad\?\S+)\)/)?.[1];
    assert.ok(padPath, 'pad-token printed the pad address');

    const boards = [await boardWithVoice(browser, `${kioskUrl}board`), await boardWithoutVoice(browser, `${kioskUrl}board`)];
    for (const board of boards) await board.getByText('暂无叫号').waitFor({ timeout: 60_000 });

    const pad = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await pad.goto(`${kioskUrl}${padPath.slice(1)}`);
    await pad.waitForFunction(() => document.querySelector('zw-rating-pad')?.connectionState === 'open', undefined, { timeout: 60_000 });

    // The kiosk, provisioned once with its token (the address forgets it at once).
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(`${kioskUrl}?kiosk-token=${encodeURIComponent(kioskToken)}`);
    assert.ok(!kiosk.url().includes('kiosk-token'), 'the token left the address');
    await kiosk.getByRole('link', { name: /排队取号/ }).click({ timeout: 60_000 });
    await kiosk.getByRole('button', { name: /出入境证件/ }).click({ timeout: 30_000 });
    await kiosk.waitForFunction(
      () => document.querySelector('zw-kiosk-shell')?.shadowRoot?.querySelector('zw-queue-ticket')?.receipt,
      undefined,
      {
        timeout: 30_000,
      },
    );
    const receipt = await kiosk.evaluate(
      () => document.querySelector('zw-kiosk-shell').shadowRoot.querySelector('zw-queue-ticket').receipt,
    );
    assert.match(receipt.number, /^B\d{3}$/);
    await kiosk.getByText(receipt.number, { exact: true }).first().waitFor();
    await kiosk.getByText(receipt.shortCode).first().waitFor();

    // The phone opens the QR code's link.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${kioskUrl}ticket?id=${receipt.id}&secret=${receipt.secret}`);
    await phone.getByText('下一个就是您').waitFor({ timeout: 60_000 });

    // The same link without its secret shows nothing of the ticket.
    const stranger = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await stranger.goto(`${kioskUrl}ticket?id=${receipt.id}&secret=${'A'.repeat(22)}`);
    await stranger.getByText(/找不到这张号票/).waitFor({ timeout: 60_000 });
    assert.ok(!(await stranger.locator('body').innerText()).includes(receipt.number));
    await stranger.close();

    // The clerk signs in at window 3 with their own credential and calls the next ticket.
    const counter = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await counter.goto(`${kioskUrl}counter?window=3`);
    await counter.getByLabel('工号').first().waitFor({ timeout: 60_000 });
    const staffField = counter.getByLabel('工号').first();
    if ((await staffField.evaluate((element) => element.tagName)) === 'SELECT') await staffField.selectOption('S1003');
    else await staffField.fill('S1003');
    await counter.getByLabel('登录凭证').fill(credential);
    await counter.getByRole('button', { name: '签到' }).click();
    await counter.getByText(/工作人员：李静/).waitFor({ timeout: 30_000 });
    await counter.getByRole('button', { name: /^叫号/ }).click();
    await counter.getByText(`已叫号 ${receipt.number}`).waitFor({ timeout: 30_000 });

    // The boards show it; one speaks the exact sentence, the other chimes.
    const [voiced, chiming] = boards;
    await voiced.getByText(receipt.number).first().waitFor({ timeout: 15_000 });
    const spokenNumber = receipt.number.replace(/\d/g, (digit) => '零一二三四五六七八九'[Number(digit)]);
    await voiced.waitForFunction((sentence) => window.spoken.includes(sentence), `请${spokenNumber}号到3号窗口办理`, { timeout: 15_000 });
    await chiming.getByText(receipt.number).first().waitFor({ timeout: 15_000 });
    await chiming.waitForFunction(() => window.chimes > 0, undefined, { timeout: 15_000 });
    await chiming.getByText(/语音播报不可用/).waitFor();
    // Looked at as a person would: written beside the test's other output, not into the repository.
    await voiced.screenshot({ path: join(tmpdir(), 'zw-queue-board-called.png') });

    // The phone: an unmistakable screen.
    await phone
      .getByRole('alert')
      .getByText(/请到 3号窗口/)
      .waitFor({ timeout: 15_000 });

    // Recall repeats the sentence once more, and only once.
    await counter.getByRole('button', { name: /^重呼/ }).click();
    await voiced.waitForFunction(
      (sentence) => window.spoken.filter((text) => text === sentence).length === 2,
      `请${spokenNumber}号到3号窗口办理`,
      {
        timeout: 15_000,
      },
    );

    // 办结: the pad at window 3 asks for the rating of this very ticket.
    await counter.getByRole('button', { name: /^办结/ }).click();
    await counter.getByText(/已办结/).waitFor({ timeout: 30_000 });
    await pad.waitForFunction(() => document.querySelector('zw-rating-pad')?.phase === 'rating', undefined, { timeout: 30_000 });
    const target = await pad.evaluate(() => document.querySelector('zw-rating-pad')?.target);
    assert.equal(target.ticketNumber, receipt.number);
    assert.equal(target.staffId, 'S1003', 'the signed-in clerk is the one rated');
    await phone.getByText('办理完成，感谢您的耐心等候').waitFor({ timeout: 15_000 });

    for (const page of [...boards, pad, kiosk, phone, counter]) await page.close();
  },
);
