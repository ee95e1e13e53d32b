/* Snowball "tamil" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).tamil = (function () {
  'use strict';
  // Generated from tamil.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
  // Runs on the UTF-8 bytes of the word (one char per byte), like the Rust: all offsets are byte offsets.
  var S, C, L, LB, B, K, b_found_vetrumai_urupu;
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
  function am(t) { for (var a of t) a[0] = enc(a[0]); return t; }
  function len() { return S.replace(/[\x80-\xbf]/g, '').length; } // chars().count()
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
    ["\u0bb5\u0bc1",-1,3],["\u0bb5\u0bc2",-1,4],["\u0bb5\u0bca",-1,2],["\u0bb5\u0bcb",-1,1]]);
  var A_1 = am([
    ["\u0b95",-1,-1],["\u0b99",-1,-1],["\u0b9a",-1,-1],["\u0b9e",-1,-1],["\u0ba4",-1,-1],["\u0ba8",-1,-1],
    ["\u0baa",-1,-1],["\u0bae",-1,-1],["\u0baf",-1,-1],["\u0bb5",-1,-1]]);
  var A_2 = am([
    ["\u0bc0",-1,-1],["\u0bc8",-1,-1],["\u0bbf",-1,-1]]);
  var A_3 = am([
    ["\u0bc0",-1,-1],["\u0bc1",-1,-1],["\u0bc2",-1,-1],["\u0bc6",-1,-1],["\u0bc7",-1,-1],["\u0bc8",-1,-1],
    ["\u0bbe",-1,-1],["\u0bbf",-1,-1]]);
  var A_4 = am([
    ["",-1,2],["\u0bc8",0,1],["\u0bcd",0,1]]);
  var A_5 = am([
    ["\u0ba9\u0bc1",-1,8],["\u0bc1\u0b95\u0bcd",-1,7],["\u0bc1\u0b95\u0bcd\u0b95\u0bcd",-1,7],["\u0b9f\u0bcd\u0b95\u0bcd",-1,3],
    ["\u0bb1\u0bcd\u0b95\u0bcd",-1,4],["\u0b99\u0bcd",-1,9],["\u0b9f\u0bcd\u0b9f\u0bcd",-1,5],["\u0ba4\u0bcd\u0ba4\u0bcd",-1,6],
    ["\u0ba8\u0bcd\u0ba4\u0bcd",-1,1],["\u0ba8\u0bcd",-1,1],["\u0b9f\u0bcd\u0baa\u0bcd",-1,3],["\u0baf\u0bcd",-1,2],
    ["\u0ba9\u0bcd\u0bb1\u0bcd",-1,4],["\u0bb5\u0bcd",-1,1],["\u0ba8\u0bcd\u0ba4",-1,1],["\u0baf",-1,1],
    ["\u0bb5",-1,1]]);
  var A_6 = am([
    ["\u0b95",-1,-1],["\u0b9a",-1,-1],["\u0b9f",-1,-1],["\u0ba4",-1,-1],["\u0baa",-1,-1],["\u0bb1",-1,-1]]);
  var A_7 = am([
    ["\u0b9e",-1,-1],["\u0ba3",-1,-1],["\u0ba8",-1,-1],["\u0ba9",-1,-1],["\u0bae",-1,-1],["\u0baf",-1,-1],
    ["\u0bb0",-1,-1],["\u0bb2",-1,-1],["\u0bb3",-1,-1],["\u0bb4",-1,-1],["\u0bb5",-1,-1]]);
  var A_8 = am([
    ["\u0bc0",-1,-1],["\u0bc1",-1,-1],["\u0bc2",-1,-1],["\u0bc6",-1,-1],["\u0bc7",-1,-1],["\u0bc8",-1,-1],
    ["\u0bcd",-1,-1],["\u0bbe",-1,-1],["\u0bbf",-1,-1]]);
  var A_9 = am([
    ["\u0b85",-1,-1],["\u0b87",-1,-1],["\u0b89",-1,-1]]);
  var A_10 = am([
    ["\u0b95\u0bb3\u0bcd",-1,4],["\u0bc1\u0b99\u0bcd\u0b95\u0bb3\u0bcd",0,1],["\u0b9f\u0bcd\u0b95\u0bb3\u0bcd",0,3],
    ["\u0bb1\u0bcd\u0b95\u0bb3\u0bcd",0,2]]);
  var A_11 = am([
    ["\u0bc7",-1,-1],["\u0bcb",-1,-1],["\u0bbe",-1,-1]]);
  var A_12 = am([
    ["\u0baa\u0bbf",-1,-1],["\u0bb5\u0bbf",-1,-1]]);
  var A_13 = am([
    ["\u0baa\u0b9f\u0bcd\u0b9f\u0bc1",-1,3],["\u0bb5\u0bbf\u0b9f\u0bcd\u0b9f\u0bc1",-1,3],["\u0baa\u0b9f\u0bc1",-1,3],
    ["\u0bb5\u0bbf\u0b9f\u0bc1",-1,3],["\u0baa\u0b9f\u0bcd\u0b9f\u0ba4\u0bc1",-1,3],["\u0bc6\u0ba9\u0bcd\u0bb1\u0bc1",-1,1],
    ["\u0bc1\u0b9f\u0bc8",-1,1],["\u0bbf\u0bb2\u0bcd\u0bb2\u0bc8",-1,1],["\u0bc1\u0b9f\u0ba9\u0bcd",-1,1],
    ["\u0bc6\u0ba9\u0bc1\u0bae\u0bcd",-1,1],["\u0bbf\u0b9f\u0bae\u0bcd",-1,1],["\u0bc6\u0bb2\u0bcd\u0bb2\u0bbe\u0bae\u0bcd",-1,3],
    ["\u0baa\u0b9f\u0bcd\u0b9f",-1,3],["\u0baa\u0b9f\u0bcd\u0b9f\u0ba3",-1,3],["\u0bc6\u0ba9",-1,1],
    ["\u0ba4\u0bbe\u0ba9",-1,3],["\u0baa\u0b9f\u0bbf\u0ba4\u0bbe\u0ba9",15,3],["\u0bc1\u0b9f\u0bc8\u0baf",-1,1],
    ["\u0bbe\u0b95\u0bbf\u0baf",-1,1],["\u0b95\u0bc1\u0bb0\u0bbf\u0baf",-1,3],["\u0bb2\u0bcd\u0bb2",-1,2],
    ["\u0bc1\u0bb3\u0bcd\u0bb3",-1,1],["\u0bbe\u0b95\u0bbf",-1,1],["\u0baa\u0b9f\u0bbf",-1,3],["\u0bbf\u0ba9\u0bcd\u0bb1\u0bbf",-1,1],
    ["\u0baa\u0bb1\u0bcd\u0bb1\u0bbf",-1,3]]);
  var A_14 = am([
    ["\u0bc0",-1,7],["\u0bca\u0b9f\u0bc1",-1,2],["\u0bcb\u0b9f\u0bc1",-1,2],["\u0ba4\u0bc1",-1,6],
    ["\u0bbf\u0bb0\u0bc1\u0ba8\u0bcd\u0ba4\u0bc1",3,2],["\u0bbf\u0ba9\u0bcd\u0bb1\u0bc1",-1,2],
    ["\u0bc1\u0b9f\u0bc8",-1,2],["\u0ba9\u0bc8",-1,1],["\u0b95\u0ba3\u0bcd",-1,1],["\u0bae\u0bc1\u0ba9\u0bcd",-1,1],
    ["\u0bbf\u0ba9\u0bcd",-1,3],["\u0bbf\u0b9f\u0bae\u0bcd",-1,4],["\u0bae\u0bc7\u0bb1\u0bcd",-1,1],
    ["\u0bbf\u0bb1\u0bcd",-1,2],["\u0bb2\u0bcd",-1,5],["\u0bae\u0bc7\u0bb2\u0bcd",14,1],["\u0bbe\u0bae\u0bb2\u0bcd",14,2],
    ["\u0bbe\u0bb2\u0bcd",14,2],["\u0bbf\u0bb2\u0bcd",14,2],["\u0bc1\u0bb3\u0bcd",-1,2],["\u0b95\u0bc0\u0bb4\u0bcd",-1,1],
    ["\u0bb5\u0bbf\u0b9f",-1,2]]);
  var A_15 = am([
    ["\u0b85",-1,-1],["\u0b86",-1,-1],["\u0b87",-1,-1],["\u0b88",-1,-1],["\u0b89",-1,-1],["\u0b8a",-1,-1],
    ["\u0b8e",-1,-1],["\u0b8f",-1,-1],["\u0b90",-1,-1],["\u0b92",-1,-1],["\u0b93",-1,-1],["\u0b94",-1,-1]]);
  var A_16 = am([
    ["\u0b95\u0bc1",-1,6],["\u0baa\u0b9f\u0bc1",-1,1],["\u0ba4\u0bc1",-1,3],["\u0bbf\u0bb1\u0bcd\u0bb1\u0bc1",-1,1],
    ["\u0ba9\u0bc8",-1,1],["\u0bb5\u0bc8",-1,1],["\u0ba9\u0bc6\u0ba9\u0bcd",-1,1],["\u0bc7\u0ba9\u0bcd",-1,5],
    ["\u0ba9\u0ba9\u0bcd",-1,1],["\u0baa\u0ba9\u0bcd",-1,1],["\u0bb5\u0ba9\u0bcd",-1,2],["\u0bbe\u0ba9\u0bcd",-1,4],
    ["\u0ba9\u0bbe\u0ba9\u0bcd",11,1],["\u0bae\u0bbf\u0ba9\u0bcd",-1,1],["\u0b95\u0bc1\u0bae\u0bcd",-1,1],
    ["\u0b9f\u0bc1\u0bae\u0bcd",-1,5],["\u0ba4\u0bc1\u0bae\u0bcd",-1,1],["\u0bb1\u0bc1\u0bae\u0bcd",-1,1],
    ["\u0bc6\u0bae\u0bcd",-1,5],["\u0bc7\u0bae\u0bcd",-1,5],["\u0bcb\u0bae\u0bcd",-1,5],["\u0ba9\u0bae\u0bcd",-1,1],
    ["\u0baa\u0bae\u0bcd",-1,1],["\u0bbe\u0bae\u0bcd",-1,5],["\u0bbe\u0baf\u0bcd",-1,5],["\u0bc0\u0bb0\u0bcd",-1,5],
    ["\u0ba9\u0bb0\u0bcd",-1,1],["\u0baa\u0bb0\u0bcd",-1,1],["\u0bc0\u0baf\u0bb0\u0bcd",-1,5],["\u0bb5\u0bb0\u0bcd",-1,1],
    ["\u0bbe\u0bb0\u0bcd",-1,5],["\u0ba9\u0bbe\u0bb0\u0bcd",30,1],["\u0bae\u0bbe\u0bb0\u0bcd",30,1],
    ["\u0b95\u0bca\u0ba3\u0bcd\u0b9f\u0bbf\u0bb0\u0bcd",-1,1],["\u0ba9\u0bbf\u0bb0\u0bcd",-1,5],
    ["\u0ba9\u0bb3\u0bcd",-1,1],["\u0baa\u0bb3\u0bcd",-1,1],["\u0bb5\u0bb3\u0bcd",-1,1],["\u0bbe\u0bb3\u0bcd",-1,5],
    ["\u0ba9\u0bbe\u0bb3\u0bcd",38,1],["\u0b95",-1,1],["\u0ba4",-1,1],["\u0ba9",-1,1],["\u0baa",-1,1],
    ["\u0baf",-1,1],["\u0bbe",-1,5]]);
  var A_17 = am([
    ["\u0b95\u0bbf\u0ba9\u0bcd\u0bb1\u0bcd",-1,-1],["\u0bbe\u0ba8\u0bbf\u0ba9\u0bcd\u0bb1\u0bcd",-1,-1],
    ["\u0b95\u0bbf\u0bb1\u0bcd",-1,-1],["\u0b95\u0bbf\u0ba9\u0bcd\u0bb1",-1,-1],["\u0bbe\u0ba8\u0bbf\u0ba9\u0bcd\u0bb1",-1,-1],
    ["\u0b95\u0bbf\u0bb1",-1,-1]]);
  function r_fix_va_start() {
   var among_var;
   B = C;
   if (C + 5 >= L || S.charCodeAt(C + 5) >> 5 != 4 || ((3078 >> (S.charCodeAt(C + 5) & 0x1f)) & 1) == 0) return false;
   among_var = find_among(A_0);
   if (among_var == 0) return false;
   K = C;
   switch (among_var) {
    case 1: { slice_from(enc("\u0b93")); break; }
    case 2: { slice_from(enc("\u0b92")); break; }
    case 3: { slice_from(enc("\u0b89")); break; }
    case 4: { slice_from(enc("\u0b8a")); break; }
   }
   return true;
  }
  function r_fix_endings() {
   var v_1 = C;
   replab1: for (;;) {
    var v_2 = C;
    lab2: for (var _lab2 = 0; _lab2 < 1; _lab2++) {
     if (!r_fix_ending()) break lab2;
     continue replab1;
    }
    C = v_2;
    break replab1;
   }
   C = v_1;
   return true;
  }
  function r_fix_ending() {
   var among_var;
   if (len() < 4) return false;
   LB = C;
   C = L;
   lab0: {
    var v_1 = L - C;
    lab1: {
     K = C;
     among_var = find_among_b(A_5);
     if (among_var == 0) break lab1;
     B = C;
     switch (among_var) {
      case 1: { slice_del(); break; }
      case 2: {
       var v_2 = L - C;
       if (find_among_b(A_2) == 0) break lab1;
       C = L - v_2;
       slice_del();
       break;
      }
      case 3: { slice_from(enc("\u0bb3\u0bcd")); break; }
      case 4: { slice_from(enc("\u0bb2\u0bcd")); break; }
      case 5: { slice_from(enc("\u0b9f\u0bc1")); break; }
      case 6: {
       if (!b_found_vetrumai_urupu) break lab1;
       lab2: {
        if (!eq_s_b(enc("\u0bc8"))) break lab2;
        break lab1;
       }
       slice_from(enc("\u0bae\u0bcd"));
       break;
      }
      case 7: { slice_from(enc("\u0bcd")); break; }
      case 8: {
       var v_3 = L - C;
       lab3: {
        if (find_among_b(A_3) == 0) break lab3;
        break lab1;
       }
       C = L - v_3;
       slice_del();
       break;
      }
      case 9: {
       if (C - 2 <= LB || (S.charCodeAt(C - 1) != 136 && S.charCodeAt(C - 1) != 141)) {among_var = 2;}
       else { among_var = find_among_b(A_4); }
       switch (among_var) {
        case 1: { slice_del(); break; }
        case 2: { slice_from(enc("\u0bae\u0bcd")); break; }
       }
       break;
      }
     }
     break lab0;
    }
    C = L - v_1;
    K = C;
    if (!eq_s_b(enc("\u0bcd"))) return false;
    lab4: {
     var v_4 = L - C;
     lab5: {
      if (find_among_b(A_6) == 0) break lab5;
      var v_5 = L - C;
      lab6: {
       if (!eq_s_b(enc("\u0bcd"))) { C = L - v_5; break lab6; }
       if (find_among_b(A_6) == 0) { C = L - v_5; break lab6; }
      }
      B = C;
      slice_del();
      break lab4;
     }
     C = L - v_4;
     lab7: {
      if (find_among_b(A_7) == 0) break lab7;
      B = C;
      if (!eq_s_b(enc("\u0bcd"))) break lab7;
      slice_del();
      break lab4;
     }
     C = L - v_4;
     var v_6 = L - C;
     if (find_among_b(A_8) == 0) return false;
     C = L - v_6;
     B = C;
     slice_del();
    }
   }
   C = LB;
   return true;
  }
  function stem() {
   b_found_vetrumai_urupu = false;
   var among_var;
   var b_found_a_match;
   b_found_vetrumai_urupu = false;
   var v_1 = C;
   r_fix_ending();
   C = v_1;
   if (len() < 5) return false;
   var v_2 = C;
   lab0: {
    B = C;
    if (!eq_s(enc("\u0b8e"))) break lab0;
    if (find_among(A_1) == 0) break lab0;
    if (!eq_s(enc("\u0bcd"))) break lab0;
    K = C;
    slice_del();
    var v_3 = C;
    r_fix_va_start();
    C = v_3;
   }
   C = v_2;
   var v_4 = C;
   lab1: {
    B = C;
    if (C + 2 >= L || S.charCodeAt(C + 2) >> 5 != 4 || ((672 >> (S.charCodeAt(C + 2) & 0x1f)) & 1) == 0) break lab1;
    if (find_among(A_9) == 0) break lab1;
    if (find_among(A_1) == 0) break lab1;
    if (!eq_s(enc("\u0bcd"))) break lab1;
    K = C;
    slice_del();
    var v_5 = C;
    r_fix_va_start();
    C = v_5;
   }
   C = v_4;
   lab2: {
    if (len() < 5) break lab2;
    LB = C;
    C = L;
    var v_6 = L - C;
    lab3: {
     K = C;
     if (find_among_b(A_11) == 0) break lab3;
     B = C;
     slice_from(enc("\u0bcd"));
    }
    C = L - v_6;
    C = LB;
    r_fix_endings();
   }
   var v_7 = C;
   lab4: {
    if (len() < 5) break lab4;
    LB = C;
    C = L;
    K = C;
    if (!eq_s_b(enc("\u0bc1\u0bae\u0bcd"))) break lab4;
    B = C;
    slice_from(enc("\u0bcd"));
    C = LB;
    var v_8 = C;
    r_fix_ending();
    C = v_8;
   }
   C = v_7;
   var v_9 = C;
   lab5: {
    if (len() < 5) break lab5;
    LB = C;
    C = L;
    K = C;
    among_var = find_among_b(A_13);
    if (among_var == 0) break lab5;
    B = C;
    switch (among_var) {
     case 1: { slice_from(enc("\u0bcd")); break; }
     case 2: {
      var v_10 = L - C;
      lab6: {
       if (find_among_b(A_3) == 0) break lab6;
       break lab5;
      }
      C = L - v_10;
      slice_from(enc("\u0bcd"));
      break;
     }
     case 3: { slice_del(); break; }
    }
    C = LB;
    r_fix_endings();
   }
   C = v_9;
   var v_11 = C;
   lab7: {
    b_found_vetrumai_urupu = false;
    if (len() < 5) break lab7;
    LB = C;
    C = L;
    lab8: {
     var v_12 = L - C;
     lab9: {
      var v_13 = L - C;
      K = C;
      if (C - 2 <= LB || S.charCodeAt(C - 1) >> 5 != 4 || ((-2147475197 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab9;
      among_var = find_among_b(A_14);
      if (among_var == 0) break lab9;
      B = C;
      switch (among_var) {
       case 1: { slice_del(); break; }
       case 2: { slice_from(enc("\u0bcd")); break; }
       case 3: {
        lab10: {
         if (!eq_s_b(enc("\u0bae"))) break lab10;
         break lab9;
        }
        slice_from(enc("\u0bcd"));
        break;
       }
       case 4: {
        if (len() < 7) break lab9;
        slice_from(enc("\u0bcd"));
        break;
       }
       case 5: {
        var v_14 = L - C;
        lab11: {
         if (find_among_b(A_3) == 0) break lab11;
         break lab9;
        }
        C = L - v_14;
        slice_from(enc("\u0bcd"));
        break;
       }
       case 6: {
        var v_15 = L - C;
        lab12: {
         if (find_among_b(A_3) == 0) break lab12;
         break lab9;
        }
        C = L - v_15;
        slice_del();
        break;
       }
       case 7: { slice_from(enc("\u0bbf")); break; }
      }
      C = L - v_13;
      break lab8;
     }
     C = L - v_12;
     var v_16 = L - C;
     K = C;
     if (!eq_s_b(enc("\u0bc8"))) break lab7;
     lab13: {
      var v_17 = L - C;
      lab14: {
       var v_18 = L - C;
       lab15: {
        if (find_among_b(A_6) == 0) break lab15;
        break lab14;
       }
       C = L - v_18;
       break lab13;
      }
      C = L - v_17;
      var v_19 = L - C;
      if (find_among_b(A_6) == 0) break lab7;
      if (!eq_s_b(enc("\u0bcd"))) break lab7;
      C = L - v_19;
     }
     B = C;
     slice_from(enc("\u0bcd"));
     C = L - v_16;
    }
    b_found_vetrumai_urupu = true;
    var v_20 = L - C;
    lab16: {
     K = C;
     if (!eq_s_b(enc("\u0bbf\u0ba9\u0bcd"))) break lab16;
     B = C;
     slice_from(enc("\u0bcd"));
    }
    C = L - v_20;
    C = LB;
    r_fix_endings();
   }
   C = v_11;
   var v_21 = C;
   lab17: {
    LB = C;
    C = L;
    K = C;
    if (C - 8 <= LB || S.charCodeAt(C - 1) != 141) break lab17;
    among_var = find_among_b(A_10);
    if (among_var == 0) break lab17;
    B = C;
    switch (among_var) {
     case 1: {
      lab18: {
       var v_22 = L - C;
       lab19: {
        if (find_among_b(A_6) == 0) break lab19;
        slice_from(enc("\u0bc1\u0b99\u0bcd"));
        break lab18;
       }
       C = L - v_22;
       slice_from(enc("\u0bcd"));
      }
      break;
     }
     case 2: { slice_from(enc("\u0bb2\u0bcd")); break; }
     case 3: { slice_from(enc("\u0bb3\u0bcd")); break; }
     case 4: { slice_del(); break; }
    }
    C = LB;
   }
   C = v_21;
   var v_23 = C;
   lab20: {
    if (len() < 5) break lab20;
    LB = C;
    C = L;
    K = C;
    if (C - 5 <= LB || S.charCodeAt(C - 1) != 191) break lab20;
    if (find_among_b(A_12) == 0) break lab20;
    B = C;
    slice_del();
    C = LB;
   }
   C = v_23;
   var v_24 = C;
   replab22: for (;;) {
    var v_25 = C;
    lab23: for (var _lab23 = 0; _lab23 < 1; _lab23++) {
     b_found_a_match = false;
     if (len() < 5) break lab23;
     LB = C;
     C = L;
     var v_26 = L - C;
     lab24: {
      var v_27 = L - C;
      K = C;
      among_var = find_among_b(A_16);
      if (among_var == 0) break lab24;
      B = C;
      switch (among_var) {
       case 1: { slice_del(); break; }
       case 2: {
        var v_28 = L - C;
        lab25: {
         if (C - 2 <= LB || S.charCodeAt(C - 1) >> 5 != 4 || ((1951712 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab25;
         if (find_among_b(A_15) == 0) break lab25;
         break lab24;
        }
        C = L - v_28;
        slice_del();
        break;
       }
       case 3: {
        var v_29 = L - C;
        lab26: {
         if (find_among_b(A_3) == 0) break lab26;
         break lab24;
        }
        C = L - v_29;
        slice_del();
        break;
       }
       case 4: {
        lab27: {
         if (!eq_s_b(enc("\u0b9a"))) break lab27;
         break lab24;
        }
        slice_from(enc("\u0bcd"));
        break;
       }
       case 5: { slice_from(enc("\u0bcd")); break; }
       case 6: {
        var v_30 = L - C;
        if (!eq_s_b(enc("\u0bcd"))) break lab24;
        C = L - v_30;
        slice_del();
        break;
       }
      }
      b_found_a_match = true;
      C = L - v_27;
     }
     C = L - v_26;
     var v_31 = L - C;
     lab28: {
      K = C;
      if (C - 8 <= LB || (S.charCodeAt(C - 1) != 141 && S.charCodeAt(C - 1) != 177)) break lab28;
      if (find_among_b(A_17) == 0) break lab28;
      B = C;
      slice_del();
      b_found_a_match = true;
     }
     C = L - v_31;
     C = LB;
     r_fix_endings();
     if (!b_found_a_match) break lab23;
     continue replab22;
    }
    C = v_25;
    break replab22;
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
