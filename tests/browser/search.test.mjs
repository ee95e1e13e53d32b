// Real-browser tests of search, run by tests/browser.rs (which builds the sites and computes
// the command line's results first). Debian's Chromium, driven by playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch, serve } from './chromium.mjs';

const SITE = process.env.HANDBOOK_SITE;            // normal build (served over http)
const PORTABLE = process.env.HANDBOOK_PORTABLE;    // --portable build (opened from disk)
const EXPECTED = JSON.parse(readFileSync(process.env.HANDBOOK_EXPECTED, 'utf8'));
const STEMS = JSON.parse(readFileSync(process.env.HANDBOOK_STEMS, 'utf8'));
const SHOWN = 10; // results the page shows before "more"

let server, base, browser;

before(async () => {
  ({ server, base } = await serve(SITE));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a search page and returns the results' URLs relative to the site root. */
async function browserResults(page, url, root) {
  await page.goto(url);
  await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached', timeout: 15000 });
  const hrefs = await page.$$eval('[data-search-results] > li', (items) => items.map((li) => li.querySelector('a').href));
  return hrefs.map((href) => href.slice(root.length).replace(/index\.html(#|$)/, '$1'));
}

for (const { lang, query, urls } of EXPECTED) {
  test(`http: ${lang} “${query}” ranks as handbook search`, async () => {
    const page = await browser.newPage();
    const got = await browserResults(page, `${base}${lang}/search/?q=${encodeURIComponent(query)}`, base);
    assert.deepEqual(got, urls.slice(0, SHOWN));
    await page.close();
  });
  test(`file://: ${lang} “${query}” ranks as handbook search`, async () => {
    const page = await browser.newPage();
    const root = pathToFileURL(PORTABLE).href + '/';
    const got = await browserResults(page, `${root}${lang}/search/index.html?q=${encodeURIComponent(query)}`, root);
    assert.deepEqual(got, urls.slice(0, SHOWN));
    await page.close();
  });
}

test('search results are inserted as text', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  const got = await browserResults(page, `${base}en/search/?q=${encodeURIComponent('hostile')}`, base);
  assert.ok(got.length > 0, 'the hostile page is found');
  const html = await page.$eval('[data-search-results]', (el) => el.innerHTML);
  assert.ok(!html.includes('<img'), html);
  assert.ok(html.includes('&lt;img src=x onerror='), html);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test('matched words are highlighted and typing searches', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}en/search/`);
  await page.fill('#search-input', 'wag');
  await page.waitForSelector('[data-search-results][data-search-state="done"]');
  const marks = await page.$$eval('[data-search-results] mark', (m) => m.map((x) => x.textContent.toLowerCase()));
  assert.ok(marks.some((m) => m.startsWith('wag')), JSON.stringify(marks));
  await page.close();
});

test('every stemmer of the browser agrees with tantivy’s, word for word', async () => {
  assert.equal(Object.keys(STEMS).length, 18);
  for (const [algorithm, stems] of Object.entries(STEMS)) {
    const source = readFileSync(new URL(`../../themes/default/static/stemmers/${algorithm}.js`, import.meta.url), 'utf8');
    const window = {};
    new Function('window', source)(window);
    const stem = window.HSstem[algorithm];
    assert.equal(typeof stem, 'function', algorithm);
    const wrong = Object.entries(stems).filter(([word, expected]) => stem(word) !== expected);
    assert.deepEqual(wrong.slice(0, 20).map(([w, s]) => `${algorithm} ${w}: ${stem(w)} ≠ ${s}`), []);
    assert.ok(Object.keys(stems).length > 1000, algorithm);
  }
});

test('without JavaScript the search page lists every page', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}zh-Hans/search/?q=${encodeURIComponent('欠薪')}`);
  const links = await page.$$eval('.all-pages a', (a) => a.length);
  assert.ok(links > 5, `${links} links`);
  await context.close();
});
