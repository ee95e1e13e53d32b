#!/usr/bin/env node
// Picks a compact regression fixture for one stemmer: words that, together, run every
// block of the (traced) JS port and match every among entry they can, several times
// over, and remove or rewrite as many different suffixes as possible.
//
//   node bench/stemmers/pick.js ALGO TRACED_JS N REAL_WORDS [SYNTHETIC_WORDS ...] > tests/stemmers/ALGO.txt
//
// TRACED_JS comes from `rs2js.py --trace`; word files have one word per line.
// Real words are preferred over synthetic ones when both add the same coverage.
'use strict';
const fs = require('fs'), vm = require('vm');
const [algo, file, n, real, ...syn] = process.argv.slice(2);
const N = +n;
let ev = null, tables = 0, entries = 0;
const ctx = {
  window: {},
  __t: (id) => ev.add('b' + id),
  __tt: (t) => { t.id = ++tables; entries += t.length; return t; },
  __ta: (v, i) => ev.add('a' + v.id + ':' + i),
};
vm.runInNewContext(fs.readFileSync(file, 'utf8'), ctx, { filename: file });
const stem = ctx.window.HSstem[algo];
const read = (f) => (f ? fs.readFileSync(f, 'utf8').split('\n').filter((w) => w !== '') : []);
// one rng for reproducible picks
let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const sample = (a, k) => {
  a = a.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a.slice(0, k);
};
const pool = [];
const seen = new Set();
const add = (w, isReal) => {
  if (seen.has(w) || w.toLowerCase() !== w) return;
  seen.add(w);
  ev = new Set();
  const s = stem(w);
  // the suffix pattern: what was cut from the end, and what was put back
  const cw = [...w], cs = [...s];
  let p = 0;
  while (p < cw.length && p < cs.length && cw[p] === cs[p]) p++;
  if (isReal) ev.add('s' + cw.slice(p).join('') + '>' + cs.slice(p).join(''));
  pool.push({ w, real: isReal, ev: [...ev] });
};
const realWords = read(real);
// inputs every fixture has: one-letter words, non-letters, other scripts, astral characters
const always = ["'", "''", '-', '0', '7', '42', '2024', 'abc123', '123abc', 'ß', '😀', '😀😀', 'a😀', '😀a',
  '𝒶𝒷𝒸', '\u{10000}', '\u{10ffff}', '\ufffd', '\u0301', 'e\u0301', '東京', 'москва', 'αβγ', 'مرحبا', 'தமிழ்',
  "l'homme", 'l\u2019homme', 'x-y', 'a_b', 'a.b'];
for (const ch of [...new Set(realWords.slice(0, 50000).flatMap((w) => [...w]))].sort()) always.push(ch);
for (const w of sample(realWords, 8)) {
  const c = [...w], k = Math.floor(rnd() * (c.length + 1));
  always.push(c.slice(0, k).join('') + '😀' + c.slice(k).join(''), w + '𝒶', '𝒶' + w);
}
for (const w of always) add(w, false);
const forced = pool.slice();
for (const w of sample(realWords, 60000)) add(w, true);
for (const f of syn) for (const w of sample(read(f), 100000)) add(w, false);
// and, from all the words, the first three that run each block or match each among entry,
// so that rare rules make it into the pool
const witness = new Map();
for (const [words, isReal] of [[realWords, true], ...syn.map((f) => [read(f), false])]) {
  for (const w of words) {
    if (w.toLowerCase() !== w) continue; // tantivy only stems lower-cased tokens
    ev = new Set();
    stem(w);
    for (const e of ev) {
      const l = witness.get(e) || [];
      if (l.length < 3) { l.push(w); witness.set(e, l); }
    }
  }
}
const realSet = new Set(realWords);
for (const l of witness.values()) for (const w of l) add(w, realSet.has(w));
// first every block and among entry once, then each three times and each suffix pattern once
let phase = 1;
const need = (e) => (e[0] === 's' ? phase - 1 : phase === 1 ? 1 : 3);
const cover = new Map();
const gain = (p) => {
  let g = 0;
  for (const e of p.ev) if ((cover.get(e) || 0) < need(e)) g++;
  return g && g + (p.real ? 0.5 : 0);
};
// lazy greedy (gains only ever shrink), in two phases
const picked = [];
for (const p of forced) {
  picked.push(p);
  p.taken = true;
  for (const e of p.ev) cover.set(e, (cover.get(e) || 0) + 1);
}
for (phase = 1; phase <= 2; phase++) {
  const heap = pool.filter((p) => !p.taken).map((p) => ({ p, g: gain(p) })).filter((x) => x.g > 0).sort((a, b) => b.g - a.g);
  while (picked.length < N && heap.length) {
    const top = heap.shift();
    top.g = gain(top.p);
    if (!top.g || top.p.taken) continue;
    if (heap.length && top.g < heap[0].g) {
      let lo = 0, hi = heap.length; // re-insert in order
      while (lo < hi) { const m = (lo + hi) >> 1; if (heap[m].g > top.g) lo = m + 1; else hi = m; }
      heap.splice(lo, 0, top);
      continue;
    }
    picked.push(top.p);
    top.p.taken = true;
    for (const e of top.p.ev) cover.set(e, (cover.get(e) || 0) + 1);
  }
}
if (process.env.PICK_DEBUG) for (const e of witness.keys()) if (!cover.has(e)) console.error('uncovered', e, witness.get(e));
const blocks = (fs.readFileSync(file, 'utf8').match(/__t\(\d+\)/g) || []).length;
const count = (c) => [...cover.keys()].filter((e) => e[0] === c).length;
const poolCount = (c) => new Set(pool.flatMap((p) => p.ev).filter((e) => e[0] === c)).size;
// fill up with plain real words, as a search box would see them
for (const p of pool) {
  if (picked.length >= N) break;
  if (p.real && !p.taken) { picked.push(p); p.taken = true; }
}
const out = picked.map((p) => p.w).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(out.join('\n') + '\n');
const reach = (c) => [...witness.keys()].filter((e) => e[0] === c).length;
process.stderr.write(`${algo}: ${out.length} words (${picked.filter((p) => !p.real).length} synthetic); ` +
  `blocks run ${count('b')}/${blocks} (${reach('b')} run by any lower-case input word), ` +
  `among entries matched ${count('a')}/${entries} (${reach('a')}), ` +
  `suffix patterns ${count('s')}/${poolCount('s')} (pool of ${pool.length} words)\n`);
