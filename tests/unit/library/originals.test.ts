// The file an article came from is kept, compressed, out of the article's row, and comes back
// byte for byte; a library from before the move keeps every original it had.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase } from '../../../electron/core/db.js';
import { readOriginal } from '../../../electron/core/originals.js';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { openTestLibrary, textFile, type TestLibrary } from './harness.js';

const fixture = (name: string) => readFileSync(join(repoRoot, 'tests', 'fixtures', 'articles', name));

describe('original files', () => {
  let lib: TestLibrary;
  afterEach(() => lib?.close());

  it('gives back each imported file byte for byte, stored in fewer bytes than it had', async () => {
    lib = await openTestLibrary();
    const files = ['01-harbour-bridge.txt', '03-river-flooding.txt'].map((name) => ({ name, dataBase64: fixture(name).toString('base64') }));
    const report = await lib.call('articles.import', { files });
    expect(report.imported).toHaveLength(2);
    for (const [i, article] of report.imported.entries()) {
      const original = await lib.call('articles.original', { id: article.id });
      expect(original.fileName).toBe(files[i]!.name);
      expect(original.mimeType).toBe('text/plain');
      expect(Buffer.from(original.dataBase64, 'base64').equals(fixture(files[i]!.name))).toBe(true);
    }
    const stored = lib.core.db.prepare('SELECT encoding, length(data) AS bytes FROM article_originals ORDER BY article_pk').all() as Array<{ encoding: string; bytes: number }>;
    expect(stored.map((s) => s.encoding)).toEqual(['gzip', 'gzip']);
    expect(stored[0]!.bytes).toBeLessThan(fixture('01-harbour-bridge.txt').length);
  });

  it('keeps pasted text as it was pasted, and says why an article from an exchange file has no original', async () => {
    lib = await openTestLibrary();
    const pasted = 'Storm closes the coast road\r\n\r\nHigh winds closed the coast road on Friday night, the council said.';
    const [article] = (await lib.call('articles.importText', { text: pasted })).imported;
    expect(Buffer.from((await lib.call('articles.original', { id: article!.id })).dataBase64, 'base64').toString('utf8')).toBe(pasted);

    lib.core.db.prepare('DELETE FROM article_originals').run();
    const error = await lib.fail('articles.original', { id: article!.id });
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/exchange file or a hub/);
    expect((await lib.fail('articles.original', { id: 'missing' })).code).toBe('not_found');
  });

  it('a failed file in a batch leaves neither its row nor its original behind', async () => {
    lib = await openTestLibrary();
    const report = await lib.call('articles.import', {
      files: [textFile('a.txt', 'A first article about the harbour bridge and its opening date.'), textFile('empty.txt', '   '), textFile('b.txt', 'A second article about river flooding in the valley towns.')],
    });
    expect(report.imported).toHaveLength(2);
    expect(report.failed.map((f) => f.name)).toEqual(['empty.txt']);
    const counts = lib.core.db.prepare('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM article_originals) AS originals').get();
    expect(counts).toEqual({ articles: 2, originals: 2 });
  });
});

describe('migration: article_originals', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('moves the originals of a library from before it out of the rows, readable as they were', async () => {
    dir = tempDir('gloss-mig-originals-');
    const file = join(dir.path, 'library.sqlite');
    const all = loadMigrations();
    const at = all.findIndex((m) => m.name.includes('article-originals'));
    expect(at).toBeGreaterThan(0);
    const before = await openDatabase(file, { migrations: all.slice(0, at) });
    const now = '2024-05-07T10:00:00.000Z';
    const insert = before.prepare(
      `INSERT INTO articles (id, title, direction, body, blocks, content_hash, original_name, original_type, original, created_at, updated_at)
       VALUES (?, 'T', 'ltr', ?, '[]', ?, ?, 'text/plain', ?, ?, ?)`,
    );
    insert.run('a1', 'Some text here.', 'h1', 'a1.txt', Buffer.from('Some text here.\n'), now, now);
    insert.run('a2', 'Other text here.', 'h2', null, null, now, now);
    before.close();

    const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
    expect(db.pragma('user_version', { simple: true })).toBe(all.length);
    const columns = (db.prepare('PRAGMA table_info(articles)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('original');
    expect(Buffer.from(readOriginal(db, 'a1').dataBase64, 'base64').toString()).toBe('Some text here.\n');
    expect(() => readOriginal(db, 'a2')).toThrow(/not the file it was imported from/);
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM article_originals').get()).toEqual({ n: 0 });
    db.close();
  });
});
