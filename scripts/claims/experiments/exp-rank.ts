// Scratch: blend of two cached out-of-fold scores by their ranks instead of their probabilities.
import { readFileSync } from 'node:fs';
import { readSplit } from '../data.js';
import { bestThreshold } from '../logistic.js';
const ys = readSplit('train').map((r) => r.label);
const rank = (s: number[]) => { const o = s.map((_, i) => i).sort((a, b) => s[a]! - s[b]!); const r = new Array<number>(s.length); o.forEach((i, k) => (r[i] = k / s.length)); return r; };
const [a, b] = process.argv.slice(2).map((n) => rank(JSON.parse(readFileSync(`/tmp/finder3/${n}.json`, 'utf8'))));
let best = { w: 0, f1: 0, threshold: 0 };
for (let w = 0; w <= 0.6001; w += 0.1) { const r = bestThreshold(a!.map((x, i) => (1 - w) * x + w * b![i]!), ys); if (r.f1 > best.f1) best = { w, ...r }; }
console.log(JSON.stringify(best));
