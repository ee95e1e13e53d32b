#!/usr/bin/env node
// Prints "word<TAB>stem" for each line of standard input, stemmed by one of the JS ports.
//   node bench/stemmers/runjs.js ALGO themes/default/static/stemmers/ALGO.js < words
'use strict';
const fs = require('fs'), vm = require('vm');
const [algo, file] = process.argv.slice(2);
const ctx = { window: {} }; // the files are classic scripts that set window.HSstem[algo]
vm.runInNewContext(fs.readFileSync(file, 'utf8'), ctx, { filename: file });
const stem = ctx.window.HSstem[algo];
const words = fs.readFileSync(0, 'utf8').split('\n');
if (words[words.length - 1] === '') words.pop();
const out = words.map((w) => w + '\t' + stem(w));
fs.writeFileSync(1, out.join('\n') + (out.length ? '\n' : ''));
