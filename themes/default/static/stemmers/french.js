/* Snowball "french" stemmer: a port of frostem 1.20260821.8 (snowball 81dd074), as tantivy uses it. BSD-3-Clause, see LICENSE-SNOWBALL. */
(window.HSstem = window.HSstem || {}).french = (function () {
  'use strict';
  // Generated from french.sbl by Snowball 3.1.1; translated by bench/stemmers/rs2js.py.
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
    ["col",-1,-1],["ni",-1,1],["par",-1,-1],["tap",-1,-1]]);
  var A_1 = am([
    ["",-1,7],["H",0,6],["He",1,4],["Hi",1,5],["I",0,1],["U",0,2],["Y",0,3]]);
  var A_2 = am([
    ["iqU",-1,3],["abl",-1,3],["I\u00e8r",-1,4],["i\u00e8r",-1,4],["eus",-1,2],["iv",-1,1]]);
  var A_3 = am([
    ["ic",-1,2],["abil",-1,1],["iv",-1,3]]);
  var A_4 = am([
    ["iqUe",-1,1],["atrice",-1,2],["ance",-1,1],["ence",-1,5],["logie",-1,3],["able",-1,1],["isme",-1,1],
    ["euse",-1,12],["iste",-1,1],["ive",-1,8],["if",-1,8],["usion",-1,4],["ation",-1,2],["ution",-1,4],
    ["ateur",-1,2],["iqUes",-1,1],["atrices",-1,2],["ances",-1,1],["ences",-1,5],["logies",-1,3],
    ["ables",-1,1],["ismes",-1,1],["euses",-1,12],["istes",-1,1],["ives",-1,8],["ifs",-1,8],["usions",-1,4],
    ["ations",-1,2],["utions",-1,4],["ateurs",-1,2],["ments",-1,16],["ements",30,6],["issements",31,13],
    ["it\u00e9s",-1,7],["ment",-1,16],["ement",34,6],["issement",35,13],["amment",34,14],["emment",34,15],
    ["aux",-1,10],["eaux",39,9],["eux",-1,1],["oux",-1,11],["it\u00e9",-1,7]]);
  var A_5 = am([
    ["ira",-1,1],["ie",-1,1],["isse",-1,1],["issante",-1,1],["i",-1,1],["irai",4,1],["ir",-1,1],
    ["iras",-1,1],["ies",-1,1],["\u00eemes",-1,1],["isses",-1,1],["issantes",-1,1],["\u00eetes",-1,1],
    ["is",-1,1],["irais",13,1],["issais",13,1],["irions",-1,1],["issions",-1,1],["irons",-1,1],
    ["issons",-1,1],["issants",-1,1],["it",-1,1],["irait",21,1],["issait",21,1],["issant",-1,1],
    ["iraIent",-1,1],["issaIent",-1,1],["irent",-1,1],["issent",-1,1],["iront",-1,1],["\u00eet",-1,1],
    ["iriez",-1,1],["issiez",-1,1],["irez",-1,1],["issez",-1,1]]);
  var A_6 = am([
    ["al",-1,1],["\u00e9pl",-1,-1],["auv",-1,-1]]);
  var A_7 = am([
    ["a",-1,3],["era",0,2],["aise",-1,4],["asse",-1,3],["ante",-1,3],["\u00e9e",-1,2],["ai",-1,3],
    ["erai",6,2],["er",-1,2],["as",-1,3],["eras",9,2],["\u00e2mes",-1,3],["aises",-1,4],["asses",-1,3],
    ["antes",-1,3],["\u00e2tes",-1,3],["\u00e9es",-1,2],["ais",-1,4],["eais",17,2],["erais",17,2],
    ["ions",-1,1],["erions",20,2],["assions",20,3],["erons",-1,2],["ants",-1,3],["\u00e9s",-1,2],
    ["ait",-1,3],["erait",26,2],["ant",-1,3],["aIent",-1,3],["eraIent",29,2],["\u00e8rent",-1,2],
    ["assent",-1,3],["eront",-1,2],["\u00e2t",-1,3],["ez",-1,2],["iez",35,2],["eriez",36,2],["assiez",36,3],
    ["erez",35,2],["\u00e9",-1,2]]);
  var A_8 = am([
    ["e",-1,3],["I\u00e8re",0,2],["i\u00e8re",0,2],["ion",-1,1],["Ier",-1,2],["ier",-1,2]]);
  var A_9 = am([
    ["ell",-1,-1],["eill",-1,-1],["enn",-1,-1],["onn",-1,-1],["ett",-1,-1]]);
  var G_v = [17,65,16,1,0,0,0,0,0,0,0,0,0,0,0,128,130,103,8,5];
  var G_oux_ending = [65,85];
  var G_elision_char = [131,14,131];
  var G_keep_with_s = [1,65,20,0,0,0,0,0,0,0,0,0,0,0,0,0,128];
  function stem() {
   var among_var;
   var i_p2;
   var i_p1;
   var i_pV;
   var v_1 = C;
   lab0: {
    B = C;
    lab1: {
     lab2: {
      if (!in_grouping(G_elision_char, 99, 122)) break lab2;
      break lab1;
     }
     if (!eq_s("qu")) break lab0;
    }
    if (!eq_s("'")) break lab0;
    K = C;
    if (C >= L) break lab0;
    slice_del();
   }
   C = v_1;
   var v_2 = C;
   replab4: for (;;) {
    var v_3 = C;
    lab5: for (var _lab5 = 0; _lab5 < 1; _lab5++) {
     golab6: for (;;) {
      var v_4 = C;
      lab7: {
       lab8: {
        var v_5 = C;
        lab9: {
         if (!in_grouping(G_v, 97, 251)) break lab9;
         B = C;
         lab10: {
          var v_6 = C;
          lab11: {
           if (!eq_s("u")) break lab11;
           K = C;
           if (!in_grouping(G_v, 97, 251)) break lab11;
           slice_from("U");
           break lab10;
          }
          C = v_6;
          lab12: {
           if (!eq_s("i")) break lab12;
           K = C;
           if (!in_grouping(G_v, 97, 251)) break lab12;
           slice_from("I");
           break lab10;
          }
          C = v_6;
          if (!eq_s("y")) break lab9;
          K = C;
          slice_from("Y");
         }
         break lab8;
        }
        C = v_5;
        lab13: {
         B = C;
         if (!eq_s(enc("\u00eb"))) break lab13;
         K = C;
         slice_from("He");
         break lab8;
        }
        C = v_5;
        lab14: {
         B = C;
         if (!eq_s(enc("\u00ef"))) break lab14;
         K = C;
         slice_from("Hi");
         break lab8;
        }
        C = v_5;
        lab15: {
         B = C;
         if (!eq_s("y")) break lab15;
         K = C;
         if (!in_grouping(G_v, 97, 251)) break lab15;
         slice_from("Y");
         break lab8;
        }
        C = v_5;
        if (!eq_s("q")) break lab7;
        B = C;
        if (!eq_s("u")) break lab7;
        K = C;
        slice_from("U");
       }
       C = v_4;
       break golab6;
      }
      C = v_4;
      if (C >= L) break lab5;
      next_char();
     }
     continue replab4;
    }
    C = v_3;
    break replab4;
   }
   C = v_2;
   i_pV = L;
   i_p1 = L;
   i_p2 = L;
   var v_7 = C;
   lab17: {
    lab18: {
     var v_8 = C;
     lab19: {
      if (!in_grouping(G_v, 97, 251)) break lab19;
      if (!in_grouping(G_v, 97, 251)) break lab19;
      if (C >= L) break lab19;
      next_char();
      break lab18;
     }
     C = v_8;
     lab20: {
      if (C + 1 >= L || S.charCodeAt(C + 1) >> 5 != 3 || ((33282 >> (S.charCodeAt(C + 1) & 0x1f)) & 1) == 0) break lab20;
      among_var = find_among(A_0);
      if (among_var == 0) break lab20;
      switch (among_var) {
       case 1: {
        if (!in_grouping(G_v, 97, 251)) break lab20;
        break;
       }
      }
      break lab18;
     }
     C = v_8;
     if (C >= L) break lab17;
     next_char();
     if (!go_out_grouping(G_v, 97, 251)) break lab17;
     next_char();
    }
    i_pV = C;
   }
   C = v_7;
   var v_9 = C;
   lab21: {
    if (!go_out_grouping(G_v, 97, 251)) break lab21;
    next_char();
    if (!go_in_grouping(G_v, 97, 251)) break lab21;
    next_char();
    i_p1 = C;
    if (!go_out_grouping(G_v, 97, 251)) break lab21;
    next_char();
    if (!go_in_grouping(G_v, 97, 251)) break lab21;
    next_char();
    i_p2 = C;
   }
   C = v_9;
   LB = C;
   C = L;
   var v_10 = L - C;
   lab22: {
    lab23: {
     var v_11 = L - C;
     lab24: {
      var v_12 = L - C;
      lab25: {
       var v_13 = L - C;
       lab26: {
        K = C;
        among_var = find_among_b(A_4);
        if (among_var == 0) break lab26;
        B = C;
        switch (among_var) {
         case 1: {
          if (i_p2 > C) break lab26;
          slice_del();
          break;
         }
         case 2: {
          if (i_p2 > C) break lab26;
          slice_del();
          var v_14 = L - C;
          lab27: {
           K = C;
           if (!eq_s_b("ic")) { C = L - v_14; break lab27; }
           B = C;
           lab28: {
            var v_15 = L - C;
            lab29: {
             if (i_p2 > C) break lab29;
             slice_del();
             break lab28;
            }
            C = L - v_15;
            slice_from("iqU");
           }
          }
          break;
         }
         case 3: {
          if (i_p2 > C) break lab26;
          slice_from("log");
          break;
         }
         case 4: {
          if (i_p2 > C) break lab26;
          slice_from("u");
          break;
         }
         case 5: {
          if (i_p2 > C) break lab26;
          slice_from("ent");
          break;
         }
         case 6: {
          if (i_pV > C) break lab26;
          slice_del();
          var v_16 = L - C;
          lab30: {
           K = C;
           among_var = find_among_b(A_2);
           if (among_var == 0) { C = L - v_16; break lab30; }
           B = C;
           switch (among_var) {
            case 1: {
             if (i_p2 > C) { C = L - v_16; break lab30; }
             slice_del();
             K = C;
             if (!eq_s_b("at")) { C = L - v_16; break lab30; }
             B = C;
             if (i_p2 > C) { C = L - v_16; break lab30; }
             slice_del();
             break;
            }
            case 2: {
             lab31: {
              var v_17 = L - C;
              lab32: {
               if (i_p2 > C) break lab32;
               slice_del();
               break lab31;
              }
              C = L - v_17;
              if (i_p1 > C) { C = L - v_16; break lab30; }
              slice_from("eux");
             }
             break;
            }
            case 3: {
             if (i_p2 > C) { C = L - v_16; break lab30; }
             slice_del();
             break;
            }
            case 4: {
             if (i_pV > C) { C = L - v_16; break lab30; }
             slice_from("i");
             break;
            }
           }
          }
          break;
         }
         case 7: {
          if (i_p2 > C) break lab26;
          slice_del();
          var v_18 = L - C;
          lab33: {
           K = C;
           if (C - 1 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((4198408 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
            C = L - v_18;
            break lab33;
           }
           among_var = find_among_b(A_3);
           if (among_var == 0) { C = L - v_18; break lab33; }
           B = C;
           switch (among_var) {
            case 1: {
             lab34: {
              var v_19 = L - C;
              lab35: {
               if (i_p2 > C) break lab35;
               slice_del();
               break lab34;
              }
              C = L - v_19;
              slice_from("abl");
             }
             break;
            }
            case 2: {
             lab36: {
              var v_20 = L - C;
              lab37: {
               if (i_p2 > C) break lab37;
               slice_del();
               break lab36;
              }
              C = L - v_20;
              slice_from("iqU");
             }
             break;
            }
            case 3: {
             if (i_p2 > C) { C = L - v_18; break lab33; }
             slice_del();
             break;
            }
           }
          }
          break;
         }
         case 8: {
          if (i_p2 > C) break lab26;
          slice_del();
          var v_21 = L - C;
          lab38: {
           K = C;
           if (!eq_s_b("at")) { C = L - v_21; break lab38; }
           B = C;
           if (i_p2 > C) { C = L - v_21; break lab38; }
           slice_del();
           K = C;
           if (!eq_s_b("ic")) { C = L - v_21; break lab38; }
           B = C;
           lab39: {
            var v_22 = L - C;
            lab40: {
             if (i_p2 > C) break lab40;
             slice_del();
             break lab39;
            }
            C = L - v_22;
            slice_from("iqU");
           }
          }
          break;
         }
         case 9: { slice_from("eau"); break; }
         case 10: {
          if (i_p1 > C) break lab26;
          slice_from("al");
          break;
         }
         case 11: {
          if (!in_grouping_b(G_oux_ending, 98, 112)) break lab26;
          slice_from("ou");
          break;
         }
         case 12: {
          lab41: {
           var v_23 = L - C;
           lab42: {
            if (i_p2 > C) break lab42;
            slice_del();
            break lab41;
           }
           C = L - v_23;
           if (i_p1 > C) break lab26;
           slice_from("eux");
          }
          break;
         }
         case 13: {
          if (i_p1 > C) break lab26;
          if (!out_grouping_b(G_v, 97, 251)) break lab26;
          slice_del();
          break;
         }
         case 14: {
          if (i_pV > C) break lab26;
          slice_from("ant");
          break lab26;
         }
         case 15: {
          if (i_pV > C) break lab26;
          slice_from("ent");
          break lab26;
         }
         case 16: {
          var v_24 = L - C;
          if (!in_grouping_b(G_v, 97, 251)) break lab26;
          if (i_pV > C) break lab26;
          C = L - v_24;
          slice_del();
          break lab26;
         }
        }
        break lab25;
       }
       C = L - v_13;
       lab43: {
        if (C < i_pV) break lab43;
        var v_25 = LB;
        LB = i_pV;
        K = C;
        if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((68944418 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
         LB = v_25;
         break lab43;
        }
        if (find_among_b(A_5) == 0) { LB = v_25; break lab43; }
        B = C;
        lab44: {
         if (!eq_s_b("H")) break lab44;
         LB = v_25;
         break lab43;
        }
        if (!out_grouping_b(G_v, 97, 251)) { LB = v_25; break lab43; }
        slice_del();
        LB = v_25;
        break lab25;
       }
       C = L - v_13;
       if (C < i_pV) break lab24;
       var v_26 = LB;
       LB = i_pV;
       K = C;
       among_var = find_among_b(A_7);
       if (among_var == 0) { LB = v_26; break lab24; }
       B = C;
       LB = v_26;
       switch (among_var) {
        case 1: {
         if (i_p2 > C) break lab24;
         slice_del();
         break;
        }
        case 2: { slice_del(); break; }
        case 3: {
         var v_27 = L - C;
         lab45: {
          if (!eq_s_b("e")) { C = L - v_27; break lab45; }
          if (i_pV > C) { C = L - v_27; break lab45; }
          B = C;
         }
         slice_del();
         break;
        }
        case 4: {
         var v_28 = L - C;
         lab46: {
          if (C - 1 <= LB || (S.charCodeAt(C - 1) != 108 && S.charCodeAt(C - 1) != 118)) break lab46;
          among_var = find_among_b(A_6);
          if (among_var == 0) break lab46;
          switch (among_var) {
           case 1: {
            if (C <= LB) break lab46;
            previous_char();
            if (C > LB) break lab46;
            break;
           }
          }
          break lab24;
         }
         C = L - v_28;
         slice_del();
         break;
        }
       }
      }
      C = L - v_12;
      var v_29 = L - C;
      lab47: {
       K = C;
       lab48: {
        var v_30 = L - C;
        lab49: {
         if (!eq_s_b("Y")) break lab49;
         B = C;
         slice_from("i");
         break lab48;
        }
        C = L - v_30;
        if (!eq_s_b(enc("\u00e7"))) { C = L - v_29; break lab47; }
        B = C;
        slice_from("c");
       }
      }
      break lab23;
     }
     C = L - v_11;
     var v_31 = L - C;
     lab50: {
      K = C;
      if (!eq_s_b("s")) { C = L - v_31; break lab50; }
      B = C;
      var v_32 = L - C;
      lab51: {
       lab52: {
        if (!eq_s_b("Hi")) break lab52;
        break lab51;
       }
       if (!out_grouping_b(G_keep_with_s, 97, 232)) { C = L - v_31; break lab50; }
      }
      C = L - v_32;
      slice_del();
     }
     if (C < i_pV) break lab22;
     var v_33 = LB;
     LB = i_pV;
     K = C;
     if (C <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((278560 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) {
      LB = v_33;
      break lab22;
     }
     among_var = find_among_b(A_8);
     if (among_var == 0) { LB = v_33; break lab22; }
     B = C;
     switch (among_var) {
      case 1: {
       if (i_p2 > C) { LB = v_33; break lab22; }
       lab53: {
        lab54: {
         if (!eq_s_b("s")) break lab54;
         break lab53;
        }
        if (!eq_s_b("t")) { LB = v_33; break lab22; }
       }
       slice_del();
       break;
      }
      case 2: { slice_from("i"); break; }
      case 3: { slice_del(); break; }
     }
     LB = v_33;
    }
   }
   C = L - v_10;
   var v_34 = L - C;
   lab55: {
    var v_35 = L - C;
    if (C - 2 <= LB || S.charCodeAt(C - 1) >> 5 != 3 || ((1069056 >> (S.charCodeAt(C - 1) & 0x1f)) & 1) == 0) break lab55;
    if (find_among_b(A_9) == 0) break lab55;
    C = L - v_35;
    K = C;
    if (C <= LB) break lab55;
    previous_char();
    B = C;
    slice_del();
   }
   C = L - v_34;
   var v_36 = L - C;
   lab56: {
    var v_37 = 1;
    replab57: for (;;) {
     lab58: for (var _lab58 = 0; _lab58 < 1; _lab58++) {
      if (!out_grouping_b(G_v, 97, 251)) break lab58;
      v_37 -= 1;
      continue replab57;
     }
     break replab57;
    }
    if (v_37 > 0) break lab56;
    K = C;
    lab59: {
     lab60: {
      if (!eq_s_b(enc("\u00e9"))) break lab60;
      break lab59;
     }
     if (!eq_s_b(enc("\u00e8"))) break lab56;
    }
    B = C;
    slice_from("e");
   }
   C = L - v_36;
   C = LB;
   var v_38 = C;
   replab62: for (;;) {
    var v_39 = C;
    lab63: for (var _lab63 = 0; _lab63 < 1; _lab63++) {
     B = C;
     if (C >= L || S.charCodeAt(C + 0) >> 5 != 2 || ((35652352 >> (S.charCodeAt(C + 0) & 0x1f)) & 1) == 0) {among_var = 7;}
     else { among_var = find_among(A_1); }
     K = C;
     switch (among_var) {
      case 1: { slice_from("i"); break; }
      case 2: { slice_from("u"); break; }
      case 3: { slice_from("y"); break; }
      case 4: { slice_from(enc("\u00eb")); break; }
      case 5: { slice_from(enc("\u00ef")); break; }
      case 6: { slice_del(); break; }
      case 7: {
       if (C >= L) break lab63;
       next_char();
       break;
      }
     }
     continue replab62;
    }
    C = v_39;
    break replab62;
   }
   C = v_38;
   return true;
  }
  return function (word) {
    S = enc(word); C = 0; L = S.length; LB = B = K = 0;
    stem();
    return dec();
  };
})();
