// `npm run train:claims`: trains the check-worthiness model from ../shared/data/checkworthy
// and writes resources/claim-model.json. Choices come from cross-validation on train.tsv;
// dev.tsv is only reported. `-- --check` compares a fresh training with the shipped file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasCheckworthyData, readSplit } from './claims/data.js';
import { evaluateOn } from './claims/evaluate.js';
import { trainClaimModel } from './claims/train.js';

const out = join(import.meta.dirname, '..', 'resources', 'claim-model.json');
if (!hasCheckworthyData()) {
  console.error('../shared/data/checkworthy/train.tsv and dev.tsv are not on this machine: nothing to train from.');
  process.exit(1);
}
const model = trainClaimModel(readSplit('train'), (line) => console.error(line));
const text = JSON.stringify(model, null, 1) + '\n';
const dev = evaluateOn(model, readSplit('dev'));
console.error(`dev.tsv: F1(Yes) ${dev.f1.toFixed(4)} (precision ${dev.precision.toFixed(3)}, recall ${dev.recall.toFixed(3)})`);
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  console.error(same ? `${out} is what this script makes.` : `${out} differs from what this script makes.`);
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.error(`Wrote ${out} (${(text.length / 1024 / 1024).toFixed(2)} MB).`);
