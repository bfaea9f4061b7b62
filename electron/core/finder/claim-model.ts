// The shipped check-worthiness model (resources/claim-model.json, made by `npm run
// train:claims`): loaded once, then a sentence's score is the average, weighted by `blend`, of
// two models' probabilities: a logistic regression over its hashed n-grams and cues
// (features.ts) and a small network over what its words mean (sentence-meaning.ts, network.ts).
import { readFileSync } from 'node:fs';
import { cueFeatures, featurize, wordsOf } from './features.js';
import { networkMargin, type Network } from './network.js';
import { sentenceMeaning, type WordVectors } from './sentence-meaning.js';

export interface ClaimModel {
  hashBits: number;
  threshold: number;
  bias: number;
  weights: Float32Array;
  /** The network's share of the score; the logistic model has the rest. */
  blend: number;
  network: Network;
  vectors: WordVectors;
}

/** The fields of the file the app needs; the rest (source, cross-validation) is for people. */
export interface ClaimModelJson {
  format: string;
  hashBits: number;
  threshold: number;
  bias: number;
  /** Float32, little-endian, base64, like every array below but `values`. */
  weights: string;
  blend: number;
  network: { inputs: number; hidden: number; w1: string; b1: string; w2: string; b2: number };
  /** `values`: int8, base64, one row of `dims` per word; a row times its scale is the vector. */
  vectors: { dims: number; words: string[]; values: string; scales: string };
}

export const CLAIM_MODEL_FORMAT = 'gloss-claim-model/2';

/** Copied into an aligned buffer of its own: Buffer.from may hand back a slice of a shared pool. */
function float32s(base64: string, length: number, what: string): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== 4 * length) throw new Error(`The claim model file is damaged: wrong number of ${what}.`);
  return new Float32Array(new Uint8Array(bytes).buffer);
}

export function parseClaimModel(json: ClaimModelJson): ClaimModel {
  if (json.format !== CLAIM_MODEL_FORMAT) throw new Error(`Unknown claim model format ${json.format}.`);
  const { network: n, vectors: v } = json;
  const values = new Int8Array(new Uint8Array(Buffer.from(v.values, 'base64')).buffer);
  if (values.length !== v.words.length * v.dims) throw new Error('The claim model file is damaged: wrong number of word vectors.');
  return {
    hashBits: json.hashBits,
    threshold: json.threshold,
    bias: json.bias,
    weights: float32s(json.weights, 1 << json.hashBits, 'weights'),
    blend: json.blend,
    network: {
      inputs: n.inputs,
      hidden: n.hidden,
      w1: float32s(n.w1, n.inputs * n.hidden, 'network weights'),
      b1: float32s(n.b1, n.hidden, 'network weights'),
      w2: float32s(n.w2, n.hidden, 'network weights'),
      b2: n.b2,
    },
    vectors: { dims: v.dims, index: new Map(v.words.map((w, i) => [w, i])), values, scales: float32s(v.scales, v.words.length, 'word scales') },
  };
}

export function loadClaimModel(path: string): ClaimModel {
  return parseClaimModel(JSON.parse(readFileSync(path, 'utf8')) as ClaimModelJson);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability, 0..1, that a fact-checker would call this sentence worth checking. */
export function scoreSentence(model: ClaimModel, sentence: string): number {
  const words = wordsOf(sentence);
  const cues = cueFeatures(sentence, words.length);
  const x = featurize(sentence, model.hashBits, words, cues);
  let z = model.bias;
  for (let k = 0; k < x.idx.length; k++) z += model.weights[x.idx[k]!]! * x.val[k]!;
  const byWords = sigmoid(z);
  if (model.blend === 0) return byWords;
  const byMeaning = sigmoid(networkMargin(model.network, sentenceMeaning(model.vectors, sentence, words, cues)));
  return (1 - model.blend) * byWords + model.blend * byMeaning;
}
