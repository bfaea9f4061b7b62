// 002-exchange-versions: a library from schema 1 gains the table the exchange-file merge reads,
// and keeps everything it had.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db.js';
import { tempDir } from '../../helpers/tmp.js';
import { NOW, insertArticle, libraryBefore } from './older-library.js';

describe('migration 002: annotation_versions', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('upgrades a schema 1 library without touching its annotations', async () => {
    dir = tempDir('gloss-mig2-');
    const file = join(dir.path, 'library.sqlite');
    const { all } = await libraryBefore(file, '002-', (v1) => {
      insertArticle(v1);
      v1.prepare(
        `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, created_at, updated_at)
         VALUES ('n1', 'a1', 0, 4, 'Some', '', ' text', ?, ?)`,
      ).run(NOW, NOW);
    });

    const db = await openDatabase(file, { migrations: all.slice(0, 2), backupPath: () => join(dir.path, 'before-002.bak') });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.prepare('INSERT INTO annotation_versions (annotation_id, content_hash) VALUES (?, ?)').run('n1', 'x'.repeat(64));
    expect(() => db.prepare('INSERT INTO annotation_versions (annotation_id, content_hash) VALUES (?, ?)').run('n1', 'x'.repeat(64))).toThrow(
      /UNIQUE|PRIMARY/,
    );
    expect(db.prepare('SELECT exact FROM annotations WHERE id = ?').get('n1')).toEqual({ exact: 'Some' });
    db.close();
  });
});
