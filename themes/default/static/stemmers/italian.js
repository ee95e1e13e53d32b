/* Snowball "italian" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).italian = (function () {
  'use strict';
  // Generated from italian.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
    ["all'",-1,-1],["d'",-1,-1],["dall'",-1,-1],["dell'",-1,-1],["gl'",-1,-1],["l'",-1,-1],["m'",-1,-1],
    ["nell'",-1,-1],["quell'",-1,-1],["quest'",-1,-1],["s'",-1,-1],["sull'",-1,-1],["t'",-1,-1],
    ["tutt'",-1,-1],["un'",-1,-1],["v'",-1,-1]]);
  var A_1 = am([
    ["",-1,7],["qu",0,6],["\u00e1",0,1],["\u00e9",0,2],["\u00ed",0,3],["\u00f3",0,4],["\u00fa",0,5]]);
  var A_2 = am([
    ["",-1,3],["I",0,1],["U",0,2]]);
  var A_3 = am([
    ["la",-1,-1],["cela",0,-1],["gliela",0,-1],["mela",0,-1],["tela",0,-1],["vela",0,-1],["le",-1,-1],
    ["cele",6,-1],["gliele",6,-1],["mele",6,-1],["tele",6,-1],["vele",6,-1],["ne",-1,-1],["cene",12,-1],
    ["gliene",12,-1],["mene",12,-1],["sene",12,-1],["tene",12,-1],["vene",12,-1],["ci",-1,-1],["li",-1,-1],
    ["celi",20,-1],["glieli",20,-1],["meli",20,-1],["teli",20,-1],["veli",20,-1],["gli",20,-1],
    ["mi",-1,-1],["si",-1,-1],["ti",-1,-1],["vi",-1,-1],["lo",-1,-1],["celo",31,-1],["glielo",31,-1],
    ["melo",31,-1],["telo",31,-1],["velo",31,-1]]);
  var A_4 = am([
    ["ando",-1,1],["endo",-1,1],["ar",-1,2],["er",-1,2],["ir",-1,2]]);
  var A_5 = am([
    ["ic",-1,-1],["abil",-1,-1],["os",-1,-1],["iv",-1,1]]);
  var A_6 = am([
    ["ic",-1,1],["abil",-1,1],["iv",-1,1]]);
  var A_7 = am([
    ["ica",-1,1],["logia",-1,3],["osa",-1,1],["ista",-1,1],["iva",-1,9],["anza",-1,1],["enza",-1,5],
    ["ice",-1,1],["atrice",7,1],["iche",-1,1],["logie",-1,3],["abile",-1,1],["ibile",-1,1],["usione",-1,4],
    ["azione",-1,2],["uzione",-1,4],["atore",-1,2],["ose",-1,1],["ante",-1,1],["mente",-1,1],["amente",19,7],
    ["iste",-1,1],["ive",-1,9],["anze",-1,1],["enze",-1,5],["ici",-1,1],["atrici",25,1],["ichi",-1,1],
    ["abili",-1,1],["ibili",-1,1],["ismi",-1,1],["usioni",-1,4],["azioni",-1,2],["uzioni",-1,4],
    ["atori",-1,2],["osi",-1,1],["anti",-1,1],["amenti",-1,6],["imenti",-1,6],["isti",-1,1],["ivi",-1,9],
    ["ico",-1,1],["ismo",-1,1],["oso",-1,1],["amento",-1,6],["imento",-1,6],["ivo",-1,9],["it\u00e0",-1,8],
    ["ist\u00e0",-1,1],["ist\u00e8",-1,1],["ist\u00ec",-1,1]]);
  var A_8 = am([
    ["isca",-1,1],["enda",-1,1],["ata",-1,1],["ita",-1,1],["uta",-1,1],["ava",-1,1],["eva",-1,1],
    ["iva",-1,1],["erebbe",-1,1],["irebbe",-1,1],["isce",-1,1],["ende",-1,1],["are",-1,1],["ere",-1,1],
    ["ire",-1,1],["asse",-1,1],["ate",-1,1],["avate",16,1],["evate",16,1],["ivate",16,1],["ete",-1,1],
    ["erete",20,1],["irete",20,1],["ite",-1,1],["ereste",-1,1],["ireste",-1,1],["ute",-1,1],["erai",-1,1],
    ["irai",-1,1],["isci",-1,1],["endi",-1,1],["erei",-1,1],["irei",-1,1],["assi",-1,1],["ati",-1,1],
    ["iti",-1,1],["eresti",-1,1],["iresti",-1,1],["uti",-1,1],["avi",-1,1],["evi",-1,1],["ivi",-1,1],
    ["isco",-1,1],["ando",-1,1],["endo",-1,1],["Yamo",-1,1],["iamo",-1,1],["avamo",-1,1],["evamo",-1,1],
    ["ivamo",-1,1],["eremo",-1,1],["iremo",-1,1],["assimo",-1,1],["ammo",-1,1],["emmo",-1,1],["eremmo",54,1],
    ["iremmo",54,1],["immo",-1,1],["ano",-1,1],["iscano",58,1],["avano",58,1],["evano",58,1],["ivano",58,1],
    ["eranno",-1,1],["iranno",-1,1],["ono",-1,1],["iscono",65,1],["arono",65,1],["erono",65,1],
    ["irono",65,1],["erebbero",-1,1],["irebbero",-1,1],["assero",-1,1],["essero",-1,1],["issero",-1,1],
    ["ato",-1,1],["ito",-1,1],["uto",-1,1],["avo",-1,1],["evo",-1,1],["ivo",-1,1],["ar",-1,1],["ir",-1,1],
    ["er\u00e0",-1,1],["ir\u00e0",-1,1],["er\u00f2",-1,1],["ir\u00f2",-1,1]]);
  var G_v = [17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,128,128,8,2,1];
  var G_AEIO = [17,65,0,0,0,0,0,0,0,0,0,0,0,0,0,128,128,8,2];
  var G_CG = [17];
  function stem() {
   var among_var;
   var i_p2;
   var i_p1;
   var i_pV;
   var v_1 = C;
   lab0: {
    B = C;
    if (find_among(A_0) == 0) break lab0;
    K = C;
    if (C >= L) break lab0;
    slice_del();
   }
   C = v_1;
   var v_2 = C;
   var v_3 = C;
   replab2: for (;;) {
    var v_4 = C;
    lab3: for (var _lab3 = 0; _lab3 < 1; _lab3++) {
     B = C;
     among_var = find_among(A_1);
     K = C;
     switch (among_var) {
      case 1: { slice_from(enc("\u00e0")); break; }
      case 2: { slice_from(enc("\u00e8")); break; }
      case 3: { slice_from(enc("\u00ec")); break; }
      case 4: { slice_from(enc("\u00f2")); break; }
      case 5: { slice_from(enc("\u00f9")); break; }
      case 6: { slice_from("qU"); break; }
      case 7: {
       if (C >= L) break lab3;
       next_char();
       break;
      }
     }
     continue replab2;
    }
    C = v_4;
    break replab2;
   }
   C = v_3;
   replab4: for (;;) {
    var v_5 = C;
    lab5: for (var _lab5 = 0; _lab5 < 1; _lab5++) {
     golab6: for (;;) {
      var v_6 = C;
      lab7: {
       if (!in_grouping(G_v, 97, 249)) break lab7;
       B = C;
       lab8: {
        var v_7 = C;
        lab9: {
         if (!eq_s("u")) break lab9;
         K = C;
         if (!in_grouping(G_v, 97, 249)) break lab9;
         slice_from("U");
         break lab8;
        }
        C = v_7;
        if (!eq_s("i")) break lab7;
        K = C;
        if (!in_grouping(G_v, 97, 249)) break lab7;
        slice_from("I");
       }
       C = v_6;
       break golab6;
      }
      C = v_6;
      if (C >= L) break lab5;
      next_char();
     }
     continue replab4;
    }
    C = v_5;
    break replab4;
   }
   C = v_2;
   i_pV = L;
   i_p1 = L;
   i_p2 = L;
   var v_8 = C;
   lab11: {
    lab12: {
     var v_9 = C;
     lab13: {
      if (!in_grouping(G_v, 97, 249)) break lab13;
      lab14: {
       var v_10 = C;
       lab15: {
        if (!out_grouping(G_v, 97, 249)) break lab15;
        if (!go_out_grouping(G_v, 97, 249)) break lab15;
        next_char();
        break lab14;
       }
       C = v_10;
       if (!in_grouping(G_v, 97, 249)) break lab13;
       if (!go_in_grouping(G_v, 97, 249)) break lab13;
       next_char();
      }
      break lab12;
     }
     C = v_9;
     lab16: {
      if (!eq_s("divan")) break lab16;
      break lab12;
     }
     C = v_9;
     if (!out_grouping(G_v, 97, 249)) break lab11;
     lab17: {
      var v_11 = C;
      lab18: {
       if (!out_grouping(G_v, 97, 249)) break lab18;
       if (!go_out_grouping(G_v, 97, 249)) break lab18;
       next_char();
       break lab17;
      }
      C = v_11;
      if (!in_grouping(G_v, 97, 249)) break lab11;
      if (C >= L) break lab11;
      next_char();
     }
    }
    i_pV = C;
   }
   C = v_8;
   var v_12 = C;
   lab19: {
    if (!go_out_grouping(G_v, 97, 249)) break lab19;
    next_char();
    if (!go_in_grouping(G_v, 97, 249)) break lab19;
    next_char();
    i_p1 = C;
    if (!go_out_grouping(G_v, 97, 249)) break lab19;
    next_char();
    if (!go_in_grouping(G_v, 97, 249)) break lab19;
    next_char();
    i_p2 = C;
   }
   C = v_12;
   LB = C;
   C = L;
   var v_13 = L - C;
   lab20: {
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((33314 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab20;
    if (find_among_b(A_3) == 0) break lab20;
    B = C;
    if (C - 1 <= LB || (S.charCodeAt(C - 1) != 111 && S.charCodeAt(C - 1) != 114)) break lab20;
    among_var = find_among_b(A_4);
    if (among_var == 0) break lab20;
    if (i_pV > C) break lab20;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: { slice_from("e"); break; }
    }
   }
   C = L - v_13;
   var v_14 = L - C;
   lab21: {
    lab22: {
     var v_15 = L - C;
     lab23: {
      K = C;
      among_var = find_among_b(A_7);
      if (among_var == 0) break lab23;
      B = C;
      switch (among_var) {
       case 1: {
        if (i_p2 > C) break lab23;
        slice_del();
        break;
       }
       case 2: {
        if (i_p2 > C) break lab23;
        slice_del();
        var v_16 = L - C;
        lab24: {
         K = C;
         if (!eq_s_b("ic")) { C = L - v_16; break lab24; }
         B = C;
         if (i_p2 > C) { C = L - v_16; break lab24; }
         slice_del();
        }
        break;
       }
       case 3: {
        if (i_p2 > C) break lab23;
        slice_from("log");
        break;
       }
       case 4: {
        if (i_p2 > C) break lab23;
        slice_from("u");
        break;
       }
       case 5: {
        if (i_p2 > C) break lab23;
        slice_from("ente");
        break;
       }
       case 6: {
        if (i_pV > C) break lab23;
        slice_del();
        break;
       }
       case 7: {
        if (i_p1 > C) break lab23;
        slice_del();
        var v_17 = L - C;
        lab25: {
         K = C;
         if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((4722696 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
          C = L - v_17;
          break lab25;
         }
         among_var = find_among_b(A_5);
         if (among_var == 0) { C = L - v_17; break lab25; }
         B = C;
         if (i_p2 > C) { C = L - v_17; break lab25; }
         slice_del();
         switch (among_var) {
          case 1: {
           K = C;
           if (!eq_s_b("at")) { C = L - v_17; break lab25; }
           B = C;
           if (i_p2 > C) { C = L - v_17; break lab25; }
           slice_del();
           break;
          }
         }
        }
        break;
       }
       case 8: {
        if (i_p2 > C) break lab23;
        slice_del();
        var v_18 = L - C;
        lab26: {
         K = C;
         if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((4198408 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
          C = L - v_18;
          break lab26;
         }
         if (find_among_b(A_6) == 0) { C = L - v_18; break lab26; }
         B = C;
         if (i_p2 > C) { C = L - v_18; break lab26; }
         slice_del();
        }
        break;
       }
       case 9: {
        if (i_p2 > C) break lab23;
        slice_del();
        var v_19 = L - C;
        lab27: {
         K = C;
         if (!eq_s_b("at")) { C = L - v_19; break lab27; }
         B = C;
         if (i_p2 > C) { C = L - v_19; break lab27; }
         slice_del();
         K = C;
         if (!eq_s_b("ic")) { C = L - v_19; break lab27; }
         B = C;
         if (i_p2 > C) { C = L - v_19; break lab27; }
         slice_del();
        }
        break;
       }
      }
      break lab22;
     }
     C = L - v_15;
     if (C < i_pV) break lab21;
     var v_20 = LB;
     LB = i_pV;
     K = C;
     if (find_among_b(A_8) == 0) { LB = v_20; break lab21; }
     B = C;
     slice_del();
     LB = v_20;
    }
   }
   C = L - v_14;
   var v_21 = L - C;
   var v_22 = L - C;
   lab29: {
    K = C;
    if (!in_grouping_b(G_AEIO, 97, 242)) { C = L - v_22; break lab29; }
    B = C;
    if (i_pV > C) { C = L - v_22; break lab29; }
    slice_del();
    K = C;
    if (!eq_s_b("i")) { C = L - v_22; break lab29; }
    B = C;
    if (i_pV > C) { C = L - v_22; break lab29; }
    slice_del();
   }
   var v_23 = L - C;
   lab30: {
    K = C;
    if (!eq_s_b("h")) { C = L - v_23; break lab30; }
    B = C;
    if (!in_grouping_b(G_CG, 99, 103)) { C = L - v_23; break lab30; }
    if (i_pV > C) { C = L - v_23; break lab30; }
    slice_del();
   }
   C = L - v_21;
   C = LB;
   var v_24 = C;
   replab32: for (;;) {
    var v_25 = C;
    lab33: for (var _lab33 = 0; _lab33 < 1; _lab33++) {
     B = C;
     if (C >= L || (S.charCodeAt(C + 0) != 73 && S.charCodeAt(C + 0) != 85)) {among_var = 3;}
     else { among_var = find_among(A_2); }
     K = C;
     switch (among_var) {
      case 1: { slice_from("i"); break; }
      case 2: { slice_from("u"); break; }
      case 3: {
       if (C >= L) break lab33;
       next_char();
       break;
      }
     }
     continue replab32;
    }
    C = v_25;
    break replab32;
   }
   C = v_24;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
