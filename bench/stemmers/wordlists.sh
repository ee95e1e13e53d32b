#!/bin/bash
# Real word lists for bench/stemmers/verify.sh: writes OUT_DIR/ALGO.real.txt (lower-cased,
# unique, at most 3M words each) for the 18 languages tantivy stems, and, with a frostem
# source dir, OUT_DIR/ALGO.syn.txt (bench/stemmers/gen.py, 400k words each).
#
#   bench/stemmers/wordlists.sh OUT_DIR [FROSTEM_SRC_DIR]
#
# Installs Debian word lists and aspell/hunspell dictionaries (run as root, after
# apt-get update) and the npm package @cspell/dict-fi-fi (Finnish has no Debian list)
# into a temporary folder. Takes a few minutes and about 1.5 GB in OUT_DIR.
set -euo pipefail
out=$1
crate=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  wamerican-insane wdanish wdutch wfrench wngerman witalian wnorwegian wportuguese wbrazilian \
  wspanish wswedish aspell aspell-ar aspell-el aspell-ru aspell-ro aspell-ta aspell-hu aspell-da \
  aspell-nl aspell-sv aspell-no aspell-fr aspell-de aspell-it aspell-es aspell-pt-pt aspell-pt-br \
  hunspell-tr > /dev/null
# aspell dictionaries hold stems and affix rules: expand them into word forms
for l in ar da de el es fr it nb nn nl pt_BR pt_PT ro ru sv ta; do
  aspell -l $l dump master | aspell -l $l expand | tr ' ' '\n' | head -n 4000000 > "$src/aspell_$l.txt"
done
# Hungarian expands to billions of forms: a sample of 40,000 stems, and of their forms
aspell -l hu dump master | shuf -n 40000 --random-source=<(yes) | aspell -l hu expand | tr ' ' '\n' \
  | awk 'BEGIN{srand(1)} rand()<0.002' | head -n 3000000 > "$src/aspell_hu.txt"
# hunspell-tr: every suffix rule (they are all plain "add this ending" rules) on every stem
python3 - "$src/hun_tr.txt" <<'EOF'
import re, sys
aff = {}
for line in open('/usr/share/hunspell/tr_TR.aff', encoding='utf-8'):
    p = line.split()
    if len(p) >= 4 and p[0] == 'SFX' and p[2] not in ('N', 'Y'):
        aff.setdefault(p[1], []).append((p[2], p[3].split('/')[0], p[4] if len(p) > 4 else '.'))
out = set()
for l in open('/usr/share/hunspell/tr_TR.dic', encoding='utf-8').read().split('\n')[1:]:
    w, _, fl = l.partition('/')
    if not w:
        continue
    out.add(w)
    for f in fl.split(','):
        for strip, add, cond in aff.get(f, []):
            if cond == '.' or re.search(cond + '$', w):
                base = w[:-len(strip)] if strip != '0' and w.endswith(strip) else w
                out.add(base + ('' if add == '0' else add))
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
EOF
# Finnish: the cspell dictionary (a trie of hunspell fi_FI's forms)
(cd "$src" && npm pack --silent @cspell/dict-fi-fi > /dev/null && tar xzf cspell-dict-fi-fi-*.tgz \
  && npm install --silent --no-save cspell-trie-lib > /dev/null)
cat > "$src/fi.mjs" <<'EOF'
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
const txt = gunzipSync(readFileSync('package/dict/fi-fi.trie.gz')).toString('utf8');
const words = [];
for (const w of iteratorTrieWords(importTrie(txt.split('\n').map((l) => l + '\n')))) words.push(w);
writeFileSync('fi.txt', words.join('\n') + '\n');
EOF
(cd "$src" && node fi.mjs)
D=/usr/share/dict S=$src
list() { # ALGO SOURCE...: lower-cased unique words, '~' (accent-folded cspell) entries left out
  local a=$1; shift
  python3 - "$out/$a.real.txt" "$@" <<'EOF'
import random, sys
ws = set()
for f in sys.argv[2:]:
    for line in open(f, encoding='utf-8', errors='replace'):
        ws.update(w.lower() for w in line.split() if not w.startswith('~') and '/' not in w)
ws = sorted(ws)
if len(ws) > 3000000:
    ws = sorted(random.Random(1).sample(ws, 3000000))
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(ws) + '\n')
print(sys.argv[1], len(ws))
EOF
}
list arabic $S/aspell_ar.txt
list danish $D/danish $S/aspell_da.txt
list dutch $D/dutch $S/aspell_nl.txt
list english $D/american-english-insane
list finnish $S/fi.txt
list french $D/french $S/aspell_fr.txt
list german $D/ngerman $S/aspell_de.txt
list greek $S/aspell_el.txt
list hungarian $S/aspell_hu.txt
list italian $D/italian $S/aspell_it.txt
list norwegian $D/bokmaal $D/nynorsk $S/aspell_nb.txt $S/aspell_nn.txt
list portuguese $D/portuguese $D/brazilian $S/aspell_pt_PT.txt $S/aspell_pt_BR.txt
list romanian $S/aspell_ro.txt
list russian $S/aspell_ru.txt
list spanish $D/spanish $S/aspell_es.txt
list swedish $D/swedish $S/aspell_sv.txt
list tamil $S/aspell_ta.txt
list turkish $S/hun_tr.txt
if [ -n "$crate" ]; then
  for f in "$out"/*.real.txt; do
    a=$(basename "$f" .real.txt)
    nice -n 15 python3 "$here/gen.py" "$crate" "$a" "$f" 400000 > "$out/$a.syn.txt"
  done
fi
