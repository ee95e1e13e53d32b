/* Snowball "dutch" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).dutch = (function () {
  'use strict';
  // Generated from dutch.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
  // Runs on the UTF-8 bytes of the word (one char per byte), like the Rust: all offsets are byte offsets.
  var S, C, L, LB, B, K, i_p2, i_p1, S_ch;
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
  function insert(bra, ket, s) {
    var adj = replace_s(bra, ket, s);
    if (bra <= B) B += adj;
    if (bra <= K) K += adj;
  }
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
  function in_grouping(g, min, max) {
    if (C >= L || !ing(g, min, max, C)) return false;
    next_char();
    return true;
  }
  function in_grouping_b(g, min, max) {
    if (C <= LB) return false;
    var c = C;
    previous_char();
    if (!ing(g, min, max, C)) { C = c; return false; }
    return true;
  }
  function out_grouping(g, min, max) {
    if (C >= L || ing(g, min, max, C)) return false;
    next_char();
    return true;
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
    ["a",-1,1],["e",-1,2],["o",-1,1],["u",-1,1],["\u00e0",-1,1],["\u00e1",-1,1],["\u00e2",-1,1],
    ["\u00e4",-1,1],["\u00e8",-1,2],["\u00e9",-1,2],["\u00ea",-1,2],["e\u00eb",-1,3],["i\u00eb",-1,4],
    ["\u00f2",-1,1],["\u00f3",-1,1],["\u00f4",-1,1],["\u00f6",-1,1],["\u00f9",-1,1],["\u00fa",-1,1],
    ["\u00fb",-1,1],["\u00fc",-1,1]]);
  var A_1 = am([
    ["nde",-1,8],["en",-1,7],["s",-1,2],["'s",2,1],["es",2,4],["ies",4,3],["aus",2,6],["\u00e9s",2,5]]);
  var A_2 = am([
    ["de",-1,5],["ge",-1,2],["ische",-1,4],["je",-1,1],["lijke",-1,3],["le",-1,9],["ene",-1,10],
    ["re",-1,8],["se",-1,7],["te",-1,6],["ieve",-1,11]]);
  var A_3 = am([
    ["heid",-1,3],["fie",-1,7],["gie",-1,8],["atie",-1,1],["isme",-1,5],["ing",-1,5],["arij",-1,6],
    ["erij",-1,5],["sel",-1,3],["rder",-1,4],["ster",-1,3],["iteit",-1,2],["dst",-1,10],["tst",-1,9]]);
  var A_4 = am([
    ["end",-1,9],["atief",-1,2],["erig",-1,9],["achtig",-1,3],["ioneel",-1,1],["baar",-1,3],["laar",-1,5],
    ["naar",-1,4],["raar",-1,6],["eriger",-1,9],["achtiger",-1,3],["lijker",-1,8],["tant",-1,7],
    ["erigst",-1,9],["achtigst",-1,3],["lijkst",-1,8]]);
  var A_5 = am([
    ["ig",-1,1],["iger",-1,1],["igst",-1,1]]);
  var A_6 = am([
    ["ft",-1,2],["kt",-1,1],["pt",-1,3]]);
  var A_7 = am([
    ["bb",-1,1],["cc",-1,2],["dd",-1,3],["ff",-1,4],["gg",-1,5],["hh",-1,6],["jj",-1,7],["kk",-1,8],
    ["ll",-1,9],["mm",-1,10],["nn",-1,11],["pp",-1,12],["qq",-1,13],["rr",-1,14],["ss",-1,15],["tt",-1,16],
    ["v",-1,4],["vv",16,17],["ww",-1,18],["xx",-1,19],["z",-1,15],["zz",20,20]]);
  var A_8 = am([
    ["d",-1,1],["t",-1,2]]);
  var A_9 = am([
    ["",-1,-1],["eft",0,1],["vaa",0,1],["val",0,1],["vali",3,-1],["vare",0,1]]);
  var A_10 = am([
    ["\u00eb",-1,1],["\u00ef",-1,2]]);
  var A_11 = am([
    ["\u00eb",-1,1],["\u00ef",-1,2]]);
  var G_E = [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,120];
  var G_AIOU = [1,65,16,0,0,0,0,0,0,0,0,0,0,0,0,128,11,120,46,15];
  var G_AEIOU = [17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,128,139,127,46,15];
  var G_v = [17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,128,139,127,46,15];
  var G_v_WX = [17,65,208,1,0,0,0,0,0,0,0,0,0,0,0,128,139,127,46,15];
  function r_V() {
   var v_1 = L - C;
   lab0: {
    lab1: {
     if (!in_grouping_b(G_v, 97, 252)) break lab1;
     break lab0;
    }
    if (!eq_s_b("ij")) return false;
   }
   C = L - v_1;
   return true;
  }
  function r_C() {
   var v_1 = L - C;
   lab0: {
    if (!eq_s_b("ij")) break lab0;
    return false;
   }
   if (!out_grouping_b(G_v, 97, 252)) return false;
   C = L - v_1;
   return true;
  }
  function r_lengthen_V() {
   var among_var;
   var v_1 = L - C;
   lab0: {
    if (!out_grouping_b(G_v_WX, 97, 252)) break lab0;
    K = C;
    among_var = find_among_b(A_0);
    if (among_var == 0) break lab0;
    B = C;
    switch (among_var) {
     case 1: {
      var v_2 = L - C;
      lab1: {
       lab2: {
        if (!out_grouping_b(G_AEIOU, 97, 252)) break lab2;
        break lab1;
       }
       if (C > LB) break lab0;
      }
      C = L - v_2;
      S_ch = slice_to();
      var c = C;
      var bra = C, ket = C;
      insert(bra, ket, S_ch);
      C = c;
      break;
     }
     case 2: {
      var v_3 = L - C;
      lab3: {
       lab4: {
        if (!out_grouping_b(G_AEIOU, 97, 252)) break lab4;
        break lab3;
       }
       if (C > LB) break lab0;
      }
      var v_4 = L - C;
      lab5: {
       lab6: {
        lab7: {
         if (!in_grouping_b(G_AIOU, 97, 252)) break lab7;
         break lab6;
        }
        if (!in_grouping_b(G_E, 101, 235)) break lab5;
        if (C > LB) break lab5;
       }
       break lab0;
      }
      C = L - v_4;
      var v_5 = L - C;
      lab8: {
       if (C <= LB) break lab8;
       previous_char();
       if (!in_grouping_b(G_AIOU, 97, 252)) break lab8;
       if (!out_grouping_b(G_AEIOU, 97, 252)) break lab8;
       break lab0;
      }
      C = L - v_5;
      C = L - v_3;
      S_ch = slice_to();
      var c = C;
      var bra = C, ket = C;
      insert(bra, ket, S_ch);
      C = c;
      break;
     }
     case 3: { slice_from(enc("e\u00ebe")); break; }
     case 4: { slice_from("iee"); break; }
    }
   }
   C = L - v_1;
   return true;
  }
  function r_Step_1c() {
   var among_var;
   K = C;
   if (C <= LB || (S.charCodeAt(C - 1) != 100 && S.charCodeAt(C - 1) != 116)) return false;
   among_var = find_among_b(A_8);
   if (among_var == 0) return false;
   B = C;
   if (i_p1 > C) return false;
   if (!r_C()) return false;
   switch (among_var) {
    case 1: {
     var v_1 = L - C;
     lab0: {
      if (!eq_s_b("n")) break lab0;
      if (i_p1 > C) break lab0;
      return false;
     }
     C = L - v_1;
     lab1: {
      var v_2 = L - C;
      lab2: {
       if (!eq_s_b("in")) break lab2;
       if (C > LB) break lab2;
       slice_from("n");
       break lab1;
      }
      C = L - v_2;
      slice_del();
     }
     break;
    }
    case 2: {
     var v_3 = L - C;
     lab3: {
      if (!eq_s_b("h")) break lab3;
      if (i_p1 > C) break lab3;
      return false;
     }
     C = L - v_3;
     var v_4 = L - C;
     lab4: {
      if (!eq_s_b("en")) break lab4;
      if (C > LB) break lab4;
      return false;
     }
     C = L - v_4;
     slice_del();
     break;
    }
   }
   return true;
  }
  function r_measure() {
   i_p1 = L;
   i_p2 = L;
   var v_1 = C;
   lab0: {
    replab1: for (;;) {
     lab2: for (var _lab2 = 0; _lab2 < 1; _lab2++) {
      if (!out_grouping(G_v, 97, 252)) break lab2;
      continue replab1;
     }
     break replab1;
    }
    var v_2 = 1;
    replab3: for (;;) {
     var v_3 = C;
     lab4: for (var _lab4 = 0; _lab4 < 1; _lab4++) {
      lab5: {
       lab6: {
        if (!eq_s("ij")) break lab6;
        break lab5;
       }
       if (!in_grouping(G_v, 97, 252)) break lab4;
      }
      v_2 -= 1;
      continue replab3;
     }
     C = v_3;
     break replab3;
    }
    if (v_2 > 0) break lab0;
    if (!out_grouping(G_v, 97, 252)) break lab0;
    i_p1 = C;
    replab7: for (;;) {
     lab8: for (var _lab8 = 0; _lab8 < 1; _lab8++) {
      if (!out_grouping(G_v, 97, 252)) break lab8;
      continue replab7;
     }
     break replab7;
    }
    var v_4 = 1;
    replab9: for (;;) {
     var v_5 = C;
     lab10: for (var _lab10 = 0; _lab10 < 1; _lab10++) {
      lab11: {
       lab12: {
        if (!eq_s("ij")) break lab12;
        break lab11;
       }
       if (!in_grouping(G_v, 97, 252)) break lab10;
      }
      v_4 -= 1;
      continue replab9;
     }
     C = v_5;
     break replab9;
    }
    if (v_4 > 0) break lab0;
    if (!out_grouping(G_v, 97, 252)) break lab0;
    i_p2 = C;
   }
   C = v_1;
   return true;
  }
  function stem() {
   i_p2 = 0; i_p1 = 0; S_ch = '';
   var among_var;
   var b_GE_removed;
   var b_stemmed;
   b_stemmed = false;
   r_measure();
   LB = C;
   C = L;
   var v_1 = L - C;
   lab0: {
    K = C;
    if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((540704 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab0;
    among_var = find_among_b(A_1);
    if (among_var == 0) break lab0;
    B = C;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: {
      if (i_p1 > C) break lab0;
      var v_2 = L - C;
      lab1: {
       if (!eq_s_b("t")) break lab1;
       if (i_p1 > C) break lab1;
       break lab0;
      }
      C = L - v_2;
      if (!r_C()) break lab0;
      slice_del();
      break;
     }
     case 3: {
      if (i_p1 > C) break lab0;
      slice_from("ie");
      break;
     }
     case 4: {
      lab2: {
       var v_3 = L - C;
       lab3: {
        var v_4 = L - C;
        if (!eq_s_b("ar")) break lab3;
        if (i_p1 > C) break lab3;
        if (!r_C()) break lab3;
        C = L - v_4;
        slice_del();
        r_lengthen_V();
        break lab2;
       }
       C = L - v_3;
       lab4: {
        var v_5 = L - C;
        if (!eq_s_b("er")) break lab4;
        if (i_p1 > C) break lab4;
        if (!r_C()) break lab4;
        C = L - v_5;
        slice_del();
        break lab2;
       }
       C = L - v_3;
       if (i_p1 > C) break lab0;
       if (!r_C()) break lab0;
       slice_from("e");
      }
      break;
     }
     case 5: {
      if (i_p1 > C) break lab0;
      slice_from(enc("\u00e9"));
      break;
     }
     case 6: {
      if (i_p1 > C) break lab0;
      if (!r_V()) break lab0;
      slice_from("au");
      break;
     }
     case 7: {
      lab5: {
       var v_6 = L - C;
       lab6: {
        if (!eq_s_b("hed")) break lab6;
        if (i_p1 > C) break lab6;
        B = C;
        slice_from("heid");
        break lab5;
       }
       C = L - v_6;
       lab7: {
        if (!eq_s_b("nd")) break lab7;
        slice_del();
        break lab5;
       }
       C = L - v_6;
       lab8: {
        if (!eq_s_b("d")) break lab8;
        if (i_p1 > C) break lab8;
        if (!r_C()) break lab8;
        B = C;
        slice_del();
        break lab5;
       }
       C = L - v_6;
       lab9: {
        lab10: {
         lab11: {
          if (!eq_s_b("i")) break lab11;
          break lab10;
         }
         if (!eq_s_b("j")) break lab9;
        }
        if (!r_V()) break lab9;
        slice_del();
        break lab5;
       }
       C = L - v_6;
       if (i_p1 > C) break lab0;
       if (!r_C()) break lab0;
       slice_del();
       r_lengthen_V();
      }
      break;
     }
     case 8: { slice_from("nd"); break; }
    }
    b_stemmed = true;
   }
   C = L - v_1;
   var v_7 = L - C;
   lab12: {
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) != 101) break lab12;
    among_var = find_among_b(A_2);
    if (among_var == 0) break lab12;
    B = C;
    switch (among_var) {
     case 1: {
      lab13: {
       var v_8 = L - C;
       lab14: {
        if (!eq_s_b("'t")) break lab14;
        B = C;
        slice_del();
        break lab13;
       }
       C = L - v_8;
       lab15: {
        if (!eq_s_b("et")) break lab15;
        B = C;
        if (i_p1 > C) break lab15;
        if (!r_C()) break lab15;
        slice_del();
        break lab13;
       }
       C = L - v_8;
       lab16: {
        if (!eq_s_b("rnt")) break lab16;
        B = C;
        slice_from("rn");
        break lab13;
       }
       C = L - v_8;
       lab17: {
        if (!eq_s_b("t")) break lab17;
        B = C;
        if (i_p1 > C) break lab17;
        var v_9 = L - C;
        if (C <= LB) break lab17;
        previous_char();
        lab18: {
         lab19: {
          if (!in_grouping_b(G_v, 97, 252)) break lab19;
          break lab18;
         }
         if (!eq_s_b("ij")) break lab17;
        }
        C = L - v_9;
        slice_del();
        break lab13;
       }
       C = L - v_8;
       lab20: {
        if (!eq_s_b("ink")) break lab20;
        B = C;
        slice_from("ing");
        break lab13;
       }
       C = L - v_8;
       lab21: {
        if (!eq_s_b("mp")) break lab21;
        B = C;
        slice_from("m");
        break lab13;
       }
       C = L - v_8;
       lab22: {
        if (!eq_s_b("'")) break lab22;
        B = C;
        if (i_p1 > C) break lab22;
        slice_del();
        break lab13;
       }
       C = L - v_8;
       B = C;
       if (i_p1 > C) break lab12;
       if (!r_C()) break lab12;
       slice_del();
      }
      break;
     }
     case 2: {
      if (i_p1 > C) break lab12;
      slice_from("g");
      break;
     }
     case 3: {
      if (i_p1 > C) break lab12;
      slice_from("lijk");
      break;
     }
     case 4: {
      if (i_p1 > C) break lab12;
      slice_from("isch");
      break;
     }
     case 5: {
      if (i_p1 > C) break lab12;
      if (!r_C()) break lab12;
      slice_del();
      break;
     }
     case 6: {
      if (i_p1 > C) break lab12;
      slice_from("t");
      break;
     }
     case 7: {
      if (i_p1 > C) break lab12;
      slice_from("s");
      break;
     }
     case 8: {
      if (i_p1 > C) break lab12;
      slice_from("r");
      break;
     }
     case 9: {
      if (i_p1 > C) break lab12;
      slice_del();
      var bra = C, ket = C;
      insert(bra, ket, "l");
      r_lengthen_V();
      break;
     }
     case 10: {
      if (i_p1 > C) break lab12;
      if (!r_C()) break lab12;
      slice_del();
      var bra = C, ket = C;
      insert(bra, ket, "en");
      r_lengthen_V();
      break;
     }
     case 11: {
      if (i_p1 > C) break lab12;
      if (!r_C()) break lab12;
      slice_from("ief");
      break;
     }
    }
    b_stemmed = true;
   }
   C = L - v_7;
   var v_10 = L - C;
   lab23: {
    K = C;
    if (C - 2 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1316016 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab23;
    among_var = find_among_b(A_3);
    if (among_var == 0) break lab23;
    B = C;
    switch (among_var) {
     case 1: {
      if (i_p1 > C) break lab23;
      slice_from("eer");
      break;
     }
     case 2: {
      if (i_p1 > C) break lab23;
      slice_del();
      r_lengthen_V();
      break;
     }
     case 3: {
      if (i_p1 > C) break lab23;
      slice_del();
      break;
     }
     case 4: { slice_from("r"); break; }
     case 5: {
      lab24: {
       var v_11 = L - C;
       lab25: {
        if (!eq_s_b("ild")) break lab25;
        slice_from("er");
        break lab24;
       }
       C = L - v_11;
       if (i_p1 > C) break lab23;
       slice_del();
       r_lengthen_V();
      }
      break;
     }
     case 6: {
      if (i_p1 > C) break lab23;
      if (!r_C()) break lab23;
      slice_from("aar");
      break;
     }
     case 7: {
      if (i_p2 > C) break lab23;
      slice_del();
      var bra = C, ket = C;
      insert(bra, ket, "f");
      r_lengthen_V();
      break;
     }
     case 8: {
      if (i_p2 > C) break lab23;
      slice_del();
      var bra = C, ket = C;
      insert(bra, ket, "g");
      r_lengthen_V();
      break;
     }
     case 9: {
      if (i_p1 > C) break lab23;
      if (!r_C()) break lab23;
      slice_from("t");
      break;
     }
     case 10: {
      if (i_p1 > C) break lab23;
      if (!r_C()) break lab23;
      slice_from("d");
      break;
     }
    }
    b_stemmed = true;
   }
   C = L - v_10;
   var v_12 = L - C;
   lab26: {
    lab27: {
     var v_13 = L - C;
     lab28: {
      K = C;
      if (C - 2 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1315024 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab28;
      among_var = find_among_b(A_4);
      if (among_var == 0) break lab28;
      B = C;
      switch (among_var) {
       case 1: {
        if (i_p1 > C) break lab28;
        slice_from("ie");
        break;
       }
       case 2: {
        if (i_p1 > C) break lab28;
        slice_from("eer");
        break;
       }
       case 3: {
        if (i_p1 > C) break lab28;
        slice_del();
        break;
       }
       case 4: {
        if (i_p1 > C) break lab28;
        if (!r_V()) break lab28;
        slice_from("n");
        break;
       }
       case 5: {
        if (i_p1 > C) break lab28;
        if (!r_V()) break lab28;
        slice_from("l");
        break;
       }
       case 6: {
        if (i_p1 > C) break lab28;
        if (!r_V()) break lab28;
        slice_from("r");
        break;
       }
       case 7: {
        if (i_p1 > C) break lab28;
        slice_from("teer");
        break;
       }
       case 8: {
        if (i_p1 > C) break lab28;
        slice_from("lijk");
        break;
       }
       case 9: {
        if (i_p1 > C) break lab28;
        if (!r_C()) break lab28;
        slice_del();
        r_lengthen_V();
        break;
       }
      }
      break lab27;
     }
     C = L - v_13;
     K = C;
     if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1310848 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab26;
     if (find_among_b(A_5) == 0) break lab26;
     B = C;
     if (i_p1 > C) break lab26;
     var v_14 = L - C;
     lab29: {
      if (!eq_s_b("inn")) break lab29;
      if (C > LB) break lab29;
      break lab26;
     }
     C = L - v_14;
     if (!r_C()) break lab26;
     slice_del();
     r_lengthen_V();
    }
    b_stemmed = true;
   }
   C = L - v_12;
   C = LB;
   b_GE_removed = false;
   var v_15 = C;
   lab30: {
    var v_16 = C;
    B = C;
    if (!eq_s("ge")) break lab30;
    K = C;
    var v_17 = C;
    if (!hop(3)) break lab30;
    C = v_17;
    var v_18 = C;
    golab31: for (;;) {
     var v_19 = C;
     lab32: {
      lab33: {
       lab34: {
        if (!eq_s("ij")) break lab34;
        break lab33;
       }
       if (!in_grouping(G_v, 97, 252)) break lab32;
      }
      break golab31;
     }
     C = v_19;
     if (C >= L) break lab30;
     next_char();
    }
    replab35: for (;;) {
     var v_20 = C;
     lab36: for (var _lab36 = 0; _lab36 < 1; _lab36++) {
      lab37: {
       lab38: {
        if (!eq_s("ij")) break lab38;
        break lab37;
       }
       if (!in_grouping(G_v, 97, 252)) break lab36;
      }
      continue replab35;
     }
     C = v_20;
     break replab35;
    }
    if (C >= L) break lab30;
    C = v_18;
    if (C + 2 >= L || S.charCodeAt(C + 2) >> 5 != 3 || ((1314818 >> (S.charCodeAt(C + 2) & 0x1f)) & 1) == 0) {among_var = -1;}
    else { among_var = find_among(A_9); }
    switch (among_var) {
     case 1: { break lab30; }
    }
    b_GE_removed = true;
    slice_del();
    var v_21 = C;
    lab39: {
     B = C;
     if (C + 1 >= L || (S.charCodeAt(C + 1) != 171 && S.charCodeAt(C + 1) != 175)) break lab39;
     among_var = find_among(A_10);
     if (among_var == 0) break lab39;
     K = C;
     switch (among_var) {
      case 1: { slice_from("e"); break; }
      case 2: { slice_from("i"); break; }
     }
    }
    C = v_21;
    C = v_16;
    r_measure();
   }
   C = v_15;
   LB = C;
   C = L;
   var v_22 = L - C;
   lab40: {
    if (!b_GE_removed) break lab40;
    b_stemmed = true;
    if (!r_Step_1c()) break lab40;
   }
   C = L - v_22;
   C = LB;
   b_GE_removed = false;
   var v_23 = C;
   lab41: {
    var v_24 = C;
    if (C >= L) break lab41;
    next_char();
    golab42: for (;;) {
     lab43: {
      B = C;
      if (!eq_s("ge")) break lab43;
      K = C;
      break golab42;
     }
     if (C >= L) break lab41;
     next_char();
    }
    var v_25 = C;
    if (!hop(3)) break lab41;
    C = v_25;
    var v_26 = C;
    golab44: for (;;) {
     var v_27 = C;
     lab45: {
      lab46: {
       lab47: {
        if (!eq_s("ij")) break lab47;
        break lab46;
       }
       if (!in_grouping(G_v, 97, 252)) break lab45;
      }
      break golab44;
     }
     C = v_27;
     if (C >= L) break lab41;
     next_char();
    }
    replab48: for (;;) {
     var v_28 = C;
     lab49: for (var _lab49 = 0; _lab49 < 1; _lab49++) {
      lab50: {
       lab51: {
        if (!eq_s("ij")) break lab51;
        break lab50;
       }
       if (!in_grouping(G_v, 97, 252)) break lab49;
      }
      continue replab48;
     }
     C = v_28;
     break replab48;
    }
    if (C >= L) break lab41;
    C = v_26;
    b_GE_removed = true;
    slice_del();
    var v_29 = C;
    lab52: {
     B = C;
     if (C + 1 >= L || (S.charCodeAt(C + 1) != 171 && S.charCodeAt(C + 1) != 175)) break lab52;
     among_var = find_among(A_11);
     if (among_var == 0) break lab52;
     K = C;
     switch (among_var) {
      case 1: { slice_from("e"); break; }
      case 2: { slice_from("i"); break; }
     }
    }
    C = v_29;
    C = v_24;
    r_measure();
   }
   C = v_23;
   LB = C;
   C = L;
   var v_30 = L - C;
   lab53: {
    if (!b_GE_removed) break lab53;
    b_stemmed = true;
    if (!r_Step_1c()) break lab53;
   }
   C = L - v_30;
   C = LB;
   LB = C;
   C = L;
   var v_31 = L - C;
   lab54: {
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) != 116) break lab54;
    among_var = find_among_b(A_6);
    if (among_var == 0) break lab54;
    B = C;
    switch (among_var) {
     case 1: { slice_from("k"); break; }
     case 2: { slice_from("f"); break; }
     case 3: { slice_from("p"); break; }
    }
    b_stemmed = true;
   }
   C = L - v_31;
   var v_32 = L - C;
   lab55: {
    if (!b_stemmed) break lab55;
    K = C;
    if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((98532828 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab55;
    among_var = find_among_b(A_7);
    if (among_var == 0) break lab55;
    B = C;
    switch (among_var) {
     case 1: { slice_from("b"); break; }
     case 2: { slice_from("c"); break; }
     case 3: { slice_from("d"); break; }
     case 4: { slice_from("f"); break; }
     case 5: { slice_from("g"); break; }
     case 6: { slice_from("h"); break; }
     case 7: { slice_from("j"); break; }
     case 8: { slice_from("k"); break; }
     case 9: { slice_from("l"); break; }
     case 10: { slice_from("m"); break; }
     case 11: {
      var v_33 = L - C;
      lab56: {
       if (!eq_s_b("i")) break lab56;
       if (C > LB) break lab56;
       break lab55;
      }
      C = L - v_33;
      slice_from("n");
      break;
     }
     case 12: { slice_from("p"); break; }
     case 13: { slice_from("q"); break; }
     case 14: { slice_from("r"); break; }
     case 15: { slice_from("s"); break; }
     case 16: { slice_from("t"); break; }
     case 17: { slice_from("v"); break; }
     case 18: { slice_from("w"); break; }
     case 19: { slice_from("x"); break; }
     case 20: { slice_from("z"); break; }
    }
   }
   C = L - v_32;
   C = LB;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
