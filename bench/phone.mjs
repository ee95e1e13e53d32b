#!/usr/bin/env node
// Low-end phone benchmark (not a test): builds the sample handbook, serves it gzipped on
// 127.0.0.1 and loads typical pages in headless Chromium as a cheap phone on slow mobile data
// would (360×640 screen, 4× slower CPU, slow 4G), printing time to first contentful paint,
// load time and bytes transferred.
//
//   node bench/phone.mjs            (run `npm ci --prefix tests/browser` once before)
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = await import(join(repo, 'tests/browser/node_modules/playwright-core/index.mjs'));
const site = join(mkdtempSync(join(tmpdir(), 'handbook-phone-bench-')), 'site');
execFileSync('cargo', ['build', '--release', '--locked', '--quiet'], { cwd: repo, stdio: 'inherit' });
execFileSync(join(repo, 'target/release/handbook'), ['--root', repo, 'build', '--out', site], { stdio: 'inherit' });

const PAGES = [
  ['language chooser', ''],
  ['front page (zh-Hans)', 'zh-Hans/'],
  ['article (zh-Hans)', 'zh-Hans/labor-rights/unpaid-wages/'],
  ['checklist (en)', 'en/checklists/unpaid-wages-evidence/'],
  ['directory city page (zh-Hans)', 'zh-Hans/offices/region/guangdong/shenzhen/'],
  ['directory home (en)', 'en/offices/'],
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  let file = normalize(join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  try { if (statSync(file).isDirectory()) file = join(file, 'index.html'); } catch { return res.writeHead(404).end(); }
  let body;
  try { body = readFileSync(file); } catch { return res.writeHead(404).end(); }
  const gzip = /gzip/.test(req.headers['accept-encoding'] || '') && !file.endsWith('.zip');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
    .end(gzip ? gzipSync(body, { level: 9 }) : body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

console.log('\nCheap phone: 360×640, 4× slower CPU, slow 4G (150 ms, 1.6 Mbps down); cold cache; median of 3\n');
console.log('page'.padEnd(34) + 'first paint'.padEnd(14) + 'loaded'.padEnd(12) + 'requests'.padEnd(10) + 'bytes');
for (const [name, path] of PAGES) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    // A first visit: the service worker would only install after the page has loaded.
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const sizes = [];
    context.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0)));
    await page.goto(base + path, { waitUntil: 'load' });
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      load: performance.timing.loadEventEnd - performance.timing.navigationStart,
    }));
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    runs.push({ ...timing, bytes, requests: sizes.length });
    await context.close().catch(() => {});
  }
  // Median by first paint (a run whose paint was not recorded counts as the slowest).
  runs.sort((a, b) => (Number.isNaN(a.fcp) ? Infinity : a.fcp) - (Number.isNaN(b.fcp) ? Infinity : b.fcp));
  const m = runs[1];
  console.log(name.padEnd(34) + `${Math.round(m.fcp)} ms`.padEnd(14) + `${m.load} ms`.padEnd(12) + String(m.requests).padEnd(10) + `${(m.bytes / 1024).toFixed(1)} KB`);
}
await browser.close();
server.close();
