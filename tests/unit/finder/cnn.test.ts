// The convolutional network of the claim finder (electron/core/finder/cnn.ts, trained by
// scripts/claims/cnn.ts): trained on a fixed part of train.tsv from the shipped word vectors,
// it learns, reads word order, and gives the same bytes from the same data.
import { beforeAll, describe, expect, it } from 'vitest';
import { claimModelPath } from '../../../electron/core/finder.js';
import { loadClaimModel } from '../../../electron/core/finder/claim-model.js';
import { sentenceMargin, sentenceRows, vocabularyResponses, type Cnn } from '../../../electron/core/finder/cnn.js';
import { sentenceMeaning } from '../../../electron/core/finder/sentence-meaning.js';
import { cnnExample, trainCnn, vectorTable, type CnnExample, type CnnOptions } from '../../../scripts/claims/cnn.js';
import { hasCheckworthyData, readSplit } from '../../../scripts/claims/data.js';

const options: CnnOptions = { widths: [2, 3, 4], filters: 16, epochs: 2, learningRate: 0.05, dropout: 0.5, positiveWeight: 1.5, seed: 7 };

describe.runIf(hasCheckworthyData())('the claim finder CNN', () => {
  const { vectors } = loadClaimModel(claimModelPath);
  const table = vectorTable(vectors);
  const part = hasCheckworthyData() ? readSplit('train').slice(0, 1000) : [];
  const xs = part.map((r) => cnnExample(vectors, r.text, options.widths));
  const ys = part.map((r) => r.label);
  let trained: Cnn;
  beforeAll(() => {
    trained = trainCnn(table, vectors.dims, xs, ys, options);
  });
  const logLoss = (cnn: Cnn, examples: CnnExample[]) => {
    const responses = vocabularyResponses(cnn, vectors);
    return (
      examples.reduce((sum, x, i) => {
        const p = 1 / (1 + Math.exp(-sentenceMargin(cnn, responses, x.rows, x.cues)));
        return sum - Math.log(ys[i] ? p : 1 - p);
      }, 0) / examples.length
    );
  };

  it('learns: its loss on the sentences it saw falls below where the seed put it', () => {
    const start = trainCnn(table, vectors.dims, xs, ys, { ...options, epochs: 0 });
    expect(logLoss(trained, xs)).toBeLessThan(logLoss(start, xs) - 0.05);
  });

  it('reads word order, which the mean and maximum of the vectors cannot', () => {
    const [inOrder, reversed] = ['the deficit rose by more than 40 percent', 'percent 40 than more by rose deficit the'];
    const [a, b] = [sentenceMeaning(vectors, inOrder), sentenceMeaning(vectors, reversed)];
    expect(Math.max(...a.map((v, i) => Math.abs(v - b[i]!)))).toBeLessThan(1e-6);
    const responses = vocabularyResponses(trained, vectors);
    const cues = cnnExample(vectors, inOrder, options.widths).cues;
    const margin = (s: string) => sentenceMargin(trained, responses, sentenceRows(vectors, s.split(' '), 4), cues);
    expect(Math.abs(margin(inOrder) - margin(reversed))).toBeGreaterThan(0.01);
  });

  it('a word without a vector keeps its place but adds nothing', () => {
    const rows = sentenceRows(vectors, ['unemployment', 'zzqxv', 'doubled'], 4);
    expect([...rows]).toEqual([-1, vectors.index.get('unemployment'), -1, vectors.index.get('doubled'), -1]);
    // A one-word sentence is padded to the widest filter.
    expect(sentenceRows(vectors, ['jobs'], 4).length).toBe(4);
  });

  it('gives the same bytes twice from the same data and seed', () => {
    const again = trainCnn(table, vectors.dims, xs, ys, options);
    expect(Buffer.from(again.w.buffer).equals(Buffer.from(trained.w.buffer))).toBe(true);
    expect([...again.b, ...again.out, again.outBias]).toEqual([...trained.b, ...trained.out, trained.outBias]);
  });
});
