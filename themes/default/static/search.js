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
  var SHARDS = +data.shards, CHUNK = +data.chunk, ENGLISH = data.stems === 'english';
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
  /* The language's Snowball stemmer (static/stemmers/<algorithm>.js, a port of tantivy's,
     checked against it word for word), loaded once, before the first query is read. */
  var stemmer = null, stemmerLoading = null;
  function loadStemmer() {
    if (!data.stemmer) return Promise.resolve();
    if (!stemmerLoading) stemmerLoading = new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = data.stemmer;
      script.onload = function () {
        stemmer = (window.HSstem || {})[data.stems] || null;
        if (stemmer) resolve(); else reject(new Error(script.src));
      };
      script.onerror = function () { stemmerLoading = null; script.remove(); reject(new Error(script.src)); };
      document.head.appendChild(script);
    });
    return stemmerLoading;
  }
  function term(w) {
    if (ENGLISH) w = IRREGULAR[w] || w;
    return stemmer ? stemmer(w) : w;
  }
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
  function fail(run) {
    if (run !== current) return;
    status.textContent = data.textError;
    list.setAttribute('data-search-state', 'done');
  }
  function search(text) {
    var run = ++current;
    list.textContent = '';
    var old = box.querySelector('.search-more');
    if (old) old.remove();
    loadStemmer().then(function () { if (run === current) searchWith(text, run); }, function () { fail(run); });
  }
  function searchWith(text, run) {
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
        function () { fail(run); });
  }

  var initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  loadStemmer().catch(function () { /* reported when a search needs it */ });
  if (initial) search(initial);
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      search(input.value);
      try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (e) { /* file:// */ }
    }, 150);
  });

})();
