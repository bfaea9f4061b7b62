// Scratch: wide & deep, trained jointly: z = w·x (hashed n-grams, AdaGrad, lazy L2) + network(meaning).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseClaimModel } from '../../../electron/core/finder/claim-model.js';
import { sentenceMeaning } from '../../../electron/core/finder/sentence-meaning.js';
import { readSplit } from '../data.js';
import { bestThreshold, random, shuffle } from '../logistic.js';
import { crossValidate, featurizeAll, HASH_BITS } from '../train.js';
import type { SparseVector } from '../../../electron/core/finder/features.js';

const [epochs, netRate, H, dropout, deepScale] = process.argv.slice(2).map(Number);
const train = readSplit('train');
const ys = train.map((r) => r.label);
const vectors = parseClaimModel(JSON.parse(readFileSync('resources/claim-model.json', 'utf8'))).vectors;
const { xs } = featurizeAll(train);
const meanings = train.map((r) => sentenceMeaning(vectors, r.text));
type X = { s: SparseVector; d: Float32Array };
const all: X[] = xs.map((s, i) => ({ s, d: meanings[i]! }));
const t0 = Date.now();
function fit(data: X[], y: number[]) {
  const dims = 1 << HASH_BITS; const lr = 0.1; const l2 = 1e-6; const pw = 1.5;
  const w = new Float64Array(dims); const g2 = new Float64Array(dims).fill(1e-8); let bias = 0; let bg = 1e-8;
  const inputs = data[0]!.d.length;
  const mean = new Float64Array(inputs); const sd = new Float64Array(inputs);
  for (const x of data) for (let k = 0; k < inputs; k++) mean[k]! += x.d[k]!;
  for (let k = 0; k < inputs; k++) mean[k]! /= data.length;
  for (const x of data) for (let k = 0; k < inputs; k++) sd[k]! += (x.d[k]! - mean[k]!) ** 2;
  for (let k = 0; k < inputs; k++) sd[k] = Math.sqrt(sd[k]! / data.length) || 1;
  const ds = data.map((x) => Float64Array.from(x.d, (v, k) => (v - mean[k]!) / sd[k]!));
  const next = random(20240310);
  const lim = Math.sqrt(6 / (inputs + H!));
  const w1 = Float64Array.from({ length: H! * inputs }, () => (next() * 2 - 1) * lim);
  const b1 = new Float64Array(H!); const w2 = Float64Array.from({ length: H! }, () => (next() * 2 - 1) * Math.sqrt(6 / (H! + 1)) * deepScale!);
  const G1 = new Float64Array(w1.length).fill(1e-8); const Gb1 = new Float64Array(H!).fill(1e-8); const G2 = new Float64Array(H!).fill(1e-8);
  const h = new Float64Array(H!); const keep = 1 - dropout!;
  const seen = new Int32Array(dims); let step = 0;
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs!; e++) {
    shuffle(order, next);
    for (const n of order) {
      const { s } = data[n]!; const x = ds[n]!; step++;
      let z = bias;
      for (let k = 0; k < s.idx.length; k++) { const i = s.idx[k]!; const miss = step - 1 - seen[i]!; if (miss > 0) w[i]! *= Math.pow(1 - lr * l2, miss); seen[i] = step - 1; z += w[i]! * s.val[k]!; }
      for (let u = 0; u < H!; u++) { let a = b1[u]!; const row = u * inputs; for (let k = 0; k < inputs; k++) a += w1[row + k]! * x[k]!; h[u] = a > 0 && next() < keep ? a / keep : 0; z += w2[u]! * h[u]!; }
      const yy = y[n]!; const dz = (1 / (1 + Math.exp(-z)) - yy) * (yy === 1 ? pw : 1);
      for (let k = 0; k < s.idx.length; k++) { const i = s.idx[k]!; const gi = dz * s.val[k]! + l2 * w[i]!; g2[i]! += gi * gi; w[i]! -= (lr * gi) / Math.sqrt(g2[i]!); seen[i] = step; }
      bg += dz * dz; bias -= (lr * dz) / Math.sqrt(bg);
      for (let u = 0; u < H!; u++) {
        if (h[u] === 0) continue;
        const dh = (dz * w2[u]!) / keep; const gw = dz * h[u]!;
        G2[u]! += gw * gw; w2[u]! -= (netRate! * gw) / Math.sqrt(G2[u]!);
        Gb1[u]! += dh * dh; b1[u]! -= (netRate! * dh) / Math.sqrt(Gb1[u]!);
        const row = u * inputs;
        for (let k = 0; k < inputs; k++) { const g = dh * x[k]!; G1[row + k]! += g * g; w1[row + k]! -= (netRate! * g) / Math.sqrt(G1[row + k]!); }
      }
    }
  }
  for (let i = 0; i < dims; i++) { const miss = step - seen[i]!; if (miss > 0 && w[i] !== 0) w[i]! *= Math.pow(1 - lr * l2, miss); }
  return (q: X) => {
    let z = bias; for (let k = 0; k < q.s.idx.length; k++) z += w[q.s.idx[k]!]! * q.s.val[k]!;
    for (let u = 0; u < H!; u++) { let a = b1[u]!; for (let k = 0; k < inputs; k++) a += w1[u * inputs + k]! * (q.d[k]! - mean[k]!) / sd[k]!; if (a > 0) z += w2[u]! * a; }
    return 1 / (1 + Math.exp(-z));
  };
}
const s = crossValidate(all, ys, fit);
const name = `wd-${epochs}-${netRate}-${H}-${dropout}-${deepScale}`;
writeFileSync(`/tmp/finder3/${name}.json`, JSON.stringify(s));
console.log(name, JSON.stringify(bestThreshold(s, ys)), `${(Date.now() - t0) / 1000}s`);
