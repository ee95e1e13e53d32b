// Offline reading in Debian's Chromium: the service worker keeps a visited page readable
// offline across a rebuild that changes its cache version, shows the offline page for pages
// never read, and "save for offline reading" keeps a whole language. Run by tests/browser.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { launch, serve } from './chromium.mjs';

const BIN = process.env.HANDBOOK_BIN;
const ROOT = process.env.HANDBOOK_ROOT;
const OUT = join(mkdtempSync(join(tmpdir(), 'handbook-offline-')), 'site');
let server, base, browser;

function build() {
  execFileSync(BIN, ['--root', ROOT, 'build', '--out', OUT], { env: { ...process.env, SOURCE_DATE_EPOCH: '1795910400' }, stdio: 'ignore' });
}
const version = () => /HANDBOOK_VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(OUT, 'sw.js'), 'utf8'))[1];

before(async () => {
  build();
  ({ server, base } = await serve(OUT));
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}
async function waitForCaches(page, expected) {
  for (let i = 0; i < 300; i++) {
    const names = await cacheNames(page);
    if (JSON.stringify(names) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(await cacheNames(page), expected);
}

test('a visited page stays readable offline after a rebuild changes the cache version', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const url = `${base}en/labor-rights/unpaid-wages/`;
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const first = version();
  await waitForCaches(page, [`handbook-${first}`]);

  appendFileSync(join(ROOT, 'content/labor-rights/overtime-pay.md'), '\n<!-- changed -->\n');
  build();
  const second = version();
  assert.notEqual(second, first, 'a rebuild with a change makes a new version');
  await page.reload();
  await waitForCaches(page, [`handbook-${second}`]);

  await context.setOffline(true);
  await page.goto(url);
  assert.match(await page.textContent('h1'), /My boss has not paid me/);
  await page.goto(`${base}en/city-life/housing/`);
  assert.match(await page.textContent('main'), /You are offline/, 'a page never read shows the offline page');
  assert.ok((await page.$$('a[href^="tel:"]')).length >= 3, 'with the hotlines');
  await context.close();
});

test('a whole language can be saved for offline reading, showing its size first', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}zh-Hans/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const button = page.locator('[data-offline-save]');
  await button.waitFor({ state: 'visible' });
  assert.match(await button.textContent(), /保存本手册.*（最多 [0-9.]+ (MB|KB)）/);
  await button.click();
  await page.waitForSelector('[data-offline-save][data-saved]', { state: 'attached', timeout: 30000 });
  await context.setOffline(true);
  await page.goto(`${base}zh-Hans/city-life/housing/`);
  assert.match(await page.textContent('h1'), /租房/);
  await page.goto(`${base}zh-Hans/search/?q=${encodeURIComponent('欠薪')}`);
  await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
  assert.ok((await page.$$('[data-search-results] > li')).length > 0, 'search works offline');
  await context.close();
});
