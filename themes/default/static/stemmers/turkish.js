/* Snowball "turkish" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).turkish = (function () {
  'use strict';
  // Generated from turkish.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
  function go_out_grouping_b(g, min, max) {
    while (C > LB) {
      var c = C;
      previous_char();
      if (ing(g, min, max, C)) { C = c; return true; }
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
    ["m",-1,-1],["n",-1,-1],["miz",-1,-1],["niz",-1,-1],["muz",-1,-1],["nuz",-1,-1],["m\u0131z",-1,-1],
    ["n\u0131z",-1,-1],["m\u00fcz",-1,-1],["n\u00fcz",-1,-1]]);
  var A_1 = am([
    ["leri",-1,-1],["lar\u0131",-1,-1]]);
  var A_2 = am([
    ["ni",-1,-1],["nu",-1,-1],["n\u0131",-1,-1],["n\u00fc",-1,-1]]);
  var A_3 = am([
    ["in",-1,-1],["un",-1,-1],["\u0131n",-1,-1],["\u00fcn",-1,-1]]);
  var A_5 = am([
    ["na",-1,-1],["ne",-1,-1]]);
  var A_6 = am([
    ["da",-1,-1],["ta",-1,-1],["de",-1,-1],["te",-1,-1]]);
  var A_7 = am([
    ["nda",-1,-1],["nde",-1,-1]]);
  var A_8 = am([
    ["dan",-1,-1],["tan",-1,-1],["den",-1,-1],["ten",-1,-1]]);
  var A_9 = am([
    ["ndan",-1,-1],["nden",-1,-1]]);
  var A_10 = am([
    ["la",-1,-1],["le",-1,-1]]);
  var A_11 = am([
    ["ca",-1,-1],["ce",-1,-1]]);
  var A_12 = am([
    ["im",-1,-1],["um",-1,-1],["\u0131m",-1,-1],["\u00fcm",-1,-1]]);
  var A_13 = am([
    ["sin",-1,-1],["sun",-1,-1],["s\u0131n",-1,-1],["s\u00fcn",-1,-1]]);
  var A_14 = am([
    ["iz",-1,-1],["uz",-1,-1],["\u0131z",-1,-1],["\u00fcz",-1,-1]]);
  var A_15 = am([
    ["siniz",-1,-1],["sunuz",-1,-1],["s\u0131n\u0131z",-1,-1],["s\u00fcn\u00fcz",-1,-1]]);
  var A_16 = am([
    ["lar",-1,-1],["ler",-1,-1]]);
  var A_17 = am([
    ["niz",-1,-1],["nuz",-1,-1],["n\u0131z",-1,-1],["n\u00fcz",-1,-1]]);
  var A_18 = am([
    ["dir",-1,-1],["tir",-1,-1],["dur",-1,-1],["tur",-1,-1],["d\u0131r",-1,-1],["t\u0131r",-1,-1],
    ["d\u00fcr",-1,-1],["t\u00fcr",-1,-1]]);
  var A_19 = am([
    ["cas\u0131na",-1,-1],["cesine",-1,-1]]);
  var A_20 = am([
    ["di",-1,-1],["ti",-1,-1],["dik",-1,-1],["tik",-1,-1],["duk",-1,-1],["tuk",-1,-1],["d\u0131k",-1,-1],
    ["t\u0131k",-1,-1],["d\u00fck",-1,-1],["t\u00fck",-1,-1],["dim",-1,-1],["tim",-1,-1],["dum",-1,-1],
    ["tum",-1,-1],["d\u0131m",-1,-1],["t\u0131m",-1,-1],["d\u00fcm",-1,-1],["t\u00fcm",-1,-1],["din",-1,-1],
    ["tin",-1,-1],["dun",-1,-1],["tun",-1,-1],["d\u0131n",-1,-1],["t\u0131n",-1,-1],["d\u00fcn",-1,-1],
    ["t\u00fcn",-1,-1],["du",-1,-1],["tu",-1,-1],["d\u0131",-1,-1],["t\u0131",-1,-1],["d\u00fc",-1,-1],
    ["t\u00fc",-1,-1]]);
  var A_21 = am([
    ["sa",-1,-1],["se",-1,-1],["sak",-1,-1],["sek",-1,-1],["sam",-1,-1],["sem",-1,-1],["san",-1,-1],
    ["sen",-1,-1]]);
  var A_22 = am([
    ["mi\u015f",-1,-1],["mu\u015f",-1,-1],["m\u0131\u015f",-1,-1],["m\u00fc\u015f",-1,-1]]);
  var A_23 = am([
    ["b",-1,1],["c",-1,2],["d",-1,3],["\u011f",-1,4]]);
  var G_vowel = [17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,32,8,0,0,0,0,0,0,1];
  var G_U = [1,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,1];
  var G_vowel1 = [1,64,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1];
  var G_vowel2 = [17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,130];
  var G_vowel3 = [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1];
  var G_vowel4 = [17];
  var G_vowel5 = [65];
  var G_vowel6 = [65];
  function r_check_vowel_harmony() {
   var v_1 = L - C;
   if (!go_out_grouping_b(G_vowel, 97, 305)) return false;
   lab0: {
    var v_2 = L - C;
    lab1: {
     if (!eq_s_b("a")) break lab1;
     if (!go_out_grouping_b(G_vowel1, 97, 305)) break lab1;
     break lab0;
    }
    C = L - v_2;
    lab2: {
     if (!eq_s_b("e")) break lab2;
     if (!go_out_grouping_b(G_vowel2, 101, 252)) break lab2;
     break lab0;
    }
    C = L - v_2;
    lab3: {
     if (!eq_s_b(enc("\u0131"))) break lab3;
     if (!go_out_grouping_b(G_vowel3, 97, 305)) break lab3;
     break lab0;
    }
    C = L - v_2;
    lab4: {
     if (!eq_s_b("i")) break lab4;
     if (!go_out_grouping_b(G_vowel4, 101, 105)) break lab4;
     break lab0;
    }
    C = L - v_2;
    lab5: {
     if (!eq_s_b("o")) break lab5;
     if (!go_out_grouping_b(G_vowel5, 111, 117)) break lab5;
     break lab0;
    }
    C = L - v_2;
    lab6: {
     if (!eq_s_b(enc("\u00f6"))) break lab6;
     if (!go_out_grouping_b(G_vowel6, 246, 252)) break lab6;
     break lab0;
    }
    C = L - v_2;
    lab7: {
     if (!eq_s_b("u")) break lab7;
     if (!go_out_grouping_b(G_vowel5, 111, 117)) break lab7;
     break lab0;
    }
    C = L - v_2;
    if (!eq_s_b(enc("\u00fc"))) return false;
    if (!go_out_grouping_b(G_vowel6, 246, 252)) return false;
   }
   C = L - v_1;
   return true;
  }
  function r_mark_suffix_with_optional_n_consonant() {
   lab0: {
    var v_1 = L - C;
    lab1: {
     if (!eq_s_b("n")) break lab1;
     var v_2 = L - C;
     if (!in_grouping_b(G_vowel, 97, 305)) break lab1;
     C = L - v_2;
     break lab0;
    }
    C = L - v_1;
    lab2: {
     if (!eq_s_b("n")) break lab2;
     return false;
    }
    var v_3 = L - C;
    if (C <= LB) return false;
    previous_char();
    if (!in_grouping_b(G_vowel, 97, 305)) return false;
    C = L - v_3;
   }
   return true;
  }
  function r_mark_suffix_with_optional_y_consonant() {
   lab0: {
    var v_1 = L - C;
    lab1: {
     if (!eq_s_b("y")) break lab1;
     var v_2 = L - C;
     if (!in_grouping_b(G_vowel, 97, 305)) break lab1;
     C = L - v_2;
     break lab0;
    }
    C = L - v_1;
    lab2: {
     if (!eq_s_b("y")) break lab2;
     return false;
    }
    var v_3 = L - C;
    if (C <= LB) return false;
    previous_char();
    if (!in_grouping_b(G_vowel, 97, 305)) return false;
    C = L - v_3;
   }
   return true;
  }
  function r_mark_possessives() {
   if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((67133440 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) return false;
   if (find_among_b(A_0) == 0) return false;
   lab0: {
    var v_1 = L - C;
    lab1: {
     if (!in_grouping_b(G_U, 105, 305)) break lab1;
     var v_2 = L - C;
     if (!out_grouping_b(G_vowel, 97, 305)) break lab1;
     C = L - v_2;
     break lab0;
    }
    C = L - v_1;
    lab2: {
     if (!in_grouping_b(G_U, 105, 305)) break lab2;
     return false;
    }
    var v_3 = L - C;
    if (C <= LB) return false;
    previous_char();
    if (!out_grouping_b(G_vowel, 97, 305)) return false;
    C = L - v_3;
   }
   return true;
  }
  function r_mark_sU() {
   if (!r_check_vowel_harmony()) return false;
   if (!in_grouping_b(G_U, 105, 305)) return false;
   lab0: {
    var v_1 = L - C;
    lab1: {
     if (!eq_s_b("s")) break lab1;
     var v_2 = L - C;
     if (!in_grouping_b(G_vowel, 97, 305)) break lab1;
     C = L - v_2;
     break lab0;
    }
    C = L - v_1;
    lab2: {
     if (!eq_s_b("s")) break lab2;
     return false;
    }
    var v_3 = L - C;
    if (C <= LB) return false;
    previous_char();
    if (!in_grouping_b(G_vowel, 97, 305)) return false;
    C = L - v_3;
   }
   return true;
  }
  function r_mark_lArI() {
   if (C - 3 <= LB || (S.charCodeAt(C - 1) != 105 && S.charCodeAt(C - 1) != 177)) return false;
   return find_among_b(A_1) != 0;
  }
  function r_mark_nUn() {
   if (!r_check_vowel_harmony()) return false;
   if (C - 1 <= LB || S.charCodeAt(C - 1) != 110) return false;
   if (find_among_b(A_3) == 0) return false;
   return r_mark_suffix_with_optional_n_consonant();
  }
  function r_mark_DA() {
   if (!r_check_vowel_harmony()) return false;
   if (C - 1 <= LB || (S.charCodeAt(C - 1) != 97 && S.charCodeAt(C - 1) != 101)) return false;
   return find_among_b(A_6) != 0;
  }
  function r_mark_ndA() {
   if (!r_check_vowel_harmony()) return false;
   if (C - 2 <= LB || (S.charCodeAt(C - 1) != 97 && S.charCodeAt(C - 1) != 101)) return false;
   return find_among_b(A_7) != 0;
  }
  function r_mark_yUm() {
   if (!r_check_vowel_harmony()) return false;
   if (C - 1 <= LB || S.charCodeAt(C - 1) != 109) return false;
   if (find_among_b(A_12) == 0) return false;
   return r_mark_suffix_with_optional_y_consonant();
  }
  function r_mark_sUn() {
   if (!r_check_vowel_harmony()) return false;
   if (C - 2 <= LB || S.charCodeAt(C - 1) != 110) return false;
   return find_among_b(A_13) != 0;
  }
  function r_mark_yUz() {
   if (!r_check_vowel_harmony()) return false;
   if (C - 1 <= LB || S.charCodeAt(C - 1) != 122) return false;
   if (find_among_b(A_14) == 0) return false;
   return r_mark_suffix_with_optional_y_consonant();
  }
  function r_mark_sUnUz() {
   if (C - 4 <= LB || S.charCodeAt(C - 1) != 122) return false;
   return find_among_b(A_15) != 0;
  }
  function r_mark_lAr() {
   if (!r_check_vowel_harmony()) return false;
   if (C - 2 <= LB || S.charCodeAt(C - 1) != 114) return false;
   return find_among_b(A_16) != 0;
  }
  function r_mark_DUr() {
   if (!r_check_vowel_harmony()) return false;
   if (C - 2 <= LB || S.charCodeAt(C - 1) != 114) return false;
   return find_among_b(A_18) != 0;
  }
  function r_mark_yDU() {
   if (!r_check_vowel_harmony()) return false;
   if (find_among_b(A_20) == 0) return false;
   return r_mark_suffix_with_optional_y_consonant();
  }
  function r_mark_ysA() {
   if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((26658 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) return false;
   if (find_among_b(A_21) == 0) return false;
   return r_mark_suffix_with_optional_y_consonant();
  }
  function r_mark_ymUs_() {
   if (!r_check_vowel_harmony()) return false;
   if (C - 3 <= LB || S.charCodeAt(C - 1) != 159) return false;
   if (find_among_b(A_22) == 0) return false;
   return r_mark_suffix_with_optional_y_consonant();
  }
  function r_stem_suffix_chain_before_ki() {
   K = C;
   if (!eq_s_b("ki")) return false;
   lab0: {
    var v_1 = L - C;
    lab1: {
     if (!r_mark_DA()) break lab1;
     B = C;
     slice_del();
     var v_2 = L - C;
     lab2: {
      K = C;
      lab3: {
       var v_3 = L - C;
       lab4: {
        if (!r_mark_lAr()) break lab4;
        B = C;
        slice_del();
        var v_4 = L - C;
        lab5: {
         if (!r_stem_suffix_chain_before_ki()) { C = L - v_4; break lab5; }
        }
        break lab3;
       }
       C = L - v_3;
       if (!r_mark_possessives()) { C = L - v_2; break lab2; }
       B = C;
       slice_del();
       var v_5 = L - C;
       lab6: {
        K = C;
        if (!r_mark_lAr()) { C = L - v_5; break lab6; }
        B = C;
        slice_del();
        if (!r_stem_suffix_chain_before_ki()) { C = L - v_5; break lab6; }
       }
      }
     }
     break lab0;
    }
    C = L - v_1;
    lab7: {
     if (!r_mark_nUn()) break lab7;
     B = C;
     slice_del();
     var v_6 = L - C;
     lab8: {
      K = C;
      lab9: {
       var v_7 = L - C;
       lab10: {
        if (!r_mark_lArI()) break lab10;
        B = C;
        slice_del();
        break lab9;
       }
       C = L - v_7;
       lab11: {
        K = C;
        lab12: {
         var v_8 = L - C;
         lab13: {
          if (!r_mark_possessives()) break lab13;
          break lab12;
         }
         C = L - v_8;
         if (!r_mark_sU()) break lab11;
        }
        B = C;
        slice_del();
        var v_9 = L - C;
        lab14: {
         K = C;
         if (!r_mark_lAr()) { C = L - v_9; break lab14; }
         B = C;
         slice_del();
         if (!r_stem_suffix_chain_before_ki()) { C = L - v_9; break lab14; }
        }
        break lab9;
       }
       C = L - v_7;
       if (!r_stem_suffix_chain_before_ki()) { C = L - v_6; break lab8; }
      }
     }
     break lab0;
    }
    C = L - v_1;
    if (!r_mark_ndA()) return false;
    lab15: {
     var v_10 = L - C;
     lab16: {
      if (!r_mark_lArI()) break lab16;
      B = C;
      slice_del();
      break lab15;
     }
     C = L - v_10;
     lab17: {
      if (!r_mark_sU()) break lab17;
      B = C;
      slice_del();
      var v_11 = L - C;
      lab18: {
       K = C;
       if (!r_mark_lAr()) { C = L - v_11; break lab18; }
       B = C;
       slice_del();
       if (!r_stem_suffix_chain_before_ki()) { C = L - v_11; break lab18; }
      }
      break lab15;
     }
     C = L - v_10;
     if (!r_stem_suffix_chain_before_ki()) return false;
    }
   }
   return true;
  }
  function stem() {
   var among_var;
   var b_continue_stemming_noun_suffixes;
   var v_1 = C;
   lab1: {
    B = C;
    golab2: for (;;) {
     var v_2 = C;
     lab3: {
      lab4: {
       if (!eq_s("'")) break lab4;
       break lab3;
      }
      C = v_2;
      break golab2;
     }
     C = v_2;
     if (C >= L) break lab1;
     next_char();
    }
    K = C;
    slice_del();
   }
   C = v_1;
   var v_3 = C;
   lab5: {
    if (!hop(2)) break lab5;
    golab6: for (;;) {
     var v_4 = C;
     lab7: {
      if (!eq_s("'")) break lab7;
      C = v_4;
      break golab6;
     }
     C = v_4;
     if (C >= L) break lab5;
     next_char();
    }
    B = C;
    C = L;
    K = C;
    slice_del();
   }
   C = v_3;
   var v_5 = C;
   for (var _i1 = 0; _i1 < 2; _i1++) {
    if (!go_out_grouping(G_vowel, 97, 305)) return false;
    next_char();
   }
   C = v_5;
   LB = C;
   C = L;
   var v_7 = L - C;
   lab8: {
    K = C;
    b_continue_stemming_noun_suffixes = true;
    lab9: {
     var v_8 = L - C;
     lab10: {
      lab11: {
       var v_9 = L - C;
       lab12: {
        if (!r_mark_ymUs_()) break lab12;
        break lab11;
       }
       C = L - v_9;
       lab13: {
        if (!r_mark_yDU()) break lab13;
        break lab11;
       }
       C = L - v_9;
       lab14: {
        if (!r_mark_ysA()) break lab14;
        break lab11;
       }
       C = L - v_9;
       if (!eq_s_b("ken")) break lab10;
       if (!r_mark_suffix_with_optional_y_consonant()) break lab10;
      }
      break lab9;
     }
     C = L - v_8;
     lab15: {
      if (C - 5 <= LB || (S.charCodeAt(C - 1) != 97 && S.charCodeAt(C - 1) != 101)) break lab15;
      if (find_among_b(A_19) == 0) break lab15;
      lab16: {
       var v_10 = L - C;
       lab17: {
        if (!r_mark_sUnUz()) break lab17;
        break lab16;
       }
       C = L - v_10;
       lab18: {
        if (!r_mark_lAr()) break lab18;
        break lab16;
       }
       C = L - v_10;
       lab19: {
        if (!r_mark_yUm()) break lab19;
        break lab16;
       }
       C = L - v_10;
       lab20: {
        if (!r_mark_sUn()) break lab20;
        break lab16;
       }
       C = L - v_10;
       lab21: {
        if (!r_mark_yUz()) break lab21;
        break lab16;
       }
       C = L - v_10;
      }
      if (!r_mark_ymUs_()) break lab15;
      break lab9;
     }
     C = L - v_8;
     lab22: {
      if (!r_mark_lAr()) break lab22;
      B = C;
      slice_del();
      var v_11 = L - C;
      lab23: {
       K = C;
       lab24: {
        var v_12 = L - C;
        lab25: {
         if (!r_mark_DUr()) break lab25;
         break lab24;
        }
        C = L - v_12;
        lab26: {
         if (!r_mark_yDU()) break lab26;
         break lab24;
        }
        C = L - v_12;
        lab27: {
         if (!r_mark_ysA()) break lab27;
         break lab24;
        }
        C = L - v_12;
        if (!r_mark_ymUs_()) { C = L - v_11; break lab23; }
       }
      }
      b_continue_stemming_noun_suffixes = false;
      break lab9;
     }
     C = L - v_8;
     lab28: {
      if (!r_check_vowel_harmony()) break lab28;
      if (C - 2 <= LB || S.charCodeAt(C - 1) != 122) break lab28;
      if (find_among_b(A_17) == 0) break lab28;
      lab29: {
       var v_13 = L - C;
       lab30: {
        if (!r_mark_yDU()) break lab30;
        break lab29;
       }
       C = L - v_13;
       if (!r_mark_ysA()) break lab28;
      }
      break lab9;
     }
     C = L - v_8;
     lab31: {
      lab32: {
       var v_14 = L - C;
       lab33: {
        if (!r_mark_sUnUz()) break lab33;
        break lab32;
       }
       C = L - v_14;
       lab34: {
        if (!r_mark_yUz()) break lab34;
        break lab32;
       }
       C = L - v_14;
       lab35: {
        if (!r_mark_sUn()) break lab35;
        break lab32;
       }
       C = L - v_14;
       if (!r_mark_yUm()) break lab31;
      }
      B = C;
      slice_del();
      var v_15 = L - C;
      lab36: {
       K = C;
       if (!r_mark_ymUs_()) { C = L - v_15; break lab36; }
      }
      break lab9;
     }
     C = L - v_8;
     if (!r_mark_DUr()) break lab8;
     B = C;
     slice_del();
     var v_16 = L - C;
     lab37: {
      K = C;
      lab38: {
       var v_17 = L - C;
       lab39: {
        if (!r_mark_sUnUz()) break lab39;
        break lab38;
       }
       C = L - v_17;
       lab40: {
        if (!r_mark_lAr()) break lab40;
        break lab38;
       }
       C = L - v_17;
       lab41: {
        if (!r_mark_yUm()) break lab41;
        break lab38;
       }
       C = L - v_17;
       lab42: {
        if (!r_mark_sUn()) break lab42;
        break lab38;
       }
       C = L - v_17;
       lab43: {
        if (!r_mark_yUz()) break lab43;
        break lab38;
       }
       C = L - v_17;
      }
      if (!r_mark_ymUs_()) { C = L - v_16; break lab37; }
     }
    }
    B = C;
    slice_del();
   }
   C = L - v_7;
   if (!b_continue_stemming_noun_suffixes) return false;
   var v_18 = L - C;
   lab44: {
    lab45: {
     var v_19 = L - C;
     lab46: {
      K = C;
      if (!r_mark_lAr()) break lab46;
      B = C;
      slice_del();
      var v_20 = L - C;
      lab47: {
       if (!r_stem_suffix_chain_before_ki()) { C = L - v_20; break lab47; }
      }
      break lab45;
     }
     C = L - v_19;
     lab48: {
      K = C;
      if (!r_check_vowel_harmony()) break lab48;
      if (C - 1 <= LB || (S.charCodeAt(C - 1) != 97 && S.charCodeAt(C - 1) != 101)) break lab48;
      if (find_among_b(A_11) == 0) break lab48;
      if (!r_mark_suffix_with_optional_n_consonant()) break lab48;
      B = C;
      slice_del();
      var v_21 = L - C;
      lab49: {
       lab50: {
        var v_22 = L - C;
        lab51: {
         K = C;
         if (!r_mark_lArI()) break lab51;
         B = C;
         slice_del();
         break lab50;
        }
        C = L - v_22;
        lab52: {
         K = C;
         lab53: {
          var v_23 = L - C;
          lab54: {
           if (!r_mark_possessives()) break lab54;
           break lab53;
          }
          C = L - v_23;
          if (!r_mark_sU()) break lab52;
         }
         B = C;
         slice_del();
         var v_24 = L - C;
         lab55: {
          K = C;
          if (!r_mark_lAr()) { C = L - v_24; break lab55; }
          B = C;
          slice_del();
          if (!r_stem_suffix_chain_before_ki()) { C = L - v_24; break lab55; }
         }
         break lab50;
        }
        C = L - v_22;
        K = C;
        if (!r_mark_lAr()) { C = L - v_21; break lab49; }
        B = C;
        slice_del();
        if (!r_stem_suffix_chain_before_ki()) { C = L - v_21; break lab49; }
       }
      }
      break lab45;
     }
     C = L - v_19;
     lab56: {
      K = C;
      lab57: {
       var v_25 = L - C;
       lab58: {
        if (!r_mark_ndA()) break lab58;
        break lab57;
       }
       C = L - v_25;
       if (!r_check_vowel_harmony()) break lab56;
       if (C - 1 <= LB || (S.charCodeAt(C - 1) != 97 && S.charCodeAt(C - 1) != 101)) break lab56;
       if (find_among_b(A_5) == 0) break lab56;
      }
      lab59: {
       var v_26 = L - C;
       lab60: {
        if (!r_mark_lArI()) break lab60;
        B = C;
        slice_del();
        break lab59;
       }
       C = L - v_26;
       lab61: {
        if (!r_mark_sU()) break lab61;
        B = C;
        slice_del();
        var v_27 = L - C;
        lab62: {
         K = C;
         if (!r_mark_lAr()) { C = L - v_27; break lab62; }
         B = C;
         slice_del();
         if (!r_stem_suffix_chain_before_ki()) { C = L - v_27; break lab62; }
        }
        break lab59;
       }
       C = L - v_26;
       if (!r_stem_suffix_chain_before_ki()) break lab56;
      }
      break lab45;
     }
     C = L - v_19;
     lab63: {
      K = C;
      lab64: {
       var v_28 = L - C;
       lab65: {
        if (!r_check_vowel_harmony()) break lab65;
        if (C - 3 <= LB || S.charCodeAt(C - 1) != 110) break lab65;
        if (find_among_b(A_9) == 0) break lab65;
        break lab64;
       }
       C = L - v_28;
       if (!r_check_vowel_harmony()) break lab63;
       if (find_among_b(A_2) == 0) break lab63;
      }
      lab66: {
       var v_29 = L - C;
       lab67: {
        if (!r_mark_sU()) break lab67;
        B = C;
        slice_del();
        var v_30 = L - C;
        lab68: {
         K = C;
         if (!r_mark_lAr()) { C = L - v_30; break lab68; }
         B = C;
         slice_del();
         if (!r_stem_suffix_chain_before_ki()) { C = L - v_30; break lab68; }
        }
        break lab66;
       }
       C = L - v_29;
       if (!r_mark_lArI()) break lab63;
      }
      break lab45;
     }
     C = L - v_19;
     lab69: {
      K = C;
      if (!r_check_vowel_harmony()) break lab69;
      if (C - 2 <= LB || S.charCodeAt(C - 1) != 110) break lab69;
      if (find_among_b(A_8) == 0) break lab69;
      B = C;
      slice_del();
      var v_31 = L - C;
      lab70: {
       K = C;
       lab71: {
        var v_32 = L - C;
        lab72: {
         if (!r_mark_possessives()) break lab72;
         B = C;
         slice_del();
         var v_33 = L - C;
         lab73: {
          K = C;
          if (!r_mark_lAr()) { C = L - v_33; break lab73; }
          B = C;
          slice_del();
          if (!r_stem_suffix_chain_before_ki()) { C = L - v_33; break lab73; }
         }
         break lab71;
        }
        C = L - v_32;
        lab74: {
         if (!r_mark_lAr()) break lab74;
         B = C;
         slice_del();
         var v_34 = L - C;
         lab75: {
          if (!r_stem_suffix_chain_before_ki()) { C = L - v_34; break lab75; }
         }
         break lab71;
        }
        C = L - v_32;
        if (!r_stem_suffix_chain_before_ki()) { C = L - v_31; break lab70; }
       }
      }
      break lab45;
     }
     C = L - v_19;
     lab76: {
      K = C;
      lab77: {
       var v_35 = L - C;
       lab78: {
        if (!r_mark_nUn()) break lab78;
        break lab77;
       }
       C = L - v_35;
       if (!r_check_vowel_harmony()) break lab76;
       if (C - 1 <= LB || (S.charCodeAt(C - 1) != 97 && S.charCodeAt(C - 1) != 101)) break lab76;
       if (find_among_b(A_10) == 0) break lab76;
       if (!r_mark_suffix_with_optional_y_consonant()) break lab76;
      }
      B = C;
      slice_del();
      var v_36 = L - C;
      lab79: {
       lab80: {
        var v_37 = L - C;
        lab81: {
         K = C;
         if (!r_mark_lAr()) break lab81;
         B = C;
         slice_del();
         if (!r_stem_suffix_chain_before_ki()) break lab81;
         break lab80;
        }
        C = L - v_37;
        lab82: {
         K = C;
         lab83: {
          var v_38 = L - C;
          lab84: {
           if (!r_mark_possessives()) break lab84;
           break lab83;
          }
          C = L - v_38;
          if (!r_mark_sU()) break lab82;
         }
         B = C;
         slice_del();
         var v_39 = L - C;
         lab85: {
          K = C;
          if (!r_mark_lAr()) { C = L - v_39; break lab85; }
          B = C;
          slice_del();
          if (!r_stem_suffix_chain_before_ki()) { C = L - v_39; break lab85; }
         }
         break lab80;
        }
        C = L - v_37;
        if (!r_stem_suffix_chain_before_ki()) { C = L - v_36; break lab79; }
       }
      }
      break lab45;
     }
     C = L - v_19;
     lab86: {
      K = C;
      if (!r_mark_lArI()) break lab86;
      B = C;
      slice_del();
      break lab45;
     }
     C = L - v_19;
     lab87: {
      if (!r_stem_suffix_chain_before_ki()) break lab87;
      break lab45;
     }
     C = L - v_19;
     lab88: {
      K = C;
      lab89: {
       var v_40 = L - C;
       lab90: {
        if (!r_mark_DA()) break lab90;
        break lab89;
       }
       C = L - v_40;
       lab91: {
        if (!r_check_vowel_harmony()) break lab91;
        if (!in_grouping_b(G_U, 105, 305)) break lab91;
        if (!r_mark_suffix_with_optional_y_consonant()) break lab91;
        break lab89;
       }
       C = L - v_40;
       if (!r_check_vowel_harmony()) break lab88;
       if (C <= LB || (S.charCodeAt(C - 1) != 97 && S.charCodeAt(C - 1) != 101)) break lab88;
       C -= 1;
       if (!r_mark_suffix_with_optional_y_consonant()) break lab88;
      }
      B = C;
      slice_del();
      var v_41 = L - C;
      lab92: {
       K = C;
       lab93: {
        var v_42 = L - C;
        lab94: {
         if (!r_mark_possessives()) break lab94;
         B = C;
         slice_del();
         var v_43 = L - C;
         lab95: {
          K = C;
          if (!r_mark_lAr()) { C = L - v_43; break lab95; }
         }
         break lab93;
        }
        C = L - v_42;
        if (!r_mark_lAr()) { C = L - v_41; break lab92; }
       }
       B = C;
       slice_del();
       K = C;
       if (!r_stem_suffix_chain_before_ki()) { C = L - v_41; break lab92; }
      }
      break lab45;
     }
     C = L - v_19;
     K = C;
     lab96: {
      var v_44 = L - C;
      lab97: {
       if (!r_mark_possessives()) break lab97;
       break lab96;
      }
      C = L - v_44;
      if (!r_mark_sU()) break lab44;
     }
     B = C;
     slice_del();
     var v_45 = L - C;
     lab98: {
      K = C;
      if (!r_mark_lAr()) { C = L - v_45; break lab98; }
      B = C;
      slice_del();
      if (!r_stem_suffix_chain_before_ki()) { C = L - v_45; break lab98; }
     }
    }
   }
   C = L - v_18;
   C = LB;
   LB = C;
   C = L;
   var v_46 = L - C;
   lab99: {
    if (!eq_s_b("ad")) break lab99;
    var v_47 = L - C;
    lab100: {
     if (!eq_s_b("soy")) { C = L - v_47; break lab100; }
    }
    if (C > LB) break lab99;
    return false;
   }
   C = L - v_46;
   var v_48 = L - C;
   lab101: {
    K = C;
    B = C;
    lab102: {
     lab103: {
      if (!eq_s_b("d")) break lab103;
      break lab102;
     }
     if (!eq_s_b("g")) break lab101;
    }
    if (!go_out_grouping_b(G_vowel, 97, 305)) break lab101;
    lab104: {
     var v_49 = L - C;
     lab105: {
      lab106: {
       lab107: {
        if (!eq_s_b("a")) break lab107;
        break lab106;
       }
       if (!eq_s_b(enc("\u0131"))) break lab105;
      }
      slice_from(enc("\u0131"));
      break lab104;
     }
     C = L - v_49;
     lab108: {
      lab109: {
       lab110: {
        if (!eq_s_b("e")) break lab110;
        break lab109;
       }
       if (!eq_s_b("i")) break lab108;
      }
      slice_from("i");
      break lab104;
     }
     C = L - v_49;
     lab111: {
      lab112: {
       lab113: {
        if (!eq_s_b("o")) break lab113;
        break lab112;
       }
       if (!eq_s_b("u")) break lab111;
      }
      slice_from("u");
      break lab104;
     }
     C = L - v_49;
     lab114: {
      lab115: {
       if (!eq_s_b(enc("\u00f6"))) break lab115;
       break lab114;
      }
      if (!eq_s_b(enc("\u00fc"))) break lab101;
     }
     slice_from(enc("\u00fc"));
    }
   }
   C = L - v_48;
   var v_50 = L - C;
   lab116: {
    K = C;
    among_var = find_among_b(A_23);
    if (among_var == 0) break lab116;
    B = C;
    switch (among_var) {
     case 1: { slice_from("p"); break; }
     case 2: { slice_from(enc("\u00e7")); break; }
     case 3: { slice_from("t"); break; }
     case 4: { slice_from("k"); break; }
    }
   }
   C = L - v_50;
   C = LB;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
