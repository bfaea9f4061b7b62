// The command line over the sample articles, as the "what it must show" runs it.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, Article, ArticleSummary, ImportReport, SearchHit, Taxonomy } from '../../../shared/model.js';
import { corpusDir } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from './run.js';

const corpus = corpusDir();

// Each step starts the real command (~0.5 s, more on a busy machine): generous timeouts.
describe.skipIf(!corpus)('gloss over the Rafah sample articles', { timeout: 90_000 }, () => {
  const tmp = tempDir('gloss-cli-');
  const data = ['--data-dir', join(tmp.path, 'library')];
  let files: string[];
  let report: ImportReport;
  let articles: ArticleSummary[];
  const byFile = new Map<string, ArticleSummary>();

  beforeAll(async () => {
    files = readdirSync(corpus!)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(corpus!, f));
    report = await glossJson<ImportReport>(['import', ...files, '--collection', 'Rafah, March 2024', ...data]);
    articles = await glossJson<ArticleSummary[]>(['list', ...data]);
    const find = (pred: (a: ArticleSummary) => boolean) => articles.find(pred)!;
    byFile.set('000', find((a) => a.publishedAt?.startsWith('2024-03-10') ?? false));
    byFile.set('001', find((a) => a.publishedAt?.startsWith('2024-03-19') ?? false));
    byFile.set('002', find((a) => a.title === 'Netanyahu stands firm on Rafah offensive despite U.S. tensions'));
    byFile.set('003', find((a) => a.publishedAt?.startsWith('2024-03-29') ?? false));
    byFile.set('004', find((a) => a.title === 'US and Israel tensions rise over Gaza'));
  }, 90_000);
  afterAll(() => tmp.remove());

  it('imports the five files and lists them with their titles and dates', () => {
    expect(report.imported).toHaveLength(5);
    expect(report.failed).toEqual([]);
    expect(articles).toHaveLength(5);
    for (const key of ['000', '001', '002', '003', '004']) expect(byFile.get(key), `article of file ${key}`).toBeDefined();
    expect(byFile.get('000')!.publishedAt!.slice(0, 10)).toBe('2024-03-10');
    expect(byFile.get('001')!.publishedAt!.slice(0, 10)).toBe('2024-03-19');
    expect(byFile.get('003')!.publishedAt!.slice(0, 10)).toBe('2024-03-29');
    for (const a of articles) {
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.title).not.toMatch(/^\s*date\b/i);
      expect(a.title).not.toMatch(/skip to content|home »|world news/i);
    }
  });

  it('finds exactly the four articles that mention Rafah, with snippets', async () => {
    const hits = await glossJson<SearchHit[]>(['search', 'Rafah', ...data]);
    const expected = ['001', '002', '003', '004'].map((k) => byFile.get(k)!.id).sort();
    expect(hits.map((h) => h.articleId).sort()).toEqual(expected);
    for (const h of hits) {
      expect(h.snippet.trim()).not.toBe('');
      expect(h.snippet.toLowerCase()).toContain('rafah');
    }
  });

  it('shows search hits to a person with the matches marked', async () => {
    const run = await gloss(['search', 'Rafah', ...data]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[Rafah]');
    expect(run.stdout).toContain(byFile.get('004')!.title);
  });

  it('lists every article in an aligned table, only N with --limit, and those of a collection', async () => {
    const table = await gloss(['list', ...data]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^ID\s+DATE\s+OUTLET\s+TITLE$/);
    const titleColumn = lines[0]!.indexOf('TITLE');
    for (const a of articles) {
      const line = lines.find((l) => l.startsWith(a.id.slice(0, 8)))!;
      expect(line.indexOf(a.title)).toBe(titleColumn);
    }
    expect(await glossJson<ArticleSummary[]>(['list', '--limit', '2', ...data])).toHaveLength(2);
    const inCollection = await glossJson<ArticleSummary[]>(['list', '--collection', 'rafah, march 2024', ...data]);
    expect(inCollection.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
  });

  it('annotates the second occurrence of a quote with a status, two tags and a note', async () => {
    const taxonomies = await glossJson<Taxonomy[]>(['tags', ...data]);
    const status = taxonomies.find((t) => t.kind === 'status')!.tags[1]!;
    const [tag1, tag2] = taxonomies.find((t) => t.kind === 'technique')!.tags;
    const target = byFile.get('002')!;

    const created = await glossJson<Annotation>([
      'annotate', target.id.slice(0, 8),
      '--quote', 'offensive', '--occurrence', '2',
      '--status', status.name.toUpperCase(),
      '--tag', tag1!.name, '--tag', tag2!.id,
      '--note', 'Compare with the Pentagon statement.',
      ...data,
    ]);

    const shown = await glossJson<Article & { annotations: Annotation[] }>(['show', target.id.slice(0, 6), ...data]);
    const first = shown.body.indexOf('offensive');
    const second = shown.body.indexOf('offensive', first + 1);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(shown.annotations).toHaveLength(1);
    const a = shown.annotations[0]!;
    expect(a.id).toBe(created.id);
    expect([a.start, a.end]).toEqual([second, second + 'offensive'.length]);
    expect(a.quote.exact).toBe('offensive');
    expect(a.statusTagId).toBe(status.id);
    expect(a.tagIds.sort()).toEqual([tag1!.id, tag2!.id].sort());
    expect(a.note).toBe('Compare with the Pentagon statement.');

    const human = await gloss(['show', target.id, ...data]);
    expect(human.stdout).toContain(target.title);
    expect(human.stdout).toContain('“offensive”');
    expect(human.stdout).toContain(status.name);
    expect(human.stdout).toContain(tag1!.name);
    expect(human.stdout).toContain('Compare with the Pentagon statement.');
  });

  it('says how many occurrences there are when asked for one past the last', async () => {
    const run = await gloss(['annotate', byFile.get('004')!.id, '--quote', 'Pentagon press secretary', '--occurrence', '3', ...data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/occurs once/);
  });

  it('reports a second import of the same files as duplicates', async () => {
    const again = await glossJson<ImportReport>(['import', ...files, ...data]);
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toHaveLength(5);
    expect(new Set(again.duplicates.map((d) => d.existingId))).toEqual(new Set(articles.map((a) => a.id)));
  });

  it('fails on a binary file with a clear message, a non-zero exit, and nothing added', async () => {
    const binary = join(tmp.path, 'photo.txt');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const run = await gloss(['import', binary, ...data]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('photo.txt');
    expect(run.stderr).toMatch(/failed/);
    expect(await glossJson<ArticleSummary[]>(['list', ...data])).toHaveLength(5);
  });

  it('answers an unknown id with a not-found message, also as JSON', async () => {
    const run = await gloss(['show', 'ffffffffff', ...data, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^gloss: No article matches the id "ffffffffff"/);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
