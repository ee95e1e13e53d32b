/* Snowball "portuguese" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).portuguese = (function () {
  'use strict';
  // Generated from portuguese.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
    ["",-1,3],["\u00e3",0,1],["\u00f5",0,2]]);
  var A_1 = am([
    ["",-1,3],["a~",0,1],["o~",0,2]]);
  var A_2 = am([
    ["ic",-1,-1],["ad",-1,-1],["os",-1,-1],["iv",-1,1]]);
  var A_3 = am([
    ["ante",-1,1],["avel",-1,1],["\u00edvel",-1,1]]);
  var A_4 = am([
    ["ic",-1,1],["abil",-1,1],["iv",-1,1]]);
  var A_5 = am([
    ["ica",-1,1],["\u00e2ncia",-1,1],["\u00eancia",-1,4],["logia",-1,2],["ira",-1,9],["adora",-1,1],
    ["osa",-1,1],["ista",-1,1],["iva",-1,8],["eza",-1,1],["idade",-1,7],["ante",-1,1],["mente",-1,6],
    ["amente",12,5],["\u00e1vel",-1,1],["\u00edvel",-1,1],["ico",-1,1],["ismo",-1,1],["oso",-1,1],
    ["amento",-1,1],["imento",-1,1],["ivo",-1,8],["a\u00e7a~o",-1,1],["u\u00e7a~o",-1,3],["ador",-1,1],
    ["icas",-1,1],["\u00eancias",-1,4],["logias",-1,2],["iras",-1,9],["adoras",-1,1],["osas",-1,1],
    ["istas",-1,1],["ivas",-1,8],["ezas",-1,1],["idades",-1,7],["adores",-1,1],["antes",-1,1],["a\u00e7o~es",-1,1],
    ["u\u00e7o~es",-1,3],["icos",-1,1],["ismos",-1,1],["osos",-1,1],["amentos",-1,1],["imentos",-1,1],
    ["ivos",-1,8]]);
  var A_6 = am([
    ["ada",-1,1],["ida",-1,1],["ia",-1,1],["aria",2,1],["eria",2,1],["iria",2,1],["ara",-1,1],["era",-1,1],
    ["ira",-1,1],["ava",-1,1],["asse",-1,1],["esse",-1,1],["isse",-1,1],["aste",-1,1],["este",-1,1],
    ["iste",-1,1],["ei",-1,1],["arei",16,1],["erei",16,1],["irei",16,1],["am",-1,1],["iam",20,1],
    ["ariam",21,1],["eriam",21,1],["iriam",21,1],["aram",20,1],["eram",20,1],["iram",20,1],["avam",20,1],
    ["em",-1,1],["arem",29,1],["erem",29,1],["irem",29,1],["assem",29,1],["essem",29,1],["issem",29,1],
    ["ado",-1,1],["ido",-1,1],["ando",-1,1],["endo",-1,1],["indo",-1,1],["ara~o",-1,1],["era~o",-1,1],
    ["ira~o",-1,1],["ar",-1,1],["er",-1,1],["ir",-1,1],["as",-1,1],["adas",47,1],["idas",47,1],
    ["ias",47,1],["arias",50,1],["erias",50,1],["irias",50,1],["aras",47,1],["eras",47,1],["iras",47,1],
    ["avas",47,1],["es",-1,1],["ardes",58,1],["erdes",58,1],["irdes",58,1],["ares",58,1],["eres",58,1],
    ["ires",58,1],["asses",58,1],["esses",58,1],["isses",58,1],["astes",58,1],["estes",58,1],["istes",58,1],
    ["is",-1,1],["ais",71,1],["eis",71,1],["areis",73,1],["ereis",73,1],["ireis",73,1],["\u00e1reis",73,1],
    ["\u00e9reis",73,1],["\u00edreis",73,1],["\u00e1sseis",73,1],["\u00e9sseis",73,1],["\u00edsseis",73,1],
    ["\u00e1veis",73,1],["\u00edeis",73,1],["ar\u00edeis",84,1],["er\u00edeis",84,1],["ir\u00edeis",84,1],
    ["ados",-1,1],["idos",-1,1],["amos",-1,1],["\u00e1ramos",90,1],["\u00e9ramos",90,1],["\u00edramos",90,1],
    ["\u00e1vamos",90,1],["\u00edamos",90,1],["ar\u00edamos",95,1],["er\u00edamos",95,1],["ir\u00edamos",95,1],
    ["emos",-1,1],["aremos",99,1],["eremos",99,1],["iremos",99,1],["\u00e1ssemos",99,1],["\u00eassemos",99,1],
    ["\u00edssemos",99,1],["imos",-1,1],["armos",-1,1],["ermos",-1,1],["irmos",-1,1],["\u00e1mos",-1,1],
    ["ar\u00e1s",-1,1],["er\u00e1s",-1,1],["ir\u00e1s",-1,1],["eu",-1,1],["iu",-1,1],["ou",-1,1],
    ["ar\u00e1",-1,1],["er\u00e1",-1,1],["ir\u00e1",-1,1]]);
  var A_7 = am([
    ["a",-1,1],["i",-1,1],["o",-1,1],["os",-1,1],["\u00e1",-1,1],["\u00ed",-1,1],["\u00f3",-1,1]]);
  var A_8 = am([
    ["e",-1,1],["\u00e7",-1,2],["\u00e9",-1,1],["\u00ea",-1,1]]);
  var G_v = [17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,3,19,12,2];
  function stem() {
   var among_var;
   var i_p2;
   var i_p1;
   var i_pV;
   var v_1 = C;
   replab1: for (;;) {
    var v_2 = C;
    lab2: for (var _lab2 = 0; _lab2 < 1; _lab2++) {
     B = C;
     if (C + 1 >= L || (S.charCodeAt(C + 1) != 163 && S.charCodeAt(C + 1) != 181)) {among_var = 3;}
     else { among_var = find_among(A_0); }
     K = C;
     switch (among_var) {
      case 1: { slice_from("a~"); break; }
      case 2: { slice_from("o~"); break; }
      case 3: {
       if (C >= L) break lab2;
       next_char();
       break;
      }
     }
     continue replab1;
    }
    C = v_2;
    break replab1;
   }
   C = v_1;
   i_pV = L;
   i_p1 = L;
   i_p2 = L;
   var v_3 = C;
   lab4: {
    lab5: {
     var v_4 = C;
     lab6: {
      if (!in_grouping(G_v, 97, 250)) break lab6;
      lab7: {
       var v_5 = C;
       lab8: {
        if (!out_grouping(G_v, 97, 250)) break lab8;
        if (!go_out_grouping(G_v, 97, 250)) break lab8;
        next_char();
        break lab7;
       }
       C = v_5;
       if (!in_grouping(G_v, 97, 250)) break lab6;
       if (!go_in_grouping(G_v, 97, 250)) break lab6;
       next_char();
      }
      break lab5;
     }
     C = v_4;
     if (!out_grouping(G_v, 97, 250)) break lab4;
     lab9: {
      var v_6 = C;
      lab10: {
       if (!out_grouping(G_v, 97, 250)) break lab10;
       if (!go_out_grouping(G_v, 97, 250)) break lab10;
       next_char();
       break lab9;
      }
      C = v_6;
      if (!in_grouping(G_v, 97, 250)) break lab4;
      if (C >= L) break lab4;
      next_char();
     }
    }
    i_pV = C;
   }
   C = v_3;
   var v_7 = C;
   lab11: {
    if (!go_out_grouping(G_v, 97, 250)) break lab11;
    next_char();
    if (!go_in_grouping(G_v, 97, 250)) break lab11;
    next_char();
    i_p1 = C;
    if (!go_out_grouping(G_v, 97, 250)) break lab11;
    next_char();
    if (!go_in_grouping(G_v, 97, 250)) break lab11;
    next_char();
    i_p2 = C;
   }
   C = v_7;
   LB = C;
   C = L;
   var v_8 = L - C;
   lab12: {
    lab13: {
     var v_9 = L - C;
     lab14: {
      var v_10 = L - C;
      lab15: {
       var v_11 = L - C;
       lab16: {
        K = C;
        if (C - 2 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((823330 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab16;
        among_var = find_among_b(A_5);
        if (among_var == 0) break lab16;
        B = C;
        switch (among_var) {
         case 1: {
          if (i_p2 > C) break lab16;
          slice_del();
          break;
         }
         case 2: {
          if (i_p2 > C) break lab16;
          slice_from("log");
          break;
         }
         case 3: {
          if (i_p2 > C) break lab16;
          slice_from("u");
          break;
         }
         case 4: {
          if (i_p2 > C) break lab16;
          slice_from("ente");
          break;
         }
         case 5: {
          if (i_p1 > C) break lab16;
          slice_del();
          var v_12 = L - C;
          lab17: {
           K = C;
           if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((4718616 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
            C = L - v_12;
            break lab17;
           }
           among_var = find_among_b(A_2);
           if (among_var == 0) { C = L - v_12; break lab17; }
           B = C;
           if (i_p2 > C) { C = L - v_12; break lab17; }
           slice_del();
           switch (among_var) {
            case 1: {
             K = C;
             if (!eq_s_b("at")) { C = L - v_12; break lab17; }
             B = C;
             if (i_p2 > C) { C = L - v_12; break lab17; }
             slice_del();
             break;
            }
           }
          }
          break;
         }
         case 6: {
          if (i_p2 > C) break lab16;
          slice_del();
          var v_13 = L - C;
          lab18: {
           K = C;
           if (C - 3 <= LB || (S.charCodeAt(C - 1) != 101 && S.charCodeAt(C - 1) != 108)) {
            C = L - v_13;
            break lab18;
           }
           if (find_among_b(A_3) == 0) { C = L - v_13; break lab18; }
           B = C;
           if (i_p2 > C) { C = L - v_13; break lab18; }
           slice_del();
          }
          break;
         }
         case 7: {
          if (i_p2 > C) break lab16;
          slice_del();
          var v_14 = L - C;
          lab19: {
           K = C;
           if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((4198408 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
            C = L - v_14;
            break lab19;
           }
           if (find_among_b(A_4) == 0) { C = L - v_14; break lab19; }
           B = C;
           if (i_p2 > C) { C = L - v_14; break lab19; }
           slice_del();
          }
          break;
         }
         case 8: {
          if (i_p2 > C) break lab16;
          slice_del();
          var v_15 = L - C;
          lab20: {
           K = C;
           if (!eq_s_b("at")) { C = L - v_15; break lab20; }
           B = C;
           if (i_p2 > C) { C = L - v_15; break lab20; }
           slice_del();
          }
          break;
         }
         case 9: {
          if (i_pV > C) break lab16;
          if (!eq_s_b("e")) break lab16;
          slice_from("ir");
          break;
         }
        }
        break lab15;
       }
       C = L - v_11;
       if (C < i_pV) break lab14;
       var v_16 = LB;
       LB = i_pV;
       K = C;
       if (find_among_b(A_6) == 0) { LB = v_16; break lab14; }
       B = C;
       slice_del();
       LB = v_16;
      }
      C = L - v_10;
      var v_17 = L - C;
      lab21: {
       K = C;
       if (!eq_s_b("i")) break lab21;
       B = C;
       var v_18 = L - C;
       if (!eq_s_b("c")) break lab21;
       C = L - v_18;
       if (i_pV > C) break lab21;
       slice_del();
      }
      C = L - v_17;
      break lab13;
     }
     C = L - v_9;
     K = C;
     if (find_among_b(A_7) == 0) break lab12;
     B = C;
     if (i_pV > C) break lab12;
     slice_del();
    }
   }
   C = L - v_8;
   var v_19 = L - C;
   lab22: {
    K = C;
    among_var = find_among_b(A_8);
    if (among_var == 0) break lab22;
    B = C;
    switch (among_var) {
     case 1: {
      if (i_pV > C) break lab22;
      slice_del();
      K = C;
      lab23: {
       var v_20 = L - C;
       lab24: {
        if (!eq_s_b("u")) break lab24;
        B = C;
        var v_21 = L - C;
        if (!eq_s_b("g")) break lab24;
        C = L - v_21;
        break lab23;
       }
       C = L - v_20;
       if (!eq_s_b("i")) break lab22;
       B = C;
       var v_22 = L - C;
       if (!eq_s_b("c")) break lab22;
       C = L - v_22;
      }
      if (i_pV > C) break lab22;
      slice_del();
      break;
     }
     case 2: { slice_from("c"); break; }
    }
   }
   C = L - v_19;
   C = LB;
   var v_23 = C;
   replab26: for (;;) {
    var v_24 = C;
    lab27: for (var _lab27 = 0; _lab27 < 1; _lab27++) {
     B = C;
     if (C + 1 >= L || S.charCodeAt(C + 1) != 126) {among_var = 3;}
     else { among_var = find_among(A_1); }
     K = C;
     switch (among_var) {
      case 1: { slice_from(enc("\u00e3")); break; }
      case 2: { slice_from(enc("\u00f5")); break; }
      case 3: {
       if (C >= L) break lab27;
       next_char();
       break;
      }
     }
     continue replab26;
    }
    C = v_24;
    break replab26;
   }
   C = v_23;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
