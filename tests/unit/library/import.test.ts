import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/corpus.js';
import { markdown, openTestLibrary, textFile, type TestLibrary } from './harness.js';

describe('articles.import', () => {
  let lib: TestLibrary;
  beforeEach(async () => {
    lib = await openTestLibrary();
  });
  afterEach(() => lib.close());

  const harbour = markdown('Harbour fire contained', 'Firefighters contained a blaze at the harbour on Monday.', 'No one was hurt.');
  const bridge = markdown('Bridge reopens after repairs', 'The old bridge reopened to traffic on Tuesday after six months of repairs.');

  it('reports each file as imported, duplicate or failed, and keeps only the new articles', async () => {
    const binary = { name: 'photo.txt', dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0]).toString('base64') };
    const report = await lib.call('articles.import', {
      files: [textFile('harbour.md', harbour), textFile('bridge.md', bridge), textFile('harbour-copy.md', harbour), binary],
    });

    expect(report.imported.map((a) => a.title)).toEqual(['Harbour fire contained', 'Bridge reopens after repairs']);
    expect(report.duplicates).toEqual([{ name: 'harbour-copy.md', existingId: report.imported[0]!.id, title: 'Harbour fire contained' }]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.name).toBe('photo.txt');
    expect(report.failed[0]!.code).toBe('unsupported_file');
    expect(report.failed[0]!.message).not.toBe('');

    const list = await lib.call('articles.list', {});
    expect(list).toHaveLength(2);
    expect((await lib.call('library.info', {})).articleCount).toBe(2);
    const first = report.imported[0]!;
    expect(first.wordCount).toBeGreaterThan(10);
    expect(first.annotationCount).toBe(0);
  });

  it('says which encoding a file that was not UTF-8 was read in', async () => {
    const koi8 = readFileSync(join(repoRoot, 'tests', 'fixtures', 'import', 'encodings', 'ru-koi8-r.txt'));
    const report = await lib.call('articles.import', {
      files: [textFile('harbour.md', harbour), { name: 'ru-koi8-r.txt', dataBase64: koi8.toString('base64') }],
    });
    expect(report.imported.map((a) => [a.title, a.language])).toEqual([
      ['Harbour fire contained', 'en'],
      ['Мост в гавани откроют весной', 'ru'],
    ]);
    expect(report.encodings).toEqual([{ name: 'ru-koi8-r.txt', encoding: 'KOI8-R' }]);
  });

  it('treats the same text under another name in a later import as a duplicate', async () => {
    const [first] = (await lib.call('articles.import', { files: [textFile('a.md', harbour)] })).imported;
    const again = await lib.call('articles.import', { files: [textFile('renamed.md', harbour)] });
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toEqual([{ name: 'renamed.md', existingId: first!.id, title: first!.title }]);
    expect(await lib.call('articles.list', {})).toHaveLength(1);
  });

  it('sends a progress event when its files are written, then library.changed naming the articles added', async () => {
    const report = await lib.call('articles.import', {
      files: [textFile('harbour.md', harbour), textFile('empty.txt', ''), textFile('bridge.md', bridge)],
    });
    const progress = lib.events.filter((e) => e.event === 'import.progress').map((e) => e.payload as { jobId: string; done: number; total: number; label: string });
    expect(progress.map((p) => [p.done, p.total, p.label])).toEqual([[3, 3, 'bridge.md']]);
    expect(lib.events.at(-1)).toEqual({ event: 'library.changed', payload: { what: 'articles', ids: report.imported.map((a) => a.id) } });
    expect(report.imported).toHaveLength(2);
  });

  it('adds imported and duplicate articles to the collection given', async () => {
    const [existing] = (await lib.call('articles.import', { files: [textFile('harbour.md', harbour)] })).imported;
    const collection = await lib.call('collections.create', { name: 'Week 12' });
    const report = await lib.call('articles.import', {
      files: [textFile('harbour.md', harbour), textFile('bridge.md', bridge)],
      collectionId: collection.id,
    });
    const after = await lib.call('collections.list', {});
    expect(after[0]!.articleIds).toEqual([existing!.id, report.imported[0]!.id]);
    expect(report.imported[0]!.collectionIds).toEqual([collection.id]);
  });

  it('refuses an unknown collection before importing anything', async () => {
    const error = await lib.fail('articles.import', { files: [textFile('harbour.md', harbour)], collectionId: 'nope' });
    expect(error.code).toBe('not_found');
    expect(await lib.call('articles.list', {})).toEqual([]);
  });

  it('imports pasted text, and a second paste of it is a duplicate', async () => {
    const text = 'Council approves new cycle lanes\n\nThe town council voted on Wednesday to build four kilometres of cycle lanes.';
    const first = await lib.call('articles.importText', { text, title: 'Cycle lanes' });
    expect(first.imported).toHaveLength(1);
    expect(first.imported[0]!.title).toBe('Cycle lanes');
    const second = await lib.call('articles.importText', { text, title: 'Cycle lanes' });
    expect(second.duplicates).toHaveLength(1);
    expect(await lib.call('articles.list', {})).toHaveLength(1);
  });

  it('brings a trashed article back when the same text is imported again', async () => {
    const [a] = (await lib.call('articles.import', { files: [textFile('harbour.md', harbour)] })).imported;
    await lib.call('articles.delete', { id: a!.id });
    const report = await lib.call('articles.import', { files: [textFile('harbour.md', harbour)] });
    expect(report.imported.map((x) => x.id)).toEqual([a!.id]);
    expect((await lib.call('articles.list', {})).map((x) => x.id)).toEqual([a!.id]);
  });

  it('marks the library as no longer on its first run', async () => {
    expect((await lib.call('library.info', {})).firstRun).toBe(true);
    await lib.call('articles.import', { files: [textFile('harbour.md', harbour)] });
    const info = await lib.call('library.info', {});
    expect(info).toMatchObject({ firstRun: false, demoLoaded: false, articleCount: 1, dataDir: lib.dataDir });
  });
});
