// `gloss suggest` and `gloss figures` over the Rafah sample articles, as a person runs them.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, ClaimSuggestion, FigureReport } from '../../../shared/model.js';
import { corpusDir } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from './run.js';

const corpus = corpusDir();

describe.skipIf(!corpus)('the claim finder from the command line', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-cli-finder-');
  const data = ['--data-dir', join(tmp.path, 'library')];
  let toll: ArticleSummary;

  beforeAll(async () => {
    const files = readdirSync(corpus!).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus!, f));
    await glossJson(['import', ...files, '--collection', 'Rafah', ...data]);
    const articles = await glossJson<ArticleSummary[]>(['list', ...data]);
    toll = articles.find((a) => a.title === 'US and Israel tensions rise over Gaza')!;
  }, 120_000);
  afterAll(() => tmp.remove());

  it('suggests the sentences worth checking, best first, with their reasons', async () => {
    const run = await gloss(['suggest', toll.id.slice(0, 8), ...data]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ sentences worth checking:/);
    expect(run.stdout).toMatch(/killed over 32,000 Palestinians.*\(figure, attribution/);
    const all = await glossJson<ClaimSuggestion[]>(['suggest', toll.id, '--all', ...data]);
    expect(all.map((s) => s.start)).toEqual([...all.map((s) => s.start)].sort((a, b) => a - b));
    expect(all.some((s) => !s.passes)).toBe(true);
  });

  it('lists the figures of a collection by measure, with the outlets’ dates and whether they agree', async () => {
    const run = await gloss(['figures', '--collection', 'Rafah', ...data]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^deaths \(Palestinians\): the articles agree\n {2}over 31,000 — .*, 2024-03-10: /);
    const report = await glossJson<FigureReport>(['figures', '--collection', 'Rafah', ...data]);
    expect(report.groups[0]!.mentions.map((m) => m.quantity.text)).toEqual(['over 31,000', 'over 32,000']);
  });

  it('lists figures of an unknown measure without saying the outlets disagree', async () => {
    const files = [
      ['hunger.md', '# Hunger\n\nAbout 2.3 million people face famine, the agency said.\n'],
      ['protest.md', '# Protest\n\nSome 250 people gathered outside the hospital.\n'],
    ].map(([name, text]) => {
      writeFileSync(join(tmp.path, name!), text!);
      return join(tmp.path, name!);
    });
    await glossJson(['import', ...files, '--collection', 'Unrelated', ...data]);
    const run = await gloss(['figures', '--collection', 'Unrelated', ...data]);
    expect(run.stdout).toMatch(/^people: not compared \(these figures may not count the same thing\)\n {2}About 2\.3 million — /);
    expect(run.stdout).not.toMatch(/DISAGREE|cannot both be right/);
  });

  it('says what is missing when no collection is given', async () => {
    const run = await gloss(['figures', ...data]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--collection/);
  });
});

describe('gloss suggest on an article in another language than English', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-cli-suggest-lang-');
  afterAll(() => tmp.remove());

  it('says the suggestions read English only, so that none found says nothing of the article', async () => {
    const data = ['--data-dir', join(tmp.path, 'library')];
    const arabic = join(tmp.path, 'rafah.txt');
    const english = join(tmp.path, 'harbour.txt');
    writeFileSync(arabic, 'قال وزير الصحة إن عدد القتلى تجاوز اثنين وثلاثين ألفاً منذ بداية الحرب.\n\nوأضاف أن المستشفيات في رفح لم تعد قادرة على استقبال الجرحى.');
    writeFileSync(english, 'The council said the new harbour bridge will cost 40 million euros.\n\nCritics called the plan a reckless gamble with public money.');
    const imported = async (file: string) => (await glossJson<{ imported: Array<{ id: string }> }>(['import', file, ...data])).imported[0]!.id;
    const ar = await imported(arabic);
    const en = await imported(english);
    const onArabic = await gloss(['suggest', ar!, ...data]);
    expect(onArabic.code).toBe(0);
    expect(onArabic.stdout).toMatch(/^The suggestions were learnt from English sentences: this article is in Arabic/);
    expect((await gloss(['suggest', ar!, '--lang', 'fr', ...data])).stdout).toMatch(/cet article est en arabe/);
    expect((await gloss(['suggest', en!, ...data])).stdout).not.toMatch(/learnt from English/);
  });
});
