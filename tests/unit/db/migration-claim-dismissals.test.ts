// The claim finder's migrations: a library from before them gains the dismissals table and
// keeps its articles; a dismissal is one row per article and sentence, and goes with its article.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db.js';
import { tempDir } from '../../helpers/tmp.js';
import { NOW, insertArticle, libraryBefore } from './older-library.js';

describe('migration: suggestion_dismissals', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('upgrades a library from before it without touching its articles', async () => {
    dir = tempDir('gloss-mig-dismiss-');
    const file = join(dir.path, 'library.sqlite');
    const { all } = await libraryBefore(file, 'claim-finder-dismissals', (db) => insertArticle(db));

    const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
    expect(db.pragma('user_version', { simple: true })).toBe(all.length);
    const insert = db.prepare('INSERT INTO suggestion_dismissals (article_id, sentence, created_at) VALUES (?, ?, ?)');
    insert.run('a1', 'Some text here.', NOW);
    expect(() => insert.run('a1', 'Some text here.', NOW)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('missing', 'x', NOW)).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT title FROM articles WHERE id = ?').get('a1')).toEqual({ title: 'T' });
    db.close();
  });

  it('keeps the dismissals a library had, and lets them go with their article (016)', async () => {
    dir = tempDir('gloss-mig-dismiss-');
    const file = join(dir.path, 'library.sqlite');
    const dismiss = 'INSERT INTO suggestion_dismissals (article_id, sentence, created_at) VALUES (?, ?, ?)';
    const { all } = await libraryBefore(file, 'dismissals-go-with-their-article', (before) => {
      insertArticle(before, { id: 'a1', hash: 'h1' });
      insertArticle(before, { id: 'a2', hash: 'h2' });
      before.prepare(dismiss).run('a1', 'Some text here.', NOW);
      before.prepare(dismiss).run('a2', 'Some text here.', NOW);
      expect(() => before.prepare('DELETE FROM articles WHERE id = ?').run('a1')).toThrow(/FOREIGN KEY/);
    });

    const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
    expect(db.prepare('SELECT article_id FROM suggestion_dismissals ORDER BY article_id').pluck().all()).toEqual(['a1', 'a2']);
    db.prepare('DELETE FROM articles WHERE id = ?').run('a1');
    expect(db.prepare('SELECT article_id FROM suggestion_dismissals').pluck().all()).toEqual(['a2']);
    expect(() => db.prepare(dismiss).run('missing', 'x', NOW)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
