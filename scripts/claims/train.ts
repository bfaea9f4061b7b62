// Training of the shipped check-worthiness model, shared by `npm run train:claims` and the
// bench: choices by 5-fold cross-validation on train.tsv only, then one fit on all of it.
import { featurize, type SparseVector } from '../../electron/core/finder/features.js';
import { bestThreshold, margin, sigmoid, trainLogistic, type LogisticOptions } from './logistic.js';
import type { Labelled } from './data.js';

export const HASH_BITS = 19;
const SEED = 20240310;

export interface ClaimModelFile {
  format: 'gloss-claim-model/1';
  about: string;
  source: string;
  license: string;
  hashBits: number;
  threshold: number;
  bias: number;
  crossValidation: { folds: number; f1: number; options: Omit<LogisticOptions, 'dims' | 'seed'> };
  /** Float32, little-endian, base64. */
  weights: string;
}

export const DATA_SOURCE =
  'CLEF CheckThat! 2024 Task 1 (English), derived from the ClaimBuster data set: ' +
  'F. Arslan, N. Hassan, C. Li and M. Tremayne, "A Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020.';

const GRID: Array<Omit<LogisticOptions, 'dims' | 'seed'>> = [
  { epochs: 6, l2: 1e-6, learningRate: 0.1, positiveWeight: 1.5 },
  { epochs: 12, l2: 1e-6, learningRate: 0.1, positiveWeight: 1.5 },
  { epochs: 6, l2: 1e-6, learningRate: 0.5, positiveWeight: 1.5 },
];

/** Out-of-fold scores by k-fold cross-validation (folds by position after a fixed interleave). */
export function crossValidate(xs: SparseVector[], ys: number[], options: LogisticOptions, folds = 5): number[] {
  const scores = new Array<number>(xs.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const trainIdx = xs.map((_, i) => i).filter((i) => i % folds !== f);
    const model = trainLogistic(trainIdx.map((i) => xs[i]!), trainIdx.map((i) => ys[i]!), options);
    for (let i = f; i < xs.length; i += folds) scores[i] = sigmoid(margin(model, xs[i]!));
  }
  return scores;
}

export function featurizeAll(rows: readonly Labelled[]): { xs: SparseVector[]; ys: number[] } {
  return { xs: rows.map((r) => featurize(r.text, HASH_BITS)), ys: rows.map((r) => r.label) };
}

export function trainClaimModel(train: Labelled[], log: (line: string) => void = () => {}): ClaimModelFile {
  const dims = 1 << HASH_BITS;
  const { xs, ys } = featurizeAll(train);
  let best: { options: (typeof GRID)[number]; threshold: number; f1: number } | null = null;
  for (const options of GRID) {
    const scores = crossValidate(xs, ys, { ...options, dims, seed: SEED });
    const { threshold, f1 } = bestThreshold(scores, ys);
    log(`cv ${JSON.stringify(options)}: F1(Yes) ${f1.toFixed(4)} at threshold ${threshold}`);
    if (!best || f1 > best.f1) best = { options, threshold, f1 };
  }
  return fitClaimModel(xs, ys, best!);
}

/** The final fit on all of train.tsv with the choices cross-validation made. */
export function fitClaimModel(
  xs: SparseVector[],
  ys: number[],
  chosen: { options: ClaimModelFile['crossValidation']['options']; threshold: number; f1: number },
): ClaimModelFile {
  const model = trainLogistic(xs, ys, { ...chosen.options, dims: 1 << HASH_BITS, seed: SEED });
  const weights = Float32Array.from(model.weights);
  return {
    format: 'gloss-claim-model/1',
    about:
      'Check-worthiness of English sentences: logistic regression over hashed word 1–3-grams, character 2–5-grams and cues ' +
      '(electron/core/finder/features.ts). Made by `npm run train:claims`.',
    source: DATA_SOURCE,
    license: 'Trained on data under CC BY 4.0.',
    hashBits: HASH_BITS,
    threshold: chosen.threshold,
    bias: Math.fround(model.bias),
    crossValidation: { folds: 5, f1: Math.round(chosen.f1 * 10000) / 10000, options: chosen.options },
    weights: Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64'),
  };
}
