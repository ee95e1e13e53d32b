/* Snowball "russian" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).russian = (function () {
  'use strict';
  // Generated from russian.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
  function ing(g, min, max, i) { var ch = cp(i); return ch >= min && ch <= max && (g[(ch - min) >> 3] & 1 << ((ch - min) & 7)) != 0; }
  function go_in_grouping(g, min, max) {
    while (C < L) {
      if (!ing(g, min, max, C)) return true;
      next_char();
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
    ["\u0432\u0448\u0438\u0441\u044c",-1,1],["\u044b\u0432\u0448\u0438\u0441\u044c",0,2],["\u0438\u0432\u0448\u0438\u0441\u044c",0,2],
    ["\u0432",-1,1],["\u044b\u0432",3,2],["\u0438\u0432",3,2],["\u0432\u0448\u0438",-1,1],["\u044b\u0432\u0448\u0438",6,2],
    ["\u0438\u0432\u0448\u0438",6,2]]);
  var A_1 = am([
    ["\u0435\u043c\u0443",-1,1],["\u043e\u043c\u0443",-1,1],["\u044b\u0445",-1,1],["\u0438\u0445",-1,1],
    ["\u0443\u044e",-1,1],["\u044e\u044e",-1,1],["\u0435\u044e",-1,1],["\u043e\u044e",-1,1],["\u044f\u044f",-1,1],
    ["\u0430\u044f",-1,1],["\u044b\u0435",-1,1],["\u0435\u0435",-1,1],["\u0438\u0435",-1,1],["\u043e\u0435",-1,1],
    ["\u044b\u043c\u0438",-1,1],["\u0438\u043c\u0438",-1,1],["\u044b\u0439",-1,1],["\u0435\u0439",-1,1],
    ["\u0438\u0439",-1,1],["\u043e\u0439",-1,1],["\u044b\u043c",-1,1],["\u0435\u043c",-1,1],["\u0438\u043c",-1,1],
    ["\u043e\u043c",-1,1],["\u0435\u0433\u043e",-1,1],["\u043e\u0433\u043e",-1,1]]);
  var A_2 = am([
    ["\u0432\u0448",-1,1],["\u044b\u0432\u0448",0,2],["\u0438\u0432\u0448",0,2],["\u0449",-1,1],
    ["\u044e\u0449",3,1],["\u0443\u044e\u0449",4,2],["\u0435\u043c",-1,1],["\u043d\u043d",-1,1]]);
  var A_3 = am([
    ["\u0441\u044c",-1,1],["\u0441\u044f",-1,1]]);
  var A_4 = am([
    ["\u044b\u0442",-1,2],["\u044e\u0442",-1,1],["\u0443\u044e\u0442",1,2],["\u044f\u0442",-1,2],
    ["\u0435\u0442",-1,1],["\u0443\u0435\u0442",4,2],["\u0438\u0442",-1,2],["\u043d\u044b",-1,1],
    ["\u0435\u043d\u044b",7,2],["\u0442\u044c",-1,1],["\u044b\u0442\u044c",9,2],["\u0438\u0442\u044c",9,2],
    ["\u0435\u0448\u044c",-1,1],["\u0438\u0448\u044c",-1,2],["\u044e",-1,2],["\u0443\u044e",14,2],
    ["\u043b\u0430",-1,1],["\u044b\u043b\u0430",16,2],["\u0438\u043b\u0430",16,2],["\u043d\u0430",-1,1],
    ["\u0435\u043d\u0430",19,2],["\u0435\u0442\u0435",-1,1],["\u0438\u0442\u0435",-1,2],["\u0439\u0442\u0435",-1,1],
    ["\u0443\u0439\u0442\u0435",23,2],["\u0435\u0439\u0442\u0435",23,2],["\u043b\u0438",-1,1],["\u044b\u043b\u0438",26,2],
    ["\u0438\u043b\u0438",26,2],["\u0439",-1,1],["\u0443\u0439",29,2],["\u0435\u0439",29,2],["\u043b",-1,1],
    ["\u044b\u043b",32,2],["\u0438\u043b",32,2],["\u044b\u043c",-1,2],["\u0435\u043c",-1,1],["\u0438\u043c",-1,2],
    ["\u043d",-1,1],["\u0435\u043d",38,2],["\u043b\u043e",-1,1],["\u044b\u043b\u043e",40,2],["\u0438\u043b\u043e",40,2],
    ["\u043d\u043e",-1,1],["\u0435\u043d\u043e",43,2],["\u043d\u043d\u043e",43,1]]);
  var A_5 = am([
    ["\u0443",-1,1],["\u044f\u0445",-1,1],["\u0438\u044f\u0445",1,1],["\u0430\u0445",-1,1],["\u044b",-1,1],
    ["\u044c",-1,1],["\u044e",-1,1],["\u044c\u044e",6,1],["\u0438\u044e",6,1],["\u044f",-1,1],["\u044c\u044f",9,1],
    ["\u0438\u044f",9,1],["\u0430",-1,1],["\u0435\u0432",-1,1],["\u043e\u0432",-1,1],["\u0435",-1,1],
    ["\u044c\u0435",15,1],["\u0438\u0435",15,1],["\u0438",-1,1],["\u0435\u0438",18,1],["\u0438\u0438",18,1],
    ["\u044f\u043c\u0438",18,1],["\u0438\u044f\u043c\u0438",21,1],["\u0430\u043c\u0438",18,1],["\u0439",-1,1],
    ["\u0435\u0439",24,1],["\u0438\u0435\u0439",25,1],["\u0438\u0439",24,1],["\u043e\u0439",24,1],
    ["\u044f\u043c",-1,1],["\u0438\u044f\u043c",29,1],["\u0430\u043c",-1,1],["\u0435\u043c",-1,1],
    ["\u0438\u0435\u043c",32,1],["\u043e\u043c",-1,1],["\u043e",-1,1]]);
  var A_6 = am([
    ["\u043e\u0441\u0442",-1,1],["\u043e\u0441\u0442\u044c",-1,1]]);
  var A_7 = am([
    ["\u0435\u0439\u0448",-1,1],["\u044c",-1,3],["\u0435\u0439\u0448\u0435",-1,1],["\u043d",-1,2]]);
  var G_v = [33,65,8,232];
  function stem() {
   var among_var;
   var i_p2;
   var i_pV;
   var v_1 = C;
   replab1: for (;;) {
    var v_2 = C;
    lab2: for (var _lab2 = 0; _lab2 < 1; _lab2++) {
     golab3: for (;;) {
      var v_3 = C;
      lab4: {
       B = C;
       if (!eq_s(enc("\u0451"))) break lab4;
       K = C;
       C = v_3;
       break golab3;
      }
      C = v_3;
      if (C >= L) break lab2;
      next_char();
     }
     slice_from(enc("\u0435"));
     continue replab1;
    }
    C = v_2;
    break replab1;
   }
   C = v_1;
   i_pV = L;
   i_p2 = L;
   var v_4 = C;
   lab6: {
    if (!go_out_grouping(G_v, 1072, 1103)) break lab6;
    next_char();
    i_pV = C;
    if (!go_in_grouping(G_v, 1072, 1103)) break lab6;
    next_char();
    if (!go_out_grouping(G_v, 1072, 1103)) break lab6;
    next_char();
    if (!go_in_grouping(G_v, 1072, 1103)) break lab6;
    next_char();
    i_p2 = C;
   }
   C = v_4;
   LB = C;
   C = L;
   if (C < i_pV) return false;
   var v_5 = LB;
   LB = i_pV;
   var v_6 = L - C;
   lab7: {
    lab8: {
     var v_7 = L - C;
     lab9: {
      K = C;
      among_var = find_among_b(A_0);
      if (among_var == 0) break lab9;
      B = C;
      switch (among_var) {
       case 1: {
        lab10: {
         lab11: {
          if (!eq_s_b(enc("\u0430"))) break lab11;
          break lab10;
         }
         if (!eq_s_b(enc("\u044f"))) break lab9;
        }
        slice_del();
        break;
       }
       case 2: { slice_del(); break; }
      }
      break lab8;
     }
     C = L - v_7;
     var v_8 = L - C;
     lab12: {
      K = C;
      if (C - 3 <= LB || (S.charCodeAt(C - 1) != 140 && S.charCodeAt(C - 1) != 143)) {
       C = L - v_8;
       break lab12;
      }
      if (find_among_b(A_3) == 0) { C = L - v_8; break lab12; }
      B = C;
      slice_del();
     }
     lab13: {
      var v_9 = L - C;
      lab14: {
       K = C;
       if (find_among_b(A_1) == 0) break lab14;
       B = C;
       slice_del();
       var v_10 = L - C;
       lab15: {
        K = C;
        among_var = find_among_b(A_2);
        if (among_var == 0) { C = L - v_10; break lab15; }
        B = C;
        switch (among_var) {
         case 1: {
          lab16: {
           lab17: {
            if (!eq_s_b(enc("\u0430"))) break lab17;
            break lab16;
           }
           if (!eq_s_b(enc("\u044f"))) { C = L - v_10; break lab15; }
          }
          slice_del();
          break;
         }
         case 2: { slice_del(); break; }
        }
       }
       break lab13;
      }
      C = L - v_9;
      lab18: {
       K = C;
       among_var = find_among_b(A_4);
       if (among_var == 0) break lab18;
       B = C;
       switch (among_var) {
        case 1: {
         lab19: {
          lab20: {
           if (!eq_s_b(enc("\u0430"))) break lab20;
           break lab19;
          }
          if (!eq_s_b(enc("\u044f"))) break lab18;
         }
         slice_del();
         break;
        }
        case 2: { slice_del(); break; }
       }
       break lab13;
      }
      C = L - v_9;
      K = C;
      if (find_among_b(A_5) == 0) break lab7;
      B = C;
      slice_del();
     }
    }
   }
   C = L - v_6;
   var v_11 = L - C;
   lab21: {
    K = C;
    if (!eq_s_b(enc("\u0438"))) { C = L - v_11; break lab21; }
    B = C;
    slice_del();
   }
   var v_12 = L - C;
   lab22: {
    K = C;
    if (C - 5 <= LB || (S.charCodeAt(C - 1) != 130 && S.charCodeAt(C - 1) != 140)) break lab22;
    if (find_among_b(A_6) == 0) break lab22;
    B = C;
    if (i_p2 > C) break lab22;
    slice_del();
   }
   C = L - v_12;
   var v_13 = L - C;
   lab23: {
    K = C;
    among_var = find_among_b(A_7);
    if (among_var == 0) break lab23;
    B = C;
    switch (among_var) {
     case 1: {
      slice_del();
      K = C;
      if (!eq_s_b(enc("\u043d"))) break lab23;
      B = C;
      if (!eq_s_b(enc("\u043d"))) break lab23;
      slice_del();
      break;
     }
     case 2: {
      if (!eq_s_b(enc("\u043d"))) break lab23;
      slice_del();
      break;
     }
     case 3: { slice_del(); break; }
    }
   }
   C = L - v_13;
   LB = v_5;
   C = LB;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
