/* Snowball "english" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).english = (function () {
  'use strict';
  // Generated from english.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
  function hop_back(n) {
    var r = C;
    while (n-- > 0) {
      if (r <= LB) return false;
      r--;
      while (r > LB && !bd(r)) r--;
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
  function go_out_grouping_b(g, min, max) {
    while (C > LB) {
      var c = C;
      previous_char();
      if (ing(g, min, max, C)) { C = c; return true; }
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
    ["arsen",-1,-1],["commun",-1,-1],["emerg",-1,-1],["gener",-1,-1],["inter",-1,-1],["later",-1,-1],
    ["organ",-1,-1],["past",-1,-1],["univers",-1,-1]]);
  var A_1 = am([
    ["'",-1,1],["'s'",0,1],["'s",-1,1]]);
  var A_2 = am([
    ["ied",-1,2],["s",-1,3],["ies",1,2],["sses",1,1],["ss",1,-1],["us",1,-1]]);
  var A_3 = am([
    ["succ",-1,1],["proc",-1,1],["exc",-1,1]]);
  var A_4 = am([
    ["even",-1,2],["cann",-1,2],["inn",-1,2],["earr",-1,2],["herr",-1,2],["out",-1,2],["y",-1,1]]);
  var A_5 = am([
    ["",-1,-1],["ed",0,2],["eed",1,1],["ing",0,3],["edly",0,2],["eedly",4,1],["ingly",0,2]]);
  var A_6 = am([
    ["",-1,3],["bb",0,2],["dd",0,2],["ff",0,2],["gg",0,2],["bl",0,1],["mm",0,2],["nn",0,2],["pp",0,2],
    ["rr",0,2],["at",0,1],["tt",0,2],["iz",0,1]]);
  var A_7 = am([
    ["anci",-1,3],["enci",-1,2],["ogi",-1,14],["li",-1,16],["bli",3,12],["abli",4,4],["alli",3,8],
    ["fulli",3,9],["lessli",3,15],["ousli",3,10],["entli",3,5],["aliti",-1,8],["biliti",-1,12],
    ["iviti",-1,11],["tional",-1,1],["ational",14,7],["alism",-1,8],["ation",-1,7],["ization",17,6],
    ["izer",-1,6],["ator",-1,7],["iveness",-1,11],["fulness",-1,9],["ousness",-1,10],["ogist",-1,13]]);
  var A_8 = am([
    ["icate",-1,4],["ative",-1,6],["alize",-1,3],["iciti",-1,4],["ical",-1,4],["tional",-1,1],["ational",5,2],
    ["ful",-1,5],["ness",-1,5]]);
  var A_9 = am([
    ["ic",-1,1],["ance",-1,1],["ence",-1,1],["able",-1,1],["ible",-1,1],["ate",-1,1],["ive",-1,1],
    ["ize",-1,1],["iti",-1,1],["al",-1,1],["ism",-1,1],["ion",-1,2],["er",-1,1],["ous",-1,1],["ant",-1,1],
    ["ent",-1,1],["ment",15,1],["ement",16,1]]);
  var A_10 = am([
    ["e",-1,1],["l",-1,2]]);
  var A_11 = am([
    ["andes",-1,-1],["atlas",-1,-1],["bias",-1,-1],["cosmos",-1,-1],["early",-1,6],["gently",-1,4],
    ["howe",-1,-1],["idly",-1,3],["news",-1,-1],["only",-1,7],["singly",-1,8],["skies",-1,2],["skis",-1,1],
    ["sky",-1,-1],["ugly",-1,5]]);
  var G_aeo = [17,64];
  var G_v = [17,65,16,1];
  var G_v_WXY = [1,17,65,208,1];
  var G_valid_LI = [55,141,2];
  function r_shortv() {
   lab0: {
    var v_1 = L - C;
    lab1: {
     if (!out_grouping_b(G_v_WXY, 89, 121)) break lab1;
     if (!in_grouping_b(G_v, 97, 121)) break lab1;
     if (!out_grouping_b(G_v, 97, 121)) break lab1;
     break lab0;
    }
    C = L - v_1;
    lab2: {
     if (!out_grouping_b(G_v, 97, 121)) break lab2;
     if (!in_grouping_b(G_v, 97, 121)) break lab2;
     if (C > LB) break lab2;
     break lab0;
    }
    C = L - v_1;
    if (!eq_s_b("past")) return false;
   }
   return true;
  }
  function stem() {
   var among_var;
   var b_Y_found;
   var i_p2;
   var i_p1;
   lab0: {
    var v_1 = C;
    lab1: {
     B = C;
     if (C + 2 >= L || S.charCodeAt(C + 2) >> 5 != 3 || ((42750482 >> (S.charCodeAt(C + 2) & 0x1f)) & 1) == 0) break lab1;
     among_var = find_among(A_11);
     if (among_var == 0) break lab1;
     K = C;
     if (C < L) break lab1;
     switch (among_var) {
      case 1: { slice_from("ski"); break; }
      case 2: { slice_from("sky"); break; }
      case 3: { slice_from("idl"); break; }
      case 4: { slice_from("gentl"); break; }
      case 5: { slice_from("ugli"); break; }
      case 6: { slice_from("earli"); break; }
      case 7: { slice_from("onli"); break; }
      case 8: { slice_from("singl"); break; }
     }
     break lab0;
    }
    C = v_1;
    lab2: {
     lab3: {
      if (!hop(3)) break lab3;
      break lab2;
     }
     break lab0;
    }
    C = v_1;
    b_Y_found = false;
    var v_2 = C;
    lab5: {
     B = C;
     if (!eq_s("'")) break lab5;
     K = C;
     slice_del();
    }
    C = v_2;
    var v_3 = C;
    lab6: {
     B = C;
     if (!eq_s("y")) break lab6;
     K = C;
     slice_from("Y");
     b_Y_found = true;
    }
    C = v_3;
    var v_4 = C;
    replab8: for (;;) {
     var v_5 = C;
     lab9: for (var _lab9 = 0; _lab9 < 1; _lab9++) {
      golab10: for (;;) {
       var v_6 = C;
       lab11: {
        if (!in_grouping(G_v, 97, 121)) break lab11;
        B = C;
        if (!eq_s("y")) break lab11;
        K = C;
        C = v_6;
        break golab10;
       }
       C = v_6;
       if (C >= L) break lab9;
       next_char();
      }
      slice_from("Y");
      b_Y_found = true;
      continue replab8;
     }
     C = v_5;
     break replab8;
    }
    C = v_4;
    i_p1 = L;
    i_p2 = L;
    var v_7 = C;
    lab13: {
     lab14: {
      var v_8 = C;
      lab15: {
       if (C + 3 >= L || S.charCodeAt(C + 3) >> 5 != 3 || ((5513250 >> (S.charCodeAt(C + 3) & 0x1f)) & 1) == 0) break lab15;
       if (find_among(A_0) == 0) break lab15;
       break lab14;
      }
      C = v_8;
      if (!go_out_grouping(G_v, 97, 121)) break lab13;
      next_char();
      if (!go_in_grouping(G_v, 97, 121)) break lab13;
      next_char();
     }
     i_p1 = C;
     if (!go_out_grouping(G_v, 97, 121)) break lab13;
     next_char();
     if (!go_in_grouping(G_v, 97, 121)) break lab13;
     next_char();
     i_p2 = C;
    }
    C = v_7;
    LB = C;
    C = L;
    var v_9 = L - C;
    lab16: {
     var v_10 = L - C;
     lab17: {
      K = C;
      if (C <= LB || (S.charCodeAt(C - 1) != 39 && S.charCodeAt(C - 1) != 115)) { C = L - v_10; break lab17; }
      if (find_among_b(A_1) == 0) { C = L - v_10; break lab17; }
      B = C;
      slice_del();
     }
     K = C;
     if (C <= LB || (S.charCodeAt(C - 1) != 100 && S.charCodeAt(C - 1) != 115)) break lab16;
     among_var = find_among_b(A_2);
     if (among_var == 0) break lab16;
     B = C;
     switch (among_var) {
      case 1: { slice_from("ss"); break; }
      case 2: {
       lab18: {
        var v_11 = L - C;
        lab19: {
         if (!hop_back(2)) break lab19;
         slice_from("i");
         break lab18;
        }
        C = L - v_11;
        slice_from("ie");
       }
       break;
      }
      case 3: {
       if (C <= LB) break lab16;
       previous_char();
       if (!go_out_grouping_b(G_v, 97, 121)) break lab16;
       previous_char();
       slice_del();
       break;
      }
     }
    }
    C = L - v_9;
    var v_12 = L - C;
    lab20: {
     K = C;
     if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((33554576 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {among_var = -1;}
     else { among_var = find_among_b(A_5); }
     B = C;
     lab21: {
      var v_13 = L - C;
      lab22: {
       switch (among_var) {
        case 1: {
         var v_14 = L - C;
         lab23: {
          if (i_p1 > C) break lab23;
          lab24: {
           var v_15 = L - C;
           lab25: {
            if (C - 2 <= LB || S.charCodeAt(C - 1) != 99) break lab25;
            if (find_among_b(A_3) == 0) break lab25;
            if (C > LB) break lab25;
            break lab24;
           }
           C = L - v_15;
           slice_from("ee");
          }
         }
         C = L - v_14;
         break;
        }
        case 2: { break lab22; }
        case 3: {
         if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((34881536 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab22;
         among_var = find_among_b(A_4);
         if (among_var == 0) break lab22;
         switch (among_var) {
          case 1: {
           var v_16 = L - C;
           if (!out_grouping_b(G_v, 97, 121)) break lab22;
           if (C > LB) break lab22;
           C = L - v_16;
           B = C;
           slice_from("ie");
           break;
          }
          case 2: {
           if (C > LB) break lab22;
           break;
          }
         }
         break;
        }
       }
       break lab21;
      }
      C = L - v_13;
      var v_17 = L - C;
      if (!go_out_grouping_b(G_v, 97, 121)) break lab20;
      previous_char();
      C = L - v_17;
      slice_del();
      K = C;
      B = C;
      var v_18 = L - C;
      if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((68514004 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {among_var = 3;}
      else { among_var = find_among_b(A_6); }
      switch (among_var) {
       case 1: { slice_from("e"); break lab20; }
       case 2: {
        var v_19 = L - C;
        lab26: {
         if (!in_grouping_b(G_aeo, 97, 111)) break lab26;
         if (C > LB) break lab26;
         break lab20;
        }
        C = L - v_19;
        break;
       }
       case 3: {
        if (C != i_p1) break lab20;
        var v_20 = L - C;
        if (!r_shortv()) break lab20;
        C = L - v_20;
        slice_from("e");
        break lab20;
       }
      }
      C = L - v_18;
      K = C;
      if (C <= LB) break lab20;
      previous_char();
      B = C;
      slice_del();
     }
    }
    C = L - v_12;
    var v_21 = L - C;
    lab27: {
     K = C;
     lab28: {
      lab29: {
       if (!eq_s_b("y")) break lab29;
       break lab28;
      }
      if (!eq_s_b("Y")) break lab27;
     }
     B = C;
     if (!out_grouping_b(G_v, 97, 121)) break lab27;
     if (C <= LB) break lab27;
     slice_from("i");
    }
    C = L - v_21;
    var v_22 = L - C;
    lab30: {
     K = C;
     if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1864192 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab30;
     among_var = find_among_b(A_7);
     if (among_var == 0) break lab30;
     B = C;
     if (i_p1 > C) break lab30;
     switch (among_var) {
      case 1: { slice_from("tion"); break; }
      case 2: { slice_from("ence"); break; }
      case 3: { slice_from("ance"); break; }
      case 4: { slice_from("able"); break; }
      case 5: { slice_from("ent"); break; }
      case 6: { slice_from("ize"); break; }
      case 7: { slice_from("ate"); break; }
      case 8: { slice_from("al"); break; }
      case 9: { slice_from("ful"); break; }
      case 10: { slice_from("ous"); break; }
      case 11: { slice_from("ive"); break; }
      case 12: { slice_from("ble"); break; }
      case 13: { slice_from("og"); break; }
      case 14: {
       if (!eq_s_b("l")) break lab30;
       slice_from("og");
       break;
      }
      case 15: { slice_from("less"); break; }
      case 16: {
       if (!in_grouping_b(G_valid_LI, 99, 116)) break lab30;
       slice_del();
       break;
      }
     }
    }
    C = L - v_22;
    var v_23 = L - C;
    lab31: {
     K = C;
     if (C - 2 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((528928 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab31;
     among_var = find_among_b(A_8);
     if (among_var == 0) break lab31;
     B = C;
     if (i_p1 > C) break lab31;
     switch (among_var) {
      case 1: { slice_from("tion"); break; }
      case 2: { slice_from("ate"); break; }
      case 3: { slice_from("al"); break; }
      case 4: { slice_from("ic"); break; }
      case 5: { slice_del(); break; }
      case 6: {
       if (i_p2 > C) break lab31;
       slice_del();
       break;
      }
     }
    }
    C = L - v_23;
    var v_24 = L - C;
    lab32: {
     K = C;
     if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1864232 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab32;
     among_var = find_among_b(A_9);
     if (among_var == 0) break lab32;
     B = C;
     if (i_p2 > C) break lab32;
     switch (among_var) {
      case 1: { slice_del(); break; }
      case 2: {
       lab33: {
        lab34: {
         if (!eq_s_b("s")) break lab34;
         break lab33;
        }
        if (!eq_s_b("t")) break lab32;
       }
       slice_del();
       break;
      }
     }
    }
    C = L - v_24;
    var v_25 = L - C;
    lab35: {
     K = C;
     if (C <= LB || (S.charCodeAt(C - 1) != 101 && S.charCodeAt(C - 1) != 108)) break lab35;
     among_var = find_among_b(A_10);
     if (among_var == 0) break lab35;
     B = C;
     switch (among_var) {
      case 1: {
       lab36: {
        lab37: {
         if (i_p2 > C) break lab37;
         break lab36;
        }
        if (i_p1 > C) break lab35;
        var v_26 = L - C;
        lab38: {
         if (!r_shortv()) break lab38;
         break lab35;
        }
        C = L - v_26;
       }
       slice_del();
       break;
      }
      case 2: {
       if (i_p2 > C) break lab35;
       if (!eq_s_b("l")) break lab35;
       slice_del();
       break;
      }
     }
    }
    C = L - v_25;
    C = LB;
    var v_27 = C;
    lab39: {
     if (!b_Y_found) break lab39;
     replab40: for (;;) {
      var v_28 = C;
      lab41: for (var _lab41 = 0; _lab41 < 1; _lab41++) {
       golab42: for (;;) {
        var v_29 = C;
        lab43: {
         B = C;
         if (!eq_s("Y")) break lab43;
         K = C;
         C = v_29;
         break golab42;
        }
        C = v_29;
        if (C >= L) break lab41;
        next_char();
       }
       slice_from("y");
       continue replab40;
      }
      C = v_28;
      break replab40;
     }
    }
    C = v_27;
   }
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
