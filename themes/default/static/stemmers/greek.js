/* Snowball "greek" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).greek = (function () {
  'use strict';
  // Generated from greek.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
  // Runs on the UTF-8 bytes of the word (one char per byte), like the Rust: all offsets are byte offsets.
  var S, C, L, LB, B, K;
  // UTF-8 encode into a byte string (lone surrogates become U+FFFD, as Rust's lossy conversion does)
  function enc(w) {
    var o = '', f = String.fromCharCode, c, ch;
    for (ch of w) {
      c = ch.codePointAt(0);
      if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;
      o += c < 0x80 ? f(c) : c < 0x800 ? f(0xC0 | c >> 6, 0x80 | c & 63) : c < 0x10000 ? f(0xE0 | c >> 12, 0x80 | c >> 6 & 63, 0x80 | c & 63)
        : f(0xF0 | c >> 18, 0x80 | c >> 12 & 63, 0x80 | c >> 6 & 63, 0x80 | c & 63);
    }
    return o;
  }
  // the code point whose UTF-8 encoding starts at byte i of S
  function cp(i) {
    var b = S.charCodeAt(i), n = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3, c = n ? b & 0x3F >> n : b;
    while (n--) c = c << 6 | S.charCodeAt(++i) & 63;
    return c;
  }
  function dec() {
    var o = '', i = 0, c;
    while (i < S.length) { c = cp(i); o += String.fromCodePoint(c); i += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }
    return o;
  }
  function bd(i) { return i < S.length ? (S.charCodeAt(i) & 0xC0) != 0x80 : i == S.length; } // is_char_boundary
  function am(t) { for (var a of t) a[0] = enc(a[0]); return t; }
  function len() { return S.replace(/[\x80-\xbf]/g, '').length; } // chars().count()
  function replace_s(bra, ket, s) {
    var adj = s.length - (ket - bra);
    S = S.slice(0, bra) + s + S.slice(ket);
    L += adj;
    if (C >= ket) C += adj; else if (C > bra) C = bra;
    return adj;
  }
  function slice_from(s) { replace_s(B, K, s); K = B + s.length; }
  function slice_del() { slice_from(''); }
  function insert(bra, ket, s) {
    var adj = replace_s(bra, ket, s);
    if (bra <= B) B += adj;
    if (bra <= K) K += adj;
  }
  function eq_s_b(s) {
    if (C - LB < s.length || !S.startsWith(s, C - s.length)) return false;
    C -= s.length;
    return true;
  }
  function previous_char() { C--; while (C > 0 && !bd(C)) C--; }
  function ing(g, min, max, i) { var ch = cp(i); return ch >= min && ch <= max && (g[(ch - min) >> 3] & 1 << ((ch - min) & 7)) != 0; }
  function in_grouping_b(g, min, max) {
    if (C <= LB) return false;
    var c = C;
    previous_char();
    if (!ing(g, min, max, C)) { C = c; return false; }
    return true;
  }
  // among tables: [string, substring index, result, routine?]
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
  }
  var A_0 = am([
    ["",-1,25],["\u03c2",0,18],["\u0386",0,1],["\u0388",0,5],["\u0389",0,7],["\u038a",0,9],["\u03ca",0,7],
    ["\u03cb",0,20],["\u038c",0,15],["\u03cc",0,15],["\u03cd",0,20],["\u038e",0,20],["\u03ce",0,24],
    ["\u038f",0,24],["\u0390",0,7],["\u0391",0,1],["\u0392",0,2],["\u0393",0,3],["\u0394",0,4],
    ["\u0395",0,5],["\u0396",0,6],["\u0397",0,7],["\u0398",0,8],["\u0399",0,9],["\u039a",0,10],
    ["\u039b",0,11],["\u039c",0,12],["\u039d",0,13],["\u039e",0,14],["\u039f",0,15],["\u03a0",0,16],
    ["\u03a1",0,17],["\u03a3",0,18],["\u03a4",0,19],["\u03a5",0,20],["\u03a6",0,21],["\u03a7",0,22],
    ["\u03a8",0,23],["\u03a9",0,24],["\u03aa",0,9],["\u03ab",0,20],["\u03ac",0,1],["\u03ad",0,5],
    ["\u03ae",0,7],["\u03af",0,9],["\u03b0",0,20]]);
  var A_1 = am([
    ["\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c3",-1,10],["\u03c6\u03c9\u03c3",-1,9],["\u03c0\u03b5\u03c1\u03b1\u03c3",-1,7],
    ["\u03c4\u03b5\u03c1\u03b1\u03c3",-1,8],["\u03ba\u03c1\u03b5\u03b1\u03c3",-1,6],["\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c4\u03bf\u03c3",-1,10],
    ["\u03c6\u03c9\u03c4\u03bf\u03c3",-1,9],["\u03c0\u03b5\u03c1\u03b1\u03c4\u03bf\u03c3",-1,7],
    ["\u03c4\u03b5\u03c1\u03b1\u03c4\u03bf\u03c3",-1,8],["\u03ba\u03c1\u03b5\u03b1\u03c4\u03bf\u03c3",-1,6],
    ["\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c4\u03bf\u03c3",-1,11],["\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c3",-1,11],
    ["\u03c6\u03b1\u03b3\u03b9\u03bf\u03c5",-1,1],["\u03c3\u03ba\u03b1\u03b3\u03b9\u03bf\u03c5",-1,2],
    ["\u03c3\u03bf\u03b3\u03b9\u03bf\u03c5",-1,4],["\u03c4\u03b1\u03c4\u03bf\u03b3\u03b9\u03bf\u03c5",-1,5],
    ["\u03bf\u03bb\u03bf\u03b3\u03b9\u03bf\u03c5",-1,3],["\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c4\u03b1",-1,10],
    ["\u03c6\u03c9\u03c4\u03b1",-1,9],["\u03c0\u03b5\u03c1\u03b1\u03c4\u03b1",-1,7],["\u03c4\u03b5\u03c1\u03b1\u03c4\u03b1",-1,8],
    ["\u03ba\u03c1\u03b5\u03b1\u03c4\u03b1",-1,6],["\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c4\u03b1",-1,11],
    ["\u03c6\u03b1\u03b3\u03b9\u03b1",-1,1],["\u03c3\u03ba\u03b1\u03b3\u03b9\u03b1",-1,2],["\u03c3\u03bf\u03b3\u03b9\u03b1",-1,4],
    ["\u03c4\u03b1\u03c4\u03bf\u03b3\u03b9\u03b1",-1,5],["\u03bf\u03bb\u03bf\u03b3\u03b9\u03b1",-1,3],
    ["\u03c0\u03b5\u03c1\u03b1\u03c4\u03b7",-1,7],["\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c4\u03c9\u03bd",-1,10],
    ["\u03c6\u03c9\u03c4\u03c9\u03bd",-1,9],["\u03c0\u03b5\u03c1\u03b1\u03c4\u03c9\u03bd",-1,7],
    ["\u03c4\u03b5\u03c1\u03b1\u03c4\u03c9\u03bd",-1,8],["\u03ba\u03c1\u03b5\u03b1\u03c4\u03c9\u03bd",-1,6],
    ["\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c4\u03c9\u03bd",-1,11],["\u03c6\u03b1\u03b3\u03b9\u03c9\u03bd",-1,1],
    ["\u03c3\u03ba\u03b1\u03b3\u03b9\u03c9\u03bd",-1,2],["\u03c3\u03bf\u03b3\u03b9\u03c9\u03bd",-1,4],
    ["\u03c4\u03b1\u03c4\u03bf\u03b3\u03b9\u03c9\u03bd",-1,5],["\u03bf\u03bb\u03bf\u03b3\u03b9\u03c9\u03bd",-1,3]]);
  var A_2 = am([
    ["\u03c0",-1,2],["\u03b9\u03bc\u03c0",0,2],["\u03c1",-1,2],["\u03c0\u03c1",2,2],["\u03bc\u03c0\u03c1",3,2],
    ["\u03b1\u03c1\u03c1",2,2],["\u03b3\u03bb\u03c5\u03ba\u03c5\u03c1",2,2],["\u03c0\u03bf\u03bb\u03c5\u03c1",2,2],
    ["\u03b1\u03bc\u03c0\u03b1\u03c1",2,2],["\u03bc\u03b1\u03c1",2,2],["\u03b3\u03ba\u03c1",2,2],
    ["\u03c0\u03b9\u03c0\u03b5\u03c1\u03bf\u03c1",2,2],["\u03b2\u03bf\u03bb\u03b2\u03bf\u03c1",2,2],
    ["\u03b3\u03bb\u03c5\u03ba\u03bf\u03c1",2,2],["\u03bb\u03bf\u03c5",-1,2],["\u03c0\u03b1",-1,1],
    ["\u03be\u03b1\u03bd\u03b1\u03c0\u03b1",15,1],["\u03b5\u03c0\u03b1",15,1],["\u03c0\u03b5\u03c1\u03b9\u03c0\u03b1",15,1],
    ["\u03b1\u03bd\u03b1\u03bc\u03c0\u03b1",15,1],["\u03b5\u03bc\u03c0\u03b1",15,1],["\u03b2",-1,2],
    ["\u03b4\u03b1\u03bd\u03b5",-1,1],["\u03b2\u03b1\u03b8\u03c5\u03c1\u03b9",-1,2],["\u03b2\u03b1\u03c1\u03ba",-1,2],
    ["\u03bc\u03b1\u03c1\u03ba",-1,2],["\u03bb",-1,2],["\u03bc",-1,2],["\u03ba\u03bf\u03c1\u03bd",-1,2],
    ["\u03b1\u03b8\u03c1\u03bf",-1,1],["\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf",29,1]]);
  var A_3 = am([
    ["\u03b9\u03b6\u03b5\u03c3",-1,1],["\u03b9\u03b6\u03b5\u03b9\u03c3",-1,1],["\u03b9\u03b6\u03c9",-1,1],
    ["\u03b9\u03b6\u03b1",-1,1],["\u03b9\u03b6\u03b1\u03c4\u03b5",-1,1],["\u03b9\u03b6\u03b5\u03c4\u03b5",-1,1],
    ["\u03b9\u03b6\u03b5",-1,1],["\u03b9\u03b6\u03bf\u03c5\u03bc\u03b5",-1,1],["\u03b9\u03b6\u03b1\u03bc\u03b5",-1,1],
    ["\u03b9\u03b6\u03bf\u03c5\u03bd\u03b5",-1,1],["\u03b9\u03b6\u03b1\u03bd\u03b5",-1,1],["\u03b9\u03b6\u03b5\u03b9",-1,1],
    ["\u03b9\u03b6\u03bf\u03c5\u03bd",-1,1],["\u03b9\u03b6\u03b1\u03bd",-1,1]]);
  var A_4 = am([
    ["\u03c3",-1,1],["\u03c7",-1,1],["\u03c5\u03c8",-1,1],["\u03b6\u03c9",-1,1],["\u03b2\u03b9",-1,1],
    ["\u03bb\u03b9",-1,1],["\u03b1\u03bb",-1,1],["\u03b5\u03bd",-1,1]]);
  var A_5 = am([
    ["\u03c9\u03b8\u03b7\u03ba\u03b5\u03c3",-1,1],["\u03c9\u03b8\u03b7\u03ba\u03b1",-1,1],["\u03c9\u03b8\u03b7\u03ba\u03b1\u03c4\u03b5",-1,1],
    ["\u03c9\u03b8\u03b7\u03ba\u03b5",-1,1],["\u03c9\u03b8\u03b7\u03ba\u03b1\u03bc\u03b5",-1,1],
    ["\u03c9\u03b8\u03b7\u03ba\u03b1\u03bd\u03b5",-1,1],["\u03c9\u03b8\u03b7\u03ba\u03b1\u03bd",-1,1]]);
  var A_6 = am([
    ["\u03c0",-1,2],["\u03bb\u03b1\u03c1",-1,2],["\u03b4\u03b7\u03bc\u03bf\u03ba\u03c1\u03b1\u03c4",-1,2],
    ["\u03b1\u03c6",-1,2],["\u03b3\u03b9\u03b3\u03b1\u03bd\u03c4\u03bf\u03b1\u03c6",3,2],["\u03be\u03b1\u03bd\u03b1\u03c0\u03b1",-1,1],
    ["\u03b5\u03c0\u03b1",-1,1],["\u03c0\u03b5\u03c1\u03b9\u03c0\u03b1",-1,1],["\u03b1\u03bd\u03b1\u03bc\u03c0\u03b1",-1,1],
    ["\u03b5\u03bc\u03c0\u03b1",-1,1],["\u03c7\u03b1\u03c1\u03c4\u03bf\u03c0\u03b1",-1,1],["\u03b5\u03be\u03b1\u03c1\u03c7\u03b1",-1,1],
    ["\u03c0\u03b5",-1,1],["\u03b5\u03c0\u03b5",12,1],["\u03bc\u03b5\u03c4\u03b5\u03c0\u03b5",13,1],
    ["\u03b5\u03c3\u03b5",-1,1],["\u03b3\u03b5",-1,2],["\u03b3\u03ba\u03b5",-1,2],["\u03ba\u03bb\u03b5",-1,1],
    ["\u03b5\u03c3\u03c9\u03ba\u03bb\u03b5",18,1],["\u03b5\u03ba\u03bb\u03b5",18,1],["\u03b1\u03c0\u03b5\u03ba\u03bb\u03b5",20,1],
    ["\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5",18,1],["\u03b4\u03b1\u03bd\u03b5",-1,1],["\u03b3\u03ba",-1,2],
    ["\u03bc",-1,2],["\u03c0\u03bf\u03c5\u03ba\u03b1\u03bc",25,2],["\u03ba\u03bf\u03bc",25,2],["\u03b1\u03bd",-1,2],
    ["\u03b1\u03b8\u03c1\u03bf",-1,1],["\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf",29,1],["\u03bf\u03bb\u03bf",-1,2]]);
  var A_7 = am([
    ["\u03b9\u03c3\u03b5\u03c3",-1,1],["\u03b9\u03c3\u03b1",-1,1],["\u03b9\u03c3\u03b5",-1,1],["\u03b9\u03c3\u03b1\u03c4\u03b5",-1,1],
    ["\u03b9\u03c3\u03b1\u03bc\u03b5",-1,1],["\u03b9\u03c3\u03b1\u03bd\u03b5",-1,1],["\u03b9\u03c3\u03b1\u03bd",-1,1]]);
  var A_8 = am([
    ["\u03be\u03b1\u03bd\u03b1\u03c0\u03b1",-1,1],["\u03b5\u03c0\u03b1",-1,1],["\u03c0\u03b5\u03c1\u03b9\u03c0\u03b1",-1,1],
    ["\u03b1\u03bd\u03b1\u03bc\u03c0\u03b1",-1,1],["\u03b5\u03bc\u03c0\u03b1",-1,1],["\u03c7\u03b1\u03c1\u03c4\u03bf\u03c0\u03b1",-1,1],
    ["\u03b5\u03be\u03b1\u03c1\u03c7\u03b1",-1,1],["\u03c0\u03b5",-1,1],["\u03b5\u03c0\u03b5",7,1],
    ["\u03bc\u03b5\u03c4\u03b5\u03c0\u03b5",8,1],["\u03b5\u03c3\u03b5",-1,1],["\u03ba\u03bb\u03b5",-1,1],
    ["\u03b5\u03c3\u03c9\u03ba\u03bb\u03b5",11,1],["\u03b5\u03ba\u03bb\u03b5",11,1],["\u03b1\u03c0\u03b5\u03ba\u03bb\u03b5",13,1],
    ["\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5",11,1],["\u03b4\u03b1\u03bd\u03b5",-1,1],["\u03b1\u03b8\u03c1\u03bf",-1,1],
    ["\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf",17,1]]);
  var A_9 = am([
    ["\u03b9\u03c3\u03b5\u03b9\u03c3",-1,1],["\u03b9\u03c3\u03c9",-1,1],["\u03b9\u03c3\u03b5\u03c4\u03b5",-1,1],
    ["\u03b9\u03c3\u03bf\u03c5\u03bc\u03b5",-1,1],["\u03b9\u03c3\u03bf\u03c5\u03bd\u03b5",-1,1],
    ["\u03b9\u03c3\u03b5\u03b9",-1,1],["\u03b9\u03c3\u03bf\u03c5\u03bd",-1,1]]);
  var A_10 = am([
    ["\u03c0",-1,2],["\u03b5\u03c5\u03c0",0,2],["\u03b1\u03c0",0,2],["\u03b5\u03bc\u03c0",0,2],
    ["\u03b3\u03c5\u03c1",-1,2],["\u03c7\u03c1",-1,2],["\u03c7\u03c9\u03c1",-1,2],["\u03b1\u03c1",-1,2],
    ["\u03b1\u03bf\u03c1",-1,2],["\u03c7\u03c4",-1,2],["\u03b1\u03c7\u03c4",9,2],["\u03ba\u03c4",-1,2],
    ["\u03b1\u03ba\u03c4",11,2],["\u03c3\u03c7",-1,2],["\u03b1\u03c3\u03c7",13,2],["\u03c4\u03b1\u03c7",-1,2],
    ["\u03c5\u03c8",-1,2],["\u03b1\u03c4\u03b1",-1,2],["\u03c6\u03b1",-1,2],["\u03b7\u03c6\u03b1",18,2],
    ["\u03bb\u03c5\u03b3",-1,2],["\u03bc\u03b5\u03b3",-1,2],["\u03b7\u03b4",-1,2],["\u03c3\u03b5",-1,1],
    ["\u03b1\u03c3\u03b5",23,1],["\u03c0\u03bb\u03b5",-1,1],["\u03ba\u03bb\u03b5",-1,1],["\u03b5\u03c3\u03c9\u03ba\u03bb\u03b5",26,1],
    ["\u03b4\u03b1\u03bd\u03b5",-1,1],["\u03b5\u03c7\u03b8",-1,2],["\u03ba\u03b1\u03b8",-1,2],["\u03c3\u03ba",-1,2],
    ["\u03ba\u03b1\u03ba",-1,2],["\u03bc\u03b1\u03ba",-1,2],["\u03ba\u03c5\u03bb",-1,2],["\u03c6\u03b9\u03bb",-1,2],
    ["\u03bc",-1,2],["\u03b3\u03b5\u03bc",36,2],["\u03b1\u03c7\u03bd",-1,2],["\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf",-1,1]]);
  var A_11 = am([
    ["\u03b9\u03c3\u03c4\u03bf\u03c5\u03c3",-1,1],["\u03b9\u03c3\u03c4\u03b5\u03c3",-1,1],["\u03b9\u03c3\u03c4\u03b7\u03c3",-1,1],
    ["\u03b9\u03c3\u03c4\u03bf\u03c3",-1,1],["\u03b9\u03c3\u03c4\u03bf\u03c5",-1,1],["\u03b9\u03c3\u03c4\u03b1",-1,1],
    ["\u03b9\u03c3\u03c4\u03b5",-1,1],["\u03b9\u03c3\u03c4\u03b7",-1,1],["\u03b9\u03c3\u03c4\u03bf\u03b9",-1,1],
    ["\u03b9\u03c3\u03c4\u03c9\u03bd",-1,1],["\u03b9\u03c3\u03c4\u03bf",-1,1]]);
  var A_12 = am([
    ["\u03c3\u03b5",-1,1],["\u03bc\u03b5\u03c4\u03b1\u03c3\u03b5",0,1],["\u03bc\u03b9\u03ba\u03c1\u03bf\u03c3\u03b5",0,1],
    ["\u03b5\u03b3\u03ba\u03bb\u03b5",-1,1],["\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5",-1,1],["\u03b4\u03b1\u03bd\u03b5",-1,2],
    ["\u03b1\u03bd\u03c4\u03b9\u03b4\u03b1\u03bd\u03b5",5,2]]);
  var A_13 = am([
    ["\u03c4\u03bf\u03c0\u03b9\u03ba",-1,7],["\u03c3\u03ba\u03b5\u03c0\u03c4\u03b9\u03ba",-1,6],
    ["\u03b3\u03bd\u03c9\u03c3\u03c4\u03b9\u03ba",-1,3],["\u03b1\u03b3\u03bd\u03c9\u03c3\u03c4\u03b9\u03ba",2,1],
    ["\u03b5\u03ba\u03bb\u03b5\u03ba\u03c4\u03b9\u03ba",-1,5],["\u03b1\u03c4\u03bf\u03bc\u03b9\u03ba",-1,2],
    ["\u03b5\u03b8\u03bd\u03b9\u03ba",-1,4],["\u03b8\u03b5\u03b1\u03c4\u03c1\u03b9\u03bd",-1,10],
    ["\u03b1\u03bb\u03b5\u03be\u03b1\u03bd\u03b4\u03c1\u03b9\u03bd",-1,8],["\u03b2\u03c5\u03b6\u03b1\u03bd\u03c4\u03b9\u03bd",-1,9]]);
  var A_14 = am([
    ["\u03b9\u03c3\u03bc\u03bf\u03c5\u03c3",-1,1],["\u03b9\u03c3\u03bc\u03bf\u03c3",-1,1],["\u03b9\u03c3\u03bc\u03bf\u03c5",-1,1],
    ["\u03b9\u03c3\u03bc\u03bf\u03b9",-1,1],["\u03b9\u03c3\u03bc\u03c9\u03bd",-1,1],["\u03b9\u03c3\u03bc\u03bf",-1,1]]);
  var A_15 = am([
    ["\u03c3",-1,1],["\u03c7",-1,1]]);
  var A_16 = am([
    ["\u03b1\u03c1\u03b1\u03ba\u03b9\u03b1",-1,1],["\u03bf\u03c5\u03b4\u03b1\u03ba\u03b9\u03b1",-1,1],
    ["\u03b1\u03c1\u03b1\u03ba\u03b9",-1,1],["\u03bf\u03c5\u03b4\u03b1\u03ba\u03b9",-1,1]]);
  var A_17 = am([
    ["\u03c0",-1,2],["\u03ba\u03b1\u03c4\u03c1\u03b1\u03c0",0,1],["\u03c1",-1,1],["\u03b2\u03c1",2,1],
    ["\u03bb\u03b1\u03b2\u03c1",3,1],["\u03b1\u03bc\u03b2\u03c1",3,1],["\u03c0\u03b1\u03c4\u03b5\u03c1",2,2],
    ["\u03bc\u03b5\u03c1",2,1],["\u03b1\u03bd\u03b8\u03c1",2,1],["\u03ba\u03bf\u03c1",2,1],["\u03c3",-1,1],
    ["\u03bd\u03b1\u03b3\u03ba\u03b1\u03c3",10,1],["\u03c4\u03bf\u03c3",10,2],["\u03bc\u03bf\u03c5\u03c3\u03c4",-1,1],
    ["\u03c1\u03c5",-1,1],["\u03c6",-1,1],["\u03c3\u03c6",15,1],["\u03b1\u03bb\u03b9\u03c3\u03c6",16,1],
    ["\u03bd\u03c5\u03c6",15,2],["\u03c7",-1,1],["\u03b2",-1,2],["\u03b2\u03b1\u03bc\u03b2",20,1],
    ["\u03c3\u03bb\u03bf\u03b2",20,1],["\u03c4\u03c3\u03b5\u03c7\u03bf\u03c3\u03bb\u03bf\u03b2",22,1],
    ["\u03ba\u03b1\u03c1\u03b4",-1,2],["\u03b6",-1,2],["\u03c4\u03b6",25,1],["\u03ba",-1,1],["\u03c3\u03ba",27,1],
    ["\u03ba\u03b1\u03c0\u03b1\u03ba",27,1],["\u03c3\u03bf\u03ba",27,1],["\u03c0\u03bb",-1,1],["\u03c6\u03c5\u03bb",-1,1],
    ["\u03bb\u03bf\u03c5\u03bb",-1,1],["\u03b2\u03b1\u03bb",-1,2],["\u03bc\u03b1\u03bb",-1,1],["\u03b3\u03bb",-1,2],
    ["\u03c4\u03c1\u03b9\u03c0\u03bf\u03bb",-1,2],["\u03c6\u03b1\u03c1\u03bc",-1,1],["\u03ba\u03b1\u03b9\u03bc",-1,1],
    ["\u03ba\u03bb\u03b9\u03bc",-1,1],["\u03bc\u03b1\u03ba\u03c1\u03c5\u03bd",-1,2],["\u03c3\u03c0\u03b1\u03bd",-1,1],
    ["\u03b3\u03b9\u03b1\u03bd",-1,2],["\u03b7\u03b3\u03bf\u03c5\u03bc\u03b5\u03bd",-1,2],["\u03ba\u03bf\u03bd",-1,1]]);
  var A_18 = am([
    ["\u03b9\u03c4\u03c3\u03b1\u03c3",-1,1],["\u03b9\u03c4\u03c3\u03b5\u03c3",-1,1],["\u03b9\u03c4\u03c3\u03b1",-1,1],
    ["\u03b1\u03ba\u03b9\u03b1",-1,1],["\u03b1\u03c1\u03b1\u03ba\u03b9\u03b1",3,1],["\u03b1\u03ba\u03b9",-1,1],
    ["\u03b1\u03c1\u03b1\u03ba\u03b9",5,1],["\u03b9\u03c4\u03c3\u03c9\u03bd",-1,1]]);
  var A_19 = am([
    ["\u03b9\u03c1",-1,1],["\u03c8\u03b1\u03bb",-1,1],["\u03b1\u03b9\u03c6\u03bd",-1,1],["\u03bf\u03bb\u03bf",-1,1]]);
  var A_20 = am([
    ["\u03b5",-1,1],["\u03c0\u03b1\u03b9\u03c7\u03bd",-1,1]]);
  var A_21 = am([
    ["\u03b9\u03b4\u03b9\u03b1",-1,1],["\u03b9\u03b4\u03b9\u03c9\u03bd",-1,1],["\u03b9\u03b4\u03b9\u03bf",-1,1]]);
  var A_22 = am([
    ["\u03c1",-1,1],["\u03b9\u03b2",-1,1],["\u03b4",-1,1],["\u03bb\u03c5\u03ba",-1,1],["\u03c6\u03c1\u03b1\u03b3\u03ba",-1,1],
    ["\u03bf\u03b2\u03b5\u03bb",-1,1],["\u03bc\u03b7\u03bd",-1,1]]);
  var A_23 = am([
    ["\u03b9\u03c3\u03ba\u03bf\u03c3",-1,1],["\u03b9\u03c3\u03ba\u03bf\u03c5",-1,1],["\u03b9\u03c3\u03ba\u03b5",-1,1],
    ["\u03b9\u03c3\u03ba\u03bf",-1,1]]);
  var A_24 = am([
    ["\u03b1\u03b4\u03b5\u03c3",-1,1],["\u03b1\u03b4\u03c9\u03bd",-1,1]]);
  var A_25 = am([
    ["\u03bc\u03c0\u03b1\u03bc\u03c0",-1,-1],["\u03ba\u03c5\u03c1",-1,-1],["\u03c0\u03b1\u03c4\u03b5\u03c1",-1,-1],
    ["\u03c0\u03b5\u03b8\u03b5\u03c1",-1,-1],["\u03bd\u03c4\u03b1\u03bd\u03c4",-1,-1],["\u03b3\u03b9\u03b1\u03b3\u03b9",-1,-1],
    ["\u03b8\u03b5\u03b9",-1,-1],["\u03bf\u03ba",-1,-1],["\u03bc\u03b1\u03bc",-1,-1],["\u03bc\u03b1\u03bd",-1,-1]]);
  var A_26 = am([
    ["\u03b5\u03b4\u03b5\u03c3",-1,1],["\u03b5\u03b4\u03c9\u03bd",-1,1]]);
  var A_27 = am([
    ["\u03ba\u03c1\u03b1\u03c3\u03c0",-1,1],["\u03c5\u03c0",-1,1],["\u03b4\u03b1\u03c0",-1,1],["\u03b3\u03b7\u03c0",-1,1],
    ["\u03b9\u03c0",-1,1],["\u03b5\u03bc\u03c0",-1,1],["\u03bf\u03c0",-1,1],["\u03bc\u03b9\u03bb",-1,1]]);
  var A_28 = am([
    ["\u03bf\u03c5\u03b4\u03b5\u03c3",-1,1],["\u03bf\u03c5\u03b4\u03c9\u03bd",-1,1]]);
  var A_29 = am([
    ["\u03c3\u03c0",-1,1],["\u03c6\u03c1",-1,1],["\u03c3",-1,1],["\u03bb\u03b9\u03c7",-1,1],["\u03c4\u03c1\u03b1\u03b3",-1,1],
    ["\u03c6\u03b5",-1,1],["\u03b1\u03c1\u03ba",-1,1],["\u03c3\u03ba",-1,1],["\u03ba\u03b1\u03bb\u03b9\u03b1\u03ba",-1,1],
    ["\u03bb\u03bf\u03c5\u03bb",-1,1],["\u03c6\u03bb",-1,1],["\u03c0\u03b5\u03c4\u03b1\u03bb",-1,1],
    ["\u03b2\u03b5\u03bb",-1,1],["\u03c7\u03bd",-1,1],["\u03c0\u03bb\u03b5\u03be",-1,1]]);
  var A_30 = am([
    ["\u03b5\u03c9\u03c3",-1,1],["\u03b5\u03c9\u03bd",-1,1]]);
  var A_31 = am([
    ["\u03c0",-1,1],["\u03c0\u03b1\u03c1",-1,1],["\u03b4",-1,1],["\u03b9\u03b4",2,1],["\u03b8",-1,1],
    ["\u03b3\u03b1\u03bb",-1,1],["\u03b5\u03bb",-1,1],["\u03bd",-1,1]]);
  var A_32 = am([
    ["\u03b9\u03bf\u03c5",-1,1],["\u03b9\u03b1",-1,1],["\u03b9\u03c9\u03bd",-1,1]]);
  var A_33 = am([
    ["\u03b9\u03ba\u03bf\u03c5",-1,1],["\u03b9\u03ba\u03b1",-1,1],["\u03b9\u03ba\u03c9\u03bd",-1,1],
    ["\u03b9\u03ba\u03bf",-1,1]]);
  var A_34 = am([
    ["\u03ba\u03b1\u03bb\u03c0",-1,1],["\u03b3\u03b5\u03c1",-1,1],["\u03c0\u03bb\u03b9\u03b1\u03c4\u03c3",-1,1],
    ["\u03c0\u03b5\u03c4\u03c3",-1,1],["\u03c0\u03b9\u03c4\u03c3",-1,1],["\u03c6\u03c5\u03c3",-1,1],
    ["\u03c7\u03b1\u03c3",-1,1],["\u03bc\u03c0\u03bf\u03c3",-1,1],["\u03c3\u03b5\u03c1\u03c4",-1,1],
    ["\u03bc\u03c0\u03b1\u03b3\u03b9\u03b1\u03c4",-1,1],["\u03bd\u03b9\u03c4",-1,1],["\u03c0\u03b9\u03ba\u03b1\u03bd\u03c4",-1,1],
    ["\u03b5\u03be\u03c9\u03b4",-1,1],["\u03b1\u03b4",-1,1],["\u03ba\u03b1\u03c4\u03b1\u03b4",13,1],
    ["\u03c3\u03c5\u03bd\u03b1\u03b4",13,1],["\u03b1\u03bd\u03c4\u03b9\u03b4",-1,1],["\u03b5\u03bd\u03b4",-1,1],
    ["\u03c5\u03c0\u03bf\u03b4",-1,1],["\u03c0\u03c1\u03c9\u03c4\u03bf\u03b4",-1,1],["\u03c6\u03c5\u03bb\u03bf\u03b4",-1,1],
    ["\u03b7\u03b8",-1,1],["\u03b1\u03bd\u03b7\u03b8",21,1],["\u03be\u03b9\u03ba",-1,1],["\u03bc\u03bf\u03c5\u03bb",-1,1],
    ["\u03b1\u03bb",-1,1],["\u03b1\u03bc\u03bc\u03bf\u03c7\u03b1\u03bb",25,1],["\u03c3\u03c5\u03bd\u03bf\u03bc\u03b7\u03bb",-1,1],
    ["\u03bc\u03c0\u03bf\u03bb",-1,1],["\u03b2\u03c1\u03c9\u03bc",-1,1],["\u03c4\u03c3\u03b1\u03bc",-1,1],
    ["\u03bc\u03c0\u03b1\u03bd",-1,1],["\u03b1\u03bc\u03b1\u03bd",-1,1],["\u03ba\u03b1\u03bb\u03bb\u03b9\u03bd",-1,1],
    ["\u03c0\u03bf\u03c3\u03c4\u03b5\u03bb\u03bd",-1,1],["\u03c6\u03b9\u03bb\u03bf\u03bd",-1,1]]);
  var A_35 = am([
    ["\u03bf\u03c5\u03c3\u03b1\u03bc\u03b5",-1,1],["\u03b7\u03c3\u03b1\u03bc\u03b5",-1,1],["\u03b1\u03b3\u03b1\u03bc\u03b5",-1,1],
    ["\u03b7\u03ba\u03b1\u03bc\u03b5",-1,1],["\u03b7\u03b8\u03b7\u03ba\u03b1\u03bc\u03b5",3,1]]);
  var A_36 = am([
    ["\u03b1\u03bd\u03b1\u03c0",-1,1],["\u03c0\u03b9\u03ba\u03c1",-1,1],["\u03b1\u03c0\u03bf\u03c3\u03c4",-1,1],
    ["\u03c0\u03bf\u03c4",-1,1],["\u03c7",-1,1],["\u03c3\u03b9\u03c7",4,1],["\u03b2\u03bf\u03c5\u03b2",-1,1],
    ["\u03c0\u03b5\u03b8",-1,1],["\u03be\u03b5\u03b8",-1,1],["\u03b1\u03c0\u03bf\u03b8",-1,1],["\u03b1\u03c0\u03bf\u03ba",-1,1],
    ["\u03bf\u03c5\u03bb",-1,1]]);
  var A_37 = am([
    ["\u03c4\u03c1",-1,1],["\u03c4\u03c3",-1,1]]);
  var A_38 = am([
    ["\u03bf\u03c5\u03c3\u03b1\u03bd\u03b5",-1,1],["\u03b7\u03c3\u03b1\u03bd\u03b5",-1,1],["\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd\u03b5",-1,1],
    ["\u03b9\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd\u03b5",2,1],["\u03bf\u03bd\u03c4\u03b1\u03bd\u03b5",-1,1],
    ["\u03b9\u03bf\u03bd\u03c4\u03b1\u03bd\u03b5",4,1],["\u03bf\u03c4\u03b1\u03bd\u03b5",-1,1],
    ["\u03b9\u03bf\u03c4\u03b1\u03bd\u03b5",6,1],["\u03b1\u03b3\u03b1\u03bd\u03b5",-1,1],["\u03b7\u03ba\u03b1\u03bd\u03b5",-1,1],
    ["\u03b7\u03b8\u03b7\u03ba\u03b1\u03bd\u03b5",9,1]]);
  var A_39 = am([
    ["\u03c0",-1,1],["\u03c3\u03c0",0,1],["\u03c0\u03bf\u03bb\u03c5\u03b4\u03b1\u03c0",0,1],["\u03b1\u03b4\u03b1\u03c0",0,1],
    ["\u03c7\u03b1\u03bc\u03b7\u03bb\u03bf\u03b4\u03b1\u03c0",0,1],["\u03c4\u03c3\u03bf\u03c0",0,1],
    ["\u03ba\u03bf\u03c0",0,1],["\u03c5\u03c0\u03bf\u03ba\u03bf\u03c0",6,1],["\u03c0\u03b5\u03c1\u03b9\u03c4\u03c1",-1,1],
    ["\u03bf\u03c5\u03c1",-1,1],["\u03b5\u03c1",-1,1],["\u03b2\u03b5\u03c4\u03b5\u03c1",10,1],["\u03b3\u03b5\u03c1",10,1],
    ["\u03bb\u03bf\u03c5\u03b8\u03b7\u03c1",-1,1],["\u03ba\u03bf\u03c1\u03bc\u03bf\u03c1",-1,1],
    ["\u03c3",-1,1],["\u03c3\u03b1\u03c1\u03b1\u03ba\u03b1\u03c4\u03c3",15,1],["\u03b8\u03c5\u03c3",15,1],
    ["\u03b2\u03b1\u03c3",15,1],["\u03c0\u03bf\u03bb\u03b9\u03c3",15,1],["\u03ba\u03b1\u03c3\u03c4",-1,1],
    ["\u03b4\u03b9\u03b1\u03c4",-1,1],["\u03c0\u03bb\u03b1\u03c4",-1,1],["\u03c4\u03c3\u03b1\u03c1\u03bb\u03b1\u03c4",-1,1],
    ["\u03c4\u03b5\u03c4",-1,1],["\u03c0\u03bf\u03c5\u03c1\u03b9\u03c4",-1,1],["\u03c3\u03bf\u03c5\u03bb\u03c4",-1,1],
    ["\u03b6\u03c9\u03bd\u03c4",-1,1],["\u03bc\u03b1\u03b9\u03bd\u03c4",-1,1],["\u03c6",-1,1],["\u03c0\u03b5\u03bd\u03c4\u03b1\u03c1\u03c6",29,1],
    ["\u03ba\u03bf\u03b9\u03bb\u03b1\u03c1\u03c6",29,1],["\u03bf\u03c1\u03c6",29,1],["\u03b4\u03b9\u03b1\u03c6",29,1],
    ["\u03c3\u03c4\u03b5\u03c6",29,1],["\u03c6\u03c9\u03c4\u03bf\u03c3\u03c4\u03b5\u03c6",34,1],
    ["\u03c0\u03b5\u03c1\u03b7\u03c6",29,1],["\u03c5\u03c0\u03b5\u03c1\u03b7\u03c6",36,1],["\u03c7",-1,1],
    ["\u03c0\u03bf\u03bb\u03c5\u03bc\u03b7\u03c7",38,1],["\u03b1\u03bc\u03b7\u03c7",38,1],["\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7",38,1],
    ["\u03bc\u03b9\u03ba\u03c1\u03bf\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7",41,1],["\u03bc\u03b5\u03b3\u03bb\u03bf\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7",41,1],
    ["\u03ba\u03b1\u03c0\u03bd\u03bf\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7",41,1],["\u03bb\u03b9\u03c7",38,1],
    ["\u03c4\u03b1\u03b2",-1,1],["\u03bd\u03c4\u03b1\u03b2",46,1],["\u03c8\u03b7\u03bb\u03bf\u03c4\u03b1\u03b2",46,1],
    ["\u03bb\u03b9\u03b2",-1,1],["\u03ba\u03bb\u03b9\u03b2",49,1],["\u03be\u03b7\u03c1\u03bf\u03ba\u03bb\u03b9\u03b2",50,1],
    ["\u03b3",-1,1],["\u03b1\u03bd\u03bf\u03c1\u03b3",52,1],["\u03b5\u03bd\u03bf\u03c1\u03b3",52,1],
    ["\u03b1\u03b3",52,1],["\u03c4\u03c1\u03b1\u03b3",55,1],["\u03c4\u03c3\u03b1\u03b3",55,1],["\u03c4\u03c3\u03b9\u03b3\u03b3",52,1],
    ["\u03b1\u03c4\u03c3\u03b9\u03b3\u03b3",58,1],["\u03b1\u03b8\u03b9\u03b3\u03b3",52,1],["\u03c3\u03c4\u03b5\u03b3",52,1],
    ["\u03b1\u03c0\u03b7\u03b3",52,1],["\u03c3\u03b9\u03b3",52,1],["\u03ba\u03b1\u03bb\u03c0\u03bf\u03c5\u03b6",-1,1],
    ["\u03b8",-1,1],["\u03bc\u03c9\u03b1\u03bc\u03b5\u03b8",65,1],["\u03c0\u03b9\u03b8",65,1],["\u03b1\u03c0\u03b9\u03b8",67,1],
    ["\u03b2\u03b1\u03c3\u03ba",-1,1],["\u03b2\u03c1\u03b1\u03c7\u03c5\u03ba",-1,1],["\u03b4\u03b5\u03ba",-1,1],
    ["\u03c0\u03b5\u03bb\u03b5\u03ba",-1,1],["\u03b9\u03ba",-1,1],["\u03b1\u03bd\u03b9\u03ba",73,1],
    ["\u03b2\u03bf\u03c5\u03bb\u03ba",-1,1],["\u03c0\u03bb",-1,1],["\u03b4\u03b9\u03c0\u03bb",76,1],
    ["\u03c8\u03c5\u03c7\u03bf\u03c0\u03bb",76,1],["\u03bb\u03b1\u03bf\u03c0\u03bb",76,1],["\u03bf\u03c5\u03bb",-1,1],
    ["\u03b3\u03b1\u03bb",-1,1],["\u03b2\u03b1\u03b8\u03c5\u03b3\u03b1\u03bb",81,1],["\u03ba\u03b1\u03c4\u03b1\u03b3\u03b1\u03bb",81,1],
    ["\u03bf\u03bb\u03bf\u03b3\u03b1\u03bb",81,1],["\u03ba\u03b1\u03c3\u03c4\u03b5\u03bb",-1,1],
    ["\u03bc\u03b5\u03bb",-1,1],["\u03c0\u03bf\u03c1\u03c4\u03bf\u03bb",-1,1],["\u03bc",-1,1],["\u03b4\u03c1\u03b1\u03b4\u03bf\u03c5\u03bc",88,1],
    ["\u03b2\u03c1\u03b1\u03c7\u03bc",88,1],["\u03bf\u03bb\u03b9\u03b3\u03bf\u03b4\u03b1\u03bc",88,1],
    ["\u03bc\u03bf\u03c5\u03c3\u03bf\u03c5\u03bb\u03bc",88,1],["\u03bd",-1,1],["\u03b1\u03bc\u03b5\u03c1\u03b9\u03ba\u03b1\u03bd",93,1]]);
  var A_40 = am([
    ["\u03c0\u03c5\u03c1",-1,1],["\u03b5\u03c5\u03c1",-1,1],["\u03c7\u03c9\u03c1",-1,1],["\u03b2\u03b1\u03c1",-1,1],
    ["\u03b2\u03c1",-1,1],["\u03b1\u03b9\u03c1",-1,1],["\u03c6\u03bf\u03c1",-1,1],["\u03bd\u03b5\u03c4",-1,1],
    ["\u03c3\u03c7",-1,1],["\u03c3\u03c5\u03bd\u03b4",-1,1],["\u03b5\u03bd\u03b4",-1,1],["\u03bf\u03b4",-1,1],
    ["\u03c5\u03c0\u03b5\u03c1\u03b8",-1,1],["\u03c3\u03b8",-1,1],["\u03b5\u03c5\u03b8",-1,1],["\u03c1\u03b1\u03b8",-1,1],
    ["\u03c4\u03b1\u03b8",-1,1],["\u03b4\u03b9\u03b1\u03b8",-1,1],["\u03ba\u03b1\u03b8",-1,1],["\u03c4\u03b9\u03b8",-1,1],
    ["\u03b5\u03ba\u03b8",-1,1],["\u03c3\u03c5\u03bd\u03b8",-1,1],["\u03b5\u03bd\u03b8",-1,1],["\u03c1\u03bf\u03b8",-1,1],
    ["\u03b1\u03c1\u03ba",-1,1],["\u03c9\u03c6\u03b5\u03bb",-1,1],["\u03b2\u03bf\u03bb",-1,1],["\u03c3\u03c5\u03bd",-1,1],
    ["\u03b1\u03b9\u03bd",-1,1],["\u03c0\u03bf\u03bd",-1,1],["\u03c1\u03bf\u03bd",-1,1]]);
  var A_41 = am([
    ["\u03c3\u03b5\u03c1\u03c0",-1,1],["\u03ba\u03bf\u03c0",-1,1],["\u03b8\u03b1\u03c1\u03c1",-1,1],
    ["\u03bd\u03c4\u03c1",-1,1],["\u03b1\u03b2\u03b1\u03c1",-1,1],["\u03b5\u03bd\u03b1\u03c1",-1,1],
    ["\u03b1\u03b2\u03c1",-1,1],["\u03bc\u03c0\u03bf\u03c1",-1,1],["\u03c5",-1,1],["\u03c3\u03c5\u03c1\u03c6",-1,1],
    ["\u03bd\u03b9\u03c6",-1,1],["\u03c0\u03b1\u03b3",-1,1],["\u03b4",-1,1],["\u03b1\u03b4",12,1],
    ["\u03b8",-1,1],["\u03b1\u03b8",14,1],["\u03c3\u03ba",-1,1],["\u03c4\u03bf\u03ba",-1,1],["\u03b1\u03c0\u03bb",-1,1],
    ["\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb",-1,1],["\u03c3\u03ba\u03b5\u03bb",-1,1],["\u03b5\u03bc",-1,1],
    ["\u03b1\u03bd",-1,1],["\u03b2\u03b5\u03bd",-1,1],["\u03b2\u03b1\u03c1\u03bf\u03bd",-1,1]]);
  var A_42 = am([
    ["\u03c9\u03bd\u03c4\u03b1\u03c3",-1,1],["\u03bf\u03bd\u03c4\u03b1\u03c3",-1,1]]);
  var A_43 = am([
    ["\u03bf\u03bc\u03b1\u03c3\u03c4\u03b5",-1,1],["\u03b9\u03bf\u03bc\u03b1\u03c3\u03c4\u03b5",0,1]]);
  var A_44 = am([
    ["\u03c0",-1,1],["\u03b1\u03c0",0,1],["\u03b1\u03ba\u03b1\u03c4\u03b1\u03c0",1,1],["\u03c3\u03c5\u03bc\u03c0",0,1],
    ["\u03b1\u03c3\u03c5\u03bc\u03c0",3,1],["\u03b1\u03bc\u03b5\u03c4\u03b1\u03bc\u03c6",-1,1]]);
  var A_45 = am([
    ["\u03b1\u03c1",-1,1],["\u03bd\u03b9\u03c3",-1,1],["\u03b6",-1,1],["\u03b1\u03bb",-1,1],["\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb",3,1],
    ["\u03b5\u03ba\u03c4\u03b5\u03bb",-1,1],["\u03bc",-1,1],["\u03be",-1,1],["\u03c0\u03c1\u03bf",-1,1]]);
  var A_46 = am([
    ["\u03b7\u03b8\u03b7\u03ba\u03b5\u03c3",-1,1],["\u03b7\u03b8\u03b7\u03ba\u03b1",-1,1],["\u03b7\u03b8\u03b7\u03ba\u03b5",-1,1]]);
  var A_47 = am([
    ["\u03c3\u03c6",-1,1],["\u03bd\u03b1\u03c1\u03b8",-1,1],["\u03c0\u03b9\u03b8",-1,1],["\u03bf\u03b8",-1,1],
    ["\u03c3\u03ba\u03bf\u03c5\u03bb",-1,1],["\u03c3\u03ba\u03c9\u03bb",-1,1]]);
  var A_48 = am([
    ["\u03b8",-1,1],["\u03c0\u03c1\u03bf\u03c3\u03b8",0,1],["\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03c4\u03b1\u03b8",0,1],
    ["\u03b4\u03b9\u03b1\u03b8",0,1],["\u03c3\u03c5\u03bd\u03b8",0,1]]);
  var A_49 = am([
    ["\u03b7\u03ba\u03b5\u03c3",-1,1],["\u03b7\u03ba\u03b1",-1,1],["\u03b7\u03ba\u03b5",-1,1]]);
  var A_50 = am([
    ["\u03b2\u03bb\u03b5\u03c0",-1,1],["\u03c0\u03bf\u03b4\u03b1\u03c1",-1,1],["\u03c0\u03c1\u03c9\u03c4",-1,1],
    ["\u03ba\u03c5\u03bc\u03b1\u03c4",-1,1],["\u03c0\u03b1\u03bd\u03c4\u03b1\u03c7",-1,1],["\u03bb\u03b1\u03c7",-1,1],
    ["\u03c6\u03b1\u03b3",-1,1],["\u03bb\u03b7\u03b3",-1,1],["\u03c6\u03c1\u03c5\u03b4",-1,1],["\u03bc\u03b1\u03bd\u03c4\u03b9\u03bb",-1,1],
    ["\u03bc\u03b1\u03bb\u03bb",-1,1],["\u03bf\u03bc",-1,1]]);
  var A_51 = am([
    ["\u03b5\u03ba\u03bb\u03b9\u03c0",-1,1],["\u03c1",-1,1],["\u03b1\u03bd\u03b1\u03c1\u03c1",1,1],
    ["\u03b5\u03bd\u03b4\u03b9\u03b1\u03c6\u03b5\u03c1",1,1],["\u03c0\u03b1\u03c4",-1,1],["\u03ba\u03b1\u03b8\u03b1\u03c1\u03b5\u03c5",-1,1],
    ["\u03b4\u03b5\u03c5\u03c4\u03b5\u03c1\u03b5\u03c5",-1,1],["\u03bb\u03b5\u03c7",-1,1],["\u03c4\u03c3\u03b1",-1,1],
    ["\u03c7\u03b1\u03b4",-1,1],["\u03bc\u03b5\u03b4",-1,1],["\u03bb\u03b1\u03bc\u03c0\u03b9\u03b4",-1,1],
    ["\u03b4\u03b5",-1,1],["\u03c0\u03bb\u03b5",-1,1],["\u03bc\u03b5\u03c3\u03b1\u03b6",-1,1],["\u03b4\u03b5\u03c3\u03c0\u03bf\u03b6",-1,1],
    ["\u03b1\u03b9\u03b8",-1,1],["\u03c6\u03b1\u03c1\u03bc\u03b1\u03ba",-1,1],["\u03b1\u03b3\u03ba",-1,1],
    ["\u03b1\u03bd\u03b7\u03ba",-1,1],["\u03bb",-1,1],["\u03bc",-1,1],["\u03b1\u03bc",21,1],["\u03b2\u03c1\u03bf\u03bc",21,1],
    ["\u03c5\u03c0\u03bf\u03c4\u03b5\u03b9\u03bd",-1,1]]);
  var A_52 = am([
    ["\u03bf\u03c5\u03c3\u03b5\u03c3",-1,1],["\u03bf\u03c5\u03c3\u03b1",-1,1],["\u03bf\u03c5\u03c3\u03b5",-1,1]]);
  var A_53 = am([
    ["\u03c1\u03c0",-1,1],["\u03c0\u03c1",-1,1],["\u03c6\u03c1",-1,1],["\u03c7\u03bf\u03c1\u03c4",-1,1],
    ["\u03c3\u03c6",-1,1],["\u03bf\u03c6",-1,1],["\u03c8\u03bf\u03c6",5,-1],["\u03bb\u03bf\u03c7",-1,1],
    ["\u03bd\u03b1\u03c5\u03bb\u03bf\u03c7",7,-1],["\u03c0\u03b5\u03bb",-1,1],["\u03bb\u03bb",-1,1],
    ["\u03c3\u03bc\u03b7\u03bd",-1,1]]);
  var A_54 = am([
    ["\u03c0",-1,1],["\u03b1\u03c3\u03c0",0,1],["\u03b1\u03bd\u03c5\u03c0",0,1],["\u03b1\u03c1\u03c4\u03b9\u03c0",0,1],
    ["\u03b1\u03b5\u03b9\u03c0",0,1],["\u03c3\u03c5\u03bc\u03c0",0,1],["\u03c0\u03c1\u03bf\u03c3\u03c9\u03c0\u03bf\u03c0",0,1],
    ["\u03c3\u03b9\u03b4\u03b7\u03c1\u03bf\u03c0",0,1],["\u03b4\u03c1\u03bf\u03c3\u03bf\u03c0",0,1],
    ["\u03bd\u03b5\u03bf\u03c0",0,1],["\u03ba\u03c1\u03bf\u03ba\u03b1\u03bb\u03bf\u03c0",0,1],["\u03bf\u03bb\u03bf\u03c0",0,1],
    ["\u03c1",-1,1],["\u03c4\u03c1",12,1],["\u03bf\u03c5\u03c1",12,1],["\u03b1\u03c3\u03c0\u03b1\u03c1",12,1],
    ["\u03c7\u03b1\u03c1",12,1],["\u03b1\u03c7\u03b1\u03c1",16,1],["\u03b1\u03c0\u03b5\u03c1",12,1],
    ["\u03c4",-1,1],["\u03b1\u03bd\u03c5\u03c3\u03c4",19,1],["\u03b1\u03b2\u03b1\u03c3\u03c4",19,1],
    ["\u03c0\u03c1\u03bf\u03c3\u03c4",19,1],["\u03b1\u03b9\u03bc\u03bf\u03c3\u03c4",19,1],["\u03b4\u03b9\u03b1\u03c4",19,1],
    ["\u03b5\u03c0\u03b9\u03c4",19,1],["\u03c3\u03c5\u03bd\u03c4",19,1],["\u03c5\u03c0\u03bf\u03c4",19,1],
    ["\u03b1\u03c0\u03bf\u03c4",19,1],["\u03bf\u03bc\u03bf\u03c4",19,1],["\u03bd\u03bf\u03bc\u03bf\u03c4",29,1],
    ["\u03bd\u03b1\u03c5",-1,1],["\u03c0\u03bf\u03bb\u03c5\u03c6",-1,1],["\u03b1\u03c6",-1,1],["\u03be\u03b5\u03c6",-1,1],
    ["\u03b1\u03b4\u03b7\u03c6",-1,1],["\u03c0\u03b1\u03bc\u03c6",-1,1],["\u03b1\u03bc\u03b1\u03bb\u03bb\u03b9",-1,1],
    ["\u03bb",-1,1],["\u03b1\u03bc\u03b1\u03bb",38,1],["\u03bc",-1,1],["\u03bf\u03c5\u03bb\u03b1\u03bc",40,1],
    ["\u03b5\u03bd",-1,1],["\u03b4\u03b5\u03c1\u03b2\u03b5\u03bd",42,1]]);
  var A_55 = am([
    ["\u03b1\u03b3\u03b5\u03c3",-1,1],["\u03b1\u03b3\u03b1",-1,1],["\u03b1\u03b3\u03b5",-1,1]]);
  var A_56 = am([
    ["\u03b7\u03c3\u03bf\u03c5",-1,1],["\u03b7\u03c3\u03b1",-1,1],["\u03b7\u03c3\u03b5",-1,1]]);
  var A_57 = am([
    ["\u03bd",-1,1],["\u03b5\u03c0\u03c4\u03b1\u03bd",0,1],["\u03b4\u03c9\u03b4\u03b5\u03ba\u03b1\u03bd",0,1],
    ["\u03c7\u03b5\u03c1\u03c3\u03bf\u03bd",0,1],["\u03bc\u03b5\u03b3\u03b1\u03bb\u03bf\u03bd",0,1],
    ["\u03b5\u03c1\u03b7\u03bc\u03bf\u03bd",0,1]]);
  var A_58 = am([
    ["\u03c7\u03c1",-1,1],["\u03b4\u03c5\u03c3\u03c7\u03c1",0,1],["\u03b5\u03c5\u03c7\u03c1",0,1],
    ["\u03b1\u03c7\u03c1",0,1],["\u03ba\u03bf\u03b9\u03bd\u03bf\u03c7\u03c1",0,1],["\u03c0\u03b1\u03bb\u03b9\u03bc\u03c8",-1,1],
    ["\u03c3\u03b2",-1,1],["\u03b1\u03c3\u03b2",6,1],["\u03b1\u03c0\u03bb",-1,1],["\u03b1\u03b5\u03b9\u03bc\u03bd",-1,1]]);
  var A_59 = am([
    ["\u03bf\u03c5\u03bd\u03b5",-1,1],["\u03b7\u03c3\u03bf\u03c5\u03bd\u03b5",0,1],["\u03b7\u03b8\u03bf\u03c5\u03bd\u03b5",0,1]]);
  var A_60 = am([
    ["\u03c1",-1,1],["\u03c3\u03c4\u03c1\u03b1\u03b2\u03bf\u03bc\u03bf\u03c5\u03c4\u03c3",-1,1],
    ["\u03ba\u03b1\u03ba\u03bf\u03bc\u03bf\u03c5\u03c4\u03c3",-1,1],["\u03c3\u03c0\u03b9",-1,1],
    ["\u03bd",-1,1],["\u03b5\u03be\u03c9\u03bd",4,1]]);
  var A_61 = am([
    ["\u03bf\u03c5\u03bc\u03b5",-1,1],["\u03b7\u03c3\u03bf\u03c5\u03bc\u03b5",0,1],["\u03b7\u03b8\u03bf\u03c5\u03bc\u03b5",0,1]]);
  var A_62 = am([
    ["\u03b1\u03c3\u03bf\u03c5\u03c3",-1,1],["\u03c0\u03b1\u03c1\u03b1\u03c3\u03bf\u03c5\u03c3",0,1],
    ["\u03b1\u03bb\u03bb\u03bf\u03c3\u03bf\u03c5\u03c3",-1,1],["\u03c6",-1,1],["\u03c7",-1,1],["\u03b1\u03b6",-1,1],
    ["\u03c9\u03c1\u03b9\u03bf\u03c0\u03bb",-1,1]]);
  var A_63 = am([
    ["\u03bc\u03b1\u03c4\u03bf\u03c3",-1,1],["\u03bc\u03b1\u03c4\u03b1",-1,1],["\u03bc\u03b1\u03c4\u03c9\u03bd",-1,1]]);
  var A_64 = am([
    ["\u03c5\u03c3",-1,1],["\u03bf\u03c5\u03c3",0,1],["\u03b1\u03c3",-1,1],["\u03b5\u03c3",-1,1],
    ["\u03b7\u03c3\u03b5\u03c3",3,1],["\u03b7\u03b4\u03b5\u03c3",3,1],["\u03b7\u03c3",-1,1],["\u03b5\u03b9\u03c3",-1,1],
    ["\u03b7\u03b8\u03b5\u03b9\u03c3",7,1],["\u03bf\u03c3",-1,1],["\u03c5",-1,1],["\u03bf\u03c5",10,1],
    ["\u03c9",-1,1],["\u03b7\u03c3\u03c9",12,1],["\u03b1\u03c9",12,1],["\u03b7\u03b8\u03c9",12,1],
    ["\u03b1",-1,1],["\u03b9\u03bf\u03c5\u03bc\u03b1",16,1],["\u03bf\u03c3\u03bf\u03c5\u03bd\u03b1",16,1],
    ["\u03b9\u03bf\u03c3\u03bf\u03c5\u03bd\u03b1",18,1],["\u03bf\u03bc\u03bf\u03c5\u03bd\u03b1",16,1],
    ["\u03b9\u03bf\u03bc\u03bf\u03c5\u03bd\u03b1",20,1],["\u03b5",-1,1],["\u03b9\u03b5\u03c3\u03b1\u03c3\u03c4\u03b5",22,1],
    ["\u03bf\u03c3\u03b1\u03c3\u03c4\u03b5",22,1],["\u03b9\u03bf\u03c3\u03b1\u03c3\u03c4\u03b5",24,1],
    ["\u03bf\u03c5\u03bc\u03b1\u03c3\u03c4\u03b5",22,1],["\u03b9\u03bf\u03c5\u03bc\u03b1\u03c3\u03c4\u03b5",26,1],
    ["\u03b9\u03b5\u03bc\u03b1\u03c3\u03c4\u03b5",22,1],["\u03bf\u03c5\u03c3\u03b1\u03c4\u03b5",22,1],
    ["\u03b7\u03c3\u03b1\u03c4\u03b5",22,1],["\u03b1\u03b3\u03b1\u03c4\u03b5",22,1],["\u03b7\u03ba\u03b1\u03c4\u03b5",22,1],
    ["\u03b7\u03b8\u03b7\u03ba\u03b1\u03c4\u03b5",32,1],["\u03b5\u03b9\u03c4\u03b5",22,1],["\u03b7\u03b8\u03b5\u03b9\u03c4\u03b5",34,1],
    ["\u03b7",-1,1],["\u03b9",-1,1],["\u03b1\u03c3\u03b1\u03b9",37,1],["\u03b5\u03c3\u03b1\u03b9",37,1],
    ["\u03b9\u03b5\u03c3\u03b1\u03b9",39,1],["\u03b1\u03c4\u03b1\u03b9",37,1],["\u03b5\u03c4\u03b1\u03b9",37,1],
    ["\u03b9\u03b5\u03c4\u03b1\u03b9",42,1],["\u03bf\u03c5\u03bd\u03c4\u03b1\u03b9",37,1],["\u03b9\u03bf\u03c5\u03bd\u03c4\u03b1\u03b9",44,1],
    ["\u03bf\u03bd\u03c4\u03b1\u03b9",37,1],["\u03bf\u03c5\u03bc\u03b1\u03b9",37,1],["\u03b1\u03bc\u03b1\u03b9",37,1],
    ["\u03b9\u03b5\u03bc\u03b1\u03b9",37,1],["\u03bf\u03bc\u03b1\u03b9",37,1],["\u03b5\u03b9",37,1],
    ["\u03b7\u03c3\u03b5\u03b9",51,1],["\u03b1\u03b5\u03b9",51,1],["\u03b7\u03b8\u03b5\u03b9",51,1],
    ["\u03bf\u03b9",37,1],["\u03bf\u03c5\u03bd",-1,1],["\u03b7\u03c3\u03bf\u03c5\u03bd",56,1],["\u03bf\u03c3\u03bf\u03c5\u03bd",56,1],
    ["\u03b9\u03bf\u03c3\u03bf\u03c5\u03bd",58,1],["\u03b7\u03b8\u03bf\u03c5\u03bd",56,1],["\u03bf\u03bc\u03bf\u03c5\u03bd",56,1],
    ["\u03b9\u03bf\u03bc\u03bf\u03c5\u03bd",61,1],["\u03c9\u03bd",-1,1],["\u03b7\u03b4\u03c9\u03bd",63,1],
    ["\u03b1\u03bd",-1,1],["\u03bf\u03c5\u03c3\u03b1\u03bd",65,1],["\u03bf\u03bd\u03c4\u03bf\u03c5\u03c3\u03b1\u03bd",66,1],
    ["\u03b9\u03bf\u03bd\u03c4\u03bf\u03c5\u03c3\u03b1\u03bd",67,1],["\u03b7\u03c3\u03b1\u03bd",65,1],
    ["\u03bf\u03c3\u03b1\u03c3\u03c4\u03b1\u03bd",65,1],["\u03b9\u03bf\u03c3\u03b1\u03c3\u03c4\u03b1\u03bd",70,1],
    ["\u03bf\u03bc\u03b1\u03c3\u03c4\u03b1\u03bd",65,1],["\u03b9\u03bf\u03bc\u03b1\u03c3\u03c4\u03b1\u03bd",72,1],
    ["\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd",65,1],["\u03b9\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd",74,1],
    ["\u03bf\u03bd\u03c4\u03b1\u03bd",65,1],["\u03b9\u03bf\u03bd\u03c4\u03b1\u03bd",76,1],["\u03bf\u03c4\u03b1\u03bd",65,1],
    ["\u03b9\u03bf\u03c4\u03b1\u03bd",78,1],["\u03b1\u03b3\u03b1\u03bd",65,1],["\u03b7\u03ba\u03b1\u03bd",65,1],
    ["\u03b7\u03b8\u03b7\u03ba\u03b1\u03bd",81,1],["\u03bf",-1,1]]);
  var A_65 = am([
    ["\u03b5\u03c3\u03c4\u03b5\u03c1",-1,1],["\u03c5\u03c4\u03b5\u03c1",-1,1],["\u03c9\u03c4\u03b5\u03c1",-1,1],
    ["\u03bf\u03c4\u03b5\u03c1",-1,1],["\u03b5\u03c3\u03c4\u03b1\u03c4",-1,1],["\u03c5\u03c4\u03b1\u03c4",-1,1],
    ["\u03c9\u03c4\u03b1\u03c4",-1,1],["\u03bf\u03c4\u03b1\u03c4",-1,1]]);
  var G_v = [81,65,16,1];
  var G_v2 = [81,65,0,1];
  function stem() {
   var among_var;
   var b_test1;
   LB = C;
   C = L;
   var v_1 = L - C;
   replab1: for (;;) {
    var v_2 = L - C;
    lab2: for (var _lab2 = 0; _lab2 < 1; _lab2++) {
     K = C;
     among_var = find_among_b(A_0);
     B = C;
     switch (among_var) {
      case 1: { slice_from(enc("\u03b1")); break; }
      case 2: { slice_from(enc("\u03b2")); break; }
      case 3: { slice_from(enc("\u03b3")); break; }
      case 4: { slice_from(enc("\u03b4")); break; }
      case 5: { slice_from(enc("\u03b5")); break; }
      case 6: { slice_from(enc("\u03b6")); break; }
      case 7: { slice_from(enc("\u03b7")); break; }
      case 8: { slice_from(enc("\u03b8")); break; }
      case 9: { slice_from(enc("\u03b9")); break; }
      case 10: { slice_from(enc("\u03ba")); break; }
      case 11: { slice_from(enc("\u03bb")); break; }
      case 12: { slice_from(enc("\u03bc")); break; }
      case 13: { slice_from(enc("\u03bd")); break; }
      case 14: { slice_from(enc("\u03be")); break; }
      case 15: { slice_from(enc("\u03bf")); break; }
      case 16: { slice_from(enc("\u03c0")); break; }
      case 17: { slice_from(enc("\u03c1")); break; }
      case 18: { slice_from(enc("\u03c3")); break; }
      case 19: { slice_from(enc("\u03c4")); break; }
      case 20: { slice_from(enc("\u03c5")); break; }
      case 21: { slice_from(enc("\u03c6")); break; }
      case 22: { slice_from(enc("\u03c7")); break; }
      case 23: { slice_from(enc("\u03c8")); break; }
      case 24: { slice_from(enc("\u03c9")); break; }
      case 25: {
       if (C <= LB) break lab2;
       previous_char();
       break;
      }
     }
     continue replab1;
    }
    C = L - v_2;
    break replab1;
   }
   C = L - v_1;
   if (len() < 3) return false;
   b_test1 = true;
   var v_3 = L - C;
   lab3: {
    K = C;
    among_var = find_among_b(A_1);
    if (among_var == 0) break lab3;
    B = C;
    switch (among_var) {
     case 1: { slice_from(enc("\u03c6\u03b1")); break; }
     case 2: { slice_from(enc("\u03c3\u03ba\u03b1")); break; }
     case 3: { slice_from(enc("\u03bf\u03bb\u03bf")); break; }
     case 4: { slice_from(enc("\u03c3\u03bf")); break; }
     case 5: { slice_from(enc("\u03c4\u03b1\u03c4\u03bf")); break; }
     case 6: { slice_from(enc("\u03ba\u03c1\u03b5")); break; }
     case 7: { slice_from(enc("\u03c0\u03b5\u03c1")); break; }
     case 8: { slice_from(enc("\u03c4\u03b5\u03c1")); break; }
     case 9: { slice_from(enc("\u03c6\u03c9")); break; }
     case 10: { slice_from(enc("\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4")); break; }
     case 11: { slice_from(enc("\u03b3\u03b5\u03b3\u03bf\u03bd")); break; }
    }
    b_test1 = false;
   }
   C = L - v_3;
   var v_4 = L - C;
   lab4: {
    K = C;
    if (find_among_b(A_3) == 0) break lab4;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    among_var = find_among_b(A_2);
    if (among_var == 0) break lab4;
    if (C > LB) break lab4;
    switch (among_var) {
     case 1: { slice_from(enc("\u03b9")); break; }
     case 2: { slice_from(enc("\u03b9\u03b6")); break; }
    }
   }
   C = L - v_4;
   var v_5 = L - C;
   lab5: {
    K = C;
    if (find_among_b(A_5) == 0) break lab5;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (find_among_b(A_4) == 0) break lab5;
    if (C > LB) break lab5;
    slice_from(enc("\u03c9\u03bd"));
   }
   C = L - v_5;
   var v_6 = L - C;
   lab6: {
    lab7: {
     var v_7 = L - C;
     lab8: {
      K = C;
      if (!eq_s_b(enc("\u03b9\u03c3\u03b1"))) break lab8;
      B = C;
      if (C > LB) break lab8;
      slice_from(enc("\u03b9\u03c3"));
      break lab7;
     }
     C = L - v_7;
     K = C;
    }
    if (find_among_b(A_7) == 0) break lab6;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    among_var = find_among_b(A_6);
    if (among_var == 0) break lab6;
    if (C > LB) break lab6;
    switch (among_var) {
     case 1: { slice_from(enc("\u03b9")); break; }
     case 2: { slice_from(enc("\u03b9\u03c3")); break; }
    }
   }
   C = L - v_6;
   var v_8 = L - C;
   lab9: {
    K = C;
    if (find_among_b(A_9) == 0) break lab9;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (C - 3 <= LB || S.charCodeAt(C - 1) >> 5 != 5 || ((-2145255424 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab9;
    if (find_among_b(A_8) == 0) break lab9;
    if (C > LB) break lab9;
    slice_from(enc("\u03b9"));
   }
   C = L - v_8;
   var v_9 = L - C;
   lab10: {
    K = C;
    if (find_among_b(A_11) == 0) break lab10;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    among_var = find_among_b(A_10);
    if (among_var == 0) break lab10;
    if (C > LB) break lab10;
    switch (among_var) {
     case 1: { slice_from(enc("\u03b9")); break; }
     case 2: { slice_from(enc("\u03b9\u03c3\u03c4")); break; }
    }
   }
   C = L - v_9;
   var v_10 = L - C;
   lab11: {
    K = C;
    if (find_among_b(A_14) == 0) break lab11;
    B = C;
    slice_del();
    b_test1 = false;
    lab12: {
     var v_11 = L - C;
     lab13: {
      K = C;
      B = C;
      if (C - 3 <= LB || S.charCodeAt(C - 1) != 181) break lab13;
      among_var = find_among_b(A_12);
      if (among_var == 0) break lab13;
      if (C > LB) break lab13;
      switch (among_var) {
       case 1: { slice_from(enc("\u03b9\u03c3\u03bc")); break; }
       case 2: { slice_from(enc("\u03b9")); break; }
      }
      break lab12;
     }
     C = L - v_11;
     K = C;
     if (C - 9 <= LB || (S.charCodeAt(C - 1) != 186 && S.charCodeAt(C - 1) != 189)) break lab11;
     among_var = find_among_b(A_13);
     if (among_var == 0) break lab11;
     B = C;
     switch (among_var) {
      case 1: { slice_from(enc("\u03b1\u03b3\u03bd\u03c9\u03c3\u03c4")); break; }
      case 2: { slice_from(enc("\u03b1\u03c4\u03bf\u03bc")); break; }
      case 3: { slice_from(enc("\u03b3\u03bd\u03c9\u03c3\u03c4")); break; }
      case 4: { slice_from(enc("\u03b5\u03b8\u03bd")); break; }
      case 5: { slice_from(enc("\u03b5\u03ba\u03bb\u03b5\u03ba\u03c4")); break; }
      case 6: { slice_from(enc("\u03c3\u03ba\u03b5\u03c0\u03c4")); break; }
      case 7: { slice_from(enc("\u03c4\u03bf\u03c0")); break; }
      case 8: { slice_from(enc("\u03b1\u03bb\u03b5\u03be\u03b1\u03bd\u03b4\u03c1")); break; }
      case 9: { slice_from(enc("\u03b2\u03c5\u03b6\u03b1\u03bd\u03c4")); break; }
      case 10: { slice_from(enc("\u03b8\u03b5\u03b1\u03c4\u03c1")); break; }
     }
    }
   }
   C = L - v_10;
   var v_12 = L - C;
   lab14: {
    K = C;
    if (C - 9 <= LB || (S.charCodeAt(C - 1) != 177 && S.charCodeAt(C - 1) != 185)) break lab14;
    if (find_among_b(A_16) == 0) break lab14;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (C - 1 <= LB || (S.charCodeAt(C - 1) != 131 && S.charCodeAt(C - 1) != 135)) break lab14;
    if (find_among_b(A_15) == 0) break lab14;
    if (C > LB) break lab14;
    slice_from(enc("\u03b1\u03c1\u03b1\u03ba"));
   }
   C = L - v_12;
   var v_13 = L - C;
   lab15: {
    K = C;
    if (find_among_b(A_18) == 0) break lab15;
    B = C;
    slice_del();
    b_test1 = false;
    lab16: {
     var v_14 = L - C;
     lab17: {
      K = C;
      B = C;
      among_var = find_among_b(A_17);
      if (among_var == 0) break lab17;
      if (C > LB) break lab17;
      switch (among_var) {
       case 1: { slice_from(enc("\u03b1\u03ba")); break; }
       case 2: { slice_from(enc("\u03b9\u03c4\u03c3")); break; }
      }
      break lab16;
     }
     C = L - v_14;
     K = C;
     B = C;
     if (!eq_s_b(enc("\u03ba\u03bf\u03c1"))) break lab15;
     slice_from(enc("\u03b9\u03c4\u03c3"));
    }
   }
   C = L - v_13;
   var v_15 = L - C;
   lab18: {
    K = C;
    if (C - 7 <= LB || S.charCodeAt(C - 1) >> 5 != 5 || ((-1610481664 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab18;
    if (find_among_b(A_21) == 0) break lab18;
    B = C;
    slice_del();
    b_test1 = false;
    lab19: {
     var v_16 = L - C;
     lab20: {
      K = C;
      B = C;
      if (find_among_b(A_19) == 0) break lab20;
      if (C > LB) break lab20;
      slice_from(enc("\u03b9\u03b4"));
      break lab19;
     }
     C = L - v_16;
     K = C;
     B = C;
     if (C - 1 <= LB || (S.charCodeAt(C - 1) != 181 && S.charCodeAt(C - 1) != 189)) break lab18;
     if (find_among_b(A_20) == 0) break lab18;
     slice_from(enc("\u03b9\u03b4"));
    }
   }
   C = L - v_15;
   var v_17 = L - C;
   lab21: {
    K = C;
    if (find_among_b(A_23) == 0) break lab21;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (find_among_b(A_22) == 0) break lab21;
    if (C > LB) break lab21;
    slice_from(enc("\u03b9\u03c3\u03ba"));
   }
   C = L - v_17;
   var v_18 = L - C;
   lab22: {
    K = C;
    if (C - 7 <= LB || (S.charCodeAt(C - 1) != 131 && S.charCodeAt(C - 1) != 189)) break lab22;
    if (find_among_b(A_24) == 0) break lab22;
    B = C;
    slice_del();
    var v_19 = L - C;
    lab23: {
     if (find_among_b(A_25) == 0) break lab23;
     break lab22;
    }
    C = L - v_19;
    var c = C;
    var bra = C, ket = C;
    insert(bra, ket, enc("\u03b1\u03b4"));
    C = c;
   }
   C = L - v_18;
   var v_20 = L - C;
   lab24: {
    K = C;
    if (C - 7 <= LB || (S.charCodeAt(C - 1) != 131 && S.charCodeAt(C - 1) != 189)) break lab24;
    if (find_among_b(A_26) == 0) break lab24;
    B = C;
    slice_del();
    K = C;
    B = C;
    if (C - 3 <= LB || (S.charCodeAt(C - 1) != 128 && S.charCodeAt(C - 1) != 187)) break lab24;
    if (find_among_b(A_27) == 0) break lab24;
    slice_from(enc("\u03b5\u03b4"));
   }
   C = L - v_20;
   var v_21 = L - C;
   lab25: {
    K = C;
    if (C - 9 <= LB || (S.charCodeAt(C - 1) != 131 && S.charCodeAt(C - 1) != 189)) break lab25;
    if (find_among_b(A_28) == 0) break lab25;
    B = C;
    slice_del();
    K = C;
    B = C;
    if (find_among_b(A_29) == 0) break lab25;
    slice_from(enc("\u03bf\u03c5\u03b4"));
   }
   C = L - v_21;
   var v_22 = L - C;
   lab26: {
    K = C;
    if (C - 5 <= LB || (S.charCodeAt(C - 1) != 131 && S.charCodeAt(C - 1) != 189)) break lab26;
    if (find_among_b(A_30) == 0) break lab26;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (find_among_b(A_31) == 0) break lab26;
    if (C > LB) break lab26;
    slice_from(enc("\u03b5"));
   }
   C = L - v_22;
   var v_23 = L - C;
   lab27: {
    K = C;
    if (find_among_b(A_32) == 0) break lab27;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (!in_grouping_b(G_v, 945, 969)) break lab27;
    slice_from(enc("\u03b9"));
   }
   C = L - v_23;
   var v_24 = L - C;
   lab28: {
    K = C;
    if (find_among_b(A_33) == 0) break lab28;
    B = C;
    slice_del();
    b_test1 = false;
    lab29: {
     var v_25 = L - C;
     lab30: {
      K = C;
      B = C;
      if (!in_grouping_b(G_v, 945, 969)) break lab30;
      slice_from(enc("\u03b9\u03ba"));
      break lab29;
     }
     C = L - v_25;
     K = C;
    }
    B = C;
    if (find_among_b(A_34) == 0) break lab28;
    if (C > LB) break lab28;
    slice_from(enc("\u03b9\u03ba"));
   }
   C = L - v_24;
   var v_26 = L - C;
   lab31: {
    var v_27 = L - C;
    lab32: {
     K = C;
     if (!eq_s_b(enc("\u03b1\u03b3\u03b1\u03bc\u03b5"))) break lab32;
     B = C;
     if (C > LB) break lab32;
     slice_from(enc("\u03b1\u03b3\u03b1\u03bc"));
    }
    C = L - v_27;
    var v_28 = L - C;
    lab33: {
     K = C;
     if (C - 9 <= LB || S.charCodeAt(C - 1) != 181) break lab33;
     if (find_among_b(A_35) == 0) break lab33;
     B = C;
     slice_del();
     b_test1 = false;
    }
    C = L - v_28;
    K = C;
    if (!eq_s_b(enc("\u03b1\u03bc\u03b5"))) break lab31;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (find_among_b(A_36) == 0) break lab31;
    if (C > LB) break lab31;
    slice_from(enc("\u03b1\u03bc"));
   }
   C = L - v_26;
   var v_29 = L - C;
   lab34: {
    var v_30 = L - C;
    lab35: {
     K = C;
     if (C - 9 <= LB || S.charCodeAt(C - 1) != 181) break lab35;
     if (find_among_b(A_38) == 0) break lab35;
     B = C;
     slice_del();
     b_test1 = false;
     K = C;
     B = C;
     if (C - 3 <= LB || (S.charCodeAt(C - 1) != 129 && S.charCodeAt(C - 1) != 131)) break lab35;
     if (find_among_b(A_37) == 0) break lab35;
     if (C > LB) break lab35;
     slice_from(enc("\u03b1\u03b3\u03b1\u03bd"));
    }
    C = L - v_30;
    K = C;
    if (!eq_s_b(enc("\u03b1\u03bd\u03b5"))) break lab34;
    B = C;
    slice_del();
    b_test1 = false;
    lab36: {
     var v_31 = L - C;
     lab37: {
      K = C;
      B = C;
      if (!in_grouping_b(G_v2, 945, 969)) break lab37;
      slice_from(enc("\u03b1\u03bd"));
      break lab36;
     }
     C = L - v_31;
     K = C;
    }
    B = C;
    if (find_among_b(A_39) == 0) break lab34;
    if (C > LB) break lab34;
    slice_from(enc("\u03b1\u03bd"));
   }
   C = L - v_29;
   var v_32 = L - C;
   lab38: {
    var v_33 = L - C;
    lab39: {
     K = C;
     if (!eq_s_b(enc("\u03b7\u03c3\u03b5\u03c4\u03b5"))) break lab39;
     B = C;
     slice_del();
     b_test1 = false;
    }
    C = L - v_33;
    K = C;
    if (!eq_s_b(enc("\u03b5\u03c4\u03b5"))) break lab38;
    B = C;
    slice_del();
    b_test1 = false;
    lab40: {
     var v_34 = L - C;
     lab41: {
      K = C;
      B = C;
      if (!in_grouping_b(G_v2, 945, 969)) break lab41;
      slice_from(enc("\u03b5\u03c4"));
      break lab40;
     }
     C = L - v_34;
     lab42: {
      K = C;
      B = C;
      if (find_among_b(A_40) == 0) break lab42;
      slice_from(enc("\u03b5\u03c4"));
      break lab40;
     }
     C = L - v_34;
     K = C;
    }
    B = C;
    if (find_among_b(A_41) == 0) break lab38;
    if (C > LB) break lab38;
    slice_from(enc("\u03b5\u03c4"));
   }
   C = L - v_32;
   var v_35 = L - C;
   lab43: {
    K = C;
    if (C - 9 <= LB || S.charCodeAt(C - 1) != 131) break lab43;
    if (find_among_b(A_42) == 0) break lab43;
    B = C;
    slice_del();
    b_test1 = false;
    lab44: {
     var v_36 = L - C;
     lab45: {
      K = C;
      B = C;
      if (!eq_s_b(enc("\u03b1\u03c1\u03c7"))) break lab45;
      if (C > LB) break lab45;
      slice_from(enc("\u03bf\u03bd\u03c4"));
      break lab44;
     }
     C = L - v_36;
     K = C;
     B = C;
     if (!eq_s_b(enc("\u03ba\u03c1\u03b5"))) break lab43;
     slice_from(enc("\u03c9\u03bd\u03c4"));
    }
   }
   C = L - v_35;
   var v_37 = L - C;
   lab46: {
    K = C;
    if (C - 11 <= LB || S.charCodeAt(C - 1) != 181) break lab46;
    if (find_among_b(A_43) == 0) break lab46;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (!eq_s_b(enc("\u03bf\u03bd"))) break lab46;
    if (C > LB) break lab46;
    slice_from(enc("\u03bf\u03bc\u03b1\u03c3\u03c4"));
   }
   C = L - v_37;
   var v_38 = L - C;
   lab47: {
    var v_39 = L - C;
    lab48: {
     K = C;
     if (!eq_s_b(enc("\u03b9\u03b5\u03c3\u03c4\u03b5"))) break lab48;
     B = C;
     slice_del();
     b_test1 = false;
     K = C;
     B = C;
     if (C - 1 <= LB || (S.charCodeAt(C - 1) != 128 && S.charCodeAt(C - 1) != 134)) break lab48;
     if (find_among_b(A_44) == 0) break lab48;
     if (C > LB) break lab48;
     slice_from(enc("\u03b9\u03b5\u03c3\u03c4"));
    }
    C = L - v_39;
    K = C;
    if (!eq_s_b(enc("\u03b5\u03c3\u03c4\u03b5"))) break lab47;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (find_among_b(A_45) == 0) break lab47;
    if (C > LB) break lab47;
    slice_from(enc("\u03b9\u03b5\u03c3\u03c4"));
   }
   C = L - v_38;
   var v_40 = L - C;
   lab49: {
    var v_41 = L - C;
    lab50: {
     K = C;
     if (find_among_b(A_46) == 0) break lab50;
     B = C;
     slice_del();
     b_test1 = false;
    }
    C = L - v_41;
    K = C;
    if (find_among_b(A_49) == 0) break lab49;
    B = C;
    slice_del();
    b_test1 = false;
    lab51: {
     var v_42 = L - C;
     lab52: {
      K = C;
      B = C;
      if (find_among_b(A_47) == 0) break lab52;
      slice_from(enc("\u03b7\u03ba"));
      break lab51;
     }
     C = L - v_42;
     K = C;
     B = C;
     if (C - 1 <= LB || S.charCodeAt(C - 1) != 184) break lab49;
     if (find_among_b(A_48) == 0) break lab49;
     if (C > LB) break lab49;
     slice_from(enc("\u03b7\u03ba"));
    }
   }
   C = L - v_40;
   var v_43 = L - C;
   lab53: {
    K = C;
    if (find_among_b(A_52) == 0) break lab53;
    B = C;
    slice_del();
    b_test1 = false;
    lab54: {
     var v_44 = L - C;
     lab55: {
      K = C;
      B = C;
      if (find_among_b(A_50) == 0) break lab55;
      slice_from(enc("\u03bf\u03c5\u03c3"));
      break lab54;
     }
     C = L - v_44;
     K = C;
     B = C;
     if (find_among_b(A_51) == 0) break lab53;
     if (C > LB) break lab53;
     slice_from(enc("\u03bf\u03c5\u03c3"));
    }
   }
   C = L - v_43;
   var v_45 = L - C;
   lab56: {
    K = C;
    if (find_among_b(A_56) == 0) break lab56;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) != 189) break lab56;
    if (find_among_b(A_57) == 0) break lab56;
    if (C > LB) break lab56;
    slice_from(enc("\u03b7\u03c3"));
   }
   C = L - v_45;
   var v_46 = L - C;
   lab57: {
    K = C;
    if (find_among_b(A_55) == 0) break lab57;
    B = C;
    slice_del();
    b_test1 = false;
    lab58: {
     var v_47 = L - C;
     lab59: {
      K = C;
      B = C;
      if (!eq_s_b(enc("\u03ba\u03bf\u03bb\u03bb"))) break lab59;
      slice_from(enc("\u03b1\u03b3"));
      break lab58;
     }
     C = L - v_47;
     lab60: {
      var v_48 = L - C;
      lab61: {
       K = C;
       B = C;
       among_var = find_among_b(A_53);
       if (among_var == 0) break lab61;
       switch (among_var) {
        case 1: { slice_from(enc("\u03b1\u03b3")); break; }
       }
       break lab60;
      }
      C = L - v_48;
      K = C;
      B = C;
      if (find_among_b(A_54) == 0) break lab57;
      if (C > LB) break lab57;
      slice_from(enc("\u03b1\u03b3"));
     }
    }
   }
   C = L - v_46;
   var v_49 = L - C;
   lab62: {
    K = C;
    if (!eq_s_b(enc("\u03b7\u03c3\u03c4\u03b5"))) break lab62;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (find_among_b(A_58) == 0) break lab62;
    if (C > LB) break lab62;
    slice_from(enc("\u03b7\u03c3\u03c4"));
   }
   C = L - v_49;
   var v_50 = L - C;
   lab63: {
    K = C;
    if (C - 7 <= LB || S.charCodeAt(C - 1) != 181) break lab63;
    if (find_among_b(A_59) == 0) break lab63;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (find_among_b(A_60) == 0) break lab63;
    if (C > LB) break lab63;
    slice_from(enc("\u03bf\u03c5\u03bd"));
   }
   C = L - v_50;
   var v_51 = L - C;
   lab64: {
    K = C;
    if (C - 7 <= LB || S.charCodeAt(C - 1) != 181) break lab64;
    if (find_among_b(A_61) == 0) break lab64;
    B = C;
    slice_del();
    b_test1 = false;
    K = C;
    B = C;
    if (find_among_b(A_62) == 0) break lab64;
    if (C > LB) break lab64;
    slice_from(enc("\u03bf\u03c5\u03bc"));
   }
   C = L - v_51;
   var v_52 = L - C;
   lab65: {
    var v_53 = L - C;
    lab66: {
     K = C;
     if (find_among_b(A_63) == 0) break lab66;
     B = C;
     slice_from(enc("\u03bc\u03b1"));
    }
    C = L - v_53;
    if (!b_test1) break lab65;
    K = C;
    if (find_among_b(A_64) == 0) break lab65;
    B = C;
    slice_del();
   }
   C = L - v_52;
   var v_54 = L - C;
   lab67: {
    K = C;
    if (C - 7 <= LB || (S.charCodeAt(C - 1) != 129 && S.charCodeAt(C - 1) != 132)) break lab67;
    if (find_among_b(A_65) == 0) break lab67;
    B = C;
    slice_del();
   }
   C = L - v_54;
   C = LB;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
