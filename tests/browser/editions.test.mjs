// The single-file edition opened from disk: its search and in-page links work, under its
// own Content-Security-Policy. Run by tests/browser.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launch } from './chromium.mjs';

const FILE = pathToFileURL(join(process.env.HANDBOOK_SITE, 'downloads/handbook-zh-Hans.html')).href;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('the single-file edition searches and links within itself from disk', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(FILE);
  await page.fill('#q', '欠薪');
  const hits = page.locator('#hits a');
  await hits.first().waitFor();
  assert.ok(await hits.count() >= 3, `${await hits.count()} hits`);
  const target = await hits.first().getAttribute('href');
  await hits.first().click();
  assert.ok(page.url().endsWith(target));
  // A link from one page to another lands on an element of this file.
  const link = page.locator('article a[href^="#p"]:not([href$="contents"])').first();
  const href = await link.getAttribute('href');
  assert.equal(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count(), 1, href);
  assert.ok((await page.$$('#directory a.call')).length > 10, 'the office directory is inside, with call buttons');
  assert.deepEqual(problems, []);
  await page.close();
});
