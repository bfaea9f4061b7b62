// The claim finder's migration: a library from before it gains the dismissals table and keeps
// its articles; a dismissal is one row per article and sentence.
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
});
