// What a sentence is about, as the network reads it: the mean and the maximum, dimension by
// dimension, of its words' pre-trained vectors (GloVe, shipped int8-quantised for the words
// the model needs), followed by the cues of features.ts as 0/1 inputs. A word without a vector
// (outside the shipped vocabulary) adds nothing; a sentence with none has zeros there, and the
// cues and the n-gram half of the model still score it.
import { CUES, cueFeatures, wordsOf } from './features.js';

export interface WordVectors {
  dims: number;
  index: Map<string, number>;
  /** One row of `dims` int8 values per word; a row times its scale is the vector. */
  values: Int8Array;
  scales: Float32Array;
}

const CUE_INDEX = new Map<string, number>(CUES.map((cue, i) => [cue, i]));

/** The cues as 0/1 inputs, in the order of CUES. */
export function cueInputs(cues: readonly string[]): Float32Array {
  const out = new Float32Array(CUES.length);
  for (const cue of cues) out[CUE_INDEX.get(cue)!] = 1;
  return out;
}

export function meaningInputs(vectors: WordVectors): number {
  return 2 * vectors.dims + CUES.length;
}

/** `words` and `cues` are the sentence's, as features.ts reads them: passed in when already read. */
export function sentenceMeaning(
  vectors: WordVectors,
  sentence: string,
  words = wordsOf(sentence),
  cues = cueFeatures(sentence, words.length),
): Float32Array {
  const { dims } = vectors;
  const out = new Float32Array(meaningInputs(vectors));
  let known = 0;
  for (const w of words) {
    const row = vectors.index.get(w);
    if (row === undefined) continue;
    const scale = vectors.scales[row]!;
    for (let d = 0; d < dims; d++) {
      const v = vectors.values[row * dims + d]! * scale;
      out[d]! += v;
      if (known === 0 || v > out[dims + d]!) out[dims + d] = v;
    }
    known++;
  }
  if (known > 0) for (let d = 0; d < dims; d++) out[d]! /= known;
  out.set(cueInputs(cues), 2 * dims);
  return out;
}
