// The shipped check-worthiness model is what `npm run train:claims` makes from the data beside
// the checkout. Refitting with the choices recorded in the file (cross-validation picked them)
// must give the same bytes; the full run with its cross-validation is `npm run train:claims --
// --check`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimModelPath } from '../../../electron/core/finder.js';
import { hasCheckworthyData, readSplit } from '../../../scripts/claims/data.js';
import { featurizeAll, fitClaimModel, type ClaimModelFile } from '../../../scripts/claims/train.js';

describe('the shipped claim model', () => {
  const shipped = readFileSync(claimModelPath, 'utf8');
  const file = JSON.parse(shipped) as ClaimModelFile;

  it('is small, cites its data source and carries a threshold', () => {
    expect(shipped.length).toBeLessThan(5 * 1024 * 1024);
    expect(file.source).toMatch(/CheckThat! 2024.*ClaimBuster.*ICWSM 2020/);
    expect(file.threshold).toBeGreaterThan(0);
    expect(file.threshold).toBeLessThan(1);
  });

  it('is what the training script makes, byte for byte', { timeout: 600_000 }, (ctx) => {
    if (!hasCheckworthyData()) {
      console.warn('Skipping the claim model check: ../shared/data/checkworthy is not on this machine.');
      return ctx.skip();
    }
    const { xs, ys } = featurizeAll(readSplit('train'));
    const made = fitClaimModel(xs, ys, {
      options: file.crossValidation.options,
      threshold: file.threshold,
      f1: file.crossValidation.f1,
    });
    expect(JSON.stringify(made, null, 1) + '\n').toBe(shipped);
  });
});
