/* Snowball "swedish" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).swedish = (function () {
  'use strict';
  // Generated from swedish.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
  function eq_s_b(s) {
    if (C - LB < s.length || !S.startsWith(s, C - s.length)) return false;
    C -= s.length;
    return true;
  }
  function next_char() { C++; while (C < S.length && !bd(C)) C++; }
  function previous_char() { C--; while (C > 0 && !bd(C)) C--; }
  function hop(n) {
    var r = C;
    while (n-- > 0) {
      if (r >= L) return false;
      r++;
      while (r < L && !bd(r)) r++;
    }
    C = r;
    return true;
  }
  function ing(g, min, max, i) { var ch = cp(i); return ch >= min && ch <= max && (g[(ch - min) >> 3] & 1 << ((ch - min) & 7)) != 0; }
  function go_in_grouping(g, min, max) {
    while (C < L) {
      if (!ing(g, min, max, C)) return true;
      next_char();
    }
    return false;
  }
  function in_grouping_b(g, min, max) {
    if (C <= LB) return false;
    var c = C;
    previous_char();
    if (!ing(g, min, max, C)) { C = c; return false; }
    return true;
  }
  function go_out_grouping(g, min, max) {
    while (C < L) {
      if (ing(g, min, max, C)) return true;
      next_char();
    }
    return false;
  }
  function out_grouping_b(g, min, max) {
    if (C <= LB) return false;
    var c = C;
    previous_char();
    if (!ing(g, min, max, C)) return true;
    C = c;
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
    ["fab",-1,-1],["h",-1,-1],["pak",-1,-1],["rak",-1,-1],["stak",-1,-1],["kom",-1,-1],["iet",-1,-1],
    ["cit",-1,-1],["dit",-1,-1],["alit",-1,-1],["ilit",-1,-1],["mit",-1,-1],["nit",-1,-1],["pit",-1,-1],
    ["rit",-1,-1],["sit",-1,-1],["tit",-1,-1],["uit",-1,-1],["ivit",-1,-1],["kvit",-1,-1],["xit",-1,-1]]);
  var A_1 = am([
    ["a",-1,1],["arna",0,1],["erna",0,1],["heterna",2,1],["orna",0,1],["ad",-1,1],["e",-1,1],["ade",6,1],
    ["ande",6,1],["arne",6,1],["are",6,1],["aste",6,1],["en",-1,1],["anden",12,1],["aren",12,1],
    ["heten",12,1],["ern",-1,1],["ar",-1,1],["er",-1,1],["heter",18,1],["or",-1,1],["s",-1,2],["as",21,1],
    ["arnas",22,1],["ernas",22,1],["ornas",22,1],["es",21,1],["ades",26,1],["andes",26,1],["ens",21,1],
    ["arens",29,1],["hetens",29,1],["erns",21,1],["at",-1,1],["et",-1,3],["andet",34,1],["het",34,1],
    ["ast",-1,1]]);
  var A_2 = am([
    ["dd",-1,-1],["gd",-1,-1],["nn",-1,-1],["dt",-1,-1],["gt",-1,-1],["kt",-1,-1],["tt",-1,-1]]);
  var A_3 = am([
    ["ig",-1,1],["lig",0,1],["els",-1,1],["fullt",-1,3],["\u00f6st",-1,2]]);
  var G_v = [17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,24,0,32];
  var G_s_ending = [119,127,149];
  var G_ost_ending = [173,58];
  function r_et_condition() {
   var v_1 = L - C;
   if (!out_grouping_b(G_v, 97, 246)) return false;
   if (!in_grouping_b(G_v, 97, 246)) return false;
   if (C <= LB) return false;
   C = L - v_1;
   var v_2 = L - C;
   lab0: {
    if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1059076 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab0;
    if (find_among_b(A_0) == 0) break lab0;
    return false;
   }
   C = L - v_2;
   return true;
  }
  function stem() {
   var among_var;
   var i_x;
   var i_p1;
   var v_1 = C;
   lab0: {
    i_p1 = L;
    var v_2 = C;
    if (!hop(3)) break lab0;
    i_x = C;
    C = v_2;
    if (!go_out_grouping(G_v, 97, 246)) break lab0;
    next_char();
    if (!go_in_grouping(G_v, 97, 246)) break lab0;
    next_char();
    i_p1 = C;
    lab1: {
     if (i_p1 >= i_x) break lab1;
     i_p1 = i_x;
    }
   }
   C = v_1;
   LB = C;
   C = L;
   var v_3 = L - C;
   lab2: {
    if (C < i_p1) break lab2;
    var v_4 = LB;
    LB = i_p1;
    K = C;
    if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1851442 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
     LB = v_4;
     break lab2;
    }
    among_var = find_among_b(A_1);
    if (among_var == 0) { LB = v_4; break lab2; }
    B = C;
    LB = v_4;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: {
      lab3: {
       var v_5 = L - C;
       lab4: {
        if (!eq_s_b("et")) break lab4;
        if (!r_et_condition()) break lab4;
        B = C;
        break lab3;
       }
       C = L - v_5;
       if (!in_grouping_b(G_s_ending, 98, 121)) break lab2;
      }
      slice_del();
      break;
     }
     case 3: {
      if (!r_et_condition()) break lab2;
      slice_del();
      break;
     }
    }
   }
   C = L - v_3;
   var v_6 = L - C;
   lab5: {
    if (C < i_p1) break lab5;
    var v_7 = LB;
    LB = i_p1;
    var v_8 = L - C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1064976 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
     LB = v_7;
     break lab5;
    }
    if (find_among_b(A_2) == 0) { LB = v_7; break lab5; }
    C = L - v_8;
    K = C;
    if (C <= LB) { LB = v_7; break lab5; }
    previous_char();
    B = C;
    slice_del();
    LB = v_7;
   }
   C = L - v_6;
   var v_9 = L - C;
   lab6: {
    if (C < i_p1) break lab6;
    var v_10 = LB;
    LB = i_p1;
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1572992 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
     LB = v_10;
     break lab6;
    }
    among_var = find_among_b(A_3);
    if (among_var == 0) { LB = v_10; break lab6; }
    B = C;
    LB = v_10;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: {
      if (!in_grouping_b(G_ost_ending, 105, 118)) break lab6;
      slice_from(enc("\u00f6s"));
      break;
     }
     case 3: { slice_from("full"); break; }
    }
   }
   C = L - v_9;
   C = LB;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
