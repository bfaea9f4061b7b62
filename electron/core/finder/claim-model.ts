// The shipped check-worthiness model (resources/claim-model.json, made by `npm run
// train:claims`): loaded once, then a sentence's score is one pass over its hashed features.
import { readFileSync } from 'node:fs';
import { featurize } from './features.js';

export interface ClaimModel {
  hashBits: number;
  threshold: number;
  bias: number;
  weights: Float32Array;
}

/** The fields of the file the app needs; the rest (source, cross-validation) is for people. */
interface ClaimModelJson {
  format: string;
  hashBits: number;
  threshold: number;
  bias: number;
  weights: string;
}

export function parseClaimModel(json: ClaimModelJson): ClaimModel {
  if (json.format !== 'gloss-claim-model/1') throw new Error(`Unknown claim model format ${json.format}.`);
  const bytes = Buffer.from(json.weights, 'base64');
  if (bytes.length !== 4 << json.hashBits) throw new Error('The claim model file is damaged: wrong number of weights.');
  // Copied into an aligned buffer of its own: Buffer.from may hand back a slice of a shared pool.
  const weights = new Float32Array(new Uint8Array(bytes).buffer);
  return { hashBits: json.hashBits, threshold: json.threshold, bias: json.bias, weights };
}

export function loadClaimModel(path: string): ClaimModel {
  return parseClaimModel(JSON.parse(readFileSync(path, 'utf8')) as ClaimModelJson);
}

/** The probability, 0..1, that a fact-checker would call this sentence worth checking. */
export function scoreSentence(model: ClaimModel, sentence: string): number {
  const x = featurize(sentence, model.hashBits);
  let z = model.bias;
  for (let k = 0; k < x.idx.length; k++) z += model.weights[x.idx[k]!]! * x.val[k]!;
  return 1 / (1 + Math.exp(-z));
}
