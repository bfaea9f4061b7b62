// Scratch experiment driver (not committed): out-of-fold scores cached in /tmp/finder3.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseClaimModel } from '../../../electron/core/finder/claim-model.js';
import { networkMargin } from '../../../electron/core/finder/network.js';
import { sentenceMeaning } from '../../../electron/core/finder/sentence-meaning.js';
import { readSplit } from '../data.js';
import { bestThreshold, margin, sigmoid, trainLogistic } from '../logistic.js';
import { trainNetwork } from '../network.js';
import { crossValidate, featurizeAll, HASH_BITS } from '../train.js';

const DIR = '/tmp/finder3';
const train = readSplit('train');
const ys = train.map((r) => r.label);
const save = (name: string, s: number[]) => writeFileSync(`${DIR}/${name}.json`, JSON.stringify(s));
const load = (name: string): number[] => JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8'));
const has = (name: string) => existsSync(`${DIR}/${name}.json`);
const f1 = (s: number[]) => bestThreshold(s, ys);
const blendReport = (a: number[], b: number[]) => {
  let best = { blend: 0, f1: 0, threshold: 0 };
  for (let w = 0; w <= 0.8001; w += 0.1) {
    const r = bestThreshold(a.map((x, i) => (1 - w) * x + w * b[i]!), ys);
    if (r.f1 > best.f1) best = { blend: Math.round(w * 10) / 10, ...r };
  }
  return best;
};
const [mode, ...args] = process.argv.slice(2);
const t0 = Date.now();
if (mode === 'logit') {
  const [l2, epochs, pw, seed, lr] = args.map(Number);
  const name = `logit-${l2}-${epochs}-${pw}-${seed}-${lr ?? 0.1}`;
  const { xs } = featurizeAll(train);
  const s = crossValidate(xs, ys, (x, y) => {
    const m = trainLogistic(x, y, { dims: 1 << HASH_BITS, l2: l2!, epochs: epochs!, positiveWeight: pw!, seed: seed!, learningRate: lr ?? 0.1 });
    return (v) => sigmoid(margin(m, v));
  });
  save(name, s);
  const net = has('net-base') ? blendReport(s, load('net-base')) : null;
  console.log(name, JSON.stringify(f1(s)), 'blend', JSON.stringify(net), `${(Date.now() - t0) / 1000}s`);
} else if (mode === 'net') {
  const [seed, hidden, epochs, lr, dropout, l2, pw] = args.map(Number);
  const name = `net-${seed}-${hidden}-${epochs}-${lr}-${dropout}-${l2}-${pw}`;
  const file = JSON.parse(readFileSync('resources/claim-model.json', 'utf8'));
  const vectors = parseClaimModel(file).vectors;
  const meanings = train.map((r) => sentenceMeaning(vectors, r.text));
  const s = crossValidate(meanings, ys, (x, y) => {
    const n = trainNetwork(x, y, { seed: seed!, hidden: hidden!, epochs: epochs!, learningRate: lr!, dropout: dropout!, l2: l2!, positiveWeight: pw! });
    return (v) => sigmoid(networkMargin(n, v));
  });
  save(name, s);
  console.log(name, JSON.stringify(f1(s)), `${(Date.now() - t0) / 1000}s`);
} else if (mode === 'blend') {
  // blend a1,a2,... b1,b2,...: averages each group, then blends the two groups
  const avg = (names: string[]) => { const all = names.map(load); return all[0]!.map((_, i) => all.reduce((t, s) => t + s[i]!, 0) / all.length); };
  const a = avg(args[0]!.split(','));
  const b = avg(args[1]!.split(','));
  console.log('a', JSON.stringify(f1(a)), 'b', JSON.stringify(f1(b)), 'blend', JSON.stringify(blendReport(a, b)));
}
