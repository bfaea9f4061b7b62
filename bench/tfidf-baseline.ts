// The peer the check-worthiness model is measured against: a plain TF-IDF word 1–2-gram
// logistic regression (smoothed idf, L2-normalised rows, no class weights, threshold 0.5).
import type { SparseVector } from '../electron/core/finder/features.js';
import type { Labelled } from '../scripts/claims/data.js';
import { margin, sigmoid, trainLogistic } from '../scripts/claims/logistic.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function grams(text: string): string[] {
  const words = (text.toLowerCase().match(WORD) ?? []) as string[];
  return [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
}

export function tfidfBaseline(train: readonly Labelled[]): (text: string) => boolean {
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
  const model = trainLogistic(
    train.map((r) => vector(r.text)),
    train.map((r) => r.label),
    { dims: vocab.size, epochs: 10, l2: 1e-6, learningRate: 0.1, positiveWeight: 1, seed: 1 },
  );
  return (text) => sigmoid(margin(model, vector(text))) >= 0.5;
}
