// The claim finder: quality of the check-worthiness model on dev.tsv against two peers measured
// in the same run (a rule that flags every sentence with a digit, and a plain TF-IDF word
// 1–2-gram logistic regression trained here on train.tsv), then the time of suggestions for an
// 8,000-word article and of the figures of a 50-article collection, through dispatch.
import { readFileSync } from 'node:fs';
import { openCore } from '../electron/core/api.js';
import { dispatch } from '../electron/core/dispatch.js';
import { claimModelPath } from '../electron/core/finder.js';
import { hasCheckworthyData, readSplit } from '../scripts/claims/data.js';
import { evaluateOn } from '../scripts/claims/evaluate.js';
import { f1Of, type F1 } from '../scripts/claims/logistic.js';
import type { ClaimModelFile } from '../scripts/claims/train.js';
import { tempDir } from '../tests/helpers/tmp.js';
import { generateArticle, prng } from './generated-articles.js';
import { tfidfBaseline } from './tfidf-baseline.js';
import { median } from './stats.js';

const log = (...a: unknown[]) => console.error('[finder]', ...a);
const out: string[] = ['### Claim finder (bench/finder.bench.ts)', ''];

const row = (name: string, cv: number, r: F1) =>
  `| ${name} | ${cv.toFixed(3)} | ${r.f1.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} |`;
if (hasCheckworthyData()) {
  const train = readSplit('train');
  const dev = readSplit('dev');
  const ys = dev.map((r) => r.label);
  const file = JSON.parse(readFileSync(claimModelPath, 'utf8')) as ClaimModelFile;
  log('training the TF-IDF peer');
  const tfidf = tfidfBaseline(train);
  const hasDigit = (text: string) => /\d/.test(text);
  out.push(
    `Check-worthy sentences, F1 of the "Yes" class. "Cross-validation" is 5-fold on train.tsv (${train.length} sentences): ` +
      `the number the models were chosen by, and the one that predicts a held-out split. dev.tsv (${dev.length} sentences, ` +
      `${ys.filter((y) => y).length} Yes) is only a check: nothing was tuned on it. The shipped model chose its options and its ` +
      `threshold (${file.threshold}) by cross-validation; the TF-IDF peer its number of epochs (${tfidf.epochs}), at threshold 0.5. The digit rule has nothing to fit: its first number is its F1 on all of train.tsv.`,
    '',
    '| model | F1, cross-validation | F1, dev.tsv | precision, dev | recall, dev |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('Gloss: logistic over hashed word 1–3-grams + char 2–5-grams + cues, averaged with a network over GloVe word vectors + cues (resources/claim-model.json)', file.crossValidation.f1, evaluateOn(file, dev)),
    row('a digit in the sentence', f1Of(train.map((r) => hasDigit(r.text)), train.map((r) => r.label)).f1, f1Of(dev.map((r) => hasDigit(r.text)), ys)),
    row('TF-IDF word 1–2-grams, logistic, threshold 0.5', tfidf.cvF1, f1Of(dev.map((r) => tfidf.passes(r.text)), ys)),
    '',
  );
} else {
  out.push('../shared/data/checkworthy is not on this machine: no F1 table.', '');
}

/** Generated news-like text with a figure sentence now and then, as real reports have. */
function withFigures(text: string, seed: number): string {
  const rand = prng(seed);
  const figures = [
    (n: number) => `Officials said more than ${n.toLocaleString('en')} people have been killed.`,
    (n: number) => `About ${n} aid trucks crossed the border on Sunday, the agency said.`,
    (n: number) => `Nearly ${(n / 10).toFixed(1)} million people are displaced, according to the UN.`,
    (n: number) => `The fund pledged $${n} million in aid.`,
  ];
  return text
    .split('\n\n')
    .map((p) => (rand() < 0.5 ? `${p} ${figures[Math.floor(rand() * figures.length)]!(10 + Math.floor(rand() * 40_000))}` : p))
    .join('\n\n');
}

const dir = tempDir('gloss-bench-finder-');
const core = await openCore(dir.path);
const call = async (method: Parameters<typeof dispatch>[1], input: unknown) => {
  const r = await dispatch(core.api, method, input);
  if (!r.ok) throw new Error(`${String(method)}: ${r.error.message}`);
  return r.value as never;
};

const long = Array.from({ length: 8 }, (_, i) => generateArticle(i).text.replace(/^ date \S+ /, '')).join('\n\n');
const body = withFigures(long, 1);
const words = body.split(/\s+/).length;
const imported = await call('articles.importText', { text: body, title: 'Long article' });
const longId = (imported as { imported: Array<{ id: string }> }).imported[0]!.id;
await call('finder.suggest', { articleId: longId }); // loads the model once, as the first use does
/** Wall time, and the CPU time of this process: on a machine shared with other work, the second
 * is nearer what the work costs. */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}
const suggestTimes: Array<{ wall: number; cpu: number }> = [];
let sentences = 0;
for (let i = 0; i < 15; i++) {
  suggestTimes.push(await timed(async () => {
    sentences = ((await call('finder.suggest', { articleId: longId, all: true })) as unknown[]).length;
  }));
}

const files = Array.from({ length: 50 }, (_, i) => {
  const a = generateArticle(100 + i);
  return { name: a.name, dataBase64: Buffer.from(withFigures(a.text, 100 + i)).toString('base64') };
});
const report = (await call('articles.import', { files })) as { imported: Array<{ id: string }> };
const collection = (await call('collections.create', { name: 'Fifty' })) as { id: string };
await call('collections.addArticles', { id: collection.id, articleIds: report.imported.map((a) => a.id) });
const figureTimes: Array<{ wall: number; cpu: number }> = [];
let groups = 0;
let figures = 0;
for (let i = 0; i < 5; i++) {
  figureTimes.push(await timed(async () => {
    const r = (await call('finder.figures', { collectionId: collection.id })) as { groups: Array<{ mentions: unknown[] }> };
    groups = r.groups.length;
    figures = r.groups.reduce((n, g) => n + g.mentions.length, 0);
  }));
}
core.close();
dir.remove();

const ms = (xs: Array<{ wall: number; cpu: number }>, key: 'wall' | 'cpu') => `${median(xs.map((x) => x[key])).toFixed(1)} ms`;
out.push(
  '| work | median wall time | median CPU time | runs |',
  '| --- | ---: | ---: | ---: |',
  `| suggestions (finder.suggest --all) for one ${words.toLocaleString('en')}-word article, ${sentences} sentences | ${ms(suggestTimes, 'wall')} | ${ms(suggestTimes, 'cpu')} | 15 |`,
  `| figures (finder.figures) of a ${report.imported.length}-article collection: ${figures} figures in ${groups} groups | ${ms(figureTimes, 'wall')} | ${ms(figureTimes, 'cpu')} | 5 |`,
);
console.log(out.join('\n'));
