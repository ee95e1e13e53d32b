/* Snowball "danish" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).danish = (function () {
  'use strict';
  // Generated from danish.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
  // Runs on the UTF-8 bytes of the word (one char per byte), like the Rust: all offsets are byte offsets.
  var S, C, L, LB, B, K, i_p1, S_ch;
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
  function slice_to() { return S.slice(B, K); }
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
    ["hed",-1,1],["ethed",0,1],["ered",-1,1],["e",-1,1],["erede",3,1],["ende",3,1],["erende",5,1],
    ["ene",3,1],["erne",3,1],["ere",3,1],["en",-1,1],["heden",10,1],["eren",10,1],["er",-1,1],["heder",13,1],
    ["erer",13,1],["s",-1,2],["heds",16,1],["es",16,1],["endes",18,1],["erendes",19,1],["enes",18,1],
    ["ernes",18,1],["eres",18,1],["ens",16,1],["hedens",24,1],["erens",24,1],["ers",16,1],["ets",16,1],
    ["erets",28,1],["et",-1,1],["eret",30,1]]);
  var A_1 = am([
    ["gd",-1,-1],["dt",-1,-1],["gt",-1,-1],["kt",-1,-1]]);
  var A_2 = am([
    ["ig",-1,1],["lig",0,1],["elig",1,1],["els",-1,1],["l\u00f8st",-1,2]]);
  var G_undouble_c = [53,94,7];
  var G_v = [17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,48,0,128];
  var G_s_ending = [1,0,0,0,0,0,0,188,251,171,12,0,0,0,0,0,0,0,0,0,0,0,0,64];
  function r_consonant_pair() {
   var v_1 = L - C;
   if (C < i_p1) return false;
   var v_2 = LB;
   LB = i_p1;
   K = C;
   if (C - 1 <= LB || (S.charCodeAt(C - 1) != 100 && S.charCodeAt(C - 1) != 116)) { LB = v_2; return false; }
   if (find_among_b(A_1) == 0) { LB = v_2; return false; }
   B = C;
   LB = v_2;
   C = L - v_1;
   if (C <= LB) return false;
   previous_char();
   B = C;
   slice_del();
   return true;
  }
  function stem() {
   i_p1 = 0; S_ch = '';
   var among_var;
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
    if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1851440 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
     LB = v_5;
     break lab6;
    }
    among_var = find_among_b(A_0);
    if (among_var == 0) { LB = v_5; break lab6; }
    B = C;
    LB = v_5;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: {
      if (!in_grouping_b(G_s_ending, 39, 229)) break lab6;
      slice_del();
      break;
     }
    }
   }
   C = L - v_4;
   var v_6 = L - C;
   r_consonant_pair();
   C = L - v_6;
   var v_7 = L - C;
   lab7: {
    var v_8 = L - C;
    lab8: {
     K = C;
     if (!eq_s_b("st")) break lab8;
     B = C;
     if (!eq_s_b("ig")) break lab8;
     slice_del();
    }
    C = L - v_8;
    if (C < i_p1) break lab7;
    var v_9 = LB;
    LB = i_p1;
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1572992 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
     LB = v_9;
     break lab7;
    }
    among_var = find_among_b(A_2);
    if (among_var == 0) { LB = v_9; break lab7; }
    B = C;
    LB = v_9;
    switch (among_var) {
     case 1: { slice_del(); var v_10 = L - C; r_consonant_pair(); C = L - v_10; break; }
     case 2: { slice_from(enc("l\u00f8s")); break; }
    }
   }
   C = L - v_7;
   var v_11 = L - C;
   lab9: {
    if (C < i_p1) break lab9;
    var v_12 = LB;
    LB = i_p1;
    K = C;
    if (!in_grouping_b(G_undouble_c, 98, 116)) { LB = v_12; break lab9; }
    B = C;
    S_ch = slice_to();
    LB = v_12;
    if (!eq_s_b(S_ch)) break lab9;
    slice_del();
   }
   C = L - v_11;
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
