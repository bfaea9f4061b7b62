// `node --import tsx scripts/claims/cnn-cv.ts`: the convolutional network's 5-fold
// cross-validation on train.tsv (docs/claim-finder.md), alone and averaged with the shipped
// model's two halves, blend and threshold chosen on the out-of-fold probabilities as
// train-claims does. `--fold` trains on four fifths once and prints the held-out fifth's F1
// after each epoch and every blend with the two halves fitted on the same part, to choose
// epochs and width before the full run. It reads the word vectors
// shipped in resources/claim-model.json (the training words GloVe knows, as train-claims makes
// them), not the 300 MB package. It writes nothing: the CNN is not yet part of the shipped model.
import { claimModelPath } from '../../electron/core/finder.js';
import { loadClaimModel } from '../../electron/core/finder/claim-model.js';
import { sentenceMargin, vocabularyResponses, type Cnn } from '../../electron/core/finder/cnn.js';
import { sentenceMeaning } from '../../electron/core/finder/sentence-meaning.js';
import { cnnExample, trainCnn, vectorTable, type CnnExample, type CnnOptions } from './cnn.js';
import { hasCheckworthyData, readSplit } from './data.js';
import { bestThreshold, sigmoid } from './logistic.js';
import { crossValidate, featurizeAll, fitLogistic, fitNetwork, LOGISTIC_GRID, NETWORK_GRID, SEED } from './train.js';

// Kim's widths; 64 filters, 4 epochs and dropout 0.5 from one fold (docs/claim-finder.md).
const CNN: Omit<CnnOptions, 'seed'> = { widths: [2, 3, 4], filters: 64, epochs: 4, learningRate: 0.05, dropout: 0.5, positiveWeight: 1.5 };

if (!hasCheckworthyData()) {
  console.error('../shared/data/checkworthy is not on this machine: nothing to cross-validate.');
  process.exit(1);
}
const { vectors } = loadClaimModel(claimModelPath);
const table = vectorTable(vectors);
const train = readSplit('train');
const ys = train.map((r) => r.label);
const sentences = train.map((r) => cnnExample(vectors, r.text, CNN.widths));
const log = (line: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`);

const scorer = (cnn: Cnn) => {
  const responses = vocabularyResponses(cnn, vectors);
  return (x: CnnExample) => sigmoid(sentenceMargin(cnn, responses, x.rows, x.cues));
};

const blends = (logistic: number[], network: number[], cnn: number[], truth: number[]) => {
  const shares = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
  for (const n of shares) {
    for (const c of shares.filter((c) => n + c <= 0.8001)) {
      const { f1, threshold } = bestThreshold(logistic.map((s, i) => (1 - n - c) * s + n * network[i]! + c * cnn[i]!), truth);
      log(`blend network ${n} CNN ${c}: F1(Yes) ${f1.toFixed(4)} at threshold ${threshold}`);
    }
  }
};

if (process.argv.includes('--fold')) {
  const held = (i: number) => i % 5 === 0;
  const part = <X>(xs: X[], test: boolean) => xs.filter((_, i) => held(i) === test);
  const testYs = part(ys, true);
  const cnn = trainCnn(table, vectors.dims, part(sentences, false), part(ys, false), { ...CNN, seed: SEED }, (cnn, epoch) => {
    const { f1, threshold } = bestThreshold(part(sentences, true).map(scorer(cnn)), testYs);
    log(`one fold, epoch ${epoch}: F1(Yes) ${f1.toFixed(4)} at threshold ${threshold}`);
  });
  const { xs } = featurizeAll(train);
  const meanings = train.map((r) => sentenceMeaning(vectors, r.text));
  const logistic = fitLogistic(LOGISTIC_GRID[0]!)(part(xs, false), part(ys, false));
  const network = fitNetwork(NETWORK_GRID[0]!)(part(meanings, false), part(ys, false));
  blends(part(xs, true).map(logistic), part(meanings, true).map(network), part(sentences, true).map(scorer(cnn)), testYs);
} else {
  const cv = (name: string, scores: number[]) => {
    const { f1, threshold } = bestThreshold(scores, ys);
    log(`cv ${name}: F1(Yes) ${f1.toFixed(4)} at threshold ${threshold}`);
    return scores;
  };
  const cnn = cv(`CNN ${JSON.stringify(CNN)}`, crossValidate(sentences, ys, (xs, ys) => scorer(trainCnn(table, vectors.dims, xs, ys, { ...CNN, seed: SEED }))));
  const logistic = cv('logistic', crossValidate(featurizeAll(train).xs, ys, fitLogistic(LOGISTIC_GRID[0]!)));
  const meanings = train.map((r) => sentenceMeaning(vectors, r.text));
  const network = cv('network', crossValidate(meanings, ys, fitNetwork(NETWORK_GRID[0]!)));
  blends(logistic, network, cnn, ys);
}
