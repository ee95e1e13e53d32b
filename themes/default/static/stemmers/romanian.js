/* Snowball "romanian" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).romanian = (function () {
  'use strict';
  // Generated from romanian.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
    ["\u015f",-1,1],["\u0163",-1,2]]);
  var A_1 = am([
    ["",-1,3],["I",0,1],["U",0,2]]);
  var A_2 = am([
    ["ea",-1,3],["a\u021bia",-1,7],["aua",-1,2],["iua",-1,4],["a\u021bie",-1,7],["ele",-1,3],["ile",-1,5],
    ["iile",6,4],["iei",-1,4],["atei",-1,6],["ii",-1,4],["ului",-1,1],["ul",-1,1],["elor",-1,3],
    ["ilor",-1,4],["iilor",14,4]]);
  var A_3 = am([
    ["icala",-1,4],["iciva",-1,4],["ativa",-1,5],["itiva",-1,6],["icale",-1,4],["a\u021biune",-1,5],
    ["i\u021biune",-1,6],["atoare",-1,5],["itoare",-1,6],["\u0103toare",-1,5],["icitate",-1,4],
    ["abilitate",-1,1],["ibilitate",-1,2],["ivitate",-1,3],["icive",-1,4],["ative",-1,5],["itive",-1,6],
    ["icali",-1,4],["atori",-1,5],["icatori",18,4],["itori",-1,6],["\u0103tori",-1,5],["icitati",-1,4],
    ["abilitati",-1,1],["ivitati",-1,3],["icivi",-1,4],["ativi",-1,5],["itivi",-1,6],["icit\u0103i",-1,4],
    ["abilit\u0103i",-1,1],["ivit\u0103i",-1,3],["icit\u0103\u021bi",-1,4],["abilit\u0103\u021bi",-1,1],
    ["ivit\u0103\u021bi",-1,3],["ical",-1,4],["ator",-1,5],["icator",35,4],["itor",-1,6],["\u0103tor",-1,5],
    ["iciv",-1,4],["ativ",-1,5],["itiv",-1,6],["ical\u0103",-1,4],["iciv\u0103",-1,4],["ativ\u0103",-1,5],
    ["itiv\u0103",-1,6]]);
  var A_4 = am([
    ["ica",-1,1],["abila",-1,1],["ibila",-1,1],["oasa",-1,1],["ata",-1,1],["ita",-1,1],["anta",-1,1],
    ["ista",-1,3],["uta",-1,1],["iva",-1,1],["ic",-1,1],["ice",-1,1],["abile",-1,1],["ibile",-1,1],
    ["isme",-1,3],["iune",-1,2],["oase",-1,1],["ate",-1,1],["itate",17,1],["ite",-1,1],["ante",-1,1],
    ["iste",-1,3],["ute",-1,1],["ive",-1,1],["ici",-1,1],["abili",-1,1],["ibili",-1,1],["iuni",-1,2],
    ["atori",-1,1],["osi",-1,1],["ati",-1,1],["itati",30,1],["iti",-1,1],["anti",-1,1],["isti",-1,3],
    ["uti",-1,1],["i\u0219ti",-1,3],["ivi",-1,1],["it\u0103i",-1,1],["o\u0219i",-1,1],["it\u0103\u021bi",-1,1],
    ["abil",-1,1],["ibil",-1,1],["ism",-1,3],["ator",-1,1],["os",-1,1],["at",-1,1],["it",-1,1],
    ["ant",-1,1],["ist",-1,3],["ut",-1,1],["iv",-1,1],["ic\u0103",-1,1],["abil\u0103",-1,1],["ibil\u0103",-1,1],
    ["oas\u0103",-1,1],["at\u0103",-1,1],["it\u0103",-1,1],["ant\u0103",-1,1],["ist\u0103",-1,3],
    ["ut\u0103",-1,1],["iv\u0103",-1,1]]);
  var A_5 = am([
    ["ea",-1,1],["ia",-1,1],["esc",-1,1],["\u0103sc",-1,1],["ind",-1,1],["\u00e2nd",-1,1],["are",-1,1],
    ["ere",-1,1],["ire",-1,1],["\u00e2re",-1,1],["se",-1,2],["ase",10,1],["sese",10,2],["ise",10,1],
    ["use",10,1],["\u00e2se",10,1],["e\u0219te",-1,1],["\u0103\u0219te",-1,1],["eze",-1,1],["ai",-1,1],
    ["eai",19,1],["iai",19,1],["sei",-1,2],["e\u0219ti",-1,1],["\u0103\u0219ti",-1,1],["ui",-1,1],
    ["ezi",-1,1],["a\u0219i",-1,1],["se\u0219i",-1,2],["ase\u0219i",28,1],["sese\u0219i",28,2],
    ["ise\u0219i",28,1],["use\u0219i",28,1],["\u00e2se\u0219i",28,1],["i\u0219i",-1,1],["u\u0219i",-1,1],
    ["\u00e2\u0219i",-1,1],["a\u021bi",-1,2],["ea\u021bi",37,1],["ia\u021bi",37,1],["e\u021bi",-1,2],
    ["i\u021bi",-1,2],["ar\u0103\u021bi",-1,1],["ser\u0103\u021bi",-1,2],["aser\u0103\u021bi",43,1],
    ["seser\u0103\u021bi",43,2],["iser\u0103\u021bi",43,1],["user\u0103\u021bi",43,1],["\u00e2ser\u0103\u021bi",43,1],
    ["ir\u0103\u021bi",-1,1],["ur\u0103\u021bi",-1,1],["\u00e2r\u0103\u021bi",-1,1],["\u00e2\u021bi",-1,2],
    ["\u00e2i",-1,1],["am",-1,1],["eam",54,1],["iam",54,1],["em",-1,2],["asem",57,1],["sesem",57,2],
    ["isem",57,1],["usem",57,1],["\u00e2sem",57,1],["im",-1,2],["\u0103m",-1,2],["ar\u0103m",64,1],
    ["ser\u0103m",64,2],["aser\u0103m",66,1],["seser\u0103m",66,2],["iser\u0103m",66,1],["user\u0103m",66,1],
    ["\u00e2ser\u0103m",66,1],["ir\u0103m",64,1],["ur\u0103m",64,1],["\u00e2r\u0103m",64,1],["\u00e2m",-1,2],
    ["au",-1,1],["eau",76,1],["iau",76,1],["indu",-1,1],["\u00e2ndu",-1,1],["ez",-1,1],["easc\u0103",-1,1],
    ["ar\u0103",-1,1],["ser\u0103",-1,2],["aser\u0103",84,1],["seser\u0103",84,2],["iser\u0103",84,1],
    ["user\u0103",84,1],["\u00e2ser\u0103",84,1],["ir\u0103",-1,1],["ur\u0103",-1,1],["\u00e2r\u0103",-1,1],
    ["eaz\u0103",-1,1]]);
  var A_6 = am([
    ["a",-1,1],["e",-1,1],["ie",1,1],["i",-1,1],["\u0103",-1,1]]);
  var G_v = [17,65,16,0,0,0,0,0,0,0,0,0,0,0,0,0,2,32,0,0,4];
  function stem() {
   var among_var;
   var b_standard_suffix_removed;
   var i_p2;
   var i_p1;
   var i_pV;
   var v_1 = C;
   replab2: for (;;) {
    var v_2 = C;
    lab3: for (var _lab3 = 0; _lab3 < 1; _lab3++) {
     golab4: for (;;) {
      var v_3 = C;
      lab5: {
       B = C;
       if (C + 1 >= L || (S.charCodeAt(C + 1) != 159 && S.charCodeAt(C + 1) != 163)) break lab5;
       among_var = find_among(A_0);
       if (among_var == 0) break lab5;
       K = C;
       switch (among_var) {
        case 1: { slice_from(enc("\u0219")); break; }
        case 2: { slice_from(enc("\u021b")); break; }
       }
       C = v_3;
       break golab4;
      }
      C = v_3;
      if (C >= L) break lab3;
      next_char();
     }
     continue replab2;
    }
    C = v_2;
    break replab2;
   }
   C = v_1;
   var v_4 = C;
   replab7: for (;;) {
    var v_5 = C;
    lab8: for (var _lab8 = 0; _lab8 < 1; _lab8++) {
     golab9: for (;;) {
      var v_6 = C;
      lab10: {
       if (!in_grouping(G_v, 97, 259)) break lab10;
       B = C;
       lab11: {
        var v_7 = C;
        lab12: {
         if (!eq_s("u")) break lab12;
         K = C;
         if (!in_grouping(G_v, 97, 259)) break lab12;
         slice_from("U");
         break lab11;
        }
        C = v_7;
        if (!eq_s("i")) break lab10;
        K = C;
        if (!in_grouping(G_v, 97, 259)) break lab10;
        slice_from("I");
       }
       C = v_6;
       break golab9;
      }
      C = v_6;
      if (C >= L) break lab8;
      next_char();
     }
     continue replab7;
    }
    C = v_5;
    break replab7;
   }
   C = v_4;
   i_pV = L;
   i_p1 = L;
   i_p2 = L;
   var v_8 = C;
   lab14: {
    lab15: {
     var v_9 = C;
     lab16: {
      if (!in_grouping(G_v, 97, 259)) break lab16;
      lab17: {
       var v_10 = C;
       lab18: {
        if (!out_grouping(G_v, 97, 259)) break lab18;
        if (!go_out_grouping(G_v, 97, 259)) break lab18;
        next_char();
        break lab17;
       }
       C = v_10;
       if (!in_grouping(G_v, 97, 259)) break lab16;
       if (!go_in_grouping(G_v, 97, 259)) break lab16;
       next_char();
      }
      break lab15;
     }
     C = v_9;
     if (!out_grouping(G_v, 97, 259)) break lab14;
     lab19: {
      var v_11 = C;
      lab20: {
       if (!out_grouping(G_v, 97, 259)) break lab20;
       if (!go_out_grouping(G_v, 97, 259)) break lab20;
       next_char();
       break lab19;
      }
      C = v_11;
      if (!in_grouping(G_v, 97, 259)) break lab14;
      if (C >= L) break lab14;
      next_char();
     }
    }
    i_pV = C;
   }
   C = v_8;
   var v_12 = C;
   lab21: {
    if (!go_out_grouping(G_v, 97, 259)) break lab21;
    next_char();
    if (!go_in_grouping(G_v, 97, 259)) break lab21;
    next_char();
    i_p1 = C;
    if (!go_out_grouping(G_v, 97, 259)) break lab21;
    next_char();
    if (!go_in_grouping(G_v, 97, 259)) break lab21;
    next_char();
    i_p2 = C;
   }
   C = v_12;
   LB = C;
   C = L;
   var v_13 = L - C;
   lab22: {
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((266786 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab22;
    among_var = find_among_b(A_2);
    if (among_var == 0) break lab22;
    B = C;
    if (i_p1 > C) break lab22;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: { slice_from("a"); break; }
     case 3: { slice_from("e"); break; }
     case 4: { slice_from("i"); break; }
     case 5: {
      lab23: {
       if (!eq_s_b("ab")) break lab23;
       break lab22;
      }
      slice_from("i");
      break;
     }
     case 6: { slice_from("at"); break; }
     case 7: { slice_from(enc("a\u021bi")); break; }
    }
   }
   C = L - v_13;
   var v_14 = L - C;
   lab24: {
    b_standard_suffix_removed = false;
    replab25: for (;;) {
     var v_15 = L - C;
     lab26: for (var _lab26 = 0; _lab26 < 1; _lab26++) {
      var v_16 = L - C;
      K = C;
      among_var = find_among_b(A_3);
      if (among_var == 0) break lab26;
      B = C;
      if (i_p1 > C) break lab26;
      switch (among_var) {
       case 1: { slice_from("abil"); break; }
       case 2: { slice_from("ibil"); break; }
       case 3: { slice_from("iv"); break; }
       case 4: { slice_from("ic"); break; }
       case 5: { slice_from("at"); break; }
       case 6: { slice_from("it"); break; }
      }
      b_standard_suffix_removed = true;
      C = L - v_16;
      continue replab25;
     }
     C = L - v_15;
     break replab25;
    }
    K = C;
    among_var = find_among_b(A_4);
    if (among_var == 0) break lab24;
    B = C;
    if (i_p2 > C) break lab24;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: {
      if (!eq_s_b(enc("\u021b"))) break lab24;
      B = C;
      slice_from("t");
      break;
     }
     case 3: { slice_from("ist"); break; }
    }
    b_standard_suffix_removed = true;
   }
   C = L - v_14;
   var v_17 = L - C;
   lab27: {
    lab28: {
     lab29: {
      if (!b_standard_suffix_removed) break lab29;
      break lab28;
     }
     if (C < i_pV) break lab27;
     var v_18 = LB;
     LB = i_pV;
     K = C;
     among_var = find_among_b(A_5);
     if (among_var == 0) { LB = v_18; break lab27; }
     B = C;
     switch (among_var) {
      case 1: {
       lab30: {
        lab31: {
         if (!out_grouping_b(G_v, 97, 259)) break lab31;
         break lab30;
        }
        if (!eq_s_b("u")) { LB = v_18; break lab27; }
       }
       slice_del();
       break;
      }
      case 2: { slice_del(); break; }
     }
     LB = v_18;
    }
   }
   C = L - v_17;
   var v_19 = L - C;
   lab32: {
    K = C;
    if (find_among_b(A_6) == 0) break lab32;
    B = C;
    if (i_pV > C) break lab32;
    slice_del();
   }
   C = L - v_19;
   C = LB;
   var v_20 = C;
   replab34: for (;;) {
    var v_21 = C;
    lab35: for (var _lab35 = 0; _lab35 < 1; _lab35++) {
     B = C;
     if (C >= L || (S.charCodeAt(C + 0) != 73 && S.charCodeAt(C + 0) != 85)) {among_var = 3;}
     else { among_var = find_among(A_1); }
     K = C;
     switch (among_var) {
      case 1: { slice_from("i"); break; }
      case 2: { slice_from("u"); break; }
      case 3: {
       if (C >= L) break lab35;
       next_char();
       break;
      }
     }
     continue replab34;
    }
    C = v_21;
    break replab34;
   }
   C = v_20;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
