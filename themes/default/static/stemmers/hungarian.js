/* Snowball "hungarian" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).hungarian = (function () {
  'use strict';
  // Generated from hungarian.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
  function replace_s(bra, ket, s) {
    var adj = s.length - (ket - bra);
    S = S.slice(0, bra) + s + S.slice(ket);
    L += adj;
    if (C >= ket) C += adj; else if (C > bra) C = bra;
    return adj;
  }
  function slice_from(s) { replace_s(B, K, s); K = B + s.length; }
  function slice_del() { slice_from(''); }
  function next_char() { C++; while (C < S.length && !bd(C)) C++; }
  function previous_char() { C--; while (C > 0 && !bd(C)) C--; }
  function ing(g, min, max, i) { var ch = cp(i); return ch >= min && ch <= max && (g[(ch - min) >> 3] & 1 << ((ch - min) & 7)) != 0; }
  function in_grouping(g, min, max) {
    if (C >= L || !ing(g, min, max, C)) return false;
    next_char();
    return true;
  }
  function go_in_grouping(g, min, max) {
    while (C < L) {
      if (!ing(g, min, max, C)) return true;
      next_char();
    }
    return false;
  }
  function go_out_grouping(g, min, max) {
    while (C < L) {
      if (ing(g, min, max, C)) return true;
      next_char();
    }
    return false;
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
    ["\u00e1",-1,1],["\u00e9",-1,2]]);
  var A_1 = am([
    ["bb",-1,-1],["cc",-1,-1],["dd",-1,-1],["ff",-1,-1],["gg",-1,-1],["jj",-1,-1],["kk",-1,-1],
    ["ll",-1,-1],["mm",-1,-1],["nn",-1,-1],["pp",-1,-1],["rr",-1,-1],["ccs",-1,-1],["ss",-1,-1],
    ["zzs",-1,-1],["tt",-1,-1],["vv",-1,-1],["ggy",-1,-1],["lly",-1,-1],["nny",-1,-1],["tty",-1,-1],
    ["ssz",-1,-1],["zz",-1,-1]]);
  var A_2 = am([
    ["al",-1,1],["el",-1,1]]);
  var A_3 = am([
    ["ba",-1,-1],["ra",-1,-1],["be",-1,-1],["re",-1,-1],["ig",-1,-1],["nak",-1,-1],["nek",-1,-1],
    ["val",-1,-1],["vel",-1,-1],["ul",-1,-1],["b\u0151l",-1,-1],["r\u0151l",-1,-1],["t\u0151l",-1,-1],
    ["n\u00e1l",-1,-1],["n\u00e9l",-1,-1],["b\u00f3l",-1,-1],["r\u00f3l",-1,-1],["t\u00f3l",-1,-1],
    ["\u00fcl",-1,-1],["n",-1,-1],["an",19,-1],["ban",20,-1],["en",19,-1],["ben",22,-1],["k\u00e9ppen",22,-1],
    ["on",19,-1],["\u00f6n",19,-1],["k\u00e9pp",-1,-1],["kor",-1,-1],["t",-1,-1],["at",29,-1],["et",29,-1],
    ["k\u00e9nt",29,-1],["ank\u00e9nt",32,-1],["enk\u00e9nt",32,-1],["onk\u00e9nt",32,-1],["ot",29,-1],
    ["\u00e9rt",29,-1],["\u00f6t",29,-1],["hez",-1,-1],["hoz",-1,-1],["h\u00f6z",-1,-1],["v\u00e1",-1,-1],
    ["v\u00e9",-1,-1]]);
  var A_4 = am([
    ["\u00e1n",-1,2],["\u00e9n",-1,1],["\u00e1nk\u00e9nt",-1,2]]);
  var A_5 = am([
    ["stul",-1,1],["astul",0,1],["\u00e1stul",0,2],["st\u00fcl",-1,1],["est\u00fcl",3,1],["\u00e9st\u00fcl",3,3]]);
  var A_6 = am([
    ["\u00e1",-1,1],["\u00e9",-1,1]]);
  var A_7 = am([
    ["k",-1,3],["ak",0,3],["ek",0,3],["ok",0,3],["\u00e1k",0,1],["\u00e9k",0,2],["\u00f6k",0,3]]);
  var A_8 = am([
    ["\u00e9i",-1,1],["\u00e1\u00e9i",0,3],["\u00e9\u00e9i",0,2],["\u00e9",-1,1],["k\u00e9",3,1],
    ["ak\u00e9",4,1],["ek\u00e9",4,1],["ok\u00e9",4,1],["\u00e1k\u00e9",4,3],["\u00e9k\u00e9",4,2],
    ["\u00f6k\u00e9",4,1],["\u00e9\u00e9",3,2]]);
  var A_9 = am([
    ["a",-1,1],["ja",0,1],["d",-1,1],["ad",2,1],["ed",2,1],["od",2,1],["\u00e1d",2,2],["\u00e9d",2,3],
    ["\u00f6d",2,1],["e",-1,1],["je",9,1],["nk",-1,1],["unk",11,1],["\u00e1nk",11,2],["\u00e9nk",11,3],
    ["\u00fcnk",11,1],["uk",-1,1],["juk",16,1],["\u00e1juk",17,2],["\u00fck",-1,1],["j\u00fck",19,1],
    ["\u00e9j\u00fck",20,3],["m",-1,1],["am",22,1],["em",22,1],["om",22,1],["\u00e1m",22,2],["\u00e9m",22,3],
    ["o",-1,1],["\u00e1",-1,2],["\u00e9",-1,3]]);
  var A_10 = am([
    ["id",-1,1],["aid",0,1],["jaid",1,1],["eid",0,1],["jeid",3,1],["\u00e1id",0,2],["\u00e9id",0,3],
    ["i",-1,1],["ai",7,1],["jai",8,1],["ei",7,1],["jei",10,1],["\u00e1i",7,2],["\u00e9i",7,3],["itek",-1,1],
    ["eitek",14,1],["jeitek",15,1],["\u00e9itek",14,3],["ik",-1,1],["aik",18,1],["jaik",19,1],["eik",18,1],
    ["jeik",21,1],["\u00e1ik",18,2],["\u00e9ik",18,3],["ink",-1,1],["aink",25,1],["jaink",26,1],
    ["eink",25,1],["jeink",28,1],["\u00e1ink",25,2],["\u00e9ink",25,3],["aitok",-1,1],["jaitok",32,1],
    ["\u00e1itok",-1,2],["im",-1,1],["aim",35,1],["jaim",36,1],["eim",35,1],["jeim",38,1],["\u00e1im",35,2],
    ["\u00e9im",35,3]]);
  var G_v = [17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,1,17,36,10,0,0,0,0,0,0,0,0,0,0,1,0,0,0,1];
  function r_double() {
   var v_1 = L - C;
   if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((106790108 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) return false;
   if (find_among_b(A_1) == 0) return false;
   C = L - v_1;
   return true;
  }
  function r_undouble() {
   if (C <= LB) return false;
   previous_char();
   K = C;
   if (C <= LB) return false;
   previous_char();
   B = C;
   slice_del();
   return true;
  }
  function stem() {
   var among_var;
   var i_p1;
   var v_1 = C;
   lab0: {
    i_p1 = L;
    lab1: {
     var v_2 = C;
     lab2: {
      if (!in_grouping(G_v, 97, 369)) break lab2;
      var v_3 = C;
      lab3: {
       if (!go_in_grouping(G_v, 97, 369)) break lab3;
       next_char();
       i_p1 = C;
      }
      C = v_3;
      break lab1;
     }
     C = v_2;
     if (!go_out_grouping(G_v, 97, 369)) break lab0;
     next_char();
     i_p1 = C;
    }
   }
   C = v_1;
   LB = C;
   C = L;
   var v_4 = L - C;
   lab4: {
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) != 108) break lab4;
    if (find_among_b(A_2) == 0) break lab4;
    B = C;
    if (i_p1 > C) break lab4;
    if (!r_double()) break lab4;
    slice_del();
    if (!r_undouble()) break lab4;
   }
   C = L - v_4;
   var v_5 = L - C;
   lab5: {
    K = C;
    if (find_among_b(A_3) == 0) break lab5;
    B = C;
    if (i_p1 > C) break lab5;
    slice_del();
    K = C;
    if (C - 1 <= LB || (S.charCodeAt(C - 1) != 161 && S.charCodeAt(C - 1) != 169)) break lab5;
    among_var = find_among_b(A_0);
    if (among_var == 0) break lab5;
    B = C;
    if (i_p1 > C) break lab5;
    switch (among_var) {
     case 1: { slice_from("a"); break; }
     case 2: { slice_from("e"); break; }
    }
   }
   C = L - v_5;
   var v_6 = L - C;
   lab6: {
    K = C;
    if (C - 2 <= LB || (S.charCodeAt(C - 1) != 110 && S.charCodeAt(C - 1) != 116)) break lab6;
    among_var = find_among_b(A_4);
    if (among_var == 0) break lab6;
    B = C;
    if (i_p1 > C) break lab6;
    switch (among_var) {
     case 1: { slice_from("e"); break; }
     case 2: { slice_from("a"); break; }
    }
   }
   C = L - v_6;
   var v_7 = L - C;
   lab7: {
    K = C;
    if (C - 3 <= LB || S.charCodeAt(C - 1) != 108) break lab7;
    among_var = find_among_b(A_5);
    if (among_var == 0) break lab7;
    B = C;
    if (i_p1 > C) break lab7;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: { slice_from("a"); break; }
     case 3: { slice_from("e"); break; }
    }
   }
   C = L - v_7;
   var v_8 = L - C;
   lab8: {
    K = C;
    if (C - 1 <= LB || (S.charCodeAt(C - 1) != 161 && S.charCodeAt(C - 1) != 169)) break lab8;
    if (find_among_b(A_6) == 0) break lab8;
    B = C;
    if (i_p1 > C) break lab8;
    if (!r_double()) break lab8;
    slice_del();
    if (!r_undouble()) break lab8;
   }
   C = L - v_8;
   var v_9 = L - C;
   lab9: {
    K = C;
    if (C - 1 <= LB || (S.charCodeAt(C - 1) != 105 && S.charCodeAt(C - 1) != 169)) break lab9;
    among_var = find_among_b(A_8);
    if (among_var == 0) break lab9;
    B = C;
    if (i_p1 > C) break lab9;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: { slice_from("e"); break; }
     case 3: { slice_from("a"); break; }
    }
   }
   C = L - v_9;
   var v_10 = L - C;
   lab10: {
    K = C;
    among_var = find_among_b(A_9);
    if (among_var == 0) break lab10;
    B = C;
    if (i_p1 > C) break lab10;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: { slice_from("a"); break; }
     case 3: { slice_from("e"); break; }
    }
   }
   C = L - v_10;
   var v_11 = L - C;
   lab11: {
    K = C;
    if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((10768 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab11;
    among_var = find_among_b(A_10);
    if (among_var == 0) break lab11;
    B = C;
    if (i_p1 > C) break lab11;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: { slice_from("a"); break; }
     case 3: { slice_from("e"); break; }
    }
   }
   C = L - v_11;
   var v_12 = L - C;
   lab12: {
    K = C;
    if (C <= LB || S.charCodeAt(C - 1) != 107) break lab12;
    among_var = find_among_b(A_7);
    if (among_var == 0) break lab12;
    B = C;
    if (i_p1 > C) break lab12;
    switch (among_var) {
     case 1: { slice_from("a"); break; }
     case 2: { slice_from("e"); break; }
     case 3: { slice_del(); break; }
    }
   }
   C = L - v_12;
   C = LB;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
