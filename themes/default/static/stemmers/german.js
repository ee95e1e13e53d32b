/* Snowball "german" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).german = (function () {
  'use strict';
  // Generated from german.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
    ["",-1,5],["ae",0,2],["oe",0,3],["qu",0,-1],["ue",0,4],["\u00df",0,1]]);
  var A_1 = am([
    ["",-1,5],["U",0,2],["Y",0,1],["\u00e4",0,3],["\u00f6",0,4],["\u00fc",0,2]]);
  var A_2 = am([
    ["e",-1,3],["em",-1,1],["en",-1,3],["erinnen",2,2],["erin",-1,2],["ln",-1,5],["ern",-1,2],["er",-1,2],
    ["s",-1,4],["es",8,3],["lns",8,5]]);
  var A_3 = am([
    ["tick",-1,-1],["plan",-1,-1],["geordn",-1,-1],["intern",-1,-1],["tr",-1,-1]]);
  var A_4 = am([
    ["en",-1,1],["er",-1,1],["et",-1,3],["st",-1,2],["est",3,1]]);
  var A_5 = am([
    ["ig",-1,1],["lich",-1,1]]);
  var A_6 = am([
    ["end",-1,1],["ig",-1,2],["ung",-1,1],["lich",-1,3],["isch",-1,2],["ik",-1,2],["heit",-1,3],
    ["keit",-1,4]]);
  var A_7 = am([
    ["'",-1,1],["'sch",-1,1],["'s",-1,1]]);
  var G_v = [17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,0,8,0,32,8];
  var G_et_ending = [1,128,198,227,32,0,0,0,0,0,0,0,0,0,0,0,0,128];
  var G_s_ending = [117,30,5];
  var G_st_ending = [117,30,4];
  function stem() {
   var among_var;
   var i_x;
   var i_p2;
   var i_p1;
   var v_1 = C;
   var v_2 = C;
   replab1: for (;;) {
    var v_3 = C;
    lab2: for (var _lab2 = 0; _lab2 < 1; _lab2++) {
     golab3: for (;;) {
      var v_4 = C;
      lab4: {
       if (!in_grouping(G_v, 97, 252)) break lab4;
       B = C;
       lab5: {
        var v_5 = C;
        lab6: {
         if (!eq_s("u")) break lab6;
         K = C;
         if (!in_grouping(G_v, 97, 252)) break lab6;
         slice_from("U");
         break lab5;
        }
        C = v_5;
        if (!eq_s("y")) break lab4;
        K = C;
        if (!in_grouping(G_v, 97, 252)) break lab4;
        slice_from("Y");
       }
       C = v_4;
       break golab3;
      }
      C = v_4;
      if (C >= L) break lab2;
      next_char();
     }
     continue replab1;
    }
    C = v_3;
    break replab1;
   }
   C = v_2;
   replab7: for (;;) {
    var v_6 = C;
    lab8: for (var _lab8 = 0; _lab8 < 1; _lab8++) {
     B = C;
     among_var = find_among(A_0);
     K = C;
     switch (among_var) {
      case 1: { slice_from("ss"); break; }
      case 2: { slice_from(enc("\u00e4")); break; }
      case 3: { slice_from(enc("\u00f6")); break; }
      case 4: { slice_from(enc("\u00fc")); break; }
      case 5: {
       if (C >= L) break lab8;
       next_char();
       break;
      }
     }
     continue replab7;
    }
    C = v_6;
    break replab7;
   }
   C = v_1;
   var v_7 = C;
   lab9: {
    i_p1 = L;
    i_p2 = L;
    var v_8 = C;
    if (!hop(3)) break lab9;
    i_x = C;
    C = v_8;
    if (!go_out_grouping(G_v, 97, 252)) break lab9;
    next_char();
    if (!go_in_grouping(G_v, 97, 252)) break lab9;
    next_char();
    i_p1 = C;
    lab10: {
     if (i_p1 >= i_x) break lab10;
     i_p1 = i_x;
    }
    if (!go_out_grouping(G_v, 97, 252)) break lab9;
    next_char();
    if (!go_in_grouping(G_v, 97, 252)) break lab9;
    next_char();
    i_p2 = C;
   }
   C = v_7;
   LB = C;
   C = L;
   var v_9 = L - C;
   lab12: {
    K = C;
    if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((811040 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab12;
    among_var = find_among_b(A_2);
    if (among_var == 0) break lab12;
    B = C;
    if (i_p1 > C) break lab12;
    switch (among_var) {
     case 1: {
      lab13: {
       if (!eq_s_b("syst")) break lab13;
       break lab12;
      }
      slice_del();
      break;
     }
     case 2: { slice_del(); break; }
     case 3: {
      slice_del();
      var v_10 = L - C;
      lab14: {
       K = C;
       if (!eq_s_b("s")) { C = L - v_10; break lab14; }
       B = C;
       if (!eq_s_b("nis")) { C = L - v_10; break lab14; }
       slice_del();
      }
      break;
     }
     case 4: {
      if (!in_grouping_b(G_s_ending, 98, 116)) break lab12;
      slice_del();
      break;
     }
     case 5: { slice_from("l"); break; }
    }
   }
   C = L - v_9;
   var v_11 = L - C;
   lab15: {
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1327104 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab15;
    among_var = find_among_b(A_4);
    if (among_var == 0) break lab15;
    B = C;
    if (i_p1 > C) break lab15;
    switch (among_var) {
     case 1: { slice_del(); break; }
     case 2: {
      if (!in_grouping_b(G_st_ending, 98, 116)) break lab15;
      if (!hop_back(3)) break lab15;
      slice_del();
      break;
     }
     case 3: {
      var v_12 = L - C;
      if (!in_grouping_b(G_et_ending, 85, 228)) break lab15;
      C = L - v_12;
      var v_13 = L - C;
      lab16: {
       if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((280576 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab16;
       if (find_among_b(A_3) == 0) break lab16;
       break lab15;
      }
      C = L - v_13;
      slice_del();
      break;
     }
    }
   }
   C = L - v_11;
   var v_14 = L - C;
   lab17: {
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1051024 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab17;
    among_var = find_among_b(A_6);
    if (among_var == 0) break lab17;
    B = C;
    if (i_p2 > C) break lab17;
    switch (among_var) {
     case 1: {
      slice_del();
      var v_15 = L - C;
      lab18: {
       K = C;
       if (!eq_s_b("ig")) { C = L - v_15; break lab18; }
       B = C;
       lab19: {
        if (!eq_s_b("e")) break lab19;
        C = L - v_15;
        break lab18;
       }
       if (i_p2 > C) { C = L - v_15; break lab18; }
       slice_del();
      }
      break;
     }
     case 2: {
      lab20: {
       if (!eq_s_b("e")) break lab20;
       break lab17;
      }
      slice_del();
      break;
     }
     case 3: {
      slice_del();
      var v_16 = L - C;
      lab21: {
       K = C;
       lab22: {
        lab23: {
         if (!eq_s_b("er")) break lab23;
         break lab22;
        }
        if (!eq_s_b("en")) { C = L - v_16; break lab21; }
       }
       B = C;
       if (i_p1 > C) { C = L - v_16; break lab21; }
       slice_del();
      }
      break;
     }
     case 4: {
      slice_del();
      var v_17 = L - C;
      lab24: {
       K = C;
       if (C - 1 <= LB || (S.charCodeAt(C - 1) != 103 && S.charCodeAt(C - 1) != 104)) {
        C = L - v_17;
        break lab24;
       }
       if (find_among_b(A_5) == 0) { C = L - v_17; break lab24; }
       B = C;
       if (i_p2 > C) { C = L - v_17; break lab24; }
       slice_del();
      }
      break;
     }
    }
   }
   C = L - v_14;
   var v_18 = L - C;
   lab25: {
    K = C;
    if (find_among_b(A_7) == 0) break lab25;
    B = C;
    if (C <= LB) break lab25;
    previous_char();
    if (C <= LB) break lab25;
    slice_del();
   }
   C = L - v_18;
   C = LB;
   var v_19 = C;
   replab27: for (;;) {
    var v_20 = C;
    lab28: for (var _lab28 = 0; _lab28 < 1; _lab28++) {
     B = C;
     among_var = find_among(A_1);
     K = C;
     switch (among_var) {
      case 1: { slice_from("y"); break; }
      case 2: { slice_from("u"); break; }
      case 3: { slice_from("a"); break; }
      case 4: { slice_from("o"); break; }
      case 5: {
       if (C >= L) break lab28;
       next_char();
       break;
      }
     }
     continue replab27;
    }
    C = v_20;
    break replab27;
   }
   C = v_19;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
