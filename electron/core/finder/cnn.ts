// The check-worthiness model's convolutional network (Kim, "Convolutional Neural Networks for
// Sentence Classification", EMNLP 2014): filters 2, 3 and 4 words wide slide over the
// sentence's pre-trained word vectors in order, each keeps its strongest match (ReLU, max over
// the sentence), and one output unit reads those matches and the cues. So "more than 30,000"
// and "thank you all" are told apart by the words' meaning AND their order, which a mean of
// vectors blurs. Trained by scripts/claims/cnn.ts; this is its forward pass, for the trainer
// and its cross-validation (scripts/claims/cnn-cv.ts) and, once it ships, the app.
//
// The vectors are frozen, so a filter's match at a position is a sum of per-word terms: word v
// at offset j of filter f contributes W[f, j] · vector(v). Those terms ("responses", one row of
// `slices` numbers per word) are computed once per vocabulary word for a trained network;
// scoring a sentence then only adds them up.
import type { WordVectors } from './sentence-meaning.js';

export interface Cnn {
  dims: number;
  widths: number[];
  /** Filters of each width. */
  filters: number;
  /** One row of `dims` weights per (width, filter, offset), widths in order, then filters, then offsets. */
  w: Float32Array;
  /** One bias per (width, filter). */
  b: Float32Array;
  /** The output's weights: one per (width, filter), then one per cue input. */
  out: Float32Array;
  outBias: number;
}

/** How many (width, filter, offset) rows the filters have: the length of one word's responses. */
export function sliceCount(cnn: Pick<Cnn, 'widths' | 'filters'>): number {
  return cnn.filters * cnn.widths.reduce((a, w) => a + w, 0);
}

/** Where each width's rows start among the slices. */
export function widthOffsets(cnn: Pick<Cnn, 'widths' | 'filters'>): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const w of cnn.widths) {
    offsets.push(at);
    at += cnn.filters * w;
  }
  return offsets;
}

/** The responses of every slice to one word vector, written into `into` at `at`. */
export function wordResponses(cnn: Cnn, vector: ArrayLike<number>, vectorAt: number, into: Float32Array, at: number): void {
  const { dims, w } = cnn;
  const slices = sliceCount(cnn);
  for (let k = 0; k < slices; k++) {
    let a = 0;
    const row = k * dims;
    for (let d = 0; d < dims; d++) a += w[row + d]! * vector[vectorAt + d]!;
    into[at + k] = a;
  }
}

/** Every vocabulary word's responses, row by row as the vectors are: made once when the model loads. */
export function vocabularyResponses(cnn: Cnn, vectors: WordVectors): Float32Array {
  const slices = sliceCount(cnn);
  const words = vectors.scales.length;
  const out = new Float32Array(words * slices);
  const vector = new Float32Array(vectors.dims);
  for (let row = 0; row < words; row++) {
    dequantize(vectors, row, vector, 0);
    wordResponses(cnn, vector, 0, out, row * slices);
  }
  return out;
}

/** A word's vector as the model uses it: its int8 row times its scale. */
export function dequantize(vectors: WordVectors, row: number, into: Float32Array, at: number): void {
  const scale = vectors.scales[row]!;
  for (let d = 0; d < vectors.dims; d++) into[at + d] = vectors.values[row * vectors.dims + d]! * scale;
}

/**
 * The rows of the sentence as the filters see it: its words' vocabulary rows (-1 for a word
 * without a vector, which keeps its place but adds nothing), with an empty row before and after
 * so that a filter can match the start and the end, and long enough for the widest filter.
 */
export function sentenceRows(vectors: WordVectors, words: readonly string[], widest: number): Int32Array {
  const rows = new Int32Array(Math.max(words.length + 2, widest)).fill(-1);
  words.forEach((word, i) => (rows[i + 1] = vectors.index.get(word) ?? -1));
  return rows;
}

/**
 * Each (width, filter)'s strongest match over the sentence, after ReLU, into `pooled`, and the
 * position where it was found into `argmax` (-1 where ReLU cut it). `rows` is the sentence, each
 * position a row of `responses` (one row of slices per word) or -1 for nothing: scoring passes
 * vocabulary rows and the vocabulary's responses, the trainer the sentence's own.
 */
export function pool(cnn: Cnn, responses: Float32Array, rows: Int32Array, pooled: Float64Array, argmax: Int32Array): void {
  const slices = sliceCount(cnn);
  const offsets = widthOffsets(cnn);
  const F = cnn.filters;
  cnn.widths.forEach((width, i) => {
    for (let f = 0; f < F; f++) {
      const unit = i * F + f;
      const first = offsets[i]! + f * width;
      let best = 0;
      let at = -1;
      for (let t = 0; t + width <= rows.length; t++) {
        let a = cnn.b[unit]!;
        for (let j = 0; j < width; j++) {
          const row = rows[t + j]!;
          if (row >= 0) a += responses[row * slices + first + j]!;
        }
        if (a > best) {
          best = a;
          at = t;
        }
      }
      pooled[unit] = best;
      argmax[unit] = at;
    }
  });
}

/** The output's margin from the pooled matches and the cue inputs (0/1). */
export function cnnMargin(cnn: Cnn, pooled: ArrayLike<number>, cues: ArrayLike<number>): number {
  const units = cnn.widths.length * cnn.filters;
  let z = cnn.outBias;
  for (let u = 0; u < units; u++) z += cnn.out[u]! * pooled[u]!;
  for (let c = 0; c < cues.length; c++) z += cnn.out[units + c]! * cues[c]!;
  return z;
}

let pooled = new Float64Array(0);
let argmax = new Int32Array(0);

/** The margin of one sentence (`rows` as sentenceRows makes them, `responses` the vocabulary's). */
export function sentenceMargin(cnn: Cnn, responses: Float32Array, rows: Int32Array, cues: ArrayLike<number>): number {
  const units = cnn.widths.length * cnn.filters;
  if (pooled.length !== units) {
    pooled = new Float64Array(units);
    argmax = new Int32Array(units);
  }
  pool(cnn, responses, rows, pooled, argmax);
  return cnnMargin(cnn, pooled, cues);
}
