#!/usr/bin/env node
// Search benchmark (not a test): builds the sample handbook, serves it gzipped on 127.0.0.1,
// runs queries in headless Chromium with and without throttling (slow 4G, 4× slower CPU), and
// prints bytes and requests per cold and warm query, time to first results, and the size of
// the search data per language. Where Pagefind can be installed from the npm registry, the
// same figures for Pagefind over the same output, side by side.
//
//   node bench/search.mjs            (run `npm ci --prefix tests/browser` once before)
//
// Targets (../shared/ANCHORS.md): cold query ≤ 40 KB in ≤ 6 requests, ≤ 10 KB of code,
// warm query ≤ 16 KB, first results ≤ 1.5 s on slow 4G with a 4× slower CPU, ≤ 300 KB of
// search data per language.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = await import(join(repo, 'tests/browser/node_modules/playwright-core/index.mjs'));
const work = mkdtempSync(join(tmpdir(), 'handbook-search-bench-'));
const site = join(work, 'site');

const QUERIES = {
  'zh-Hans': [['欠薪', '工伤认定'], ['劳动合同', '仲裁'], ['薪', '法律援助']],
  en: [['unpaid wages', 'work injury'], ['arbitration', 'legal aid'], ['overtime pay', 'contract']],
};
const SLOW = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

console.log('Building the sample handbook (release)…');
execFileSync('cargo', ['build', '--release', '--locked', '--quiet'], { cwd: repo, stdio: 'inherit' });
execFileSync(join(repo, 'target/release/handbook'), ['--root', repo, 'build', '--out', site], { stdio: 'inherit' });

// Pagefind over a copy of the same output, if the npm registry has it.
let pagefindSite = null;
try {
  const pf = join(work, 'pagefind-tool');
  execFileSync('npm', ['install', '--prefix', pf, '--no-audit', '--no-fund', '--silent', 'pagefind'], { stdio: 'ignore' });
  pagefindSite = join(work, 'pagefind-site');
  cpSync(site, pagefindSite, { recursive: true });
  execFileSync(join(pf, 'node_modules/.bin/pagefind'), ['--site', pagefindSite], { stdio: 'ignore' });
  for (const lang of Object.keys(QUERIES)) {
    writeFileSync(join(pagefindSite, lang, 'pagefind-search.html'), `<!doctype html><html lang="${lang}"><meta charset="utf-8"><body><ol id="r"></ol><script type="module">
const q = new URLSearchParams(location.search).get('q');
const pf = await import('../pagefind/pagefind.js');
window.runQuery = async (text) => { const s = await pf.search(text); const d = await Promise.all(s.results.slice(0, 10).map((r) => r.data())); document.getElementById('r').textContent = d.map((x) => x.url).join('\\n'); window.done = (window.done || 0) + 1; };
if (q) await window.runQuery(q);
</script></body></html>`);
  }
} catch (error) {
  console.log(`Pagefind not available (${error.message.split('\n')[0]}); measuring handbook only.`);
  pagefindSite = null;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
function serve(root) {
  const server = createServer((req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try { if (statSync(file).isDirectory()) file = join(file, 'index.html'); } catch { return res.writeHead(404).end(); }
    let body;
    try { body = readFileSync(file); } catch { return res.writeHead(404).end(); }
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'max-age=3600' };
    const compressible = !/\.(pf_|wasm)/.test(file) || file.endsWith('.wasm');
    if (compressible && /gzip/.test(req.headers['accept-encoding'] || '')) { body = gzipSync(body, { level: 9 }); headers['content-encoding'] = 'gzip'; }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/** Opens `url` in a fresh context, counting requests after the page itself until `ready`. */
async function measure(url, ready, warm, throttled) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  // Playwright's events include requests from workers (Pagefind searches in a worker).
  let requests = [];
  let counting = true;
  context.on('requestfinished', (request) => {
    const skip = request.resourceType() === 'document' || /\.css(\?|$)|favicon/.test(request.url());
    if (counting && !skip) requests.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  const total = async () => { const sizes = await Promise.all(requests); return { requests: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) }; };
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(ready.cold, null, { timeout: 60000, polling: 50 });
  const coldMs = Date.now() - started;
  await page.waitForTimeout(200);
  const cold = { ms: coldMs, ...(await total()) };
  requests = [];
  const warmStarted = Date.now();
  await ready.warm(page, warm);
  const warmMs = Date.now() - warmStarted;
  await page.waitForTimeout(200);
  const warmResult = { ms: warmMs, ...(await total()) };
  counting = false;
  await context.close();
  return { cold, warm: warmResult };
}

const handbookReady = {
  cold: () => document.querySelector('[data-search-results]')?.getAttribute('data-search-state') === 'done',
  warm: async (page, text) => {
    await page.evaluate((t) => new Promise((resolve) => {
      const list = document.querySelector('[data-search-results]');
      new MutationObserver((changes, observer) => {
        if (list.getAttribute('data-search-state') === 'done') { observer.disconnect(); resolve(); }
      }).observe(list, { attributes: true, attributeFilter: ['data-search-state'] });
      const input = document.getElementById('search-input');
      input.value = t;
      input.dispatchEvent(new Event('input'));
    }), text);
  },
};
const pagefindReady = {
  cold: () => window.done === 1,
  warm: async (page, text) => { await page.evaluate((t) => window.runQuery(t), text); },
};

function gzipSize(dir, filter = () => true) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += gzipSize(path, filter);
    else if (filter(path)) total += gzipSync(readFileSync(path), { level: 9 }).length;
  }
  return total;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (cells) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 16)).join(''));
const handbookServer = await serve(site);
const pagefindServer = pagefindSite ? await serve(pagefindSite) : null;
const hbBase = `http://127.0.0.1:${handbookServer.address().port}/`;
const pfBase = pagefindServer ? `http://127.0.0.1:${pagefindServer.address().port}/` : null;

console.log(`\nSearch code: search.js ${kb(gzipSize(join(site, 'static'), (p) => p.endsWith('search.js')))} gzipped`);
if (pagefindSite) console.log(`Pagefind code: ${kb(gzipSize(join(pagefindSite, 'pagefind'), (p) => /pagefind(\.[^/]*)?\.js$|\.wasm|pagefind-entry/.test(p)))} gzipped (JS + wasm)`);
for (const lang of Object.keys(QUERIES)) {
  const ours = gzipSize(join(site, 'search', lang));
  const theirs = pagefindSite ? gzipSize(join(pagefindSite, 'pagefind')) : null;
  console.log(`Search data for offline use, ${lang}: handbook ${kb(ours)}${theirs !== null ? `; Pagefind (all languages) ${kb(theirs)}` : ''}`);
}

for (const throttled of [false, true]) {
  console.log(`\n${throttled ? 'Slow 4G (150 ms, 1.6 Mbps) and 4× slower CPU' : 'No throttling'}`);
  row(['query (cold → warm)', 'tool', 'cold requests', 'cold bytes', 'first results', 'warm bytes', 'warm time']);
  for (const [lang, pairs] of Object.entries(QUERIES)) {
    for (const [cold, warm] of pairs) {
      const ours = await measure(`${hbBase}${lang}/search/?q=${encodeURIComponent(cold)}`, handbookReady, warm, throttled);
      row([`${lang}: ${cold} → ${warm}`, 'handbook', ours.cold.requests, kb(ours.cold.bytes), `${ours.cold.ms} ms`, kb(ours.warm.bytes), `${ours.warm.ms} ms`]);
      if (pfBase) {
        const theirs = await measure(`${pfBase}${lang}/pagefind-search.html?q=${encodeURIComponent(cold)}`, pagefindReady, warm, throttled);
        row(['', 'Pagefind', theirs.cold.requests, kb(theirs.cold.bytes), `${theirs.cold.ms} ms`, kb(theirs.warm.bytes), `${theirs.warm.ms} ms`]);
      }
    }
  }
}
console.log('\n"first results" counts from navigation (page, script and search data) to the results shown;');
console.log('requests and bytes (headers included, gzipped on the wire) count everything the search needed after\nthe page itself; warm time includes the 150 ms typing pause of search.js.');
await browser.close();
handbookServer.close();
pagefindServer?.close();
if (!existsSync(site)) process.exit(1);
