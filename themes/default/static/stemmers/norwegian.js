/* Snowball "norwegian" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).norwegian = (function () {
  'use strict';
  // Generated from norwegian.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
  function eq_s(s) {
    if (C >= L || !S.startsWith(s, C)) return false;
    C += s.length;
    return true;
  }
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
    ["",-1,1],["ind",0,-1],["kk",0,-1],["nk",0,-1],["amm",0,-1],["omm",0,-1],["kap",0,-1],["skap",6,1],
    ["pp",0,-1],["lt",0,-1],["ast",0,-1],["\u00f8st",0,-1],["v",0,-1],["hav",12,1],["giv",12,1]]);
  var A_1 = am([
    ["a",-1,1],["e",-1,1],["ede",1,1],["ande",1,1],["ende",1,1],["ane",1,1],["ene",1,1],["hetene",6,1],
    ["erte",1,4],["en",-1,1],["heten",9,1],["ar",-1,1],["er",-1,1],["heter",12,1],["s",-1,3],["as",14,1],
    ["es",14,1],["edes",16,1],["endes",16,1],["enes",16,1],["hetenes",19,1],["ens",14,1],["hetens",21,1],
    ["ers",14,2],["ets",14,1],["et",-1,1],["het",25,1],["ert",-1,4],["ast",-1,1]]);
  var A_2 = am([
    ["dt",-1,-1],["vt",-1,-1]]);
  var A_3 = am([
    ["leg",-1,1],["eleg",0,1],["ig",-1,1],["eig",2,1],["lig",2,1],["elig",4,1],["els",-1,1],["lov",-1,1],
    ["elov",7,1],["slov",7,1],["hetslov",9,1]]);
  var G_v = [17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,48,2,142];
  var G_s_ending = [119,125,148,1];
  function stem() {
   var among_var;
   var i_p1;
   i_p1 = L;
   var v_1 = C;
   lab0: {
    lab1: {
     var v_2 = C;
     lab2: {
      golab3: for (;;) {
       lab4: {
        if (!eq_s("'")) break lab4;
        break golab3;
       }
       if (C >= L) break lab2;
       next_char();
      }
      break lab1;
     }
     C = v_2;
     if (!go_out_grouping(G_v, 97, 248)) break lab0;
     next_char();
     if (!go_in_grouping(G_v, 97, 248)) break lab0;
     next_char();
    }
    i_p1 = C;
   }
   C = v_1;
   var v_3 = C;
   if (!hop(3)) return false;
   lab5: {
    if (i_p1 >= C) break lab5;
    i_p1 = C;
   }
   C = v_3;
   LB = C;
   C = L;
   var v_4 = L - C;
   lab6: {
    if (C < i_p1) break lab6;
    var v_5 = LB;
    LB = i_p1;
    K = C;
    if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1851426 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
     LB = v_5;
     break lab6;
    }
    among_var = find_among_b(A_1);
    if (among_var == 0) { LB = v_5; break lab6; }
    B = C;
    LB = v_5;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: {
      if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((5318672 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {among_var = 1;}
      else { among_var = find_among_b(A_0); }
      switch (among_var) {
       case 1: { slice_del(); break; }
      }
      break;
     }
     case 3: {
      lab7: {
       var v_6 = L - C;
       lab8: {
        if (!in_grouping_b(G_s_ending, 98, 122)) break lab8;
        break lab7;
       }
       C = L - v_6;
       lab9: {
        if (!eq_s_b("r")) break lab9;
        lab10: {
         if (!eq_s_b("e")) break lab10;
         break lab9;
        }
        break lab7;
       }
       C = L - v_6;
       if (!eq_s_b("k")) break lab6;
       if (!out_grouping_b(G_v, 97, 248)) break lab6;
      }
      slice_del();
      break;
     }
     case 4: { slice_from("er"); break; }
    }
   }
   C = L - v_4;
   var v_7 = L - C;
   lab11: {
    var v_8 = L - C;
    if (C < i_p1) break lab11;
    var v_9 = LB;
    LB = i_p1;
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) != 116) { LB = v_9; break lab11; }
    if (find_among_b(A_2) == 0) { LB = v_9; break lab11; }
    B = C;
    LB = v_9;
    C = L - v_8;
    if (C <= LB) break lab11;
    previous_char();
    B = C;
    slice_del();
   }
   C = L - v_7;
   var v_10 = L - C;
   lab12: {
    if (C < i_p1) break lab12;
    var v_11 = LB;
    LB = i_p1;
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((4718720 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
     LB = v_11;
     break lab12;
    }
    if (find_among_b(A_3) == 0) { LB = v_11; break lab12; }
    B = C;
    LB = v_11;
    slice_del();
   }
   C = L - v_10;
   K = C;
   if (!eq_s_b("'")) return false;
   B = C;
   slice_del();
   C = LB;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
