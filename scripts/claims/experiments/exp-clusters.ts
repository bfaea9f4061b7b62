// Scratch: logistic half + hashed n-grams of word clusters (k-means of the GloVe vectors).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseClaimModel } from '../../../electron/core/finder/claim-model.js';
import { featurize, wordsOf, type SparseVector } from '../../../electron/core/finder/features.js';
import { readSplit } from '../data.js';
import { bestThreshold, margin, random, sigmoid, trainLogistic } from '../logistic.js';
import { crossValidate, HASH_BITS } from '../train.js';

const [k, iters, weight, ngr] = process.argv.slice(2).map(Number);
const t0 = Date.now();
const train = readSplit('train');
const ys = train.map((r) => r.label);
const vectors = parseClaimModel(JSON.parse(readFileSync('resources/claim-model.json', 'utf8'))).vectors;
const { dims } = vectors;
const n = vectors.index.size;
const unit = new Float32Array(n * dims);
for (let r = 0; r < n; r++) {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += vectors.values[r * dims + d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) unit[r * dims + d] = vectors.values[r * dims + d]! / norm;
}
// spherical k-means, seeded
const next = random(7);
const centres = new Float32Array(k! * dims);
for (let c = 0; c < k!; c++) {
  const r = Math.floor(next() * n);
  centres.set(unit.subarray(r * dims, r * dims + dims), c * dims);
}
const assign = new Int32Array(n);
for (let it = 0; it < iters!; it++) {
  for (let r = 0; r < n; r++) {
    let best = -Infinity;
    for (let c = 0; c < k!; c++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += unit[r * dims + d]! * centres[c * dims + d]!;
      if (dot > best) { best = dot; assign[r] = c; }
    }
  }
  centres.fill(0);
  for (let r = 0; r < n; r++) for (let d = 0; d < dims; d++) centres[assign[r]! * dims + d]! += unit[r * dims + d]!;
  for (let c = 0; c < k!; c++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += centres[c * dims + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) centres[c * dims + d]! /= norm;
  }
}
console.log(`kmeans ${(Date.now() - t0) / 1000}s`);
const FNV = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193); return h; };
const mask = (1 << HASH_BITS) - 1;
const clusterOf = (w: string) => { const r = vectors.index.get(w); return r === undefined ? (/\d/.test(w) ? 'num' : 'unk') : String(assign[r]); };
function features(text: string): SparseVector {
  const base = featurize(text, HASH_BITS);
  const m = new Map<number, number>();
  for (let i = 0; i < base.idx.length; i++) m.set(base.idx[i]!, base.val[i]!);
  const cs = ['<s>', ...wordsOf(text).map(clusterOf), '</s>'];
  const counts = new Map<number, number>();
  const add = (g: string) => { const i = (FNV(g) >>> 0) & mask; counts.set(i, (counts.get(i) ?? 0) + 1); };
  for (let i = 1; i < cs.length; i++) {
    if (ngr! >= 1 && i < cs.length - 1) add(`k1:${cs[i]}`);
    if (ngr! >= 2) add(`k2:${cs[i - 1]} ${cs[i]}`);
    if (ngr! >= 3 && i >= 2) add(`k3:${cs[i - 2]} ${cs[i - 1]} ${cs[i]}`);
  }
  let norm = 0;
  for (const [i, c] of counts) { const v = 1 + Math.log(c); counts.set(i, v); norm += v * v; }
  for (const [i, v] of counts) m.set(i, (m.get(i) ?? 0) + (weight! * v) / Math.sqrt(norm));
  const idx = Int32Array.from(m.keys());
  return { idx, val: Float32Array.from(idx, (i) => m.get(i)!) };
}
const xs = train.map((r) => features(r.text));
const s = crossValidate(xs, ys, (x, y) => {
  const mdl = trainLogistic(x, y, { dims: 1 << HASH_BITS, l2: 1e-6, epochs: 6, positiveWeight: 1.5, seed: 20240310, learningRate: 0.1 });
  return (v) => sigmoid(margin(mdl, v));
});
const name = `clu-${k}-${iters}-${weight}-${ngr}`;
writeFileSync(`/tmp/finder3/${name}.json`, JSON.stringify(s));
const net: number[] = JSON.parse(readFileSync('/tmp/finder3/net-base.json', 'utf8'));
let best = { blend: 0, f1: 0, threshold: 0 };
for (let w = 0; w <= 0.6001; w += 0.1) {
  const r = bestThreshold(s.map((x, i) => (1 - w) * x + w * net[i]!), ys);
  if (r.f1 > best.f1) best = { blend: Math.round(w * 10) / 10, ...r };
}
console.log(name, JSON.stringify(bestThreshold(s, ys)), 'blend', JSON.stringify(best), `${(Date.now() - t0) / 1000}s`);
