// Logistic regression over sparse vectors, trained by AdaGrad SGD with L2 in a seeded order,
// so that the same data and options give the same weights, bit for bit, on any machine.
import type { SparseVector } from '../../electron/core/finder/features.js';

export interface LogisticOptions {
  dims: number;
  epochs: number;
  l2: number;
  learningRate: number;
  /** Weight of a positive example's loss (the "Yes" class is the rarer one). */
  positiveWeight: number;
  seed: number;
}

export interface LogisticModel {
  weights: Float64Array;
  bias: number;
}

/** mulberry32: a small seeded generator for the shuffles. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates in place, drawing from `next`: the same seed gives the same order. */
export function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function margin(model: { weights: ArrayLike<number>; bias: number }, x: SparseVector): number {
  let z = model.bias;
  for (let k = 0; k < x.idx.length; k++) z += model.weights[x.idx[k]!]! * x.val[k]!;
  return z;
}

export function trainLogistic(xs: readonly SparseVector[], ys: readonly number[], o: LogisticOptions): LogisticModel {
  const weights = new Float64Array(o.dims);
  const g2 = new Float64Array(o.dims).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = xs.map((_, i) => i);
  const next = random(o.seed);
  // L2 is applied lazily, per weight, as if at every step: `seen` is when it was last decayed.
  const seen = new Int32Array(o.dims);
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, next);
    for (const n of order) {
      const x = xs[n]!;
      const y = ys[n]!;
      step++;
      for (let k = 0; k < x.idx.length; k++) {
        const i = x.idx[k]!;
        const missed = step - 1 - seen[i]!;
        if (missed > 0) weights[i]! *= Math.pow(1 - o.learningRate * o.l2, missed);
        seen[i] = step - 1;
      }
      const p = sigmoid(margin({ weights, bias }, x));
      const g = (p - y) * (y === 1 ? o.positiveWeight : 1);
      for (let k = 0; k < x.idx.length; k++) {
        const i = x.idx[k]!;
        const gi = g * x.val[k]! + o.l2 * weights[i]!;
        g2[i]! += gi * gi;
        weights[i]! -= (o.learningRate * gi) / Math.sqrt(g2[i]!);
        seen[i] = step;
      }
      biasG2 += g * g;
      bias -= (o.learningRate * g) / Math.sqrt(biasG2);
    }
  }
  for (let i = 0; i < o.dims; i++) {
    const missed = step - seen[i]!;
    if (missed > 0 && weights[i] !== 0) weights[i]! *= Math.pow(1 - o.learningRate * o.l2, missed);
  }
  return { weights, bias };
}

export interface F1 {
  precision: number;
  recall: number;
  f1: number;
}

export function f1Of(predicted: readonly boolean[], ys: readonly number[]): F1 {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && ys[i] === 1) tp++;
    else if (p) fp++;
    else if (ys[i] === 1) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The probability threshold that gives the best F1 of the positive class on these scores. */
export function bestThreshold(scores: readonly number[], ys: readonly number[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.01) {
    const f1 = f1Of(scores.map((s) => s >= t), ys).f1;
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return best;
}
