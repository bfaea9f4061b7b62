// A one-hidden-layer network (ReLU, dropout, AdaGrad, seeded) over a sentence's dense
// features: what the pre-trained word vectors say about its meaning, and the cues. Inputs are
// standardised for training (word-vector dimensions are a tenth the size of the 0/1 cues) and
// the scaling is folded into the first layer, so the app feeds raw inputs. Like the logistic
// trainer, the same data and options give the same weights, bit for bit.
import type { Network } from '../../electron/core/finder/network.js';
import { random, shuffle } from './logistic.js';

export interface NetworkOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  /** Share of hidden units switched off at each training step. */
  dropout: number;
  l2: number;
  positiveWeight: number;
  seed: number;
}

/** Each input's mean and standard deviation (1 where it never varies). */
function standardisation(xs: readonly Float32Array[]): { mean: Float64Array; sd: Float64Array } {
  const inputs = xs[0]!.length;
  const mean = new Float64Array(inputs);
  const sd = new Float64Array(inputs);
  for (const x of xs) for (let k = 0; k < inputs; k++) mean[k]! += x[k]!;
  for (let k = 0; k < inputs; k++) mean[k]! /= xs.length;
  for (const x of xs) for (let k = 0; k < inputs; k++) sd[k]! += (x[k]! - mean[k]!) ** 2;
  for (let k = 0; k < inputs; k++) sd[k] = Math.sqrt(sd[k]! / xs.length) || 1;
  return { mean, sd };
}

export function trainNetwork(raw: readonly Float32Array[], ys: readonly number[], o: NetworkOptions): Network {
  const inputs = raw[0]!.length;
  const { mean, sd } = standardisation(raw);
  const xs = raw.map((x) => Float64Array.from(x, (v, k) => (v - mean[k]!) / sd[k]!));
  const H = o.hidden;
  const next = random(o.seed);
  const limit = Math.sqrt(6 / (inputs + H));
  const w1 = Float64Array.from({ length: H * inputs }, () => (next() * 2 - 1) * limit);
  const b1 = new Float64Array(H);
  const w2 = Float64Array.from({ length: H }, () => (next() * 2 - 1) * Math.sqrt(6 / (H + 1)));
  let b2 = 0;
  const g1 = new Float64Array(w1.length).fill(1e-8);
  const gb1 = new Float64Array(H).fill(1e-8);
  const g2 = new Float64Array(H).fill(1e-8);
  let gb2 = 1e-8;
  const h = new Float64Array(H);
  const keep = 1 - o.dropout;
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, next);
    for (const n of order) {
      const x = xs[n]!;
      let z = b2;
      for (let u = 0; u < H; u++) {
        let a = b1[u]!;
        const row = u * inputs;
        for (let k = 0; k < inputs; k++) a += w1[row + k]! * x[k]!;
        // Inverted dropout: kept units are scaled up so that scoring needs no change.
        h[u] = a > 0 && next() < keep ? a / keep : 0;
        z += w2[u]! * h[u]!;
      }
      const y = ys[n]!;
      const dz = (1 / (1 + Math.exp(-z)) - y) * (y === 1 ? o.positiveWeight : 1);
      for (let u = 0; u < H; u++) {
        if (h[u] === 0) {
          const gw = o.l2 * w2[u]!;
          g2[u]! += gw * gw;
          w2[u]! -= (o.learningRate * gw) / Math.sqrt(g2[u]!);
          continue;
        }
        const dh = (dz * w2[u]!) / keep;
        const gw = dz * h[u]! + o.l2 * w2[u]!;
        g2[u]! += gw * gw;
        w2[u]! -= (o.learningRate * gw) / Math.sqrt(g2[u]!);
        gb1[u]! += dh * dh;
        b1[u]! -= (o.learningRate * dh) / Math.sqrt(gb1[u]!);
        const row = u * inputs;
        for (let k = 0; k < inputs; k++) {
          const g = dh * x[k]! + o.l2 * w1[row + k]!;
          g1[row + k]! += g * g;
          w1[row + k]! -= (o.learningRate * g) / Math.sqrt(g1[row + k]!);
        }
      }
      gb2 += dz * dz;
      b2 -= (o.learningRate * dz) / Math.sqrt(gb2);
    }
  }
  // w·(x − mean)/sd + b = (w/sd)·x + (b − Σ w·mean/sd)
  for (let u = 0; u < H; u++) {
    for (let k = 0; k < inputs; k++) {
      w1[u * inputs + k]! /= sd[k]!;
      b1[u]! -= w1[u * inputs + k]! * mean[k]!;
    }
  }
  return { inputs, hidden: H, w1: Float32Array.from(w1), b1: Float32Array.from(b1), w2: Float32Array.from(w2), b2: Math.fround(b2) };
}
