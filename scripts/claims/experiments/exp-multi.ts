// Scratch: the best weighted average (steps of 0.1) of cached out-of-fold scores; `a+b` averages first, --logit blends margins.
import { readFileSync } from 'node:fs';
import { readSplit } from '../data.js';
import { bestThreshold } from '../logistic.js';
const ys = readSplit('train').map((r) => r.label);
const avg = (n: string) => { const parts = n.split('+'); const all = parts.map((m) => JSON.parse(readFileSync(`/tmp/finder3/${m}.json`, 'utf8')) as number[]); return all[0]!.map((_, i) => all.reduce((t, s) => t + s[i]!, 0) / all.length); };
const names = process.argv.slice(2);
const logitSpace = names[0] === '--logit'; if (logitSpace) names.shift();
const ss = names.map(avg).map((s) => logitSpace ? s.map((p) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9))) : s);
let best = { w: [] as number[], f1: 0, threshold: 0 };
const steps = 10;
function rec(i: number, left: number, w: number[]) {
  if (i === ss.length - 1) { w = [...w, left]; 
    const comb = ss[0]!.map((_, j) => ss.reduce((t, s, k) => t + w[k]! / steps * s[j]!, 0));
    const scores = logitSpace ? comb.map((z) => 1 / (1 + Math.exp(-z))) : comb;
    const r = bestThreshold(scores, ys); if (r.f1 > best.f1) best = { w: w.map((x) => x / steps), ...r }; return; }
  for (let a = 0; a <= left; a++) rec(i + 1, left - a, [...w, a]);
}
rec(0, steps, []);
console.log(JSON.stringify(best));
