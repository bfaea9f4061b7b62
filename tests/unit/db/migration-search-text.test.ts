// Migration 017: the search indexes are rebuilt through search_text(), so a library from before
// it finds its Arabic, Hebrew, Chinese and Japanese articles the new way, and keeps them found.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db.js';
import { search } from '../../../electron/core/search.js';
import { tempDir } from '../../helpers/tmp.js';
import { NOW, insertArticle, libraryBefore } from './older-library.js';

describe('migration 017: the search indexes read through search_text', () => {
  it('makes the articles and notes of a library from before it findable the new way', async () => {
    const dir = tempDir('gloss-mig-017-');
    try {
      const file = join(dir.path, 'library.sqlite');
      const { all } = await libraryBefore(file, '017-', (db) => {
        insertArticle(db, { title: 'خبر', direction: 'rtl', body: 'قَالَ الوزير إن المساعدات وصلت.' });
        db.prepare(
          `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, note, created_at, updated_at)
           VALUES ('n1', 'a1', 0, 4, 'قَالَ', '', ' الوزير', 'تحقّقْ من الأرقامِ', ?, ?)`,
        ).run(NOW, NOW);
      });
      const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
      try {
        expect(search(db, 'قال ').map((h) => h.articleId)).toEqual(['a1']);
        expect(search(db, 'الارقام ').map((h) => [h.articleId, h.matchedIn])).toEqual([['a1', 'note']]);
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
