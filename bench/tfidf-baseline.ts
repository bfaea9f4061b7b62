// The peer the check-worthiness model is measured against: a plain TF-IDF word 1–2-gram
// logistic regression (smoothed idf, L2-normalised rows, no class weights, threshold 0.5).
// It gets the same chance as Gloss's model to be trained long enough: its number of epochs is
// chosen by 5-fold cross-validation on train.tsv (at 10 epochs it stopped short of its best).
import type { SparseVector } from '../electron/core/finder/features.js';
import type { Labelled } from '../scripts/claims/data.js';
import { f1Of, margin, sigmoid, trainLogistic, type LogisticOptions } from '../scripts/claims/logistic.js';
import { crossValidate } from '../scripts/claims/train.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function grams(text: string): string[] {
  const words = (text.toLowerCase().match(WORD) ?? []) as string[];
  return [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
}

export interface Peer {
  passes: (text: string) => boolean;
  epochs: number;
  /** F1 of the "Yes" class by 5-fold cross-validation on train.tsv, at the chosen epochs. */
  cvF1: number;
}

export function tfidfBaseline(train: readonly Labelled[]): Peer {
  const df = new Map<string, number>();
  for (const r of train) for (const g of new Set(grams(r.text))) df.set(g, (df.get(g) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [g, n] of df) if (n >= 2) vocab.set(g, vocab.size);
  const idf = new Float64Array(vocab.size);
  for (const [g, i] of vocab) idf[i] = Math.log((1 + train.length) / (1 + df.get(g)!)) + 1;
  const vector = (text: string): SparseVector => {
    const tf = new Map<number, number>();
    for (const g of grams(text)) {
      const i = vocab.get(g);
      if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
    }
    const entries = [...tf].map(([i, n]) => [i, n * idf[i]!] as const);
    const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
    return { idx: Int32Array.from(entries.map(([i]) => i)), val: Float32Array.from(entries.map(([, v]) => v / norm)) };
  };
  const xs = train.map((r) => vector(r.text));
  const ys = train.map((r) => r.label);
  const options = (epochs: number): LogisticOptions => ({ dims: vocab.size, epochs, l2: 1e-6, learningRate: 0.1, positiveWeight: 1, seed: 1 });
  const fit = (epochs: number) => (txs: SparseVector[], tys: number[]) => {
    const model = trainLogistic(txs, tys, options(epochs));
    return (x: SparseVector) => sigmoid(margin(model, x));
  };
  const tried = [10, 20, 40].map((epochs) => ({ epochs, f1: f1Of(crossValidate(xs, ys, fit(epochs)).map((p) => p >= 0.5), ys).f1 }));
  const best = tried.reduce((a, b) => (b.f1 > a.f1 ? b : a));
  const model = trainLogistic(xs, ys, options(best.epochs));
  return { passes: (text) => sigmoid(margin(model, vector(text))) >= 0.5, epochs: best.epochs, cvF1: best.f1 };
}
