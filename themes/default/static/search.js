/* handbook search: queries the static pieces of the build's tantivy index.
   Analysis and scoring follow src/search/analyzer.rs and src/search/query.rs rule for rule,
   so results match `handbook search --json`. Text is inserted as text, never as HTML. */
(function () {
  'use strict';
  var box = document.getElementById('search');
  if (!box || !window.Promise) return;
  var data = box.dataset;
  var list = box.querySelector('[data-search-results]');
  var status = box.querySelector('.search-status');
  var input = document.getElementById('search-input');
  var allPages = document.querySelector('.all-pages');
  var SHARDS = +data.shards, CHUNK = +data.chunk, ENGLISH = data.stems === 'en';
  var FIELDS = 4, SHOWN = 10;

  /* ---- analysis (mirror of analyzer.rs) ---- */
  var CJK = /[\u1100-\u11FF\u2E80-\u2FDF\u3040-\u30FF\u3130-\u318F\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F\u{20000}-\u{2FFFF}\u{30000}-\u{323AF}]/u;
  var ALNUM = /[\p{Alphabetic}\p{N}]/u, MARK = /\p{M}/u;
  var STOP = ENGLISH ? ' a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with ' : '';
  var IRREGULAR = Object.create(null); /* no inherited keys: "constructor" is a word too */
  'paid pay laid lay said say hurt hurt fell fall fallen fall broke break broken break got get gotten get made make took take taken take gave give given give went go gone go sent send spent spend lost lose kept keep told tell sold sell bought buy brought bring found find held hold left leave owed owe fired fire quit quit signed sign injured injure children child women woman men man'
    .split(' ').forEach(function (w, i, a) { if (i % 2 === 0) IRREGULAR[w] = a[i + 1]; });

  function isWord(c) { return ALNUM.test(c) && !CJK.test(c); }
  function fold(word) {
    var out = '';
    for (var c of word) {
      var p = c.codePointAt(0);
      out += (p >= 0xC0 && p <= 0x24F) || (p >= 0x1E00 && p <= 0x1EFF) ? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : c;
    }
    return out;
  }
  /* Pieces of text: {w: word} or {c: [chars]}, with the character range they cover. */
  function pieces(text) {
    var chars = Array.from(text), out = [], i = 0;
    while (i < chars.length) {
      var c = chars[i], start = i;
      if (CJK.test(c)) {
        while (i < chars.length && CJK.test(chars[i])) i++;
        out.push({ c: chars.slice(start, i), from: start, to: i });
      } else if (isWord(c)) {
        var w = '';
        for (; i < chars.length; i++) {
          c = chars[i];
          if (isWord(c) || (w && MARK.test(c))) w += c;
          else if ((c === "'" || c === '\u2019') && w && i + 1 < chars.length && isWord(chars[i + 1])) w += "'";
          else break;
        }
        w = fold(w.toLowerCase());
        if (Array.from(w).length <= 40) out.push({ w: w, from: start, to: i });
      } else i++;
    }
    return out;
  }
  function stop(w) { return STOP.indexOf(' ' + w + ' ') >= 0; }
  function term(w) { return ENGLISH ? stemEnglish(IRREGULAR[w] || w) : w; }
  function query(text) {
    var ps = pieces(text), groups = [];
    ps.forEach(function (p, i) {
      if (p.w !== undefined) {
        var exact = stop(p.w) ? null : term(p.w);
        var prefix = i === ps.length - 1 && Array.from(p.w).length >= 2 ? p.w : null;
        if (exact !== null || prefix !== null) groups.push({ exact: exact, prefix: prefix });
      } else if (p.c.length === 1) groups.push({ exact: null, prefix: p.c[0] });
      else for (var k = 0; k + 1 < p.c.length; k++) groups.push({ exact: p.c[k] + p.c[k + 1], prefix: null });
    });
    return groups;
  }

  /* ---- pieces of the index, loaded as scripts (works over http and file://) ---- */
  var loaded = [{}, {}], pending = {};
  window.HS = function (kind, n, rows) {
    if (kind === 0) {
      var terms = new Map();
      rows.forEach(function (row) { terms.set(row[0], row); });
      loaded[0][n] = { rows: rows, terms: terms };
    } else loaded[1][n] = rows;
    (pending[kind + ':' + n] || []).forEach(function (f) { f[0](); });
    delete pending[kind + ':' + n];
  };
  function load(kind, n) {
    return new Promise(function (resolve, reject) {
      if (loaded[kind][n]) return resolve();
      var key = kind + ':' + n;
      if (pending[key]) return pending[key].push([resolve, reject]);
      pending[key] = [[resolve, reject]];
      var script = document.createElement('script');
      script.src = data.searchBase + (kind ? 'd' : 's') + n + '.js';
      script.onerror = function () {
        (pending[key] || []).forEach(function (f) { f[1](new Error(script.src)); });
        delete pending[key];
        script.remove();
      };
      document.head.appendChild(script);
    });
  }
  function shardKey(t) { var cs = Array.from(t); return CJK.test(cs[0]) ? cs[0] : cs.slice(0, 2).join(''); }
  function shardOf(t) {
    var h = 0x811c9dc5;
    for (var c of shardKey(t)) h = Math.imul(h ^ c.codePointAt(0), 0x01000193) >>> 0;
    return h % SHARDS;
  }
  function cmpCodePoints(a, b) {
    var i = 0, j = 0;
    while (i < a.length && j < b.length) {
      var x = a.codePointAt(i), y = b.codePointAt(j);
      if (x !== y) return x - y;
      i += x > 0xffff ? 2 : 1; j += y > 0xffff ? 2 : 1;
    }
    return (a.length - i) - (b.length - j);
  }

  /* ---- scoring (mirror of query.rs): sums of tantivy's f32 scores in a fixed order ---- */
  function candidates(group) {
    var found = [];
    function add(row) {
      for (var k = 1; k < row.length; k += 2) found.push({ field: row[k], term: row[0], postings: row[k + 1] });
    }
    if (group.exact !== null) {
      var row = loaded[0][shardOf(group.exact)].terms.get(group.exact);
      if (row) add(row);
    }
    if (group.prefix !== null) {
      loaded[0][shardOf(group.prefix)].rows.forEach(function (r) {
        if (r[0].startsWith(group.prefix) && r[0] !== group.exact) add(r);
      });
    }
    return found.sort(function (a, b) { return a.field - b.field || cmpCodePoints(a.term, b.term); });
  }
  function rank(groups) {
    var total = null;
    groups.forEach(function (group) {
      var scores = new Map();
      candidates(group).forEach(function (c) {
        for (var k = 0; k < c.postings.length; k += 2) {
          var doc = c.postings[k];
          scores.set(doc, Math.fround((scores.get(doc) || 0) + Math.fround(c.postings[k + 1])));
        }
      });
      if (total === null) total = scores;
      else {
        var next = new Map();
        total.forEach(function (score, doc) { if (scores.has(doc)) next.set(doc, Math.fround(score + scores.get(doc))); });
        total = next;
      }
    });
    var ranked = [];
    (total || new Map()).forEach(function (score, doc) { ranked.push([doc, score]); });
    return ranked.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
  }

  /* ---- showing results ---- */
  function href(url) {
    var hash = url.indexOf('#'), path = hash < 0 ? url : url.slice(0, hash), anchor = hash < 0 ? '' : url.slice(hash);
    return data.root + path + (data.portable && path.endsWith('/') ? 'index.html' : '') + anchor;
  }
  function highlighted(text, groups) {
    var p = document.createElement('p'), chars = Array.from(text), marks = new Array(chars.length).fill(false);
    var exact = new Set(), prefixes = [];
    groups.forEach(function (g) { if (g.exact !== null) exact.add(g.exact); if (g.prefix !== null) prefixes.push(g.prefix); });
    pieces(text).forEach(function (piece) {
      var k;
      if (piece.w !== undefined) {
        var hit = (!stop(piece.w) && exact.has(term(piece.w))) || prefixes.some(function (x) { return piece.w.startsWith(x); });
        if (hit) for (k = piece.from; k < piece.to; k++) marks[k] = true;
      } else {
        for (k = 0; k < piece.c.length; k++) {
          if (k + 1 < piece.c.length && exact.has(piece.c[k] + piece.c[k + 1])) marks[piece.from + k] = marks[piece.from + k + 1] = true;
          if (prefixes.indexOf(piece.c[k]) >= 0) marks[piece.from + k] = true;
        }
      }
    });
    for (var i = 0; i < chars.length;) {
      var j = i;
      while (j < chars.length && marks[j] === marks[i]) j++;
      var part = chars.slice(i, j).join('');
      if (marks[i]) { var m = document.createElement('mark'); m.textContent = part; p.appendChild(m); }
      else p.appendChild(document.createTextNode(part));
      i = j;
    }
    return p;
  }
  function show(ranked, groups, from, run) {
    var page = ranked.slice(from, from + SHOWN);
    var chunks = Array.from(new Set(page.map(function (r) { return Math.floor(r[0] / CHUNK); })));
    return Promise.all(chunks.map(function (n) { return load(1, n); })).then(function () {
      if (run !== current) return;
      page.forEach(function (r) {
        var doc = loaded[1][Math.floor(r[0] / CHUNK)][r[0] % CHUNK];
        var li = document.createElement('li'), a = document.createElement('a');
        a.href = href(doc[0]);
        a.textContent = doc[1];
        if (doc[4]) a.lang = doc[4];
        li.appendChild(a);
        if (doc[2]) { var s = document.createElement('span'); s.className = 'section'; s.textContent = doc[2]; li.appendChild(s); }
        if (doc[3]) { var e = highlighted(doc[3], groups); if (doc[4]) e.lang = doc[4]; li.appendChild(e); }
        list.appendChild(li);
      });
      var old = box.querySelector('.search-more');
      if (old) old.remove();
      if (from + SHOWN < ranked.length) {
        var more = document.createElement('button');
        more.type = 'button';
        more.className = 'search-more';
        more.textContent = data.textMore;
        more.addEventListener('click', function () { show(ranked, groups, from + SHOWN, run); });
        list.after(more);
      }
    });
  }

  var current = 0;
  function search(text) {
    var run = ++current;
    list.textContent = '';
    var old = box.querySelector('.search-more');
    if (old) old.remove();
    var groups = query(text);
    if (!groups.length) {
      status.textContent = '';
      list.removeAttribute('data-search-state');
      if (allPages) allPages.hidden = false;
      return;
    }
    list.setAttribute('data-search-state', 'loading');
    status.textContent = data.textLoading;
    var shards = new Set();
    groups.forEach(function (g) {
      if (g.exact !== null) shards.add(shardOf(g.exact));
      if (g.prefix !== null) shards.add(shardOf(g.prefix));
    });
    Promise.all(Array.from(shards).map(function (n) { return load(0, n); }))
      .then(function () {
        if (run !== current) return;
        var ranked = rank(groups);
        status.textContent = ranked.length ? data.textFound : data.textNone;
        if (allPages) allPages.hidden = ranked.length > 0;
        return show(ranked, groups, 0, run);
      })
      .then(function () { if (run === current) list.setAttribute('data-search-state', 'done'); },
        function () { if (run === current) { status.textContent = data.textError; list.setAttribute('data-search-state', 'done'); } });
  }

  var initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  if (initial) search(initial);
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      search(input.value);
      try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (e) { /* file:// */ }
    }, 150);
  });

  /* ---- English stemmer (Snowball 3 "english", as in tantivy) ---- */
  /* stemmer:en */
// English (Porter2) stemmer: a port of the Snowball 3.1.1 `english` stemmer as
// generated for Rust in frostem 1.20260821.8 (used by tantivy 0.27 for
// Language::English). Works on Unicode code points, as Snowball does.
// Gives exactly frostem::Stemmer::new(Algorithm::English).stem(word).
// Cursor positions count code points; every edit replaces an ASCII suffix, so
// they order exactly like the Rust byte offsets.
function stemEnglish(word) {
  var s = Array.from(word), c = 0, l = s.length, lb = 0, bra = 0, ket = 0;
  var V = 'aeiouy', VWXY = 'aeiouywxY';
  // Exceptional forms (the whole word must match): "a:b" maps a to b,
  // "a:" leaves a unchanged.
  var EX = ' skis:ski skies:sky idly:idl gently:gentl ugly:ugli early:earli ' +
    'only:onli singly:singl andes: atlas: bias: cosmos: howe: news: sky: ';
  // Snowball's among tables as regexps: the result of an entry is the
  // number of its capture group. A regexp anchored with $ finds the leftmost,
  // i.e. longest, matching suffix, which is what find_among_b returns here.
  var A1 = /('s'?|')$/,
    A2 = /(?:(sses)|(ie[ds])|(s)|(ss|us))$/, // 4 stands for Snowball's -1
    A3 = /(succ|proc|exc)$/,
    A4 = /(?:(y)|(even|cann|inn|earr|herr|out))$/,
    A5 = /(?:(eed|eedly)|(ed|edly|ingly)|(ing))$/,
    A6 = /(?:(bl|at|iz)|(bb|dd|ff|gg|mm|nn|pp|rr|tt))$/,
    A7 = /(?:(tional)|(enci)|(anci)|(abli)|(entli)|(ization|izer)|(ational|ation|ator)|(alli|aliti|alism)|(fulli|fulness)|(ousli|ousness)|(iviti|iveness)|(bli|biliti)|(ogist)|(ogi)|(lessli)|(li))$/,
    R7 = ',tion,ence,ance,able,ent,ize,ate,al,ful,ous,ive,ble,og,og,less'.split(','),
    A8 = /(?:(tional)|(ational)|(alize)|(icate|iciti|ical)|(ful|ness)|(ative))$/,
    R8 = ',tion,ate,al,ic'.split(','),
    A9 = /(?:(ic|ance|ence|able|ible|ate|ive|ize|iti|al|ism|er|ous|ant|ent|ment|ement)|(ion))$/;

  function inG(g, ch) { return ch !== undefined && g.indexOf(ch) >= 0; }
  // eq_s_b: if the ASCII string t ends at the cursor, move the cursor before it.
  function eqB(t) {
    var n = t.length;
    if (c - n < lb || s.slice(c - n, c).join('') !== t) return false;
    c -= n;
    return true;
  }
  // find_among_b: match table re against s[lb..c); on success move the
  // cursor to the start of the (ASCII) suffix and return its group number.
  function among(re) {
    var m = re.exec(s.slice(lb, c).join('')), i = 0;
    if (m) { c -= m[0].length; while (!m[++i]); }
    return i;
  }
  // Replace s[bra..ket) by t, adjusting limit/cursor like SnowballEnv::replace_s.
  function slice(t) {
    var adj = t.length - (ket - bra);
    s.splice.apply(s, [bra, ket - bra].concat(t.split('')));
    l += adj;
    if (c >= ket) c += adj; else if (c > bra) c = bra;
    ket = bra + t.length;
  }
  // in_grouping_b / out_grouping_b: test the char before the cursor.
  function inB(g) { if (c > lb && inG(g, s[c - 1])) { c--; return true; } return false; }
  function outB(g) { if (c > lb && !inG(g, s[c - 1])) { c--; return true; } return false; }
  // go_out_grouping_b: move back to just after the previous char in g.
  function goOutB(g) {
    while (c > lb) { if (inG(g, s[c - 1])) return true; c--; }
    return false;
  }
  function shortv() {
    var v = l - c;
    if (outB(VWXY) && inB(V) && outB(V)) return true;
    c = l - v;
    if (outB(V) && inB(V) && c <= lb) return true;
    c = l - v;
    return eqB('past');
  }

  var i = /^[a-z]+$/.test(word) ? EX.indexOf(' ' + word + ':') : -1;
  if (i >= 0) return EX.slice(i + word.length + 2).split(' ')[0] || word;
  if (l < 3) return word;

  // Prelude: drop one leading apostrophe, mark consonant-y as Y.
  if (s[0] === "'") { s.shift(); l--; }
  var yFound = false;
  if (s[0] === 'y') { s[0] = 'Y'; yFound = true; }
  for (i = 0; i + 1 < l; i++) {
    if (inG(V, s[i]) && s[i + 1] === 'y') { s[i + 1] = 'Y'; yFound = true; }
  }

  // Regions R1 (p1) and R2 (p2).
  var p1 = l, p2 = l;
  c = 0;
  function goVC() { // go past the next vowel-then-non-vowel pair
    while (c < l && !inG(V, s[c])) c++;
    if (c >= l) return false;
    c++;
    while (c < l && inG(V, s[c])) c++;
    if (c >= l) return false;
    c++;
    return true;
  }
  // Words starting with these have R1 right after the prefix.
  var pre = /^(arsen|commun|emerg|gener|inter|later|organ|past|univers)/.exec(s.join(''));
  if (pre) c = pre[0].length;
  if (pre || goVC()) {
    p1 = c;
    if (goVC()) p2 = c;
  }

  // Backward mode over the whole word.
  lb = 0; c = l;
  var a, v;

  // Step 1a
  ket = c;
  if (among(A1)) { bra = c; slice(''); } else c = l;
  ket = c;
  a = among(A2);
  bra = c;
  if (a === 1) slice('ss');
  else if (a === 2) slice(c >= lb + 2 ? 'i' : 'ie');
  else if (a === 3 && c > lb) { c--; if (goOutB(V)) slice(''); }
  c = l;

  // Step 1b. Leaving block `other` takes the general path: delete the
  // suffix if a vowel precedes it, then tidy up the end of the word.
  step1b: {
    ket = c;
    a = among(A5);
    bra = c;
    other: {
      if (a === 1) {
        if (p1 <= c) {
          v = l - c;
          if (!(among(A3) && c <= lb)) { c = l - v; slice('ee'); }
        }
        break step1b;
      }
      if (a === 2) break other;
      if (a === 3) {
        a = among(A4);
        if (a === 1) {
          v = l - c;
          if (!outB(V) || c > lb) break other;
          c = l - v; bra = c; slice('ie');
        } else if (!a || c > lb) break other;
      }
      break step1b;
    }
    c = bra;
    v = l - c;
    if (!goOutB(V)) break step1b;
    c = l - v;
    slice('');
    ket = bra = c;
    v = l - c;
    a = among(A6) || 3;
    if (a === 1) { slice('e'); break step1b; }
    if (a === 2) {
      var w = l - c;
      if (inB('aeo') && c <= lb) break step1b;
      c = l - w;
    }
    if (a === 3) {
      if (c !== p1) break step1b;
      w = l - c;
      if (!shortv()) break step1b;
      c = l - w;
      slice('e');
      break step1b;
    }
    c = l - v;
    ket = c;
    if (c <= lb) break step1b;
    bra = --c;
    slice('');
  }
  c = l;

  // Step 1c
  ket = c;
  if ((eqB('y') || eqB('Y')) && (bra = c, outB(V)) && c > lb) slice('i');
  c = l;

  // Step 2
  ket = c;
  a = among(A7);
  bra = c;
  if (a && p1 <= c) {
    if (a === 16) { if (inB('cdeghkmnrt')) slice(''); }
    else if (a !== 14 || eqB('l')) slice(R7[a]);
  }
  c = l;

  // Step 3
  ket = c;
  a = among(A8);
  bra = c;
  if (a && p1 <= c) {
    if (a === 5 || (a === 6 && p2 <= c)) slice('');
    else if (a < 5) slice(R8[a]);
  }
  c = l;

  // Step 4
  ket = c;
  a = among(A9);
  bra = c;
  if (a && p2 <= c && (a === 1 || eqB('s') || eqB('t'))) slice('');
  c = l;

  // Step 5
  ket = c;
  a = among(/(e)$|(l)$/);
  bra = c;
  if (a === 1) {
    if (p2 <= c) slice('');
    else if (p1 <= c) { v = l - c; if (!shortv()) { c = l - v; slice(''); } }
  } else if (a === 2 && p2 <= c && eqB('l')) slice('');

  var out = s.join('');
  return yFound ? out.replace(/Y/g, 'y') : out;
}
  /* /stemmer:en */
})();
