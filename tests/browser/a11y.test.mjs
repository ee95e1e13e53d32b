// Accessibility (axe-core, WCAG 2.2 AA), right-to-left layout and reading without
// JavaScript, in Debian's Chromium. Run by tests/browser.rs, which builds the site (the sample
// handbook with an Arabic language added, all of whose pages fall back to Chinese).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { launch } from './chromium.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SITE = pathToFileURL(process.env.HANDBOOK_PORTABLE).href + '/';
const PAGES = [
  'index.html',
  '404.html',
  '{lang}/index.html',
  '{lang}/labor-rights/index.html',
  '{lang}/labor-rights/unpaid-wages/index.html',
  '{lang}/checklists/unpaid-wages-evidence/index.html',
  '{lang}/offices/index.html',
  '{lang}/offices/region/guangdong/shenzhen/index.html',
  '{lang}/offices/kind/legal-aid/index.html',
  '{lang}/search/index.html?q=%E6%AC%A0%E8%96%AA',
];
let browser;

before(async () => {
  browser = await launch();
});
after(async () => { await browser?.close(); });

for (const lang of ['zh-Hans', 'en', 'ar']) {
  for (const template of PAGES) {
    if (!template.includes('{lang}') && lang !== 'zh-Hans') continue;
    const path = template.replace('{lang}', lang);
    test(`axe: no WCAG 2.2 AA violations on ${path}`, async () => {
      // Injecting axe is what the page's Content-Security-Policy forbids: bypass it for the audit.
      const page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
      await page.goto(SITE + path);
      if (path.includes('search/')) await page.waitForSelector('[data-search-state="done"]', { state: 'attached' });
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
      const problems = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
}

test('right-to-left pages are mirrored, with numbers kept left-to-right', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(SITE + 'ar/labor-rights/unpaid-wages/index.html');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  const title = await page.$eval('.site-title', (e) => e.getBoundingClientRect());
  assert.ok(title.right > 300, `the site title starts on the right (${title.left}–${title.right})`);
  const number = await page.$eval('.hotlines bdi', (e) => getComputedStyle(e).direction);
  assert.equal(number, 'ltr');
  const article = await page.$eval('article', (e) => getComputedStyle(e).direction);
  assert.equal(article, 'ltr', 'untranslated Chinese content keeps its own direction');
  await page.close();
});

test('pages read, navigate and call without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SITE + 'index.html');
  await page.click('a[hreflang="en"]');
  assert.match(page.url(), /\/en\/index\.html$/);
  await page.click('.sections a >> nth=1');
  const heading = await page.textContent('h1');
  assert.ok(heading.length > 0);
  assert.ok((await page.$$('a[href^="tel:"]')).length >= 3, 'hotlines are tap-to-call links');
  await page.goto(SITE + 'en/offices/index.html');
  await page.click('.regions a >> nth=1');
  assert.ok((await page.$$('.office a.call')).length > 0, 'a city page lists offices with call buttons');
  await context.close();
});

test('a checklist prints without navigation or buttons', async () => {
  const page = await browser.newPage();
  await page.goto(SITE + 'en/checklists/unpaid-wages-evidence/index.html');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.prev-next', '.search-box']) {
    const shown = await page.$$eval(selector, (els) => els.some((e) => e.getClientRects().length > 0));
    assert.equal(shown, false, `${selector} is printed`);
  }
  assert.ok(await page.$eval('article', (e) => getComputedStyle(e).display !== 'none'));
  assert.ok((await page.$$('article input[type="checkbox"]')).length > 3, 'the tick boxes are printed');
  assert.ok(await page.$eval('.hotlines', (e) => e.getClientRects().length > 0), 'the hotlines are printed');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  await page.close();
});
