// The claim finder's migrations: a library from before them gains the dismissals table and
// keeps its articles; a dismissal is one row per article and sentence, and goes with its article.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase } from '../../../electron/core/db.js';
import { tempDir } from '../../helpers/tmp.js';

describe('migration: suggestion_dismissals', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('upgrades a library from before it without touching its articles', async () => {
    dir = tempDir('gloss-mig-dismiss-');
    const file = join(dir.path, 'library.sqlite');
    const all = loadMigrations();
    const at = all.findIndex((m) => m.name.includes('claim-finder-dismissals'));
    expect(at).toBeGreaterThan(0);
    const before = await openDatabase(file, { migrations: all.slice(0, at) });
    const now = '2024-05-07T10:00:00.000Z';
    before
      .prepare(
        `INSERT INTO articles (id, title, direction, body, blocks, content_hash, created_at, updated_at)
         VALUES ('a1', 'T', 'ltr', 'Some text here.', '[]', 'h', ?, ?)`,
      )
      .run(now, now);
    before.close();

    const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
    expect(db.pragma('user_version', { simple: true })).toBe(all.length);
    const insert = db.prepare('INSERT INTO suggestion_dismissals (article_id, sentence, created_at) VALUES (?, ?, ?)');
    insert.run('a1', 'Some text here.', now);
    expect(() => insert.run('a1', 'Some text here.', now)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('missing', 'x', now)).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT title FROM articles WHERE id = ?').get('a1')).toEqual({ title: 'T' });
    db.close();
  });

  it('keeps the dismissals a library had, and lets them go with their article (016)', async () => {
    dir = tempDir('gloss-mig-dismiss-');
    const file = join(dir.path, 'library.sqlite');
    const all = loadMigrations();
    const at = all.findIndex((m) => m.name.includes('dismissals-go-with-their-article'));
    expect(at).toBeGreaterThan(0);
    const before = await openDatabase(file, { migrations: all.slice(0, at) });
    const now = '2024-05-07T10:00:00.000Z';
    const article = before.prepare(
      `INSERT INTO articles (id, title, direction, body, blocks, content_hash, created_at, updated_at)
       VALUES (?, 'T', 'ltr', 'Some text here.', '[]', ?, ?, ?)`,
    );
    article.run('a1', 'h1', now, now);
    article.run('a2', 'h2', now, now);
    const dismiss = 'INSERT INTO suggestion_dismissals (article_id, sentence, created_at) VALUES (?, ?, ?)';
    before.prepare(dismiss).run('a1', 'Some text here.', now);
    before.prepare(dismiss).run('a2', 'Some text here.', now);
    expect(() => before.prepare('DELETE FROM articles WHERE id = ?').run('a1')).toThrow(/FOREIGN KEY/);
    before.close();

    const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
    expect(db.prepare('SELECT article_id FROM suggestion_dismissals ORDER BY article_id').pluck().all()).toEqual(['a1', 'a2']);
    db.prepare('DELETE FROM articles WHERE id = ?').run('a1');
    expect(db.prepare('SELECT article_id FROM suggestion_dismissals').pluck().all()).toEqual(['a2']);
    expect(() => db.prepare(dismiss).run('missing', 'x', now)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
