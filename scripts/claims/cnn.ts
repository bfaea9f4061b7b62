// Trains the convolutional network of electron/core/finder/cnn.ts over frozen word vectors:
// AdaGrad, one sentence at a time in a seeded order, dropout on the pooled matches, Glorot-uniform
// weights from the same seed. Like the other trainers, the same data and options give the same
// weights, bit for bit. Max pooling sends each filter's gradient to the one place it matched,
// so a step costs the forward pass (every word against every filter row) and little more.
import { dequantize, pool, sentenceRows, sliceCount, widthOffsets, wordResponses, type Cnn } from '../../electron/core/finder/cnn.js';
import { cueFeatures, wordsOf } from '../../electron/core/finder/features.js';
import { cueInputs, type WordVectors } from '../../electron/core/finder/sentence-meaning.js';
import { random, shuffle } from './logistic.js';

export interface CnnOptions {
  widths: number[];
  filters: number;
  epochs: number;
  learningRate: number;
  /** Share of pooled matches switched off at each training step. */
  dropout: number;
  positiveWeight: number;
  seed: number;
}

export interface CnnExample {
  /** The sentence's positions as rows of `table` (-1: no vector), as sentenceRows makes them. */
  rows: Int32Array;
  cues: Float32Array;
}

/** A sentence as the CNN reads it. */
export function cnnExample(vectors: WordVectors, text: string, widths: number[]): CnnExample {
  const words = wordsOf(text);
  return { rows: sentenceRows(vectors, words, Math.max(...widths)), cues: cueInputs(cueFeatures(text, words.length)) };
}

/** Every vocabulary word's vector, row by row, as the trainer reads them. */
export function vectorTable(vectors: WordVectors): Float32Array {
  const table = new Float32Array(vectors.scales.length * vectors.dims);
  for (let row = 0; row < vectors.scales.length; row++) dequantize(vectors, row, table, row * vectors.dims);
  return table;
}

/** `table`: every vocabulary word's vector, `dims` numbers a row (dequantized). */
export function trainCnn(
  table: Float32Array,
  dims: number,
  examples: readonly CnnExample[],
  ys: readonly number[],
  o: CnnOptions,
  afterEpoch: (cnn: Cnn, epoch: number) => void = () => {},
): Cnn {
  const next = random(o.seed);
  const F = o.filters;
  const units = o.widths.length * F;
  const cues = examples[0]!.cues.length;
  const slices = sliceCount(o);
  const w = new Float32Array(slices * dims);
  // Glorot-uniform per width: a filter of width n reads n × dims inputs.
  o.widths.reduce((at, width) => {
    const limit = Math.sqrt(6 / (width * dims + F));
    for (let k = at * dims; k < (at + F * width) * dims; k++) w[k] = (next() * 2 - 1) * limit;
    return at + F * width;
  }, 0);
  const outLimit = Math.sqrt(6 / (units + cues + 1));
  const cnn: Cnn = {
    dims,
    widths: o.widths,
    filters: F,
    w,
    b: new Float32Array(units),
    out: Float32Array.from({ length: units + cues }, () => (next() * 2 - 1) * outLimit),
    outBias: 0,
  };
  const gw = new Float32Array(w.length).fill(1e-8);
  const gb = new Float32Array(units).fill(1e-8);
  const gout = new Float32Array(units + cues).fill(1e-8);
  let goutBias = 1e-8;
  const offsets = widthOffsets(cnn);
  let responses = new Float32Array(64 * slices);
  const local = new Int32Array(1024);
  const pooled = new Float64Array(units);
  const argmax = new Int32Array(units);
  const h = new Float64Array(units);
  const keep = 1 - o.dropout;
  const lr = o.learningRate;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, next);
    for (const n of order) {
      const { rows, cues: c } = examples[n]!;
      if (responses.length < rows.length * slices) responses = new Float32Array(2 * rows.length * slices);
      const positions = local.subarray(0, rows.length);
      for (let t = 0; t < rows.length; t++) {
        positions[t] = rows[t]! >= 0 ? t : -1;
        if (rows[t]! >= 0) wordResponses(cnn, table, rows[t]! * dims, responses, t * slices);
      }
      pool(cnn, responses, positions, pooled, argmax);
      let z = cnn.outBias;
      for (let u = 0; u < units; u++) {
        // Inverted dropout: kept matches are scaled up so that scoring needs no change.
        h[u] = pooled[u]! > 0 && next() < keep ? pooled[u]! / keep : 0;
        z += cnn.out[u]! * h[u]!;
      }
      for (let k = 0; k < cues; k++) z += cnn.out[units + k]! * c[k]!;
      const y = ys[n]!;
      const dz = (1 / (1 + Math.exp(-z)) - y) * (y === 1 ? o.positiveWeight : 1);
      for (let k = 0; k < cues; k++) {
        if (c[k] === 0) continue;
        const g = dz * c[k]!;
        gout[units + k]! += g * g;
        cnn.out[units + k]! -= (lr * g) / Math.sqrt(gout[units + k]!);
      }
      goutBias += dz * dz;
      cnn.outBias -= (lr * dz) / Math.sqrt(goutBias);
      o.widths.forEach((width, i) => {
        for (let f = 0; f < F; f++) {
          const u = i * F + f;
          if (h[u] === 0) continue;
          const g = dz * h[u]!;
          const dh = (dz * cnn.out[u]!) / keep;
          gout[u]! += g * g;
          cnn.out[u]! -= (lr * g) / Math.sqrt(gout[u]!);
          gb[u]! += dh * dh;
          cnn.b[u]! -= (lr * dh) / Math.sqrt(gb[u]!);
          for (let j = 0; j < width; j++) {
            const row = rows[argmax[u]! + j]!;
            if (row < 0) continue;
            const at = (offsets[i]! + f * width + j) * dims;
            const v = row * dims;
            for (let d = 0; d < dims; d++) {
              const gd = dh * table[v + d]!;
              gw[at + d]! += gd * gd;
              w[at + d]! -= (lr * gd) / Math.sqrt(gw[at + d]!);
            }
          }
        }
      });
    }
    afterEpoch(cnn, epoch + 1);
  }
  return { ...cnn, outBias: Math.fround(cnn.outBias) };
}
