// Migration 018: the search indexes keep combining marks inside words and are rebuilt through the
// new search_text(), so a library from before it finds Thai words inside a sentence and tells Hindi
// words apart by their vowel signs, and keeps them found as they change.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db.js';
import { search } from '../../../electron/core/search.js';
import { tempDir } from '../../helpers/tmp.js';
import { NOW, insertArticle, libraryBefore } from './older-library.js';

describe('migration 018: the search indexes keep marks in words and split Thai', () => {
  it('makes the articles and notes of a library from before it findable the new way', async () => {
    const dir = tempDir('gloss-mig-018-');
    try {
      const file = join(dir.path, 'library.sqlite');
      const { all } = await libraryBefore(file, '018-', (db) => {
        insertArticle(db, { title: 'ข่าว', body: 'เกิดแผ่นดินไหวที่กรุงเทพเมื่อวันที่สิบสอง' });
        db.prepare(
          `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, note, created_at, updated_at)
           VALUES ('n1', 'a1', 0, 4, 'เกิด', '', 'แผ่น', 'भारतीय सेना ने गश्त बढ़ाई', ?, ?)`,
        ).run(NOW, NOW);
      });
      const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
      try {
        expect(search(db, 'แผ่นดินไหว ').map((h) => h.articleId)).toEqual(['a1']);
        expect(search(db, 'सेना ').map((h) => [h.articleId, h.matchedIn])).toEqual([['a1', 'note']]);
        expect(search(db, 'सोना ')).toEqual([]);
        db.prepare("UPDATE articles SET body = 'ราคาข้าวสูงขึ้น' WHERE id = 'a1'").run();
        expect(search(db, 'แผ่นดินไหว ')).toEqual([]);
        expect(search(db, 'ข้าว ').map((h) => h.articleId)).toEqual(['a1']);
        // The indexes hold what their views read now: FTS5 compares them.
        db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
        db.exec("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')");
      } finally {
        db.close();
      }
    } finally {
      dir.remove();
    }
  });
});
