// The file an article came from is kept, compressed against its text, out of the article's row,
// and comes back byte for byte, also after the text is corrected; a library from before keeps
// every original it had.
import { Document, Packer, Paragraph } from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

  const originalOf = async (id: string) => Buffer.from((await lib.call('articles.original', { id })).dataBase64, 'base64');
  const storedOf = (id: string) =>
    lib.core.db.prepare('SELECT o.encoding, length(o.data) AS bytes, o.dictionary FROM article_originals o JOIN articles a ON a.pk = o.article_pk WHERE a.id = ?').get(id) as {
      encoding: string;
      bytes: number;
      dictionary: string | null;
    };

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
    expect(stored.map((s) => s.encoding)).toEqual(['zlib-text-dict', 'zlib-text-dict']);
    // The text is most of a text file: what is stored is a small part of what gzip would keep.
    expect(stored[0]!.bytes).toBeLessThan(gzipSync(fixture('01-harbour-bridge.txt')).length / 3);
  });

  it('gives back a page whose markup is most of it, a text longer than the 32 KB zlib can look back on, and a Word file', async () => {
    lib = await openTestLibrary();
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of the inquiry: the harbour board met ${i % 7} times and heard ${i * 3} witnesses about the quay.`);
    const page = `<!doctype html><html><head><title>Quay inquiry</title><style>p { margin: 0 }</style></head><body><nav><a href="/">Home</a></nav><article><h1>Quay inquiry</h1>${paragraphs.slice(0, 20).map((p) => `<p class="x">${p}</p>`).join('\n')}</article></body></html>`;
    const long = `The long hearing\n\n${paragraphs.join('\n\n')}\n`;
    const doc = new Document({ sections: [{ children: [new Paragraph('Statement on the quay'), new Paragraph(paragraphs[1]!), new Paragraph(paragraphs[2]!)] }] });
    const docx = await Packer.toBuffer(doc);
    const files = [textFile('inquiry.html', page), textFile('hearing.txt', long), { name: 'statement.docx', dataBase64: docx.toString('base64') }];
    const report = await lib.call('articles.import', { files });
    expect(report.failed).toEqual([]);
    expect(Buffer.byteLength(long)).toBeGreaterThan(32 * 1024);
    const sent = files.map((f) => Buffer.from(f.dataBase64, 'base64'));
    for (const [i, article] of report.imported.entries()) {
      expect((await originalOf(article.id)).equals(sent[i]!)).toBe(true);
      expect(storedOf(article.id).encoding).toBe('zlib-text-dict');
    }
  });

  it('still gives back the file after the text is corrected, twice, and after a correction back', async () => {
    lib = await openTestLibrary();
    const file = fixture('01-harbour-bridge.txt');
    const [article] = (await lib.call('articles.import', { files: [{ name: 'bridge.txt', dataBase64: file.toString('base64') }] })).imported;
    const id = article!.id;
    const first = (await lib.call('articles.get', { id })).body;

    await lib.call('articles.correctText', { id, body: first.replace(/bridge/g, 'crossing') });
    expect((await originalOf(id)).equals(file)).toBe(true);
    // The original keeps the text it was compressed against, not the latest one.
    expect(storedOf(id).dictionary).toBe(first);
    await lib.call('articles.correctText', { id, body: `A note from the desk.\n\n${first}` });
    expect((await originalOf(id)).equals(file)).toBe(true);
    expect(storedOf(id).dictionary).toBe(first);
    await lib.call('articles.correctText', { id, body: first });
    expect((await originalOf(id)).equals(file)).toBe(true);
  });

  it('says so, instead of giving back other bytes, when a stored original is damaged', async () => {
    lib = await openTestLibrary();
    const [id] = (await lib.call('articles.import', { files: [{ name: 'bridge.txt', dataBase64: fixture('01-harbour-bridge.txt').toString('base64') }] })).imported.map((a) => a.id);
    lib.core.db.prepare('UPDATE article_originals SET data = substr(data, 1, length(data) - 8) || zeroblob(8)').run();
    const error = await lib.fail('articles.original', { id: id! });
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/damaged/);
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

  it('reads the gzip originals of a library from before the text dictionary, also after a correction', async () => {
    dir = tempDir('gloss-mig-originals-');
    const file = join(dir.path, 'library.sqlite');
    const all = loadMigrations();
    const at = all.findIndex((m) => m.name.includes('original-text-dictionary'));
    expect(at).toBeGreaterThan(0);
    const before = await openDatabase(file, { migrations: all.slice(0, at) });
    const now = '2024-05-07T10:00:00.000Z';
    before
      .prepare(
        `INSERT INTO articles (pk, id, title, direction, body, blocks, content_hash, original_name, original_type, created_at, updated_at)
         VALUES (1, 'a1', 'T', 'ltr', 'Some text here.', '[]', 'h1', 'a1.txt', 'text/plain', ?, ?)`,
      )
      .run(now, now);
    before.prepare("INSERT INTO article_originals (article_pk, encoding, data) VALUES (1, 'gzip', ?)").run(gzipSync('Some text here.\n'));
    before.close();

    const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
    expect(db.pragma('user_version', { simple: true })).toBe(all.length);
    expect(Buffer.from(readOriginal(db, 'a1').dataBase64, 'base64').toString()).toBe('Some text here.\n');
    db.prepare("UPDATE articles SET body = 'Other text.' WHERE id = 'a1'").run();
    expect(Buffer.from(readOriginal(db, 'a1').dataBase64, 'base64').toString()).toBe('Some text here.\n');
    expect(db.prepare('SELECT encoding, dictionary FROM article_originals').get()).toEqual({ encoding: 'gzip', dictionary: null });
    db.close();
  });
});
