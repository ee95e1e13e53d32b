/* Snowball "spanish" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).spanish = (function () {
  'use strict';
  // Generated from spanish.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
  function out_grouping(g, min, max) {
    if (C >= L || ing(g, min, max, C)) return false;
    next_char();
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
    ["",-1,6],["\u00e1",0,1],["\u00e9",0,2],["\u00ed",0,3],["\u00f3",0,4],["\u00fa",0,5]]);
  var A_1 = am([
    ["la",-1,-1],["sela",0,-1],["le",-1,-1],["me",-1,-1],["se",-1,-1],["lo",-1,-1],["selo",5,-1],
    ["las",-1,-1],["selas",7,-1],["les",-1,-1],["los",-1,-1],["selos",10,-1],["nos",-1,-1]]);
  var A_2 = am([
    ["ando",-1,6],["iendo",-1,6],["yendo",-1,7],["\u00e1ndo",-1,2],["i\u00e9ndo",-1,1],["ar",-1,6],
    ["er",-1,6],["ir",-1,6],["\u00e1r",-1,3],["\u00e9r",-1,4],["\u00edr",-1,5]]);
  var A_3 = am([
    ["ic",-1,-1],["ad",-1,-1],["os",-1,-1],["iv",-1,1]]);
  var A_4 = am([
    ["able",-1,1],["ible",-1,1],["ante",-1,1]]);
  var A_5 = am([
    ["ic",-1,1],["abil",-1,1],["iv",-1,1]]);
  var A_6 = am([
    ["ica",-1,1],["ancia",-1,2],["encia",-1,5],["adora",-1,2],["osa",-1,1],["ista",-1,1],["iva",-1,9],
    ["anza",-1,1],["log\u00eda",-1,3],["idad",-1,8],["able",-1,1],["ible",-1,1],["ante",-1,2],["mente",-1,7],
    ["amente",13,6],["acion",-1,2],["ucion",-1,4],["aci\u00f3n",-1,2],["uci\u00f3n",-1,4],["ico",-1,1],
    ["ismo",-1,1],["oso",-1,1],["amiento",-1,1],["imiento",-1,1],["ivo",-1,9],["ador",-1,2],["icas",-1,1],
    ["ancias",-1,2],["encias",-1,5],["adoras",-1,2],["osas",-1,1],["istas",-1,1],["ivas",-1,9],
    ["anzas",-1,1],["log\u00edas",-1,3],["idades",-1,8],["ables",-1,1],["ibles",-1,1],["aciones",-1,2],
    ["uciones",-1,4],["adores",-1,2],["antes",-1,2],["icos",-1,1],["ismos",-1,1],["osos",-1,1],
    ["amientos",-1,1],["imientos",-1,1],["ivos",-1,9]]);
  var A_7 = am([
    ["ya",-1,1],["ye",-1,1],["yan",-1,1],["yen",-1,1],["yeron",-1,1],["yendo",-1,1],["yo",-1,1],
    ["yas",-1,1],["yes",-1,1],["yais",-1,1],["yamos",-1,1],["y\u00f3",-1,1]]);
  var A_8 = am([
    ["aba",-1,2],["ada",-1,2],["ida",-1,2],["ara",-1,2],["iera",-1,2],["\u00eda",-1,2],["ar\u00eda",5,2],
    ["er\u00eda",5,2],["ir\u00eda",5,2],["ad",-1,2],["ed",-1,2],["id",-1,2],["ase",-1,2],["iese",-1,2],
    ["aste",-1,2],["iste",-1,2],["an",-1,2],["aban",16,2],["aran",16,2],["ieran",16,2],["\u00edan",16,2],
    ["ar\u00edan",20,2],["er\u00edan",20,2],["ir\u00edan",20,2],["en",-1,1],["asen",24,2],["iesen",24,2],
    ["aron",-1,2],["ieron",-1,2],["ar\u00e1n",-1,2],["er\u00e1n",-1,2],["ir\u00e1n",-1,2],["ado",-1,2],
    ["ido",-1,2],["ando",-1,2],["iendo",-1,2],["ar",-1,2],["er",-1,2],["ir",-1,2],["as",-1,2],["abas",39,2],
    ["adas",39,2],["idas",39,2],["aras",39,2],["ieras",39,2],["\u00edas",39,2],["ar\u00edas",45,2],
    ["er\u00edas",45,2],["ir\u00edas",45,2],["es",-1,1],["ases",49,2],["ieses",49,2],["abais",-1,2],
    ["arais",-1,2],["ierais",-1,2],["\u00edais",-1,2],["ar\u00edais",55,2],["er\u00edais",55,2],
    ["ir\u00edais",55,2],["aseis",-1,2],["ieseis",-1,2],["asteis",-1,2],["isteis",-1,2],["\u00e1is",-1,2],
    ["\u00e9is",-1,1],["ar\u00e9is",64,2],["er\u00e9is",64,2],["ir\u00e9is",64,2],["ados",-1,2],
    ["idos",-1,2],["amos",-1,2],["\u00e1bamos",70,2],["\u00e1ramos",70,2],["i\u00e9ramos",70,2],
    ["\u00edamos",70,2],["ar\u00edamos",74,2],["er\u00edamos",74,2],["ir\u00edamos",74,2],["emos",-1,1],
    ["aremos",78,2],["eremos",78,2],["iremos",78,2],["\u00e1semos",78,2],["i\u00e9semos",78,2],
    ["imos",-1,2],["ar\u00e1s",-1,2],["er\u00e1s",-1,2],["ir\u00e1s",-1,2],["\u00eds",-1,2],["ar\u00e1",-1,2],
    ["er\u00e1",-1,2],["ir\u00e1",-1,2],["ar\u00e9",-1,2],["er\u00e9",-1,2],["ir\u00e9",-1,2],["i\u00f3",-1,2]]);
  var A_9 = am([
    ["a",-1,1],["e",-1,2],["o",-1,1],["os",-1,1],["\u00e1",-1,1],["\u00e9",-1,2],["\u00ed",-1,1],
    ["\u00f3",-1,1]]);
  var G_v = [17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,1,17,4,10];
  function stem() {
   var among_var;
   var i_p2;
   var i_p1;
   var i_pV;
   i_pV = L;
   i_p1 = L;
   i_p2 = L;
   var v_1 = C;
   lab1: {
    lab2: {
     var v_2 = C;
     lab3: {
      if (!in_grouping(G_v, 97, 252)) break lab3;
      lab4: {
       var v_3 = C;
       lab5: {
        if (!out_grouping(G_v, 97, 252)) break lab5;
        if (!go_out_grouping(G_v, 97, 252)) break lab5;
        next_char();
        break lab4;
       }
       C = v_3;
       if (!in_grouping(G_v, 97, 252)) break lab3;
       if (!go_in_grouping(G_v, 97, 252)) break lab3;
       next_char();
      }
      break lab2;
     }
     C = v_2;
     if (!out_grouping(G_v, 97, 252)) break lab1;
     lab6: {
      var v_4 = C;
      lab7: {
       if (!out_grouping(G_v, 97, 252)) break lab7;
       if (!go_out_grouping(G_v, 97, 252)) break lab7;
       next_char();
       break lab6;
      }
      C = v_4;
      if (!in_grouping(G_v, 97, 252)) break lab1;
      if (C >= L) break lab1;
      next_char();
     }
    }
    i_pV = C;
   }
   C = v_1;
   var v_5 = C;
   lab8: {
    if (!go_out_grouping(G_v, 97, 252)) break lab8;
    next_char();
    if (!go_in_grouping(G_v, 97, 252)) break lab8;
    next_char();
    i_p1 = C;
    if (!go_out_grouping(G_v, 97, 252)) break lab8;
    next_char();
    if (!go_in_grouping(G_v, 97, 252)) break lab8;
    next_char();
    i_p2 = C;
   }
   C = v_5;
   LB = C;
   C = L;
   var v_6 = L - C;
   lab9: {
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((557090 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab9;
    if (find_among_b(A_1) == 0) break lab9;
    B = C;
    if (C - 1 <= LB || (S.charCodeAt(C - 1) != 111 && S.charCodeAt(C - 1) != 114)) break lab9;
    among_var = find_among_b(A_2);
    if (among_var == 0) break lab9;
    if (i_pV > C) break lab9;
    switch (among_var) {
     case 1: { B = C; slice_from("iendo"); break; }
     case 2: { B = C; slice_from("ando"); break; }
     case 3: { B = C; slice_from("ar"); break; }
     case 4: { B = C; slice_from("er"); break; }
     case 5: { B = C; slice_from("ir"); break; }
     case 6: { slice_del(); break; }
     case 7: {
      if (!eq_s_b("u")) break lab9;
      slice_del();
      break;
     }
    }
   }
   C = L - v_6;
   var v_7 = L - C;
   lab10: {
    lab11: {
     var v_8 = L - C;
     lab12: {
      K = C;
      if (C - 2 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((835634 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab12;
      among_var = find_among_b(A_6);
      if (among_var == 0) break lab12;
      B = C;
      switch (among_var) {
       case 1: {
        if (i_p2 > C) break lab12;
        slice_del();
        break;
       }
       case 2: {
        if (i_p2 > C) break lab12;
        slice_del();
        var v_9 = L - C;
        lab13: {
         K = C;
         if (!eq_s_b("ic")) { C = L - v_9; break lab13; }
         B = C;
         if (i_p2 > C) { C = L - v_9; break lab13; }
         slice_del();
        }
        break;
       }
       case 3: {
        if (i_p2 > C) break lab12;
        slice_from("log");
        break;
       }
       case 4: {
        if (i_p2 > C) break lab12;
        slice_from("u");
        break;
       }
       case 5: {
        if (i_p2 > C) break lab12;
        slice_from("ente");
        break;
       }
       case 6: {
        if (i_p1 > C) break lab12;
        slice_del();
        var v_10 = L - C;
        lab14: {
         K = C;
         if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((4718616 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
          C = L - v_10;
          break lab14;
         }
         among_var = find_among_b(A_3);
         if (among_var == 0) { C = L - v_10; break lab14; }
         B = C;
         if (i_p2 > C) { C = L - v_10; break lab14; }
         slice_del();
         switch (among_var) {
          case 1: {
           K = C;
           if (!eq_s_b("at")) { C = L - v_10; break lab14; }
           B = C;
           if (i_p2 > C) { C = L - v_10; break lab14; }
           slice_del();
           break;
          }
         }
        }
        break;
       }
       case 7: {
        if (i_p2 > C) break lab12;
        slice_del();
        var v_11 = L - C;
        lab15: {
         K = C;
         if (C - 3 <= LB || S.charCodeAt(C - 1) != 101) { C = L - v_11; break lab15; }
         if (find_among_b(A_4) == 0) { C = L - v_11; break lab15; }
         B = C;
         if (i_p2 > C) { C = L - v_11; break lab15; }
         slice_del();
        }
        break;
       }
       case 8: {
        if (i_p2 > C) break lab12;
        slice_del();
        var v_12 = L - C;
        lab16: {
         K = C;
         if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((4198408 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
          C = L - v_12;
          break lab16;
         }
         if (find_among_b(A_5) == 0) { C = L - v_12; break lab16; }
         B = C;
         if (i_p2 > C) { C = L - v_12; break lab16; }
         slice_del();
        }
        break;
       }
       case 9: {
        if (i_p2 > C) break lab12;
        slice_del();
        var v_13 = L - C;
        lab17: {
         K = C;
         if (!eq_s_b("at")) { C = L - v_13; break lab17; }
         B = C;
         if (i_p2 > C) { C = L - v_13; break lab17; }
         slice_del();
        }
        break;
       }
      }
      break lab11;
     }
     C = L - v_8;
     lab18: {
      if (C < i_pV) break lab18;
      var v_14 = LB;
      LB = i_pV;
      K = C;
      if (find_among_b(A_7) == 0) { LB = v_14; break lab18; }
      B = C;
      LB = v_14;
      if (!eq_s_b("u")) break lab18;
      slice_del();
      break lab11;
     }
     C = L - v_8;
     if (C < i_pV) break lab10;
     var v_15 = LB;
     LB = i_pV;
     K = C;
     among_var = find_among_b(A_8);
     if (among_var == 0) { LB = v_15; break lab10; }
     B = C;
     LB = v_15;
     switch (among_var) {
      case 1: {
       var v_16 = L - C;
       lab19: {
        if (!eq_s_b("u")) { C = L - v_16; break lab19; }
        var v_17 = L - C;
        if (!eq_s_b("g")) { C = L - v_16; break lab19; }
        C = L - v_17;
       }
       B = C;
       slice_del();
       break;
      }
      case 2: { slice_del(); break; }
     }
    }
   }
   C = L - v_7;
   var v_18 = L - C;
   lab20: {
    K = C;
    among_var = find_among_b(A_9);
    if (among_var == 0) break lab20;
    B = C;
    switch (among_var) {
     case 1: {
      if (i_pV > C) break lab20;
      slice_del();
      break;
     }
     case 2: {
      if (i_pV > C) break lab20;
      slice_del();
      var v_19 = L - C;
      lab21: {
       K = C;
       if (!eq_s_b("u")) { C = L - v_19; break lab21; }
       B = C;
       var v_20 = L - C;
       if (!eq_s_b("g")) { C = L - v_19; break lab21; }
       C = L - v_20;
       if (i_pV > C) { C = L - v_19; break lab21; }
       slice_del();
      }
      break;
     }
    }
   }
   C = L - v_18;
   C = LB;
   var v_21 = C;
   replab23: for (;;) {
    var v_22 = C;
    lab24: for (var _lab24 = 0; _lab24 < 1; _lab24++) {
     B = C;
     if (C + 1 >= L || S.charCodeAt(C + 1) >> 5 != 5 || ((67641858 >> (S.charCodeAt(C + 1) & 0x1f)) & 1) == 0) {among_var = 6;}
     else { among_var = find_among(A_0); }
     K = C;
     switch (among_var) {
      case 1: { slice_from("a"); break; }
      case 2: { slice_from("e"); break; }
      case 3: { slice_from("i"); break; }
      case 4: { slice_from("o"); break; }
      case 5: { slice_from("u"); break; }
      case 6: {
       if (C >= L) break lab24;
       next_char();
       break;
      }
     }
     continue replab23;
    }
    C = v_22;
    break replab23;
   }
   C = v_21;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
