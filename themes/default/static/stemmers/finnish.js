/* Snowball "finnish" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).finnish = (function () {
  'use strict';
  // Generated from finnish.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
  // Runs on the UTF-8 bytes of the word (one char per byte), like the Rust: all offsets are byte offsets.
  var S, C, L, LB, B, K, S_x;
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
  function eq_s_b(s) {
    if (C - LB < s.length || !S.startsWith(s, C - s.length)) return false;
    C -= s.length;
    return true;
  }
  function next_char() { C++; while (C < S.length && !bd(C)) C++; }
  function previous_char() { C--; while (C > 0 && !bd(C)) C--; }
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
  function go_in_grouping_b(g, min, max) {
    while (C > LB) {
      var c = C;
      previous_char();
      if (!ing(g, min, max, C)) { C = c; return true; }
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
    ["pa",-1,1],["sti",-1,2],["kaan",-1,1],["han",-1,1],["kin",-1,1],["h\u00e4n",-1,1],["k\u00e4\u00e4n",-1,1],
    ["ko",-1,1],["p\u00e4",-1,1],["k\u00f6",-1,1]]);
  var A_1 = am([
    ["lla",-1,-1],["na",-1,-1],["ssa",-1,-1],["ta",-1,-1],["lta",3,-1],["sta",3,-1]]);
  var A_2 = am([
    ["ll\u00e4",-1,-1],["n\u00e4",-1,-1],["ss\u00e4",-1,-1],["t\u00e4",-1,-1],["lt\u00e4",3,-1],
    ["st\u00e4",3,-1]]);
  var A_3 = am([
    ["lle",-1,-1],["ine",-1,-1]]);
  var A_4 = am([
    ["nsa",-1,3],["mme",-1,3],["nne",-1,3],["ni",-1,2],["si",-1,1],["an",-1,4],["en",-1,6],["\u00e4n",-1,5],
    ["ns\u00e4",-1,3]]);
  var A_5 = am([
    ["aa",-1,-1],["ee",-1,-1],["ii",-1,-1],["oo",-1,-1],["uu",-1,-1],["\u00e4\u00e4",-1,-1],["\u00f6\u00f6",-1,-1]]);
  var A_6 = am([
    ["'",-1,-1],["ai",-1,-1],["ei",-1,-1],["ii",-1,-1],["oi",-1,-1],["ui",-1,-1],["\u00e4i",-1,-1],
    ["\u00f6i",-1,-1]]);
  var A_7 = am([
    ["a",-1,2],["lla",0,-1],["na",0,-1],["ssa",0,-1],["ta",0,-1],["lta",4,-1],["sta",4,-1],["tta",4,3],
    ["lle",-1,-1],["ine",-1,-1],["ksi",-1,-1],["n",-1,1],["han",11,-1,r_A],["den",11,-1,r_VI],["seen",11,-1,r_LV],
    ["hen",11,-1,r_E],["tten",11,-1,r_VI],["hin",11,-1,r_I],["siin",11,-1,r_VI],["hon",11,-1,r_O],
    ["hun",11,-1,r_U],["h\u00e4n",11,-1,r_A_],["h\u00f6n",11,-1,r_O_],["\u00e4",-1,2],["ll\u00e4",23,-1],
    ["n\u00e4",23,-1],["ss\u00e4",23,-1],["t\u00e4",23,-1],["lt\u00e4",27,-1],["st\u00e4",27,-1],
    ["tt\u00e4",27,3]]);
  var A_8 = am([
    ["eja",-1,-1],["mma",-1,1],["imma",1,-1],["mpa",-1,1],["impa",3,-1],["mmi",-1,1],["immi",5,-1],
    ["mpi",-1,1],["impi",7,-1],["ej\u00e4",-1,-1],["mm\u00e4",-1,1],["imm\u00e4",10,-1],["mp\u00e4",-1,1],
    ["imp\u00e4",12,-1]]);
  var A_10 = am([
    ["mma",-1,1],["imma",0,-1]]);
  var G_AEI = [17,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8];
  var G_C = [119,223,119,1];
  var G_v = [17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,8,0,32];
  var G_particle_end = [17,97,24,1,0,0,0,0,0,0,0,0,0,0,0,0,8,0,32];
  function r_LV() {
   return find_among_b(A_5) != 0;
  }
  function r_VI() {
   if (C <= LB || (S.charCodeAt(C - 1) != 39 && S.charCodeAt(C - 1) != 105)) return false;
   return find_among_b(A_6) != 0;
  }
  function r_A() {
   lab0: {
    lab1: {
     if (!eq_s_b("a")) break lab1;
     break lab0;
    }
    if (!eq_s_b("'")) return false;
   }
   return true;
  }
  function r_E() {
   lab0: {
    lab1: {
     if (!eq_s_b("e")) break lab1;
     break lab0;
    }
    if (!eq_s_b("'")) return false;
   }
   return true;
  }
  function r_I() {
   lab0: {
    lab1: {
     if (!eq_s_b("i")) break lab1;
     break lab0;
    }
    if (!eq_s_b("'")) return false;
   }
   return true;
  }
  function r_O() {
   lab0: {
    lab1: {
     if (!eq_s_b("o")) break lab1;
     break lab0;
    }
    if (!eq_s_b("'")) return false;
   }
   return true;
  }
  function r_U() {
   lab0: {
    lab1: {
     if (!eq_s_b("u")) break lab1;
     break lab0;
    }
    if (!eq_s_b("'")) return false;
   }
   return true;
  }
  function r_A_() {
   lab0: {
    lab1: {
     if (!eq_s_b(enc("\u00e4"))) break lab1;
     break lab0;
    }
    if (!eq_s_b("'")) return false;
   }
   return true;
  }
  function r_O_() {
   lab0: {
    lab1: {
     if (!eq_s_b(enc("\u00f6"))) break lab1;
     break lab0;
    }
    lab2: {
     if (!eq_s_b(enc("\u00f8"))) break lab2;
     break lab0;
    }
    if (!eq_s_b("'")) return false;
   }
   return true;
  }
  function stem() {
   S_x = '';
   var among_var;
   var b_ending_removed;
   var i_p2;
   var i_p1;
   var v_1 = C;
   lab0: {
    i_p1 = L;
    i_p2 = L;
    if (!go_out_grouping(G_v, 97, 246)) break lab0;
    next_char();
    if (!go_in_grouping(G_v, 97, 246)) break lab0;
    next_char();
    i_p1 = C;
    if (!go_out_grouping(G_v, 97, 246)) break lab0;
    next_char();
    if (!go_in_grouping(G_v, 97, 246)) break lab0;
    next_char();
    i_p2 = C;
   }
   C = v_1;
   b_ending_removed = false;
   LB = C;
   C = L;
   var v_2 = L - C;
   lab1: {
    if (C < i_p1) break lab1;
    var v_3 = LB;
    LB = i_p1;
    K = C;
    among_var = find_among_b(A_0);
    if (among_var == 0) { LB = v_3; break lab1; }
    B = C;
    LB = v_3;
    switch (among_var) {
     case 1: {
      if (!in_grouping_b(G_particle_end, 97, 246)) break lab1;
      break;
     }
     case 2: {
      if (i_p2 > C) break lab1;
      break;
     }
    }
    slice_del();
   }
   C = L - v_2;
   var v_4 = L - C;
   lab2: {
    if (C < i_p1) break lab2;
    var v_5 = LB;
    LB = i_p1;
    K = C;
    among_var = find_among_b(A_4);
    if (among_var == 0) { LB = v_5; break lab2; }
    B = C;
    LB = v_5;
    switch (among_var) {
     case 1: {
      lab3: {
       if (!eq_s_b("k")) break lab3;
       break lab2;
      }
      slice_del();
      break;
     }
     case 2: {
      slice_del();
      K = C;
      if (!eq_s_b("kse")) break lab2;
      B = C;
      slice_from("ksi");
      break;
     }
     case 3: { slice_del(); break; }
     case 4: {
      if (C - 1 <= LB || S.charCodeAt(C - 1) != 97) break lab2;
      if (find_among_b(A_1) == 0) break lab2;
      slice_del();
      break;
     }
     case 5: {
      if (C - 2 <= LB || S.charCodeAt(C - 1) != 164) break lab2;
      if (find_among_b(A_2) == 0) break lab2;
      slice_del();
      break;
     }
     case 6: {
      if (C - 2 <= LB || S.charCodeAt(C - 1) != 101) break lab2;
      if (find_among_b(A_3) == 0) break lab2;
      slice_del();
      break;
     }
    }
   }
   C = L - v_4;
   var v_6 = L - C;
   lab4: {
    if (C < i_p1) break lab4;
    var v_7 = LB;
    LB = i_p1;
    K = C;
    among_var = find_among_b(A_7);
    if (among_var == 0) { LB = v_7; break lab4; }
    B = C;
    LB = v_7;
    switch (among_var) {
     case 1: {
      var v_8 = L - C;
      lab5: {
       var v_9 = L - C;
       lab6: {
        var v_10 = L - C;
        lab7: {
         if (!r_LV()) break lab7;
         break lab6;
        }
        C = L - v_10;
        if (!eq_s_b("ie")) { C = L - v_8; break lab5; }
       }
       C = L - v_9;
       if (C <= LB) { C = L - v_8; break lab5; }
       previous_char();
       B = C;
      }
      break;
     }
     case 2: {
      if (!in_grouping_b(G_v, 97, 246)) break lab4;
      if (!in_grouping_b(G_C, 98, 122)) break lab4;
      break;
     }
     case 3: {
      if (!eq_s_b("e")) break lab4;
      break;
     }
    }
    slice_del();
    b_ending_removed = true;
   }
   C = L - v_6;
   var v_11 = L - C;
   lab8: {
    if (C < i_p2) break lab8;
    var v_12 = LB;
    LB = i_p2;
    K = C;
    among_var = find_among_b(A_8);
    if (among_var == 0) { LB = v_12; break lab8; }
    B = C;
    LB = v_12;
    switch (among_var) {
     case 1: {
      lab9: {
       if (!eq_s_b("po")) break lab9;
       break lab8;
      }
      break;
     }
    }
    slice_del();
   }
   C = L - v_11;
   lab10: {
    lab11: {
     if (!b_ending_removed) break lab11;
     var v_13 = L - C;
     lab12: {
      if (C < i_p1) break lab12;
      var v_14 = LB;
      LB = i_p1;
      K = C;
      if (C <= LB || (S.charCodeAt(C - 1) != 105 && S.charCodeAt(C - 1) != 106)) { LB = v_14; break lab12; }
      C -= 1;
      B = C;
      LB = v_14;
      slice_del();
     }
     C = L - v_13;
     break lab10;
    }
    var v_15 = L - C;
    lab13: {
     if (C < i_p1) break lab13;
     var v_16 = LB;
     LB = i_p1;
     K = C;
     if (!eq_s_b("t")) { LB = v_16; break lab13; }
     B = C;
     var v_17 = L - C;
     if (!in_grouping_b(G_v, 97, 246)) { LB = v_16; break lab13; }
     C = L - v_17;
     slice_del();
     LB = v_16;
     if (C < i_p2) break lab13;
     var v_18 = LB;
     LB = i_p2;
     K = C;
     if (C - 2 <= LB || S.charCodeAt(C - 1) != 97) { LB = v_18; break lab13; }
     among_var = find_among_b(A_10);
     if (among_var == 0) { LB = v_18; break lab13; }
     B = C;
     LB = v_18;
     switch (among_var) {
      case 1: {
       lab14: {
        if (!eq_s_b("po")) break lab14;
        break lab13;
       }
       break;
      }
     }
     slice_del();
    }
    C = L - v_15;
   }
   var v_19 = L - C;
   lab15: {
    if (C < i_p1) break lab15;
    var v_20 = LB;
    LB = i_p1;
    var v_21 = L - C;
    lab16: {
     var v_22 = L - C;
     if (!r_LV()) break lab16;
     C = L - v_22;
     K = C;
     if (C <= LB) break lab16;
     previous_char();
     B = C;
     slice_del();
    }
    C = L - v_21;
    var v_23 = L - C;
    lab17: {
     K = C;
     if (!in_grouping_b(G_AEI, 97, 228)) break lab17;
     B = C;
     if (!in_grouping_b(G_C, 98, 122)) break lab17;
     slice_del();
    }
    C = L - v_23;
    var v_24 = L - C;
    lab18: {
     K = C;
     if (!eq_s_b("j")) break lab18;
     B = C;
     lab19: {
      lab20: {
       if (!eq_s_b("o")) break lab20;
       break lab19;
      }
      if (!eq_s_b("u")) break lab18;
     }
     slice_del();
    }
    C = L - v_24;
    var v_25 = L - C;
    lab21: {
     K = C;
     if (!eq_s_b("o")) break lab21;
     B = C;
     if (!eq_s_b("j")) break lab21;
     slice_del();
    }
    C = L - v_25;
    LB = v_20;
    var v_26 = L - C;
    lab22: {
     if (!go_in_grouping_b(G_v, 97, 246)) break lab22;
     K = C;
     if (!in_grouping_b(G_C, 98, 122)) break lab22;
     B = C;
     S_x = slice_to();
     if (!eq_s_b(S_x)) break lab22;
     slice_del();
    }
    C = L - v_26;
    K = C;
    if (!eq_s_b("'")) break lab15;
    B = C;
    slice_del();
   }
   C = L - v_19;
   C = LB;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
