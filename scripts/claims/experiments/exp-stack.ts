// Scratch: a second-level logistic over the two halves' out-of-fold margins and the cues.
import { readFileSync } from 'node:fs';
import { parseClaimModel } from '../../../electron/core/finder/claim-model.js';
import { CUES, cueFeatures, wordsOf } from '../../../electron/core/finder/features.js';
import { readSplit } from '../data.js';
import { bestThreshold } from '../logistic.js';

const train = readSplit('train');
const ys = train.map((r) => r.label);
const vectors = parseClaimModel(JSON.parse(readFileSync('resources/claim-model.json', 'utf8'))).vectors;
const avg = (n: string) => { const all = n.split('+').map((m) => JSON.parse(readFileSync(`/tmp/finder3/${m}.json`, 'utf8')) as number[]); return all[0]!.map((_, i) => all.reduce((t, s) => t + s[i]!, 0) / all.length); };
const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));
const a = avg(process.argv[2]!).map(logit);
const b = avg(process.argv[3]!).map(logit);
const withCues = process.argv.includes('--cues');
const X = train.map((r, i) => {
  const words = wordsOf(r.text);
  const cues = new Set(cueFeatures(r.text, words.length));
  const known = words.filter((w) => vectors.index.has(w)).length / Math.max(1, words.length);
  const base = [a[i]!, b[i]!, a[i]! * b[i]!, known, known * b[i]!, known * a[i]!];
  if (withCues) for (const c of CUES) { const v = cues.has(c) ? 1 : 0; base.push(v, v * a[i]!, v * b[i]!); }
  return base;
});
const D = X[0]!.length;
function fit(idx: number[]) {
  const w = new Float64Array(D); let bias = 0; const lr = 0.05;
  for (let ep = 0; ep < 200; ep++) {
    const g = new Float64Array(D); let gb = 0;
    for (const i of idx) { let z = bias; for (let d = 0; d < D; d++) z += w[d]! * X[i]![d]!; const e = 1 / (1 + Math.exp(-z)) - ys[i]!; for (let d = 0; d < D; d++) g[d]! += e * X[i]![d]!; gb += e; }
    for (let d = 0; d < D; d++) w[d]! -= lr * (g[d]! / idx.length + 1e-4 * w[d]!); bias -= lr * gb / idx.length;
  }
  return (i: number) => { let z = bias; for (let d = 0; d < D; d++) z += w[d]! * X[i]![d]!; return 1 / (1 + Math.exp(-z)); };
}
const out = new Array<number>(train.length);
const F = 5;
for (let f = 0; f < F; f++) {
  const tr = train.map((_, i) => i).filter((i) => Math.floor(i * F / train.length) !== f);
  const m = fit(tr);
  for (let i = 0; i < train.length; i++) if (Math.floor(i * F / train.length) === f) out[i] = m(i);
}
console.log(JSON.stringify(bestThreshold(out, ys)));
