// Migration 017: the search indexes are rebuilt through search_text(), so a library from before
// it finds its Arabic, Hebrew, Chinese and Japanese articles the new way, and keeps them found.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase } from '../../../electron/core/db.js';
import { search } from '../../../electron/core/search.js';
import { tempDir } from '../../helpers/tmp.js';

describe('migration 017: the search indexes read through search_text', () => {
  it('makes the articles and notes of a library from before it findable the new way', async () => {
    const dir = tempDir('gloss-mig-017-');
    try {
      const file = join(dir.path, 'library.sqlite');
      const all = loadMigrations();
      const at = all.findIndex((m) => m.name.startsWith('017-'));
      const before = await openDatabase(file, { migrations: all.slice(0, at) });
      const now = '2024-05-07T10:00:00.000Z';
      before
        .prepare(
          `INSERT INTO articles (id, title, direction, body, blocks, content_hash, created_at, updated_at)
           VALUES ('a1', 'خبر', 'rtl', 'قَالَ الوزير إن المساعدات وصلت.', '[]', 'h', ?, ?)`,
        )
        .run(now, now);
      before.close();
      const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
      try {
        expect(search(db, 'قال ').map((h) => h.articleId)).toEqual(['a1']);
        db.prepare("UPDATE articles SET body = 'لا شيء هنا.' WHERE id = 'a1'").run();
        expect(search(db, 'قال ')).toEqual([]);
        expect(search(db, 'شيء ').map((h) => h.articleId)).toEqual(['a1']);
      } finally {
        db.close();
      }
    } finally {
      dir.remove();
    }
  });
});
