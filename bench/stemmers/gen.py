#!/usr/bin/env python3
"""Synthetic test words for one stemmer, built from the strings of its own rules.

    python3 bench/stemmers/gen.py FROSTEM_SRC_DIR ALGO REAL_WORDS N > words.txt

Writes about N distinct words: tricky inputs (non-letters, digits, other scripts,
astral characters), every letter alone and doubled, every string literal of the
generated Rust (among entries, eq_s/slice_from arguments) alone, with neighbours from
other scripts, and in pairs (capped at 1.5M), then random mixes of word beginnings from
REAL_WORDS with one to three of those strings, which is what drives a stemmer through its
rules, and random strings over the language's letters.
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rs2js import unescape_rust  # noqa: E402

crate, algo, real, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
src = open(os.path.join(crate, 'src', 'algorithms', algo + '_stemmer.rs'), encoding='utf-8').read()
lits = sorted({unescape_rust(m) for m in re.findall(r'"((?:[^"\\]|\\.)*)"', src)} - {''})
rnd = random.Random(algo)
words = [w for w in open(real, encoding='utf-8').read().split('\n') if w]
alpha = sorted({ch for w in rnd.sample(words, min(len(words), 20000)) for ch in w} | {ch for l in lits for ch in l})
stems = [w[:rnd.randint(1, len(w))] for w in rnd.sample(words, min(len(words), 5000))]


def rs(a, b):
    return ''.join(rnd.choice(alpha) for _ in range(rnd.randint(a, b)))


out = {'', "'", "''", '-', '0', '1', '42', '2024', 'abc123', '123abc', '\u00e9', '\u00df', 'ss', 'i\u0307',
       '\U0001f600', '\U0001f600\U0001f600', 'a\U0001f600', '\U0001f600a', '\U0001d4b6\U0001d4b7\U0001d4b8',
       '\U00010000', '\U0010ffff', '\ufffd', '\ufeff', '\u200d', '\u0301', 'e\u0301', '\u6771\u4eac',
       '\u043c\u043e\u0441\u043a\u0432\u0430', '\u03b1\u03b2\u03b3', '\u0645\u0631\u062d\u0628\u0627',
       '\u0ba4\u0bae\u0bbf\u0bb4\u0bcd', '\u015f\u011f\u00fc\u00f6\u00e7\u0131', '\u2019', "l'homme",
       'l\u2019homme', "aujourd'hui", "d'", "qu'", 'x-y', 'a_b', 'a.b'}
for ch in alpha:
    out.update((ch, ch + ch))
for l in lits:
    out.add(l)
    for t in ['\U0001f600', '1', 'a', '\u00e9', '\u03c9', '\u044f', '\u0628', '\u0b95', '\u6771']:
        out.update((t + l, l + t))
pairs = [a + b for a in lits for b in lits]
out.update(pairs if len(pairs) <= 1500000 else rnd.sample(pairs, 1500000))
while len(out) < n:
    r, q = rnd.random(), rnd.random()
    st = (rnd.choice(stems) if q < 0.5 else rs(0, 6) if q < 0.65 else rs(0, 2) if q < 0.8
          else rnd.choice(lits) if q < 0.9 else '')
    if r < 0.45:
        w = st + rnd.choice(lits)
    elif r < 0.75:
        w = st + rnd.choice(lits) + rnd.choice(lits)
    elif r < 0.85:
        w = st + rnd.choice(lits) + rnd.choice(lits) + rnd.choice(lits)
    elif r < 0.95:
        w = rs(0, 12)
    else:
        w = st + rnd.choice(['\U0001f600', '\U0001d4b6', '1', '-', "'", '\u6771', '\u03c9']) + rnd.choice(lits)
    out.add(w)
for w in sorted(out):
    if not re.search('[\n\r\x85\u2028\u2029]', w):
        print(w)
