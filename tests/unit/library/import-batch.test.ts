// Many files go into the library with a few multi-row INSERTs; a file the database refuses
// must still fail alone, and its twins in the same import with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markdown, openTestLibrary, textFile, type TestLibrary } from './harness.js';

describe('articles.import of a large batch', () => {
  let lib: TestLibrary;
  beforeEach(async () => {
    lib = await openTestLibrary();
  });
  afterEach(() => lib.close());

  const article = (i: number) => textFile(`a${i}.md`, markdown(`Council report number ${i}`, `The council published report ${i} on the harbour works.`));

  it('imports hundreds of files in order, each searchable, with a progress event for each batch written', async () => {
    const files = Array.from({ length: 450 }, (_, i) => article(i));
    const report = await lib.call('articles.import', { files });
    expect(report.imported.map((a) => a.title)).toEqual(files.map((_, i) => `Council report number ${i}`));
    const progress = lib.events.filter((e) => e.event === 'import.progress').map((e) => e.payload as { jobId: string; done: number; label: string });
    expect(progress.map((p) => [p.done, p.label])).toEqual([[200, 'a199.md'], [400, 'a399.md'], [450, 'a449.md']]);
    expect(new Set(progress.map((p) => p.jobId)).size).toBe(1);
    expect(await lib.call('search.query', { q: 'harbour ', limit: 500 })).toHaveLength(450);
    const [hit] = await lib.call('search.query', { q: '449 ' });
    expect(hit?.title).toBe('Council report number 449');
  });

  it('writes a 200-file import of long articles to the search index as one piece', async () => {
    // Merging is switched off to count what the import wrote; small pieces would cost a large import its speed in merges.
    lib.core.db.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 0)");
    const words = (i: number) => Array.from({ length: 1000 }, (_, w) => `w${(i * 7919 + w * 104_729) % 40_000}`).join(' ');
    const files = Array.from({ length: 200 }, (_, i) => textFile(`long${i}.txt`, `Long article ${i}\n\n${words(i)}`));
    expect((await lib.call('articles.import', { files })).imported).toHaveLength(200);
    expect(lib.core.db.prepare('SELECT count(DISTINCT segid) AS n FROM articles_fts_idx').get()).toEqual({ n: 1 });
    expect(await lib.call('search.query', { q: 'long article', limit: 500 })).toHaveLength(200);
  });

  it('fails only the file the database refuses, and a copy of it, keeping the rest', async () => {
    lib.core.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN new.title = 'Council report number 3'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const files = [article(1), article(2), article(3), article(4), { ...article(3), name: 'copy-of-3.md' }];
    const report = await lib.call('articles.import', { files });
    expect(report.imported.map((a) => a.title)).toEqual(['Council report number 1', 'Council report number 2', 'Council report number 4']);
    expect(report.failed.map((f) => f.name)).toEqual(['a3.md', 'copy-of-3.md']);
    expect(report.duplicates).toEqual([]);
    expect(await lib.call('articles.list', {})).toHaveLength(3);
    expect((await lib.call('search.query', { q: 'harbour ' })).map((h) => h.title).sort()).toEqual([
      'Council report number 1',
      'Council report number 2',
      'Council report number 4',
    ]);
  });
});
