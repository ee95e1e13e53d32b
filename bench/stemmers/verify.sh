#!/bin/bash
# Compares the JS stemmers with frostem (the crate tantivy stems with), word by word.
#
#   bench/stemmers/verify.sh [WORDS_DIR] [ALGO ...]
#
# For each ALGO (default: every themes/default/static/stemmers/*.js), stems
# tests/stemmers/ALGO.txt and every WORDS_DIR/ALGO.*txt (one word per line) with both and
# prints the number of words and of mismatches (the first few are shown). Exits 1 on any
# mismatch. The Rust side is a throwaway cargo project in ${STEMCHECK_DIR:-/tmp/stemcheck}
# pinned to the frostem version in Cargo.lock.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
words=${1:-}
[ $# -gt 0 ] && shift
algos=("$@")
if [ ${#algos[@]} -eq 0 ]; then
  for f in "$repo"/themes/default/static/stemmers/*.js; do algos+=("$(basename "$f" .js)"); done
fi
version=$(grep -A1 '^name = "frostem"$' "$repo/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')
dir=${STEMCHECK_DIR:-/tmp/stemcheck}
mkdir -p "$dir/src"
cat > "$dir/Cargo.toml" <<EOF
[package]
name = "stemcheck"
version = "0.1.0"
edition = "2021"

[dependencies]
frostem = "=$version"
EOF
cat > "$dir/src/main.rs" <<'EOF'
// stemcheck ALGO < words: prints word<TAB>stem per line, stemmed by frostem
use std::io::{BufRead, Write};
fn main() {
    let name = std::env::args().nth(1).expect("algorithm name");
    let stemmer = frostem::Stemmer::try_from_name(&name).expect("known algorithm");
    assert_eq!(stemmer.algorithm().name(), name);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in std::io::stdin().lock().lines() {
        let w = line.unwrap();
        writeln!(out, "{}\t{}", w, stemmer.stem(&w)).unwrap();
    }
}
EOF
(cd "$dir" && nice -n 15 cargo build --release --quiet)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0
for a in "${algos[@]}"; do
  files=("$repo/tests/stemmers/$a.txt")
  if [ -n "$words" ]; then
    for f in "$words/$a".*txt; do [ -e "$f" ] && files+=("$f"); done
  fi
  cat "${files[@]}" | LC_ALL=C sort -u > "$tmp/words"
  nice -n 15 "$dir/target/release/stemcheck" "$a" < "$tmp/words" > "$tmp/rust"
  nice -n 15 node "$repo/bench/stemmers/runjs.js" "$a" "$repo/themes/default/static/stemmers/$a.js" < "$tmp/words" > "$tmp/js"
  n=$(wc -l < "$tmp/words")
  m=$(diff "$tmp/rust" "$tmp/js" | grep -c '^<' || true)
  echo "$a: $n words, $m mismatches"
  if [ "$m" != 0 ]; then
    bad=1
    diff "$tmp/rust" "$tmp/js" | head -10 || true
  fi
done
exit $bad
