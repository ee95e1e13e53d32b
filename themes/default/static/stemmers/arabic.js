/* Snowball "arabic" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).arabic = (function () {
  'use strict';
  // Generated from arabic.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
  function next_char() { C++; while (C < S.length && !bd(C)) C++; }
  function previous_char() { C--; while (C > 0 && !bd(C)) C--; }
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
    ["\u0640",-1,1],["\u064b",-1,1],["\u064c",-1,1],["\u064d",-1,1],["\u064e",-1,1],["\u064f",-1,1],
    ["\u0650",-1,1],["\u0651",-1,1],["\u0652",-1,1],["\u0660",-1,2],["\u0661",-1,3],["\u0662",-1,4],
    ["\u0663",-1,5],["\u0664",-1,6],["\u0665",-1,7],["\u0666",-1,8],["\u0667",-1,9],["\u0668",-1,10],
    ["\u0669",-1,11],["\ufe80",-1,12],["\ufe81",-1,16],["\ufe82",-1,16],["\ufe83",-1,13],["\ufe84",-1,13],
    ["\ufe85",-1,17],["\ufe86",-1,17],["\ufe87",-1,14],["\ufe88",-1,14],["\ufe89",-1,15],["\ufe8a",-1,15],
    ["\ufe8b",-1,15],["\ufe8c",-1,15],["\ufe8d",-1,18],["\ufe8e",-1,18],["\ufe8f",-1,19],["\ufe90",-1,19],
    ["\ufe91",-1,19],["\ufe92",-1,19],["\ufe93",-1,20],["\ufe94",-1,20],["\ufe95",-1,21],["\ufe96",-1,21],
    ["\ufe97",-1,21],["\ufe98",-1,21],["\ufe99",-1,22],["\ufe9a",-1,22],["\ufe9b",-1,22],["\ufe9c",-1,22],
    ["\ufe9d",-1,23],["\ufe9e",-1,23],["\ufe9f",-1,23],["\ufea0",-1,23],["\ufea1",-1,24],["\ufea2",-1,24],
    ["\ufea3",-1,24],["\ufea4",-1,24],["\ufea5",-1,25],["\ufea6",-1,25],["\ufea7",-1,25],["\ufea8",-1,25],
    ["\ufea9",-1,26],["\ufeaa",-1,26],["\ufeab",-1,27],["\ufeac",-1,27],["\ufead",-1,28],["\ufeae",-1,28],
    ["\ufeaf",-1,29],["\ufeb0",-1,29],["\ufeb1",-1,30],["\ufeb2",-1,30],["\ufeb3",-1,30],["\ufeb4",-1,30],
    ["\ufeb5",-1,31],["\ufeb6",-1,31],["\ufeb7",-1,31],["\ufeb8",-1,31],["\ufeb9",-1,32],["\ufeba",-1,32],
    ["\ufebb",-1,32],["\ufebc",-1,32],["\ufebd",-1,33],["\ufebe",-1,33],["\ufebf",-1,33],["\ufec0",-1,33],
    ["\ufec1",-1,34],["\ufec2",-1,34],["\ufec3",-1,34],["\ufec4",-1,34],["\ufec5",-1,35],["\ufec6",-1,35],
    ["\ufec7",-1,35],["\ufec8",-1,35],["\ufec9",-1,36],["\ufeca",-1,36],["\ufecb",-1,36],["\ufecc",-1,36],
    ["\ufecd",-1,37],["\ufece",-1,37],["\ufecf",-1,37],["\ufed0",-1,37],["\ufed1",-1,38],["\ufed2",-1,38],
    ["\ufed3",-1,38],["\ufed4",-1,38],["\ufed5",-1,39],["\ufed6",-1,39],["\ufed7",-1,39],["\ufed8",-1,39],
    ["\ufed9",-1,40],["\ufeda",-1,40],["\ufedb",-1,40],["\ufedc",-1,40],["\ufedd",-1,41],["\ufede",-1,41],
    ["\ufedf",-1,41],["\ufee0",-1,41],["\ufee1",-1,42],["\ufee2",-1,42],["\ufee3",-1,42],["\ufee4",-1,42],
    ["\ufee5",-1,43],["\ufee6",-1,43],["\ufee7",-1,43],["\ufee8",-1,43],["\ufee9",-1,44],["\ufeea",-1,44],
    ["\ufeeb",-1,44],["\ufeec",-1,44],["\ufeed",-1,45],["\ufeee",-1,45],["\ufeef",-1,46],["\ufef0",-1,46],
    ["\ufef1",-1,47],["\ufef2",-1,47],["\ufef3",-1,47],["\ufef4",-1,47],["\ufef5",-1,51],["\ufef6",-1,51],
    ["\ufef7",-1,49],["\ufef8",-1,49],["\ufef9",-1,50],["\ufefa",-1,50],["\ufefb",-1,48],["\ufefc",-1,48]]);
  var A_1 = am([
    ["\u0622",-1,1],["\u0623",-1,1],["\u0624",-1,1],["\u0625",-1,1],["\u0626",-1,1]]);
  var A_2 = am([
    ["\u0622",-1,1],["\u0623",-1,1],["\u0624",-1,2],["\u0625",-1,1],["\u0626",-1,3]]);
  var A_3 = am([
    ["\u0627\u0644",-1,2],["\u0628\u0627\u0644",-1,1],["\u0643\u0627\u0644",-1,1],["\u0644\u0644",-1,2]]);
  var A_4 = am([
    ["\u0623\u0622",-1,2],["\u0623\u0623",-1,1],["\u0623\u0624",-1,1],["\u0623\u0625",-1,4],["\u0623\u0627",-1,3]]);
  var A_5 = am([
    ["\u0641",-1,1],["\u0648",-1,1]]);
  var A_6 = am([
    ["\u0627\u0644",-1,2],["\u0628\u0627\u0644",-1,1],["\u0643\u0627\u0644",-1,1],["\u0644\u0644",-1,2]]);
  var A_7 = am([
    ["\u0628",-1,1],["\u0628\u0627",0,-1],["\u0628\u0628",0,2],["\u0643\u0643",-1,3]]);
  var A_8 = am([
    ["\u0633\u0623",-1,4],["\u0633\u062a",-1,2],["\u0633\u0646",-1,3],["\u0633\u064a",-1,1]]);
  var A_9 = am([
    ["\u062a\u0633\u062a",-1,1],["\u0646\u0633\u062a",-1,1],["\u064a\u0633\u062a",-1,1]]);
  var A_10 = am([
    ["\u0643",-1,1],["\u0643\u0645",-1,2],["\u0647\u0645",-1,2],["\u0647\u0646",-1,2],["\u0647",-1,1],
    ["\u064a",-1,1],["\u0643\u0645\u0627",-1,3],["\u0647\u0645\u0627",-1,3],["\u0646\u0627",-1,2],
    ["\u0647\u0627",-1,2]]);
  var A_11 = am([
    ["\u0648",-1,1],["\u064a",-1,1],["\u0627",-1,1]]);
  var A_12 = am([
    ["\u0643",-1,1],["\u0643\u0645",-1,2],["\u0647\u0645",-1,2],["\u0643\u0646",-1,2],["\u0647\u0646",-1,2],
    ["\u0647",-1,1],["\u0643\u0645\u0648",-1,3],["\u0646\u064a",-1,2],["\u0643\u0645\u0627",-1,3],
    ["\u0647\u0645\u0627",-1,3],["\u0646\u0627",-1,2],["\u0647\u0627",-1,2]]);
  var A_13 = am([
    ["\u0646",-1,1],["\u0648\u0646",0,3],["\u064a\u0646",0,3],["\u0627\u0646",0,3],["\u062a\u0646",0,2],
    ["\u064a",-1,1],["\u0627",-1,1],["\u062a\u0645\u0627",6,3],["\u0646\u0627",6,2],["\u062a\u0627",6,2],
    ["\u062a",-1,1]]);
  var A_14 = am([
    ["\u062a\u0645",-1,1],["\u0648\u0627",-1,1]]);
  var A_15 = am([
    ["\u0648",-1,1],["\u062a\u0645\u0648",0,2]]);
  function r_Suffix_Noun_Step2a() {
   K = C;
   if (find_among_b(A_11) == 0) return false;
   B = C;
   if (len() < 5) return false;
   slice_del();
   return true;
  }
  function r_Suffix_Noun_Step2b() {
   K = C;
   if (!eq_s_b(enc("\u0627\u062a"))) return false;
   B = C;
   if (len() < 5) return false;
   slice_del();
   return true;
  }
  function r_Suffix_Noun_Step2c1() {
   K = C;
   if (!eq_s_b(enc("\u062a"))) return false;
   B = C;
   if (len() < 4) return false;
   slice_del();
   return true;
  }
  function r_Suffix_Verb_Step2a() {
   var among_var;
   K = C;
   among_var = find_among_b(A_13);
   if (among_var == 0) return false;
   B = C;
   switch (among_var) {
    case 1: {
     if (len() < 4) return false;
     slice_del();
     break;
    }
    case 2: {
     if (len() < 5) return false;
     slice_del();
     break;
    }
    case 3: {
     if (len() < 6) return false;
     slice_del();
     break;
    }
   }
   return true;
  }
  function stem() {
   var among_var;
   var b_is_defined;
   var b_is_verb;
   var b_is_noun;
   b_is_noun = true;
   b_is_verb = true;
   b_is_defined = false;
   var v_1 = C;
   lab0: {
    B = C;
    if (C + 3 >= L || (S.charCodeAt(C + 3) != 132 && S.charCodeAt(C + 3) != 167)) break lab0;
    among_var = find_among(A_3);
    if (among_var == 0) break lab0;
    K = C;
    switch (among_var) {
     case 1: {
      if (len() < 5) break lab0;
      b_is_noun = true;
      b_is_verb = false;
      b_is_defined = true;
      break;
     }
     case 2: {
      if (len() < 4) break lab0;
      b_is_noun = true;
      b_is_verb = false;
      b_is_defined = true;
      break;
     }
    }
   }
   C = v_1;
   var v_2 = C;
   replab3: for (;;) {
    var v_3 = C;
    lab4: for (var _lab4 = 0; _lab4 < 1; _lab4++) {
     lab5: {
      var v_4 = C;
      lab6: {
       B = C;
       among_var = find_among(A_0);
       if (among_var == 0) break lab6;
       K = C;
       switch (among_var) {
        case 1: { slice_del(); break; }
        case 2: { slice_from("0"); break; }
        case 3: { slice_from("1"); break; }
        case 4: { slice_from("2"); break; }
        case 5: { slice_from("3"); break; }
        case 6: { slice_from("4"); break; }
        case 7: { slice_from("5"); break; }
        case 8: { slice_from("6"); break; }
        case 9: { slice_from("7"); break; }
        case 10: { slice_from("8"); break; }
        case 11: { slice_from("9"); break; }
        case 12: { slice_from(enc("\u0621")); break; }
        case 13: { slice_from(enc("\u0623")); break; }
        case 14: { slice_from(enc("\u0625")); break; }
        case 15: { slice_from(enc("\u0626")); break; }
        case 16: { slice_from(enc("\u0622")); break; }
        case 17: { slice_from(enc("\u0624")); break; }
        case 18: { slice_from(enc("\u0627")); break; }
        case 19: { slice_from(enc("\u0628")); break; }
        case 20: { slice_from(enc("\u0629")); break; }
        case 21: { slice_from(enc("\u062a")); break; }
        case 22: { slice_from(enc("\u062b")); break; }
        case 23: { slice_from(enc("\u062c")); break; }
        case 24: { slice_from(enc("\u062d")); break; }
        case 25: { slice_from(enc("\u062e")); break; }
        case 26: { slice_from(enc("\u062f")); break; }
        case 27: { slice_from(enc("\u0630")); break; }
        case 28: { slice_from(enc("\u0631")); break; }
        case 29: { slice_from(enc("\u0632")); break; }
        case 30: { slice_from(enc("\u0633")); break; }
        case 31: { slice_from(enc("\u0634")); break; }
        case 32: { slice_from(enc("\u0635")); break; }
        case 33: { slice_from(enc("\u0636")); break; }
        case 34: { slice_from(enc("\u0637")); break; }
        case 35: { slice_from(enc("\u0638")); break; }
        case 36: { slice_from(enc("\u0639")); break; }
        case 37: { slice_from(enc("\u063a")); break; }
        case 38: { slice_from(enc("\u0641")); break; }
        case 39: { slice_from(enc("\u0642")); break; }
        case 40: { slice_from(enc("\u0643")); break; }
        case 41: { slice_from(enc("\u0644")); break; }
        case 42: { slice_from(enc("\u0645")); break; }
        case 43: { slice_from(enc("\u0646")); break; }
        case 44: { slice_from(enc("\u0647")); break; }
        case 45: { slice_from(enc("\u0648")); break; }
        case 46: { slice_from(enc("\u0649")); break; }
        case 47: { slice_from(enc("\u064a")); break; }
        case 48: { slice_from(enc("\u0644\u0627")); break; }
        case 49: { slice_from(enc("\u0644\u0623")); break; }
        case 50: { slice_from(enc("\u0644\u0625")); break; }
        case 51: { slice_from(enc("\u0644\u0622")); break; }
       }
       break lab5;
      }
      C = v_4;
      if (C >= L) break lab4;
      next_char();
     }
     continue replab3;
    }
    C = v_3;
    break replab3;
   }
   C = v_2;
   LB = C;
   C = L;
   var v_5 = L - C;
   lab7: {
    lab8: {
     var v_6 = L - C;
     lab9: {
      if (!b_is_verb) break lab9;
      lab10: {
       var v_7 = L - C;
       lab11: {
        var v_8 = 1;
        replab12: for (;;) {
         var v_9 = L - C;
         lab13: for (var _lab13 = 0; _lab13 < 1; _lab13++) {
          K = C;
          among_var = find_among_b(A_12);
          if (among_var == 0) break lab13;
          B = C;
          switch (among_var) {
           case 1: {
            if (len() < 4) break lab13;
            slice_del();
            break;
           }
           case 2: {
            if (len() < 5) break lab13;
            slice_del();
            break;
           }
           case 3: {
            if (len() < 6) break lab13;
            slice_del();
            break;
           }
          }
          v_8 -= 1;
          continue replab12;
         }
         C = L - v_9;
         break replab12;
        }
        if (v_8 > 0) break lab11;
        lab14: {
         var v_10 = L - C;
         lab15: {
          if (!r_Suffix_Verb_Step2a()) break lab15;
          break lab14;
         }
         C = L - v_10;
         lab16: {
          K = C;
          if (C - 1 <= LB || S.charCodeAt(C - 1) != 136) break lab16;
          among_var = find_among_b(A_15);
          if (among_var == 0) break lab16;
          B = C;
          switch (among_var) {
           case 1: {
            if (len() < 4) break lab16;
            slice_del();
            break;
           }
           case 2: {
            if (len() < 6) break lab16;
            slice_del();
            break;
           }
          }
          break lab14;
         }
         C = L - v_10;
         if (C <= LB) break lab11;
         previous_char();
        }
        break lab10;
       }
       C = L - v_7;
       lab17: {
        K = C;
        if (C - 3 <= LB || (S.charCodeAt(C - 1) != 133 && S.charCodeAt(C - 1) != 167)) break lab17;
        if (find_among_b(A_14) == 0) break lab17;
        B = C;
        if (len() < 5) break lab17;
        slice_del();
        break lab10;
       }
       C = L - v_7;
       if (!r_Suffix_Verb_Step2a()) break lab9;
      }
      break lab8;
     }
     C = L - v_6;
     lab18: {
      if (!b_is_noun) break lab18;
      var v_11 = L - C;
      lab19: {
       lab20: {
        var v_12 = L - C;
        lab21: {
         K = C;
         if (!eq_s_b(enc("\u0629"))) break lab21;
         B = C;
         if (len() < 4) break lab21;
         slice_del();
         break lab20;
        }
        C = L - v_12;
        lab22: {
         if (b_is_defined) break lab22;
         K = C;
         among_var = find_among_b(A_10);
         if (among_var == 0) break lab22;
         B = C;
         switch (among_var) {
          case 1: {
           if (len() < 4) break lab22;
           slice_del();
           break;
          }
          case 2: {
           if (len() < 5) break lab22;
           slice_del();
           break;
          }
          case 3: {
           if (len() < 6) break lab22;
           slice_del();
           break;
          }
         }
         lab23: {
          var v_13 = L - C;
          lab24: {
           if (!r_Suffix_Noun_Step2a()) break lab24;
           break lab23;
          }
          C = L - v_13;
          lab25: {
           if (!r_Suffix_Noun_Step2b()) break lab25;
           break lab23;
          }
          C = L - v_13;
          lab26: {
           if (!r_Suffix_Noun_Step2c1()) break lab26;
           break lab23;
          }
          C = L - v_13;
          if (C <= LB) break lab22;
          previous_char();
         }
         break lab20;
        }
        C = L - v_12;
        lab27: {
         K = C;
         if (!eq_s_b(enc("\u0646"))) break lab27;
         B = C;
         if (len() < 6) break lab27;
         slice_del();
         lab28: {
          var v_14 = L - C;
          lab29: {
           if (!r_Suffix_Noun_Step2a()) break lab29;
           break lab28;
          }
          C = L - v_14;
          lab30: {
           if (!r_Suffix_Noun_Step2b()) break lab30;
           break lab28;
          }
          C = L - v_14;
          if (!r_Suffix_Noun_Step2c1()) break lab27;
         }
         break lab20;
        }
        C = L - v_12;
        lab31: {
         if (b_is_defined) break lab31;
         if (!r_Suffix_Noun_Step2a()) break lab31;
         break lab20;
        }
        C = L - v_12;
        if (!r_Suffix_Noun_Step2b()) { C = L - v_11; break lab19; }
       }
      }
      K = C;
      if (!eq_s_b(enc("\u064a"))) break lab18;
      B = C;
      if (len() < 3) break lab18;
      slice_del();
      break lab8;
     }
     C = L - v_6;
     K = C;
     if (!eq_s_b(enc("\u0649"))) break lab7;
     B = C;
     slice_from(enc("\u064a"));
    }
   }
   C = L - v_5;
   C = LB;
   var v_15 = C;
   lab32: {
    var v_16 = C;
    lab33: {
     B = C;
     if (C + 3 >= L || S.charCodeAt(C + 3) >> 5 != 5 || ((188 >> (S.charCodeAt(C + 3) & 0x1f)) & 1) == 0) {
      C = v_16;
      break lab33;
     }
     among_var = find_among(A_4);
     if (among_var == 0) { C = v_16; break lab33; }
     K = C;
     switch (among_var) {
      case 1: {
       if (len() < 4) { C = v_16; break lab33; }
       slice_from(enc("\u0623"));
       break;
      }
      case 2: {
       if (len() < 4) { C = v_16; break lab33; }
       slice_from(enc("\u0622"));
       break;
      }
      case 3: {
       if (len() < 4) { C = v_16; break lab33; }
       slice_from(enc("\u0627"));
       break;
      }
      case 4: {
       if (len() < 4) { C = v_16; break lab33; }
       slice_from(enc("\u0625"));
       break;
      }
     }
    }
    var v_17 = C;
    lab34: {
     B = C;
     if (C + 1 >= L || (S.charCodeAt(C + 1) != 129 && S.charCodeAt(C + 1) != 136)) { C = v_17; break lab34; }
     if (find_among(A_5) == 0) { C = v_17; break lab34; }
     K = C;
     if (len() < 4) { C = v_17; break lab34; }
     lab35: {
      if (!eq_s(enc("\u0627"))) break lab35;
      C = v_17;
      break lab34;
     }
     slice_del();
    }
    lab36: {
     var v_18 = C;
     lab37: {
      B = C;
      if (C + 3 >= L || (S.charCodeAt(C + 3) != 132 && S.charCodeAt(C + 3) != 167)) break lab37;
      among_var = find_among(A_6);
      if (among_var == 0) break lab37;
      K = C;
      switch (among_var) {
       case 1: {
        if (len() < 6) break lab37;
        slice_del();
        break;
       }
       case 2: {
        if (len() < 5) break lab37;
        slice_del();
        break;
       }
      }
      break lab36;
     }
     C = v_18;
     lab38: {
      if (!b_is_noun) break lab38;
      B = C;
      if (C + 1 >= L || (S.charCodeAt(C + 1) != 168 && S.charCodeAt(C + 1) != 131)) break lab38;
      among_var = find_among(A_7);
      if (among_var == 0) break lab38;
      K = C;
      switch (among_var) {
       case 1: {
        if (len() < 4) break lab38;
        slice_del();
        break;
       }
       case 2: {
        if (len() < 4) break lab38;
        slice_from(enc("\u0628"));
        break;
       }
       case 3: {
        if (len() < 4) break lab38;
        slice_from(enc("\u0643"));
        break;
       }
      }
      break lab36;
     }
     C = v_18;
     if (!b_is_verb) break lab32;
     var v_19 = C;
     lab39: {
      B = C;
      among_var = find_among(A_8);
      if (among_var == 0) { C = v_19; break lab39; }
      K = C;
      switch (among_var) {
       case 1: {
        if (len() < 5) { C = v_19; break lab39; }
        slice_from(enc("\u064a"));
        break;
       }
       case 2: {
        if (len() < 5) { C = v_19; break lab39; }
        slice_from(enc("\u062a"));
        break;
       }
       case 3: {
        if (len() < 5) { C = v_19; break lab39; }
        slice_from(enc("\u0646"));
        break;
       }
       case 4: {
        if (len() < 5) { C = v_19; break lab39; }
        slice_from(enc("\u0623"));
        break;
       }
      }
     }
     B = C;
     if (C + 5 >= L || S.charCodeAt(C + 5) != 170) break lab32;
     if (find_among(A_9) == 0) break lab32;
     K = C;
     if (len() < 5) break lab32;
     b_is_verb = true;
     b_is_noun = false;
     slice_from(enc("\u0627\u0633\u062a"));
    }
   }
   C = v_15;
   var v_20 = C;
   lab41: {
    LB = C;
    C = L;
    K = C;
    if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 5 || ((124 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab41;
    if (find_among_b(A_1) == 0) break lab41;
    B = C;
    slice_from(enc("\u0621"));
    C = LB;
   }
   C = v_20;
   var v_21 = C;
   replab43: for (;;) {
    var v_22 = C;
    lab44: for (var _lab44 = 0; _lab44 < 1; _lab44++) {
     lab45: {
      var v_23 = C;
      lab46: {
       B = C;
       if (C + 1 >= L || S.charCodeAt(C + 1) >> 5 != 5 || ((124 >> (S.charCodeAt(C + 1) & 0x1f)) & 1) == 0) break lab46;
       among_var = find_among(A_2);
       if (among_var == 0) break lab46;
       K = C;
       switch (among_var) {
        case 1: { slice_from(enc("\u0627")); break; }
        case 2: { slice_from(enc("\u0648")); break; }
        case 3: { slice_from(enc("\u064a")); break; }
       }
       break lab45;
      }
      C = v_23;
      if (C >= L) break lab44;
      next_char();
     }
     continue replab43;
    }
    C = v_22;
    break replab43;
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
