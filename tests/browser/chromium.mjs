// Debian's Chromium, launched the way this machine needs it (no sandbox as root, no GPU, no
// background connections to the outside world).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.png': 'image/png',
};

// Serves built sites over http on 127.0.0.1, never cached, as a static host would: `root`
// is one site's folder, served at `/`, or an object that maps a first path segment to a
// site's folder (`{ a: dir }` serves it at `/a/`). Returns the server and its base URL.
export async function serve(root) {
  const server = createServer((req, res) => {
    let path;
    try { path = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    let folder = root;
    if (typeof root !== 'string') {
      const [, site, ...rest] = path.split('/');
      folder = root[site];
      path = rest.join('/');
    }
    if (!folder) { res.writeHead(404).end('not found'); return; }
    let file = normalize(join(folder, path));
    if (!file.startsWith(folder)) { res.writeHead(403).end(); return; }
    try { if (statSync(file).isDirectory()) file = join(file, 'index.html'); } catch { /* 404 below */ }
    let body;
    try { body = readFileSync(file); } catch { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}/` };
}
