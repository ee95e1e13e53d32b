#!/usr/bin/env python3
"""Translate frostem's generated Snowball stemmers (Rust) into stand-alone JavaScript.

    python3 bench/stemmers/rs2js.py [--trace] FROSTEM_SRC_DIR OUT_DIR [ALGORITHM ...]

FROSTEM_SRC_DIR is the crate's root (…/registry/src/index.crates.io-*/frostem-X.Y.Z).
With no ALGORITHM, the 18 that tantivy's `Language` enum maps to are written.
--trace adds calls to __t/__ta/__tt hooks (defined by bench/stemmers/pick.js) that
report which blocks ran and which among entries matched.

The JS keeps frostem's exact semantics by running the generated code on the word's
UTF-8 bytes (held in a "byte string": one JS char per byte), so every cursor, limit
and among comparison is the same byte offset as in Rust, and the runtime below is a
line-by-line copy of frostem's src/snowball_env.rs.
"""
import os
import re
import sys

LANGS = ['arabic', 'danish', 'dutch', 'english', 'finnish', 'french', 'german', 'greek',
         'hungarian', 'italian', 'norwegian', 'portuguese', 'romanian', 'russian',
         'spanish', 'swedish', 'tamil', 'turkish']

# JS runtime: state S (current, a UTF-8 byte string), C cursor, L limit, LB limit_backward,
# B bra, K ket.  Each entry: name -> (code, dependencies).  Only what a stemmer uses is emitted.
RT = {
    'enc': ('''// UTF-8 encode into a byte string (lone surrogates become U+FFFD, as Rust's lossy conversion does)
function enc(w) {
  var o = '', f = String.fromCharCode, c, ch;
  for (ch of w) {
    c = ch.codePointAt(0);
    if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;
    o += c < 0x80 ? f(c) : c < 0x800 ? f(0xC0 | c >> 6, 0x80 | c & 63) : c < 0x10000 ? f(0xE0 | c >> 12, 0x80 | c >> 6 & 63, 0x80 | c & 63)
      : f(0xF0 | c >> 18, 0x80 | c >> 12 & 63, 0x80 | c >> 6 & 63, 0x80 | c & 63);
  }
  return o;
}''', []),
    'cp': ('''// the code point whose UTF-8 encoding starts at byte i of S
function cp(i) {
  var b = S.charCodeAt(i), n = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3, c = n ? b & 0x3F >> n : b;
  while (n--) c = c << 6 | S.charCodeAt(++i) & 63;
  return c;
}''', []),
    'dec': ('''function dec() {
  var o = '', i = 0, c;
  while (i < S.length) { c = cp(i); o += String.fromCodePoint(c); i += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }
  return o;
}''', ['cp']),
    'bd': ('''function bd(i) { return i < S.length ? (S.charCodeAt(i) & 0xC0) != 0x80 : i == S.length; } // is_char_boundary''', []),
    'am': ('''function am(t) { for (var a of t) a[0] = enc(a[0]); return t; }''', ['enc']),
    'len': ('''function len() { return S.replace(/[\\x80-\\xbf]/g, '').length; } // chars().count()''', []),
    'replace_s': ('''function replace_s(bra, ket, s) {
  var adj = s.length - (ket - bra);
  S = S.slice(0, bra) + s + S.slice(ket);
  L += adj;
  if (C >= ket) C += adj; else if (C > bra) C = bra;
  return adj;
}''', []),
    'slice_from': ('''function slice_from(s) { replace_s(B, K, s); K = B + s.length; }''', ['replace_s']),
    'slice_del': ('''function slice_del() { slice_from(''); }''', ['slice_from']),
    'slice_to': ('''function slice_to() { return S.slice(B, K); }''', []),
    'insert': ('''function insert(bra, ket, s) {
  var adj = replace_s(bra, ket, s);
  if (bra <= B) B += adj;
  if (bra <= K) K += adj;
}''', ['replace_s']),
    'eq_s': ('''function eq_s(s) {
  if (C >= L || !S.startsWith(s, C)) return false;
  C += s.length;
  return true;
}''', []),
    'eq_s_b': ('''function eq_s_b(s) {
  if (C - LB < s.length || !S.startsWith(s, C - s.length)) return false;
  C -= s.length;
  return true;
}''', []),
    'next_char': ('''function next_char() { C++; while (C < S.length && !bd(C)) C++; }''', ['bd']),
    'previous_char': ('''function previous_char() { C--; while (C > 0 && !bd(C)) C--; }''', ['bd']),
    'hop': ('''function hop(n) {
  var r = C;
  while (n-- > 0) {
    if (r >= L) return false;
    r++;
    while (r < L && !bd(r)) r++;
  }
  C = r;
  return true;
}''', ['bd']),
    'hop_back': ('''function hop_back(n) {
  var r = C;
  while (n-- > 0) {
    if (r <= LB) return false;
    r--;
    while (r > LB && !bd(r)) r--;
  }
  C = r;
  return true;
}''', ['bd']),
    'ing': ('''function ing(g, min, max, i) { var ch = cp(i); return ch >= min && ch <= max && (g[(ch - min) >> 3] & 1 << ((ch - min) & 7)) != 0; }''', ['cp']),
    'in_grouping': ('''function in_grouping(g, min, max) {
  if (C >= L || !ing(g, min, max, C)) return false;
  next_char();
  return true;
}''', ['ing', 'next_char']),
    'go_in_grouping': ('''function go_in_grouping(g, min, max) {
  while (C < L) {
    if (!ing(g, min, max, C)) return true;
    next_char();
  }
  return false;
}''', ['ing', 'next_char']),
    'in_grouping_b': ('''function in_grouping_b(g, min, max) {
  if (C <= LB) return false;
  var c = C;
  previous_char();
  if (!ing(g, min, max, C)) { C = c; return false; }
  return true;
}''', ['ing', 'previous_char']),
    'go_in_grouping_b': ('''function go_in_grouping_b(g, min, max) {
  while (C > LB) {
    var c = C;
    previous_char();
    if (!ing(g, min, max, C)) { C = c; return true; }
  }
  return false;
}''', ['ing', 'previous_char']),
    'out_grouping': ('''function out_grouping(g, min, max) {
  if (C >= L || ing(g, min, max, C)) return false;
  next_char();
  return true;
}''', ['ing', 'next_char']),
    'go_out_grouping': ('''function go_out_grouping(g, min, max) {
  while (C < L) {
    if (ing(g, min, max, C)) return true;
    next_char();
  }
  return false;
}''', ['ing', 'next_char']),
    'out_grouping_b': ('''function out_grouping_b(g, min, max) {
  if (C <= LB) return false;
  var c = C;
  previous_char();
  if (!ing(g, min, max, C)) return true;
  C = c;
  return false;
}''', ['ing', 'previous_char']),
    'go_out_grouping_b': ('''function go_out_grouping_b(g, min, max) {
  while (C > LB) {
    var c = C;
    previous_char();
    if (ing(g, min, max, C)) { C = c; return true; }
  }
  return false;
}''', ['ing', 'previous_char']),
    'find_among': ('''// among tables: [string, substring index, result, routine?]
function find_among(v) {
  var i = 0, j = v.length, c = C, l = L, ci = 0, cj = 0, first = false, k, w, d, m, n;
  for (;;) {
    k = i + ((j - i) >> 1); d = 0; m = ci < cj ? ci : cj; w = v[k][0];
    for (n = m; n < w.length; n++) {
      if (c + m == l) { d = -1; break; }
      d = S.charCodeAt(c + m) - w.charCodeAt(n);
      if (d) break;
      m++;
    }
    if (d < 0) { j = k; cj = m; } else { i = k; ci = m; }
    if (j - i <= 1) {
      if (i > 0 || j == i || first) break;
      first = true;
    }
  }
  for (;;) {
    w = v[i];
    if (ci >= w[0].length) {
      C = c + w[0].length;
      if (!w[3]) return w[2];
      if (w[3]()) { C = c + w[0].length; return w[2]; }
    }
    i = w[1];
    if (i < 0) return 0;
  }
}''', []),
    'find_among_b': ('''// among tables: [string, substring index, result, routine?]
function find_among_b(v) {
  var i = 0, j = v.length, c = C, lb = LB, ci = 0, cj = 0, first = false, k, w, d, m, n;
  for (;;) {
    k = i + ((j - i) >> 1); d = 0; m = ci < cj ? ci : cj; w = v[k][0];
    for (n = w.length - 1 - m; n >= 0; n--) {
      if (c - m == lb) { d = -1; break; }
      d = S.charCodeAt(c - m - 1) - w.charCodeAt(n);
      if (d) break;
      m++;
    }
    if (d < 0) { j = k; cj = m; } else { i = k; ci = m; }
    if (j - i <= 1) {
      if (i > 0 || j == i || first) break;
      first = true;
    }
  }
  for (;;) {
    w = v[i];
    if (ci >= w[0].length) {
      C = c - w[0].length;
      if (!w[3]) return w[2];
      if (w[3]()) { C = c - w[0].length; return w[2]; }
    }
    i = w[1];
    if (i < 0) return 0;
  }
}''', []),
}
# find_among's byte-for-byte loop over w: Rust iterates lvar in common..len, using `common`
# (not lvar) to index the input; the JS mirrors that (n only counts).


def unescape_rust(s):
    """Value of a Rust string literal body."""
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch == '\\':
            nx = s[i + 1]
            if nx == 'u':
                j = s.index('}', i)
                out.append(chr(int(s[i + 3:j], 16)))
                i = j + 1
                continue
            out.append({'n': '\n', 't': '\t', 'r': '\r', '0': '\0', '\\': '\\', '"': '"', "'": "'"}[nx])
            i += 2
            continue
        out.append(ch)
        i += 1
    return ''.join(out)


def js_str(v):
    """A JS string literal for value v, in ASCII (the files stay pure ASCII, like the
    other scripts, so the page's or server's idea of their encoding never matters)."""
    o = []
    for ch in v:
        c = ord(ch)
        if ch in '"\\':
            o.append('\\' + ch)
        elif c < 0x20 or c == 0x7f:
            o.append('\\x%02x' % c)
        elif c < 0x80:
            o.append(ch)
        elif c < 0x10000:
            o.append('\\u%04x' % c)
        else:
            o.append('\\u{%x}' % c)
    return '"' + ''.join(o) + '"'


STR_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')


def code_str(m):
    v = unescape_rust(m.group(1))
    if all(ord(ch) < 0x80 for ch in v):
        return js_str(v)
    return 'enc(%s)' % js_str(v)


class Blk:
    """A JS block: head is its opening line ('if (...) {', 'lab3: for (;;) {', ...)."""
    def __init__(self, head, kind, label=None):
        self.head, self.kind, self.label, self.kids = head, kind, label, []

    def open(self, head, kind, label=None):
        b = Blk(head, kind, label)
        self.kids.append(b)
        return b


def stmts(b):
    """All statements inside b, recursively."""
    for k in b.kids:
        if isinstance(k, Blk):
            yield k.head
            yield from stmts(k)
        else:
            yield k


def balanced(e):
    d = 0
    for ch in e:
        d += {'(': 1, ')': -1}.get(ch, 0)
        if d < 0:
            return False
    return d == 0


JUMP = re.compile(r'(break|continue|return)\b')


def simplify(b):
    """Peephole rewrites that keep the semantics and make the output smaller:
    a Rust `'labN: loop { ...; break 'labN; }` (the usual Snowball shape), or any loop
    whose body ends with a jump and that nothing continues, is a labeled block; a block
    that no jump names is spliced into its parent; a match arm gets a `break;` unless it
    ends with a jump."""
    kids = []
    for k in b.kids:
        if isinstance(k, Blk):
            simplify(k)
            if k.kind == 'loop' and k.kids and isinstance(k.kids[-1], str) and JUMP.match(k.kids[-1]) \
                    and 'continue %s;' % k.label not in stmts(k):
                # the body always jumps at its end, so it never runs twice
                if k.kids[-1] == 'break %s;' % k.label:
                    k.kids.pop()
                k.kind = 'block'
                k.head = '%s: {' % k.label
                if 'break %s;' % k.label not in stmts(k):
                    k.head = '{'
                    kids.extend(k.kids)  # names are unique in a function, so `var` scoping is safe
                    continue
        kids.append(k)
    b.kids = kids
    if b.kind == 'arm' and not (b.kids and isinstance(b.kids[-1], str) and JUMP.match(b.kids[-1])):
        b.kids.append('break;')


def add_trace(b, n=[0]):
    """For bench/stemmers/pick.js: every block reports that it ran."""
    for k in b.kids:
        if isinstance(k, Blk):
            add_trace(k)
    if b.kind != 'switch':
        n[0] += 1
        b.kids.insert(0, '__t(%d);' % n[0])


def render(b, depth, out):
    ind = ' ' * depth
    simple = all(isinstance(k, str) for k in b.kids)
    if b.kind in ('if', 'else', 'arm') and simple:
        # short bodies on one line; a single plain statement needs no braces
        if b.kind == 'if' and len(b.kids) == 1 and not b.kids[0].startswith(('if', 'var')):
            out.append(ind + b.head[:-1] + b.kids[0])
            return
        line = ind + b.head + ' ' + ' '.join(b.kids) + ' }'
        if len(line) <= 110:
            out.append(line)
            return
    out.append(ind + b.head)
    for k in b.kids:
        if isinstance(k, Blk):
            render(k, depth + 1, out)
        else:
            out.append(ind + ' ' + k)
    out.append(ind + '}')


def translate(src, name, trace=False):
    lines = src.split('\n')
    out = []        # JS lines of the algorithm part
    ctx_fields = []
    used = set()
    i = 0
    n = len(lines)
    stack = []      # open blocks
    in_fn = False
    fn_locals = set()
    while i < n:
        line = lines[i]
        s = line.strip()
        i += 1
        if not in_fn:
            if not s or s.startswith('//') or s.startswith('#') or s.startswith('use ') or s.startswith('#['):
                continue
            if s.startswith('struct Context {'):
                while lines[i].strip() != '}':
                    f = lines[i].strip().rstrip(',')
                    fname, ftype = [x.strip() for x in f.split(':')]
                    ctx_fields.append(fname)
                    i += 1
                i += 1
                continue
            m = re.match(r"static (A_\d+): &'static \[Among<Context>; (\d+)\] = &\[$", s)
            if m:
                ents = []
                while lines[i].strip() != '];':
                    e = lines[i].strip()
                    em = re.match(r'Among\("((?:[^"\\]|\\.)*)", (-?\d+), (-?\d+), (None|Some\(&(\w+)\))\),$', e)
                    assert em, e
                    parts = [js_str(unescape_rust(em.group(1))), em.group(2), em.group(3)]
                    if em.group(5):
                        parts.append(em.group(5))
                    ents.append('[' + ','.join(parts) + ']')
                    i += 1
                i += 1
                assert len(ents) == int(m.group(2))
                used.add('am')
                # a few entries per line keeps it readable
                rows, row = [], []
                for e in ents:
                    row.append(e)
                    if sum(len(x) + 1 for x in row) > 90:
                        rows.append(','.join(row))
                        row = []
                if row:
                    rows.append(','.join(row))
                out.append('var %s = am([\n  %s]);' % (m.group(1), ',\n  '.join(rows)))
                continue
            m = re.match(r"static (G_\w+): &'static \[u8; (\d+)\] = &\[([\d, ]*)\];$", s)
            if m:
                out.append('var %s = [%s];' % (m.group(1), m.group(3).replace(' ', '')))
                continue
            m = re.match(r'(pub )?fn (\w+)\(env: &mut SnowballEnv(, context: &mut Context)?\) -> bool \{$', s)
            if m:
                fn = Blk('function %s() {' % m.group(2), 'fn')
                out.append(fn)
                in_fn = True
                fn_locals = set()
                declared = set()

                def declare(v):
                    # Rust's `let` is block-scoped and JS's `var` is not: only safe with unique names
                    # (`c` is the exception: Snowball's `<+` insert saves and restores the
                    # cursor in it around an insert(), in straight-line code)
                    assert v not in declared or v == 'c', (name, v)
                    declared.add(v)
                stack = [fn]
                continue
            raise SystemExit('%s: unexpected top-level line %d: %r' % (name, i, line))
        # inside a function
        top = stack[-1]
        if not s:
            continue
        if s == 'let mut context = &mut Context {':
            inits = []
            while lines[i].strip() != '};':
                f = lines[i].strip().rstrip(',')
                fname, val = [x.strip() for x in f.split(':', 1)]
                val = {'String::new()': "''"}.get(val, val)
                inits.append('%s = %s;' % (fname, val))
                i += 1
            i += 1
            if inits:
                top.kids.append(' '.join(inits))
            continue
        if s in ('}', '};'):
            stack.pop()
            if not stack:
                in_fn = False
            continue
        if s == '_ => ()':
            continue
        m = re.match(r'(-?\d+) => \{$', s)
        if m:
            assert top.kind == 'switch'
            stack.append(top.open('case %s: {' % m.group(1), 'arm'))
            continue
        m = re.match(r'match (\w+) \{$', s)
        if m:
            stack.append(top.open('switch (%s) {' % m.group(1), 'switch'))
            continue
        m = re.match(r"'(\w+): loop ?\{$", s)
        if m:
            stack.append(top.open('%s: for (;;) {' % m.group(1), 'loop', m.group(1)))
            continue
        m = re.match(r"(?:'(\w+): )?for _ in (\d+)\.\.(\d+) \{$", s)
        if m:
            lab = m.group(1)
            v = '_' + (lab or 'i%d' % len(stack))
            stack.append(top.open('%sfor (var %s = %s; %s < %s; %s++) {' % (lab + ': ' if lab else '', v, m.group(2), v, m.group(3), v), 'for'))
            continue
        m = re.match(r'let mut (\w+)( : \w+)?;$', s)
        if m:
            fn_locals.add(m.group(1))
            declare(m.group(1))
            top.kids.append('var %s;' % m.group(1))
            continue
        if s == 'let (bra, ket) = (env.cursor, env.cursor);':
            top.kids.append('var bra = C, ket = C;')  # used at once by the insert() that follows
            continue
        # expressions
        t = re.sub(r"^(break|continue) '(\w+);$", r'\1 \2;', s)
        t = re.sub(r'env\.current\.as_bytes\(\)\[\(([^()]*)\) as usize\] as u8', r'S.charCodeAt(\1)', t)
        t = t.replace('(env.current.chars().count() as i32)', 'len()')
        if 'len()' in t:
            used.add('len')
        t = re.sub(r'(-?\d+) as (u8|i32)\b', r'\1', t)
        assert ' as ' not in t, (name, s)
        t = t.replace('env.limit_backward', 'LB').replace('env.limit', 'L').replace('env.cursor', 'C')
        t = t.replace('env.bra', 'B').replace('env.ket', 'K')
        for fm in re.finditer(r'env\.(\w+)\(', t):
            used.add(fm.group(1))
        t = re.sub(r'env\.(\w+)\(', r'\1(', t)
        t = t.replace('(env, context)', '()').replace(', context)', ')')
        for cm in re.finditer(r'context\.(\w+)', t):
            assert cm.group(1) in ctx_fields and cm.group(1) not in fn_locals, (name, s)
        t = t.replace('context.', '')
        assert 'env' not in re.sub(r'"(?:[^"\\]|\\.)*"', '', t), (name, s)
        t = re.sub(r'(?<![&\w)])&(?=["\w])', '', t)
        t = STR_RE.sub(code_str, t)
        if 'enc(' in t:
            used.add('enc')
        m = re.match(r'let (mut )?(\w+) = ', t)
        if m:
            declare(m.group(2))
            t = 'var ' + t[m.end(0) - len(m.group(2)) - 3:]
        assert not t.startswith('let'), (name, s)
        m = re.match(r'if (.*) \{$', t)
        if m:
            c = m.group(1)
            if c.startswith('(') and c.endswith(')') and balanced(c[1:-1]):
                c = c[1:-1]
            t = 'if (%s) {' % c
        if t == 'return true':
            t = 'return true;'
        if t.endswith('{'):
            if t != 'else {':
                assert t.startswith('if '), (name, s)
            stack.append(top.open(t, 'if' if t != 'else {' else 'else'))
            continue
        elif t.endswith('}'):
            assert re.match(r'if \(.*\) \{among_var = -?\d+;\}$', t), (name, s)
        else:
            assert t.endswith(';'), (name, s)
        top.kids.append(t)
    assert not in_fn
    # runtime: closure of dependencies, in a fixed order
    need = set(used) | {'enc', 'dec'}
    changed = True
    while changed:
        changed = False
        for k in list(need):
            for d in RT[k][1]:
                if d not in need:
                    need.add(d)
                    changed = True
    rt = [RT[k][0] for k in RT if k in need]
    if trace:
        rt = [r.replace('return w[2];', 'return __ta(v, i), w[2];').replace('return t; }', 'return __tt(t); }') for r in rt]
    js = []
    for o in out:
        if isinstance(o, Blk):
            simplify(o)
            if trace:
                add_trace(o)
            render(o, 0, js)
        else:
            js.append(o)
    return ctx_fields, rt, js


HEADER = ('/* Snowball "%s" stemmer: a port of frostem %s (snowball %s), as tantivy uses it. '
          'BSD-3-Clause, see LICENSE-SNOWBALL. */\n')


def indent(text, pre='  '):
    return '\n'.join(pre + l if l else l for l in text.split('\n'))


def main():
    args = sys.argv[1:]
    trace = '--trace' in args
    if trace:
        args.remove('--trace')
    crate, outdir = args[0], args[1]
    algos = args[2:] or LANGS
    version = re.search(r'^version = "(.*)"', open(os.path.join(crate, 'Cargo.toml')).read(), re.M).group(1)
    commit = re.search(r'^describe = "(.*)"', open(os.path.join(crate, 'upstream-pin.toml')).read(), re.M).group(1)
    os.makedirs(outdir, exist_ok=True)
    for algo in algos:
        src = open(os.path.join(crate, 'src', 'algorithms', algo + '_stemmer.rs'), encoding='utf-8').read()
        gen = re.match(r'// (Generated from .*?) - ', src).group(1)
        ctx, rt, body = translate(src, algo, trace)
        js = [HEADER % (algo, version, commit)]
        js.append('(window.HSstem = window.HSstem || {}).%s = (function () {\n' % algo)
        js.append("  'use strict';\n")
        js.append('  // %s; translated by bench/stemmers/rs2js.py.\n' % gen)
        js.append('  // Runs on the UTF-8 bytes of the word (one char per byte), like the Rust: all offsets are byte offsets.\n')
        js.append('  var S, C, L, LB, B, K%s;\n' % ''.join(', ' + f for f in ctx))
        js.append(indent('\n'.join(rt)) + '\n')
        js.append(indent('\n'.join(body)) + '\n')
        js.append('  return function (word) {\n    S = enc(word); C = 0; L = S.length; LB = B = K = 0;\n'
                  '    stem();\n    return dec();\n  };\n')
        js.append('})();\n')
        with open(os.path.join(outdir, algo + '.js'), 'w', encoding='utf-8') as f:
            f.write(''.join(js))


if __name__ == '__main__':
    main()
